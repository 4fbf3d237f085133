// The shared body of the CLI and the action, written as the story of a run:
// trust and load templates, run the probes, judge each host, write the report files.
import { audit, Judgements } from './audit.js';
import { Interrupted, UserError } from './errors.js';
import type { RunOptions } from './options.js';
import { readBaseline } from './baseline-file.js';
import { checkReportFiles, writeReportFile } from './report-files.js';
import { compare, type Changes } from './report/baseline.js';
import { toJsonl } from './report/jsonl.js';
import { toSarif } from './report/sarif.js';
import { forLog } from './report/untrusted.js';
import { templateFiles } from './template-files.js';
import { loadTemplates, type Loaded } from './template/load.js';
import { loadTrustedKeys } from './template/trust.js';
import { createTransport, type TransportHooks } from './transport/index.js';
import { scopeSelection } from './transport/ssm/scopes/inputs.js';
import { Progress, startProgress, type ProgressSink } from './progress.js';
import type { AuditReport, ProbeRun } from './types.js';
import { VERSION } from './version.js';

export interface RunOutcome {
  report: AuditReport;
  /** Files written (absent when the option was empty). */
  jsonlFile?: string;
  sarifFile?: string;
  /** Things the log should say (results dropped to fit GitHub's limits...). */
  notes: string[];
  /** What changed since the baseline, when one was given and found. */
  changes?: Changes;
}

export interface RunHooks extends TransportHooks {
  /** Cancels the run; the entries abort it with `Interrupted` on SIGINT/SIGTERM. The deadline option adds its own. */
  signal?: AbortSignal;
  /** One log line per thing the run could not cover, said as soon as it is known (a template skipped at load). */
  warn?: (message: string) => void;
  /** Where the progress of a long run goes (src/progress.ts); none when absent. */
  progress?: ProgressSink;
}

/**
 * The run's templates: trusted and loaded from the given files and directories (the serverless job passes its
 * local copy of S3), each skipped one said once; none left is a bad input.
 */
export async function loadRunTemplates(paths: readonly string[], trust: Pick<RunOptions, 'trustedCerts' | 'allowUnsigned'>, warn?: (message: string) => void): Promise<Loaded> {
  const keys = await loadTrustedKeys(trust.trustedCerts);
  const loaded = await loadTemplates(paths, { keys, allowUnsigned: trust.allowUnsigned });
  // Template text and file names are untrusted: flattened so a line can never be a workflow command.
  for (const gap of loaded.skipped) warn?.(`skipped template ${forLog(gap.file, 500)}${gap.line === undefined ? '' : `:${gap.line}`}: ${forLog(gap.reason, 1000)}`);
  if (loaded.templates.length === 0) throw new UserError(`no template could be loaded: all ${loaded.skipped.length} found were skipped (see the warnings)`);
  return loaded;
}

/** Throws UserError on bad input, before any probe runs. */
export async function executeRun(options: RunOptions, hooks: RunHooks = {}): Promise<RunOutcome> {
  const jsonl = options.jsonlFile ? { input: 'jsonl-file', file: options.jsonlFile } : undefined;
  const sarifFile = options.sarifFile ? { input: 'sarif-file', file: options.sarifFile } : undefined;
  await checkReportFiles([jsonl, sarifFile].filter((f) => f !== undefined));
  // Read before any probe runs (a bad line stops the run at once), and before the new JSONL may replace it.
  const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
  const { templates, skipped } = await loadRunTemplates(options.templates, options, hooks.warn);
  const judgements = new Judgements(templates);
  const progress = hooks.progress ? new Progress(hooks.progress, templates.length, Date.now()) : undefined;
  const onProgress = progress ? { onProgress: (expected: number, runs: readonly ProbeRun[]) => progress.add(expected, runs.map((r) => judgements.of(r))) } : {};
  const transport = await createTransport(options, { ...hooks, ...onProgress });

  const deadline = AbortSignal.timeout(options.deadline * 1000);
  const signal = hooks.signal ? AbortSignal.any([hooks.signal, deadline]) : deadline;
  const startedAt = new Date().toISOString();
  const stopProgress = progress ? startProgress(progress) : undefined;
  const { results, commandIds, gaps } = await audit(templates, transport, signal, judgements).finally(() => stopProgress?.());
  const report: AuditReport = {
    results,
    gaps: [...skipped, ...gaps],
    templates: templates.map(({ id, path, info, sha256, trust }) => ({ id, path, info, sha256, trust })),
    commandIds,
    selection: describeSelection(options),
    startedAt,
    finishedAt: new Date().toISOString(),
    ...(hooks.signal?.reason instanceof Interrupted ? { interrupted: hooks.signal.reason.signal } : {}),
  };

  const notes: string[] = [];
  const outcome: RunOutcome = { report, notes };
  if (baseline) outcome.changes = compare(report.results, baseline);
  else if (options.baseline) notes.push(`baseline ${forLog(options.baseline, 500)} not found: nothing to compare with (the first run keeps this one's JSONL as the next baseline)`);
  if (jsonl) {
    await writeReportFile(jsonl, toJsonl(report, { matcherStatus: options.matcherStatus, templateFiles: templateFiles(templates) }));
    outcome.jsonlFile = jsonl.file;
  }
  if (sarifFile) {
    const sarif = toSarif(report, { ...(options.category ? { category: options.category } : {}), toolVersion: VERSION });
    await writeReportFile(sarifFile, `${JSON.stringify(sarif.log, null, 2)}\n`);
    notes.push(...sarif.notes);
    outcome.sarifFile = sarifFile.file;
  }
  return outcome;
}

/** Stable across runs of the same audit (it seeds the default SARIF category, which keys GitHub's alerts). */
export function describeSelection(options: RunOptions): string {
  if (options.transport === 'local') return 'local';
  const what = options.targets.length > 0 ? [...options.targets].sort().join(';') : 'instance-ids';
  return `ssm/${scopeSelection(options.scope) ?? options.awsRegion}/${what}`;
}
