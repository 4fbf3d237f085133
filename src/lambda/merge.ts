// Step 3, Merge: every scope's outcomes into one AuditReport (each host once, the gaps of the scopes that could
// not be audited), then the same reports the action writes (SARIF, JSONL, the summary in Markdown and HTML)
// under the run's dated prefix, the run's metrics, and the alert when the gate fails.
import { judgeAll } from '../audit.js';
import { UserError } from '../errors.js';
import { gateAlert } from '../report/aws/alert.js';
import { summaryHtml } from '../report/aws/html.js';
import { auditMetrics, NAMESPACE } from '../report/aws/metrics.js';
import { evaluateGate } from '../report/gate.js';
import { toJsonl } from '../report/jsonl.js';
import { toSarif } from '../report/sarif.js';
import { summaryMarkdown } from '../report/summary.js';
import { describeSelection } from '../run.js';
import { merge as mergeScopes } from '../transport/ssm/scopes/fanout.js';
import { PREFLIGHT_FAILURES, scopeGap, where, type Scope, type ScopeState } from '../transport/ssm/scopes/state.js';
import type { AuditReport, Gap } from '../types.js';
import { VERSION } from '../version.js';
import { auditWrites } from './aws.js';
import type { JobConfig } from './config.js';
import { loadRun } from './context.js';
import type { Published } from './scope.js';
import { scopeRuns } from './scope.js';
import { getJson, scopeKey, type RunRef } from './store.js';

export interface MergeOutput {
  gate: { failed: boolean; message: string };
  /** s3://bucket/results/YYYY/MM/DD/<run>/ */
  reports: string;
}

export const REPORT_FILES = ['fleetprobe.sarif', 'fleetprobe.jsonl', 'summary.md', 'summary.html'] as const;

export async function mergeStep(event: { run: RunRef }, job: JobConfig): Promise<MergeOutput> {
  const ctx = await loadRun(event.run, job);
  const { bucket, run, options, templates } = ctx;
  const scopes = (await getJson<Scope[]>(bucket, `${run.work}scopes.json`)) ?? [];
  const notes: string[] = [];
  const outcomes = await Promise.all(
    scopes.map(async (scope) => {
      // A scope with no state never got through Dispatch, not even to record its failure.
      const state = (await getJson<ScopeState>(bucket, scopeKey(run, scope, 'state.json'))) ?? { scope, status: 'ssm-error' as const, detail: 'the scope was never dispatched', boundary: ctx.record.boundary, dispatchedAt: 0, commands: [] };
      notes.push(...((await getJson<Published>(bucket, scopeKey(run, scope, 'published.json')))?.notes ?? []));
      return { state, runs: await scopeRuns(bucket, run, scope) };
    }),
  );
  const runs = mergeScopes(outcomes, ctx.scopes.ids, templates);
  const gaps = [...ctx.skipped, ...outcomes.map((o) => scopeGap(o.state)).filter((g): g is Gap => g !== undefined)];
  const report: AuditReport = {
    results: judgeAll(templates, runs),
    gaps,
    templates: templates.map(({ id, path, info, sha256, trust }) => ({ id, path, info, sha256, trust })),
    commandIds: outcomes.flatMap((o) => o.state.commands.map((c) => c.commandId)),
    selection: describeSelection(options),
    startedAt: ctx.record.startedAt,
    finishedAt: new Date().toISOString(),
  };

  const sarif = toSarif(report, { ...(options.category ? { category: options.category } : {}), toolVersion: VERSION });
  notes.push(...sarif.notes);
  const gate = evaluateGate(report, options.failOn, options.failOnUnaudited);
  const put = (name: string, body: string, type: string) => bucket.put(`${run.results}${name}`, body, type);
  await put('fleetprobe.sarif', `${JSON.stringify(sarif.log, null, 2)}\n`, 'application/sarif+json');
  await put('fleetprobe.jsonl', toJsonl(report, { matcherStatus: options.matcherStatus }), 'application/x-ndjson');
  await put('summary.md', summaryMarkdown(report, { notes }), 'text/markdown; charset=utf-8');
  await put('summary.html', summaryHtml(report, { gate, files: [...REPORT_FILES], runId: run.id }), 'text/html; charset=utf-8');

  const reports = `s3://${run.bucket}/${run.results}`;
  const audit = auditWrites({ ...job.session, region: job.region });
  await audit.putMetrics(NAMESPACE, auditMetrics(report, job.auditName, { perScope: job.scopeMetrics }));
  if (gate.failed && job.topicArn) await audit.publish(job.topicArn, gateAlert(report, gate, { audit: job.auditName, reports }));

  // Nothing could be audited anywhere, for reasons the user must fix (role, region, SSM): the reports say which,
  // and the execution fails so the stack's alarm goes off even with no gate configured.
  const failures = outcomes.filter((o) => PREFLIGHT_FAILURES.includes(o.state.status));
  if (failures.length > 0 && failures.length === outcomes.length) {
    throw new UserError(`no scope could be audited (${failures.length} of ${outcomes.length}); ${where(failures[0]!.state.scope)}: ${failures[0]!.state.detail ?? failures[0]!.state.status}; reports: ${reports}`);
  }
  return { gate: { failed: gate.failed, message: gate.message }, reports };
}
