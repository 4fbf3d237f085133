// Waits for the commands and reads every invocation once it is terminal. One ListCommandInvocations page
// (Details=true, 50 hosts) per command and round; when a host's framed output fits the 2,500-character plugin
// output no per-host call is made. Cut output is read again with GetCommandInvocation (24,000 characters),
// then from S3 when a bucket was given (a ranged read, at most the host's cap, two hosts at a time); output that
// cannot be read whole is "incomplete-output", never a pass. When the run stops, cancelling and a last look take
// at most a second.
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProbeRun, Target, Template, UnauditedReason } from '../../types.js';
import { bytes } from '../limits.js';
import type { Invocation, SsmApi } from './client.js';
import type { SentCommand } from './dispatch.js';
import { parseFrames, toBlockRuns, type ParsedOutput } from './frames.js';
import type { ScriptPart } from './script.js';
import { Pacer } from './sdk.js';
import { stopReason, terminalState, type Terminal } from './status.js';
import { targetOf } from './targets.js';

const PLUGIN_OUTPUT_MAX = 2500;
const STDOUT_MAX = 24_000;
const TRUNCATED = '---Output truncated---';
/** When the run stops, how long cancelling and the last look at the commands may take: it must stop within a second. */
const FINAL_LOOK_MS = 1000;
/** Frame headers on top of the output bytes a host may send back. */
const FRAME_SLACK = 1024 * 1024;
/** Full outputs read from S3 at once in this process: each may be a host's whole cap, so this bounds the memory. */
const s3Reads = new Pacer(2);

export interface CollectOptions {
  api: SsmApi;
  parts: readonly ScriptPart[];
  boundary: string;
  blockTimeoutSeconds: number;
  account: string;
  region: string;
  bucket: string | undefined;
  prefix: string | undefined;
  deadlineSeconds: number;
  signal: AbortSignal | undefined;
}

/** A command being followed. The scope layer keeps it between rounds (as JSON, see scopes/state.ts). */
export interface Tracked {
  sent: SentCommand;
  /** By instance id; grows as a resource group's invocations appear. */
  targets: Map<string, Target>;
  read: Set<string>;
  /** Reads under way (not kept between rounds): a host whose read the stop cut short is settled, not dropped. */
  reading: Set<string>;
  finished: boolean;
  /** Consecutive looks that failed (after the SDK's own retries). */
  failures: number;
}

/** Looks at a command that fail this many times in a row give up on it. */
const MAX_FAILED_LOOKS = 5;

export function track(sent: SentCommand): Tracked {
  return { sent, targets: new Map((sent.targets ?? []).map((t) => [t.id, t])), read: new Set(), reading: new Set(), finished: false, failures: 0 };
}

/** One polling round: each open command looked at once, what became terminal read. Returns the outcomes read. */
export async function pollRound(options: CollectOptions, tracked: readonly Tracked[]): Promise<ProbeRun[]> {
  const runs: ProbeRun[] = [];
  await Promise.all(
    tracked
      .filter((t) => !t.finished)
      .map((t) =>
        look(options, t, runs, undefined).then(
          () => void (t.failures = 0),
          (e: unknown) => {
            // The run stopping is not the command's fault: stopCommands settles it.
            if (options.signal?.aborted) return;
            if (++t.failures < MAX_FAILED_LOOKS) return;
            t.finished = true;
            settleRest(options, t, runs, { reason: 'failed', detail: `could not read the command's results: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
          },
        ),
      ),
  );
  return runs;
}

/** The run stopped: cancel what still runs, one last look so hosts that finished meanwhile are not lost, settle the rest. */
export async function stopCommands(options: CollectOptions, tracked: readonly Tracked[]): Promise<ProbeRun[]> {
  const runs: ProbeRun[] = [];
  const open = () => tracked.filter((t) => !t.finished);
  if (open().length === 0) return runs;
  const { reason, detail } = stopReason(options.signal, options.deadlineSeconds);
  const stoppedBy = { reason, detail: `${detail} before this host finished; its command was cancelled` };
  // The cancels go out and the last look runs meanwhile; whatever has not answered within the bound is settled as
  // stopped (the cancels still finish in the background). The outcomes are copied now: a late answer changes nothing.
  const last = Promise.all([
    ...open().map((t) => options.api.cancelCommand(t.sent.commandId).catch(() => undefined)),
    ...open().map((t) => look(options, t, runs, stoppedBy).catch(() => undefined)),
  ]);
  const timer = new AbortController();
  await Promise.race([last, sleep(FINAL_LOOK_MS, undefined, { signal: timer.signal }).catch(() => undefined)]);
  timer.abort();
  for (const t of open()) settleRest(options, t, runs, stoppedBy);
  for (const t of tracked) t.finished = true;
  return [...runs];
}

/** Every target of the command not read yet ends with `unaudited`. */
function settleRest(options: CollectOptions, t: Tracked, runs: ProbeRun[], unaudited: { reason: UnauditedReason; detail: string }): void {
  for (const target of t.targets.values()) {
    if (t.read.has(target.id) && !t.reading.has(target.id)) continue;
    t.read.add(target.id);
    for (const template of options.parts[t.sent.part]!.templates) runs.push({ target, templateId: template.id, unaudited, commandId: t.sent.commandId });
  }
}

/** The calls a polling round makes (the scope layer holds each round to 1 + ceil(N/50)). */
export function totalCalls(api: SsmApi): number {
  return api.calls.ListCommandInvocations + api.calls.GetCommandInvocation + api.calls.ListCommands + api.calls.S3GetObject;
}

/** One look at a command: every page of its invocations, each newly terminal one read. */
async function look(options: CollectOptions, t: Tracked, runs: ProbeRun[], stoppedBy: { reason: UnauditedReason; detail: string } | undefined): Promise<void> {
  const { api } = options;
  const listed: Invocation[] = [];
  let token: string | undefined;
  // 50 per page: one page for a batch of ids, a few for a large resource group.
  for (let page = 0; page < 1000; page++) {
    const out = await api.listInvocations(t.sent.commandId, token);
    listed.push(...out.invocations);
    token = out.nextToken;
    if (!token) break;
  }
  const reads: Promise<void>[] = [];
  for (const inv of listed) {
    if (t.read.has(inv.instanceId)) continue;
    const state = terminalState(inv.status, inv.statusDetails, inv.responseCode);
    if (!state) continue;
    const target = t.targets.get(inv.instanceId) ?? targetOf(inv.instanceId, options, inv.name ? { id: inv.instanceId, pingStatus: 'Online', platformType: 'Linux', name: inv.name } : undefined);
    t.targets.set(target.id, target);
    t.read.add(target.id);
    const effective = stoppedBy && state.kind === 'stopped' && state.reason === 'cancelled' ? { kind: 'stopped' as const, ...stoppedBy } : state;
    t.reading.add(target.id);
    reads.push(
      read(options, t.sent, target, inv, effective)
        .then(
          (r) => {
            // Not known to GetCommandInvocation yet (eventual consistency): read it again next round.
            if (r === undefined) t.read.delete(target.id);
            else runs.push(...r);
          },
          (e: unknown) => {
            // A read that failed (throttled past its retries, cut by the stop) is tried again, never lost.
            t.read.delete(target.id);
            throw e;
          },
        )
        .finally(() => t.reading.delete(target.id)),
    );
  }
  await Promise.all(reads);
  if (t.sent.group === undefined) {
    t.finished = t.read.size === t.targets.size;
  } else if (listed.length > 0 && listed.every((i) => t.read.has(i.instanceId))) {
    // SSM chose the instances: only the command's own status says whether more will appear.
    const status = await api.commandStatus(t.sent.commandId);
    t.finished = status !== undefined && !['Pending', 'InProgress', 'Cancelling'].includes(status.status) && t.read.size >= status.targetCount;
  }
}

/** The outcome of every template of the command's part on one host. */
async function read(options: CollectOptions, sent: SentCommand, target: Target, inv: Invocation, state: Terminal): Promise<ProbeRun[] | undefined> {
  const part = options.parts[sent.part]!;
  const templates = part.templates;
  // The API returns output as text; the script wrote only ASCII there (other bytes are base64), so this is lossless.
  const parse = (output: string | Buffer) => parseFrames(typeof output === 'string' ? Buffer.from(output, 'utf8') : output, options.boundary, templates.length);
  let parsed = parse(inv.output);
  let why: string | undefined;
  const whole = (p: ParsedOutput) => p.complete || p.fatal !== undefined;
  // A finished script's output that does not parse was cut; a stopped one's only if the agent says so.
  if (!whole(parsed) && (state.kind === 'ran' || looksCut(inv.output, PLUGIN_OUTPUT_MAX))) {
    const full = await options.api.getInvocation(sent.commandId, target.id);
    if (!full) return undefined;
    parsed = parse(full.stdout);
    if (!whole(parsed) && looksCut(full.stdout, STDOUT_MAX)) {
      const key = s3Key(options.prefix, sent.commandId, target.id);
      if (!options.bucket) why = 'the output is longer than the 24,000 characters SSM returns; set output-s3-bucket to read it whole';
      else {
        const bucket = options.bucket;
        const cap = part.hostBytes + FRAME_SLACK;
        const object = await s3Reads.run(() => options.api.getS3Object(bucket, key, cap));
        if (object === undefined) why = `the full output was not found in s3://${bucket}/${key}`;
        else {
          parsed = parse(object.bytes);
          // Templates read whole before the cap keep their verdicts; the rest is named with the size.
          if (object.size > cap) why = `this host's output is ${bytes(object.size)}, more than the ${bytes(cap)} a run reads per host; only the templates within it were read`;
        }
      }
    }
  }
  return templates.map((template: Template, k): ProbeRun => {
    const base = { target, templateId: template.id, commandId: sent.commandId };
    if (parsed.fatal !== undefined) return { ...base, unaudited: { reason: 'failed', detail: `the probe script could not start on the host (${parsed.fatal})` } };
    const raw = parsed.templates[k];
    if (raw) {
      const blocks = toBlockRuns(raw, template, options.blockTimeoutSeconds);
      return blocks ? { ...base, blocks } : { ...base, unaudited: { reason: 'incomplete-output', detail: 'the frames of this template do not add up' } };
    }
    const skipped = parsed.skipped[k];
    if (skipped !== undefined) return { ...base, unaudited: { reason: 'incomplete-output', detail: `the frames of this template are broken (${skipped}); the host's other templates were read` } };
    if (state.kind === 'stopped') return { ...base, unaudited: { reason: state.reason, detail: state.detail } };
    return { ...base, unaudited: { reason: 'incomplete-output', detail: why ?? `the output came back cut or malformed (${parsed.problem ?? 'no frames'})` } };
  });
}

function looksCut(text: string, max: number): boolean {
  return text.includes(TRUNCATED) || text.length >= max - TRUNCATED.length - 1;
}

/** Where the agent puts the full stdout (the plugin id loses its colon). */
export function s3Key(prefix: string | undefined, commandId: string, instanceId: string): string {
  const base = `${commandId}/${instanceId}/awsrunShellScript/0.awsrunShellScript/stdout`;
  return prefix ? `${prefix.replace(/\/+$/, '')}/${base}` : base;
}
