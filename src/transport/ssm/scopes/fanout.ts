// The in-process run of many scopes: each dispatched (a bounded number at once), then polled on its own clock
// until its commands end, or stopped when the run is interrupted or its deadline passes. The same dispatchScope /
// pollScope / stopScope a serverless run calls. Then one merge: each host once, the ids no scope knew, the gaps.
import { UserError } from '../../../errors.js';
import type { Gap, ProbeRun, Target, Template } from '../../../types.js';
import { Pacer } from '../sdk.js';
import { NOT_MANAGED } from '../targets.js';
import { dispatchScope, nextPollMs, pollScope, stopScope, type Dispatched, type ScopeContext } from './scope.js';
import { PREFLIGHT_FAILURES, scopeGap, where, type Scope, type ScopeState } from './state.js';

/** Scopes in pre-flight and dispatch at once; the others wait (those already polling do not count). */
const DISPATCHING_AT_ONCE = 16;

export interface ScopesReport {
  runs: ProbeRun[];
  gaps: Gap[];
  states: ScopeState[];
}

export async function auditScopes(ctx: ScopeContext, scopes: readonly Scope[], poll: { minMs: number; maxMs: number }, signal?: AbortSignal): Promise<ScopesReport> {
  const gate = new Pacer(DISPATCHING_AT_ONCE);
  const dispatched = await Promise.all(
    scopes.map((scope) =>
      gate.run(async () => {
        const d = await dispatchScope(ctx, scope, signal);
        // The scope's targets: those settled at dispatch and those its commands were sent to (the progress line).
        ctx.onProgress?.(new Set([...d.runs.map((r) => r.target.id), ...d.state.commands.flatMap((c) => c.targets.map((t) => t.id))]).size, d.runs);
        return d;
      }),
    ),
  );
  // Polling starts once every scope has sent: the sends are the run's critical path, and a poll made meanwhile
  // would take client and service time from them to read what a poll after them reads just as well.
  const results = await Promise.all(dispatched.map((d) => follow(ctx, d, poll, signal)));
  const states = results.map((r) => r.state);
  const failures = states.filter((s) => PREFLIGHT_FAILURES.includes(s.status));
  // Nothing could be audited anywhere, for reasons the user must fix (credentials, role, endpoint): a bad input.
  if (failures.length > 0 && failures.length === states.length) {
    const first = failures[0]!;
    throw new UserError(states.length === 1 ? `${where(first.scope)}: ${first.detail}` : `no scope could be audited (${failures.length} of ${states.length} failed); ${where(first.scope)}: ${first.detail}`);
  }
  return {
    runs: merge(results, ctx.ids, ctx.templates),
    gaps: states.map(scopeGap).filter((g): g is Gap => g !== undefined),
    states,
  };
}

/** Polls a dispatched scope on its own clock until its commands end, or stops it when the run stops. */
async function follow(ctx: ScopeContext, dispatched: Dispatched, poll: { minMs: number; maxMs: number }, signal: AbortSignal | undefined): Promise<{ state: ScopeState; runs: ProbeRun[] }> {
  let { state } = dispatched;
  const runs = [...dispatched.runs];
  // Bounded by the deadline signal; the count is a backstop against a clock that never fires.
  for (let round = 0; round < 1_000_000 && state.status === 'running'; round++) {
    // The first round comes minMs after the scope's own sends (at once when the other scopes' took longer).
    const delay = round === 0 ? poll.minMs - (Date.now() - state.dispatchedAt) : nextPollMs(state, poll);
    await sleep(jitter(Math.max(0, delay)), signal);
    if (signal?.aborted) {
      const stopped = await stopScope(ctx, state, signal);
      runs.push(...stopped.runs);
      ctx.onProgress?.(0, stopped.runs);
      return { state: stopped.state, runs };
    }
    const polled = await pollScope(ctx, state, signal);
    runs.push(...polled.runs);
    ctx.onProgress?.(0, polled.runs);
    state = polled.state;
  }
  return { state, runs };
}

/**
 * Every host once, in the order asked: requested ids first, then what each scope found. An id no scope knows is
 * reported once as not managed (with its scope when the run has only one).
 */
export function merge(results: readonly { state: ScopeState; runs: ProbeRun[] }[], ids: readonly string[], templates: readonly Template[]): ProbeRun[] {
  const runs = oncePerTarget(results.flatMap((r) => r.runs));
  const seen = new Set(runs.map((r) => r.target.id));
  const only = results.length === 1 ? results[0]!.state.scope : undefined;
  const unsearched = results.filter((r) => PREFLIGHT_FAILURES.includes(r.state.status) || r.state.status === 'cancelled' || r.state.status === 'deadline-exceeded').length;
  const detail = unsearched > 0 ? `${NOT_MANAGED}; ${unsearched} of ${results.length} scopes could not be searched` : NOT_MANAGED;
  for (const id of ids) {
    // A scope that found the id reported it (sent, or why not): only ids no scope found are left.
    if (seen.has(id)) continue;
    seen.add(id);
    const target: Target = { id, transport: 'ssm', ...(only && only.region !== '*' ? { account: only.account, region: only.region } : {}) };
    for (const t of templates) runs.push({ target, templateId: t.id, unaudited: { reason: 'not-managed', detail } });
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
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

function jitter(ms: number): number {
  return Math.round(ms * (0.9 + Math.random() * 0.2));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
