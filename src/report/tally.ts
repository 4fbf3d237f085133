// The one definition of what a run found, per template result and per target. The gate, the outputs, the
// table, the summary, SARIF and the annotations all read it from here, so they can never disagree.
//
// - A finding makes a host vulnerable only at severity low or higher; `info` (and nuclei's `unknown`) findings
//   are observations: reported everywhere, never a vulnerability (the gate's `fail-on info` still counts them).
// - A target is unaudited when ANY template that ran gave it no verdict, whatever the others found: it can be
//   vulnerable and unaudited at once, and both lists name it. Clean means every template judged it and none
//   found anything at low or above.
import { skippedTemplates, unauditedScopes } from './gaps.js';
import { SEVERITIES, type AuditReport, type Finding, type Result, type Severity, type Target, type Verdict } from '../types.js';

/** nuclei's `unknown` severity ranks below info (-1). */
export function severityRank(s: Severity): number {
  return (SEVERITIES as readonly string[]).indexOf(s);
}

/** A finding of this severity makes its host vulnerable; below it, it is an observation. */
export function isVulnerability(s: Severity): boolean {
  return severityRank(s) >= severityRank('low');
}

/** A judged template result: findings at low or above are a vulnerability, anything else (observations included) is clean. */
export function verdictOf(severity: Severity, findings: readonly Finding[]): Exclude<Verdict, 'unaudited'> {
  return findings.length > 0 && isVulnerability(severity) ? 'vulnerable' : 'clean';
}

export interface TargetState {
  target: Target;
  /** A finding at low or above from some template. */
  vulnerable: boolean;
  /** Some template gave no verdict. */
  unaudited: boolean;
  /** Findings of every severity, observations included. */
  findings: number;
}

export interface Tally {
  /** Findings of every severity (target × matched matcher), observations included. */
  findings: number;
  /** Every target, in the order results name them. */
  targets: TargetState[];
  /** Ids of targets with a finding at low or above. */
  vulnerable: string[];
  /** Ids of targets some template gave no verdict (may also be vulnerable). */
  unaudited: string[];
  /** Ids of targets every template judged, with nothing at low or above. */
  clean: string[];
}

export function tally(results: readonly Result[]): Tally {
  const byId = new Map<string, TargetState>();
  let findings = 0;
  for (const r of results) {
    findings += r.findings.length;
    let state = byId.get(r.target.id);
    if (!state) byId.set(r.target.id, (state = { target: r.target, vulnerable: false, unaudited: false, findings: 0 }));
    state.findings += r.findings.length;
    if (r.verdict === 'vulnerable') state.vulnerable = true;
    if (r.verdict === 'unaudited') state.unaudited = true;
  }
  const targets = [...byId.values()];
  return {
    findings,
    targets,
    vulnerable: targets.filter((t) => t.vulnerable).map((t) => t.target.id),
    unaudited: targets.filter((t) => t.unaudited).map((t) => t.target.id),
    clean: targets.filter((t) => !t.vulnerable && !t.unaudited).map((t) => t.target.id),
  };
}

/**
 * `1 vulnerable, 30 clean, 2 unaudited of 32 targets` (plus the gaps when there are any): the counts every report
 * states. A target can be vulnerable and unaudited at once, so the three need not add up to the total.
 */
export function totalsLine(report: Pick<AuditReport, 'results' | 'gaps'>, t: Tally = tally(report.results)): string {
  const parts = [`${t.vulnerable.length} vulnerable`, `${t.clean.length} clean`, `${t.unaudited.length} unaudited of ${plural(t.targets.length, 'target')}`];
  const skipped = skippedTemplates(report.gaps).length;
  const scopes = unauditedScopes(report.gaps).length;
  if (skipped > 0) parts.push(`${plural(skipped, 'template')} skipped`);
  if (scopes > 0) parts.push(`${plural(scopes, 'scope')} not audited`);
  return parts.join(', ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
