// The release gate: fail when a finding is at or above a severity, or (on request) when a target went unaudited.
import type { FailOn } from '../options.js';
import { SEVERITIES, type Result, type Severity } from '../types.js';
import { tally } from './tally.js';

export interface Gate {
  failed: boolean;
  message: string;
}

/** nuclei's `unknown` severity ranks below info. */
export function severityRank(s: Severity): number {
  return (SEVERITIES as readonly string[]).indexOf(s);
}

export function evaluateGate(results: readonly Result[], failOn: FailOn, failOnUnaudited: boolean): Gate {
  const t = tally(results);
  const blocking = failOn === 'none' ? [] : results.filter((r) => r.verdict === 'vulnerable' && severityRank(r.template.info.severity) >= severityRank(failOn));
  const findings = blocking.reduce((n, r) => n + r.findings.length, 0);
  const hosts = new Set(blocking.map((r) => r.target.id)).size;
  const reasons: string[] = [];
  if (findings > 0) reasons.push(`${plural(findings, 'finding')} at or above ${failOn} on ${plural(hosts, 'target')}`);
  if (failOnUnaudited && t.unaudited.length > 0) reasons.push(`${plural(t.unaudited.length, 'target')} not audited`);
  const totals = `${t.vulnerable.length} vulnerable, ${t.clean.length} clean, ${t.unaudited.length} unaudited`;
  return reasons.length > 0
    ? { failed: true, message: `gate failed: ${reasons.join('; ')} (${totals})` }
    : { failed: false, message: `gate passed (fail-on ${failOn}${failOnUnaudited ? ', fail-on-unaudited' : ''}): ${totals}` };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
