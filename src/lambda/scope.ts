// Step 2, one (account, region) scope: Dispatch (pre-flight and SendCommand), then Poll, once per invocation
// with Step Functions' Wait between (no Lambda waits on hosts), until every command ended or the run's deadline
// passed (then its commands are cancelled and what finished is kept). Publish writes the scope's results where
// AWS wants them, in the member account: SSM Compliance per instance and, if enabled, Security Hub. Failed
// records a step that could not finish as a gap of the run, after cancelling what it had sent.
import { judgeAll } from '../audit.js';
import { complianceRequests, type ComplianceRequest } from '../report/aws/compliance.js';
import { importBatches, productArn, securityHubFindings, type AsffFinding } from '../report/aws/securityhub.js';
import { merge } from '../transport/ssm/scopes/fanout.js';
import { dispatchScope, nextPollMs, pollScope, stopScope } from '../transport/ssm/scopes/scope.js';
import type { Scope, ScopeState } from '../transport/ssm/scopes/state.js';
import { oneLine } from '../transport/ssm/sdk.js';
import type { ProbeRun } from '../types.js';
import { memberWrites, type Bucket } from './aws.js';
import type { JobConfig } from './config.js';
import { loadRun, type RunContext } from './context.js';
import { getJson, putJson, scopeKey, type RunRef } from './store.js';

export interface ScopeEvent {
  step: 'dispatch' | 'poll' | 'publish' | 'failed';
  run: RunRef;
  scope: Scope;
  /** Failed: what Step Functions caught. */
  error?: { Error?: string; Cause?: string };
}

export interface ScopeOutput {
  run: RunRef;
  scope: Scope;
  done: boolean;
  /** Poll: seconds until the next poll (Step Functions waits whole seconds). */
  waitSeconds: number;
}

/** Publishing in one invocation stops this long before the Lambda's own limit and goes on in the next. */
const PUBLISH_MARGIN_MS = 60_000;
/** PutComplianceItems calls in flight in one scope. */
const COMPLIANCE_AT_ONCE = 8;

/** work/.../published.json: how far publishing got, and what AWS refused. */
export interface Published {
  compliance: { next: number; total: number; failed: number; error?: string };
  securityHub?: { next: number; total: number; failed: number; error?: string };
  notes: string[];
}

export async function scopeStep(event: ScopeEvent, job: JobConfig, remainingMs: () => number): Promise<ScopeOutput> {
  const ctx = await loadRun(event.run, job);
  const reply = (done: boolean, state?: ScopeState): ScopeOutput => ({
    run: event.run,
    scope: event.scope,
    done,
    waitSeconds: done || !state ? 0 : Math.ceil(nextPollMs(state, job.poll) / 1000),
  });
  switch (event.step) {
    case 'dispatch': {
      const { state, runs } = await dispatchScope(ctx.scopes, event.scope, deadlineSignal(ctx));
      await save(ctx, event.scope, state, runs);
      return reply(state.status !== 'running', state);
    }
    case 'poll': {
      const state = await loadState(ctx, event.scope);
      if (pastDeadline(ctx)) {
        // Already aborted, as a deadline (TimeoutError): the hosts still running are deadline-exceeded.
        const stopped = await stopScope(ctx.scopes, state, AbortSignal.abort(new DOMException(`the run's deadline passed`, 'TimeoutError')));
        await save(ctx, event.scope, stopped.state, stopped.runs);
        return reply(true);
      }
      const polled = await pollScope(ctx.scopes, state, deadlineSignal(ctx, remainingMs() - 30_000));
      await save(ctx, event.scope, polled.state, polled.runs);
      return reply(polled.done, polled.state);
    }
    case 'publish':
      return reply(await publish(ctx, event.scope, job, remainingMs));
    case 'failed':
      await failed(ctx, event);
      return reply(true);
  }
}

/** The run's deadline counts from its start; a step's own signal also ends before the Lambda is cut off. */
function deadlineSignal(ctx: RunContext, budgetMs?: number): AbortSignal {
  const left = Date.parse(ctx.record.startedAt) + ctx.options.deadline * 1000 - Date.now();
  return AbortSignal.timeout(Math.max(0, Math.min(left, budgetMs ?? left)));
}

function pastDeadline(ctx: RunContext): boolean {
  return Date.now() >= Date.parse(ctx.record.startedAt) + ctx.options.deadline * 1000;
}

async function loadState(ctx: RunContext, scope: Scope): Promise<ScopeState> {
  const state = await getJson<ScopeState>(ctx.bucket, scopeKey(ctx.run, scope, 'state.json'));
  if (!state) throw new Error(`scope ${scope.account}/${scope.region} has no state: Dispatch did not finish`);
  return state;
}

/** The state, and the outcomes of this step in their own object (a scope's outcomes are never rewritten). */
async function save(ctx: RunContext, scope: Scope, state: ScopeState, runs: readonly ProbeRun[]): Promise<void> {
  if (runs.length > 0) await putJson(ctx.bucket, scopeKey(ctx.run, scope, `runs-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`), runs);
  await putJson(ctx.bucket, scopeKey(ctx.run, scope, 'state.json'), state);
}

/** Every outcome a scope's steps saved. */
export async function scopeRuns(bucket: Bucket, run: RunRef, scope: Pick<Scope, 'account' | 'region'>): Promise<ProbeRun[]> {
  const keys = (await bucket.list(scopeKey(run, scope, 'runs-'))).sort();
  return (await Promise.all(keys.map((k) => getJson<ProbeRun[]>(bucket, k)))).flatMap((r) => r ?? []);
}

async function publish(ctx: RunContext, scope: Scope, job: JobConfig, remainingMs: () => number): Promise<boolean> {
  const key = scopeKey(ctx.run, scope, 'published.json');
  const progress = (await getJson<Published>(ctx.bucket, key)) ?? { compliance: { next: 0, total: 0, failed: 0 }, notes: [] };
  const state = await loadState(ctx, scope);
  if (state.status !== 'audited') return true;
  const runs = merge([{ state, runs: await scopeRuns(ctx.bucket, ctx.run, scope) }], [], ctx.templates);
  const results = judgeAll(ctx.templates, runs);
  const report = { results, gaps: [], templates: ctx.templates, commandIds: [], selection: '', startedAt: ctx.record.startedAt, finishedAt: ctx.record.startedAt };
  const credentials = ctx.accounts.credentialsFor(scope.account);
  const member = memberWrites({ ...job.session, ...(credentials ? { credentials } : {}), region: scope.region });
  const inTime = () => remainingMs() > PUBLISH_MARGIN_MS;

  const requests = complianceRequests(report, { complianceType: job.complianceType, executionId: ctx.run.id });
  const c = progress.compliance;
  c.total = requests.length;
  while (c.next < requests.length && c.error === undefined && inTime()) {
    const batch = requests.slice(c.next, c.next + COMPLIANCE_AT_ONCE);
    const outcomes = await Promise.allSettled(batch.map((r: ComplianceRequest) => member.putCompliance(r)));
    c.next += batch.length;
    for (const o of outcomes) {
      if (o.status === 'fulfilled') continue;
      c.failed++;
      // A refusal for the whole account (the member role may not write compliance) is not retried host by host.
      if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId/.test(String((o.reason as Error).name))) c.error = oneLine(o.reason);
    }
  }
  if (c.next < requests.length && c.error === undefined) return saveProgress(ctx, key, progress, false);

  if (job.securityHub) {
    const findingsKey = scopeKey(ctx.run, scope, 'securityhub.json');
    let findings = await getJson<AsffFinding[]>(ctx.bucket, findingsKey);
    const hub = (progress.securityHub ??= { next: 0, total: 0, failed: 0 });
    if (!findings) {
      try {
        const where = { account: scope.account, region: scope.region, partition: ctx.accounts.caller.partition };
        const active = await member.activeFindings(productArn(where));
        findings = securityHubFindings({ report, scope: where, active, runId: ctx.run.id, now: new Date().toISOString() });
      } catch (e) {
        // Security Hub not enabled in this account and region, or the role may not read it.
        hub.error = oneLine(e);
        findings = [];
      }
      await putJson(ctx.bucket, findingsKey, findings);
    }
    hub.total = findings.length;
    for (const batch of importBatches(findings.slice(hub.next))) {
      if (!inTime() || hub.error) break;
      try {
        hub.failed += (await member.importFindings(batch)).length;
      } catch (e) {
        hub.error = oneLine(e);
      }
      hub.next += batch.length;
    }
    if (hub.next < hub.total && !hub.error) return saveProgress(ctx, key, progress, false);
  }
  // Said once, by the invocation that finishes.
  const where = `${scope.account}/${scope.region}`;
  if (c.failed > 0 || c.error) progress.notes.push(`SSM Compliance in ${where}: ${c.total - c.next + c.failed} of ${c.total} instances not written${c.error ? ` (${c.error})` : ''}`);
  const imported = progress.securityHub;
  if (imported && (imported.failed > 0 || imported.error)) progress.notes.push(`Security Hub in ${where}: ${imported.total - imported.next + imported.failed} of ${imported.total} findings not imported${imported.error ? ` (${imported.error})` : ''}`);
  return saveProgress(ctx, key, progress, true);
}

async function saveProgress(ctx: RunContext, key: string, progress: Published, done: boolean): Promise<boolean> {
  await putJson(ctx.bucket, key, progress);
  return done;
}

/**
 * A step of the scope failed past its retries. What it had sent is cancelled and what finished is kept; the scope
 * is then a gap of the run (its hosts are not audited), unless only publishing failed: then the audit stands and
 * the run's notes say what was not written.
 */
async function failed(ctx: RunContext, event: ScopeEvent): Promise<void> {
  const cause = describe(event.error);
  const state = await getJson<ScopeState>(ctx.bucket, scopeKey(ctx.run, event.scope, 'state.json'));
  if (state?.status === 'audited') {
    const key = scopeKey(ctx.run, event.scope, 'published.json');
    const progress = (await getJson<Published>(ctx.bucket, key)) ?? { compliance: { next: 0, total: 0, failed: 0 }, notes: [] };
    progress.notes.push(`publishing the results of ${event.scope.account}/${event.scope.region} failed: ${cause}`);
    await putJson(ctx.bucket, key, progress);
    return;
  }
  let runs: ProbeRun[] = [];
  let kept = state;
  if (state?.status === 'running') {
    try {
      ({ runs, state: kept } = await stopScope(ctx.scopes, state, AbortSignal.abort(new Error(cause))));
    } catch {
      // The cancel is best effort: the scope is reported as not audited either way.
    }
  }
  const base: ScopeState = kept ?? { scope: event.scope, status: 'running', boundary: ctx.record.boundary, dispatchedAt: Date.now(), commands: [] };
  await save(ctx, event.scope, { ...base, status: 'ssm-error', detail: `the scope's step failed: ${cause}` }, runs);
}

function describe(error: ScopeEvent['error']): string {
  let message = error?.Cause ?? '';
  try {
    message = (JSON.parse(message) as { errorMessage?: string }).errorMessage ?? message;
  } catch {
    // Not Lambda's JSON: the cause as it is.
  }
  return `${error?.Error ?? 'Error'}: ${message}`.replace(/\s+/g, ' ').slice(0, 500);
}
