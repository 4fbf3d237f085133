// The release gate: fail when a finding is at or above a severity, or (on request) when anything went
// unaudited: a target some template gave no verdict, a template skipped at load, a scope not reached.
// An interrupted run never passes: it did not look at everything it was asked to.
import type { FailOn } from '../options.js';
import type { AuditReport } from '../types.js';
import { skippedTemplates, unauditedScopes } from './gaps.js';
import { plural, severityRank, tally, totalsLine } from './tally.js';

export interface Gate {
  failed: boolean;
  message: string;
}

export function evaluateGate(report: Pick<AuditReport, 'results' | 'gaps' | 'interrupted'>, failOn: FailOn, failOnUnaudited: boolean): Gate {
  const t = tally(report.results);
  // `fail-on info` counts observations too: the threshold is the user's, the vulnerable/clean split is not.
  const blocking = failOn === 'none' ? [] : report.results.filter((r) => r.findings.length > 0 && severityRank(r.template.info.severity) >= severityRank(failOn));
  const findings = blocking.reduce((n, r) => n + r.findings.length, 0);
  const hosts = new Set(blocking.map((r) => r.target.id)).size;
  const reasons: string[] = [];
  if (report.interrupted) reasons.push(`the run was interrupted (${report.interrupted}) before every target finished`);
  if (findings > 0) reasons.push(`${plural(findings, 'finding')} at or above ${failOn} on ${plural(hosts, 'target')}`);
  if (failOnUnaudited) {
    const skipped = skippedTemplates(report.gaps).length;
    const scopes = unauditedScopes(report.gaps).length;
    if (t.unaudited.length > 0) reasons.push(`${plural(t.unaudited.length, 'target')} not audited`);
    if (skipped > 0) reasons.push(`${plural(skipped, 'template')} skipped`);
    if (scopes > 0) reasons.push(`${plural(scopes, 'scope')} not audited`);
  }
  const totals = totalsLine(report, t);
  return reasons.length > 0
    ? { failed: true, message: `gate failed: ${reasons.join('; ')} (${totals})` }
    : { failed: false, message: `gate passed (fail-on ${failOn}${failOnUnaudited ? ', fail-on-unaudited' : ''}): ${totals}` };
}
