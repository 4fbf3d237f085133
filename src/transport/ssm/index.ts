// The SSM transport: resolve and pre-flight the targets, send the probe scripts with Run Command, collect
// one outcome per target × template. Input mistakes surface at construction, before any API call.
import type { RunOptions } from '../../options.js';
import type { ProbeRun, Target, Template, UnauditedReason } from '../../types.js';
import type { Transport, TransportReport } from '../transport.js';
import { createSsmApi, type ClientConfig, type SsmApi } from './client.js';
import { collect } from './collect.js';
import { dispatch } from './dispatch.js';
import { buildScripts, newBoundary } from './script.js';
import { parseInstanceIds, parseSelectors, type Selector } from './selectors.js';
import { stopReason } from './status.js';
import { resolveTargets } from './targets.js';

export interface SsmTransportConfig extends Partial<Pick<ClientConfig, 'endpoint' | 'credentials' | 'maxAttempts' | 'maxInFlight'>> {
  /** Called as each command is sent (the action saves ids for its post step). */
  onCommand?: (commandId: string) => void;
  /** Polling interval: starts at minMs, grows to maxMs. */
  poll?: { minMs: number; maxMs: number };
  /** Receives the API calls of each polling round. */
  onRound?: (calls: number) => void;
  /** A ready API (tests); otherwise one is built from the options. */
  api?: SsmApi;
}

const DEFAULT_POLL = { minMs: 1000, maxMs: 10_000 };

export class SsmTransport implements Transport {
  readonly api: SsmApi;
  private readonly ids: string[];
  private readonly selectors: Selector[];
  private readonly region: string;

  constructor(
    private readonly options: RunOptions,
    private readonly config: SsmTransportConfig = {},
  ) {
    this.ids = parseInstanceIds(options.instanceIds);
    this.selectors = parseSelectors(options.targets);
    // parseOptions guarantees a region for transport ssm.
    this.region = options.awsRegion!;
    this.api =
      config.api ??
      createSsmApi({
        region: this.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        ...(config.credentials ? { credentials: config.credentials } : {}),
        ...(config.maxAttempts ? { maxAttempts: config.maxAttempts } : {}),
        ...(config.maxInFlight ? { maxInFlight: config.maxInFlight } : {}),
      });
  }

  async run(templates: readonly Template[], signal?: AbortSignal): Promise<TransportReport> {
    const o = this.options;
    const runs: ProbeRun[] = [];
    const commandIds: string[] = [];
    const resolution = await resolveTargets(this.api, this.region, this.ids, this.selectors);
    const each = (targets: readonly Target[], ts: readonly Template[], unaudited: { reason: UnauditedReason; detail: string }) => {
      for (const target of targets) for (const t of ts) runs.push({ target, templateId: t.id, unaudited });
    };
    for (const u of resolution.unaudited) each([u.target], templates, { reason: u.reason, detail: u.detail });

    const boundary = newBoundary();
    const { parts, tooLarge } = buildScripts(templates, boundary, o.timeout);
    for (const { template, bytes } of tooLarge) {
      each(resolution.send, [template], { reason: 'failed', detail: `this template makes a ${bytes}-byte script; an SSM command document is limited to 64 KB` });
    }
    const report = (): TransportReport => ({ runs: inRequestOrder(oncePerTarget(runs), resolution.order, templates), commandIds });
    if (signal?.aborted) {
      const { reason } = stopReason(signal, o.deadline);
      each(resolution.send, parts.flatMap((p) => p.templates), { reason, detail: 'the run stopped before anything was sent' });
      return report();
    }
    if ((resolution.send.length === 0 && resolution.groups.length === 0) || parts.length === 0) return report();

    const onCommand = (id: string) => {
      commandIds.push(id);
      this.config.onCommand?.(id);
    };
    const { sent, refused } = await dispatch(this.api, o, parts, resolution.send, resolution.groups, onCommand, this.region);
    for (const r of refused) each([r.target], parts[r.part]!.templates, { reason: r.reason, detail: r.detail });
    runs.push(
      ...(await collect(
        {
          api: this.api,
          parts,
          boundary,
          blockTimeoutSeconds: o.timeout,
          region: this.region,
          bucket: o.outputS3Bucket,
          prefix: o.outputS3KeyPrefix,
          poll: this.config.poll ?? DEFAULT_POLL,
          deadlineSeconds: o.deadline,
          signal,
          ...(this.config.onRound ? { onRound: this.config.onRound } : {}),
        },
        sent,
      )),
    );
    return report();
  }
}

/** Reports read in the order the user named the targets (resource-group members after, as SSM listed them). */
function inRequestOrder(runs: ProbeRun[], order: readonly string[], templates: readonly Template[]): ProbeRun[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  for (const r of runs) if (!rank.has(r.target.id)) rank.set(r.target.id, rank.size);
  const tRank = new Map(templates.map((t, i) => [t.id, i]));
  return runs.sort((a, b) => rank.get(a.target.id)! - rank.get(b.target.id)! || (tRank.get(a.templateId) ?? 0) - (tRank.get(b.templateId) ?? 0));
}

/**
 * An instance reached twice (a tag selector and a resource group, two groups) is reported once:
 * its first outcome with output, else its first outcome.
 */
function oncePerTarget(runs: readonly ProbeRun[]): ProbeRun[] {
  const kept = new Map<string, ProbeRun>();
  for (const run of runs) {
    const key = `${run.target.id}\u0000${run.templateId}`;
    const seen = kept.get(key);
    if (!seen || ('unaudited' in seen && 'blocks' in run)) kept.set(key, run);
  }
  return [...kept.values()];
}
