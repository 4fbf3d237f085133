// The action's outputs: names, what they hold, and their values, from the same tally every report reads.
// action.yml and the README's Outputs table are checked against OUTPUTS by a test.
import type { AuditReport } from '../types.js';
import type { Changes } from './baseline.js';
import { scopeName, skippedTemplates, unauditedScopes } from './gaps.js';
import { tally } from './tally.js';

export const OUTPUTS = {
  findings: 'Number of findings (target × matched matcher), info observations included.',
  'vulnerable-targets': 'Comma-separated ids of targets with a finding of severity low or higher.',
  'clean-targets': 'Comma-separated ids of targets every template judged, with no finding of severity low or higher.',
  'unaudited-targets': 'Comma-separated ids of targets some template gave no verdict (a target can also be vulnerable); the job summary gives the reasons.',
  'skipped-templates': 'Number of templates skipped at load (the job summary and the log name each and why).',
  'unaudited-scopes': 'Comma-separated `<account>/<region>` scopes that could not be audited.',
  'new-findings': 'With a baseline: the number of findings that were not in it (empty without a baseline).',
  'fixed-findings': 'With a baseline: the number of its findings gone on hosts this run judged (empty without a baseline).',
  'newly-unaudited-targets': 'With a baseline: comma-separated ids of targets a template judged then and gave no verdict now.',
  'sarif-file': 'Path of the SARIF file written.',
  'jsonl-file': 'Path of the JSONL file written.',
  'command-ids': 'Comma-separated SSM command ids sent.',
} as const;

export type OutputName = keyof typeof OUTPUTS;

export function actionOutputs(report: AuditReport, files: { sarifFile?: string | undefined; jsonlFile?: string | undefined }, changes?: Changes): Record<OutputName, string | number> {
  const t = tally(report.results);
  return {
    findings: t.findings,
    'vulnerable-targets': t.vulnerable.join(','),
    'clean-targets': t.clean.join(','),
    'unaudited-targets': t.unaudited.join(','),
    'skipped-templates': skippedTemplates(report.gaps).length,
    'unaudited-scopes': unauditedScopes(report.gaps).map(scopeName).join(','),
    'new-findings': changes ? changes.new.length : '',
    'fixed-findings': changes ? changes.fixed.length : '',
    'newly-unaudited-targets': changes ? changes.newlyUnaudited.join(',') : '',
    'sarif-file': files.sarifFile ?? '',
    'jsonl-file': files.jsonlFile ?? '',
    'command-ids': report.commandIds.join(','),
  };
}
