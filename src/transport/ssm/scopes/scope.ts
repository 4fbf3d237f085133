// One (account, region) scope of an SSM run, in three steps that each leave plain JSON behind: dispatch (pre-flight
// and send), poll (one round: read what finished), stop (cancel what still runs). The in-process fan-out loops over
// them; a serverless run can call each from a different invocation with the state in between.
import type { RunOptions } from '../../../options.js';
import type { ProbeRun, Target, Template, UnauditedReason } from '../../../types.js';
import type { SsmApi } from '../client.js';
import { pollRound, stopCommands, totalCalls, track, type CollectOptions } from '../collect.js';
import { dispatch } from '../dispatch.js';
import type { ScriptPart } from '../script.js';
import { aborted, errorName, noAnswer, oneLine, THROTTLING } from '../sdk.js';
import type { Selector } from '../selectors.js';
import { stopReason } from '../status.js';
import { resolveTargets } from '../targets.js';
import type { Accounts } from './identity.js';
import { fromTracked, toTracked, where, type Scope, type ScopeState, type ScopeStatus } from './state.js';

/** What every scope of a run shares and a JSON state cannot hold: templates, scripts, clients, hooks. */
export interface ScopeContext {
  options: RunOptions;
  templates: readonly Template[];
  boundary: string;
  parts: readonly ScriptPart[];
  /** Templates too large for one command: every host gets them as `failed`. */
  tooLarge: readonly { template: Template; bytes: number }[];
  ids: readonly string[];
  selectors: readonly Selector[];
  accounts: Accounts;
  /** The scope's API (one per account and region, with its own pacing), built on first use. */
  apiFor(scope: Scope): SsmApi;
  onCommand?: (commandId: string, scope: Scope) => void;
  /** Receives the calls each polling round of a scope made (held to 1 + ceil(N/50)). */
  onRound?: (calls: number, scope: Scope) => void;
  /** Outcomes as they are settled, and how many more targets became known (the progress line). */
  onProgress?: (expected: number, runs: readonly ProbeRun[]) => void;
}

export interface Dispatched {
  state: ScopeState;
  /** Outcomes known at dispatch: hosts the pre-flight ruled out, batches SSM refused. */
  runs: ProbeRun[];
}

/** After an interrupt, how long cancelling and the last look at a scope's commands may take. */
const FINAL_LOOK_MS = 10_000;

export async function dispatchScope(ctx: ScopeContext, scope: Scope, signal?: AbortSignal): Promise<Dispatched> {
  const state: ScopeState = { scope: { account: scope.account, region: scope.region, named: scope.named }, status: 'running', boundary: ctx.boundary, dispatchedAt: Date.now(), commands: [] };
  const ended = (status: ScopeStatus, detail: string): Dispatched => ({ state: { ...state, status, detail }, runs: [] });
  if (scope.failed) return ended(scope.failed.status, scope.failed.detail);
  if (signal?.aborted) return ended(...stopped(ctx, signal));

  try {
    await ctx.accounts.reach(scope.account, signal);
  } catch (e) {
    if (aborted(e, signal)) return ended(...stopped(ctx, signal));
    return ended('role-not-assumable', `could not assume ${ctx.accounts.roleIn(scope.account)}: ${oneLine(e)}`);
  }
  const api = ctx.apiFor(scope);
  api.signal = signal;
  let resolution;
  try {
    resolution = await resolveTargets(api, scope, ctx.ids, ctx.selectors);
  } catch (e) {
    return ended(...preflightFailure(ctx, e, signal));
  }
  if (!resolution.managed) return ended('no-managed-instances', `no instance in ${where(scope)} is managed by SSM (no agent registered, or SSM not set up in this region)`);

  const runs: ProbeRun[] = [];
  const each = (targets: readonly Target[], templates: readonly Template[], unaudited: { reason: UnauditedReason; detail: string }) => {
    for (const target of targets) for (const t of templates) runs.push({ target, templateId: t.id, unaudited });
  };
  for (const u of resolution.unaudited) each([u.target], ctx.templates, { reason: u.reason, detail: u.detail });
  for (const { template, bytes } of ctx.tooLarge) {
    each(resolution.send, [template], { reason: 'failed', detail: `this template makes a ${bytes}-byte script; an SSM command document is limited to 64 KB` });
  }
  const nothingToSend = (resolution.send.length === 0 && resolution.groups.length === 0) || ctx.parts.length === 0;
  if (nothingToSend) return { state: { ...state, status: 'audited' }, runs };
  if (signal?.aborted) {
    each(resolution.send, ctx.parts.flatMap((p) => p.templates), { ...stopReason(signal, ctx.options.deadline), detail: 'the run stopped before anything was sent' });
    return { state: { ...state, status: 'audited' }, runs };
  }

  const { sent, refused } = await dispatch(api, ctx.options, ctx.parts, resolution.send, resolution.groups, (id) => ctx.onCommand?.(id, scope), scope);
  for (const r of refused) each([r.target], ctx.parts[r.part]!.templates, { reason: r.reason, detail: r.detail });
  state.commands = sent.map((s) => fromTracked(track(s)));
  state.dispatchedAt = Date.now();
  return { state: { ...state, status: sent.length > 0 ? 'running' : 'audited' }, runs };
}

/** One polling round of a running scope: the outcomes that became readable, and the state to keep. */
export async function pollScope(ctx: ScopeContext, state: ScopeState, signal?: AbortSignal): Promise<{ done: boolean; runs: ProbeRun[]; state: ScopeState }> {
  if (state.status !== 'running') return { done: true, runs: [], state };
  const api = ctx.apiFor(state.scope);
  api.signal = signal;
  const tracked = state.commands.map(toTracked);
  const before = totalCalls(api);
  const runs = await pollRound(collectOptions(ctx, api, state, signal), tracked);
  ctx.onRound?.(totalCalls(api) - before, state.scope);
  const done = tracked.every((t) => t.finished);
  return { done, runs, state: { ...state, status: done ? 'audited' : 'running', commands: tracked.map(fromTracked) } };
}

/** The run stopped (interrupt or deadline): cancel the scope's outstanding commands, keep what finished meanwhile. */
export async function stopScope(ctx: ScopeContext, state: ScopeState, signal: AbortSignal | undefined): Promise<{ runs: ProbeRun[]; state: ScopeState }> {
  if (state.status !== 'running') return { runs: [], state };
  const api = ctx.apiFor(state.scope);
  // The run's signal has fired; the cancel and the last look get their own short bound instead.
  api.signal = AbortSignal.timeout(FINAL_LOOK_MS);
  const tracked = state.commands.map(toTracked);
  const runs = await stopCommands(collectOptions(ctx, api, state, signal), tracked);
  return { runs, state: { ...state, status: 'audited', commands: tracked.map(fromTracked) } };
}

/** When the next round of a scope is due: a quarter of the time already waited, within the poll bounds. */
export function nextPollMs(state: ScopeState, poll: { minMs: number; maxMs: number }, now = Date.now()): number {
  return Math.min(poll.maxMs, Math.max(poll.minMs, (now - state.dispatchedAt) / 4));
}

function collectOptions(ctx: ScopeContext, api: SsmApi, state: ScopeState, signal: AbortSignal | undefined): CollectOptions {
  if (state.boundary !== ctx.boundary) throw new Error('scope state belongs to another run (frame boundary differs)');
  const o = ctx.options;
  return {
    api,
    parts: ctx.parts,
    boundary: ctx.boundary,
    blockTimeoutSeconds: o.timeout,
    account: state.scope.account,
    region: state.scope.region,
    bucket: o.outputS3Bucket,
    prefix: o.outputS3KeyPrefix,
    deadlineSeconds: o.deadline,
    signal,
  };
}

function stopped(ctx: ScopeContext, signal: AbortSignal | undefined): [ScopeStatus, string] {
  const { reason } = stopReason(signal, ctx.options.deadline);
  return [reason === 'deadline-exceeded' ? 'deadline-exceeded' : 'cancelled', reason === 'deadline-exceeded' ? `the run's deadline (${ctx.options.deadline}s) passed before this scope was reached` : 'the run was cancelled before this scope was reached'];
}

/** What a failed pre-flight call says about the scope. */
function preflightFailure(ctx: ScopeContext, e: unknown, signal: AbortSignal | undefined): [ScopeStatus, string] {
  if (aborted(e, signal)) return stopped(ctx, signal);
  const name = errorName(e);
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (THROTTLING.has(name) || status === 429) return ['throttled-out', `SSM kept throttling the pre-flight past every retry (${oneLine(e)})`];
  if (noAnswer(e)) return ['ssm-unreachable', `SSM did not answer (${oneLine(e)}); check the network and any AWS_ENDPOINT_URL settings`];
  if (name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId') return ['region-not-enabled', `SSM did not accept the account's credentials in this region, which is usually not enabled for the account (${oneLine(e)})`];
  if (/AccessDenied/.test(name)) return ['access-denied', `SSM refused the pre-flight (${oneLine(e)}); the role needs ssm:DescribeInstanceInformation`];
  if (status !== undefined && status >= 500) return ['ssm-unreachable', `SSM failed past every retry (${oneLine(e)})`];
  return ['ssm-error', `the pre-flight failed (${oneLine(e)})`];
}
