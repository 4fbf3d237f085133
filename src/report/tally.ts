// Per-target counts shared by the gate, the outputs, the summary and the table, so they always agree.
// A target is vulnerable if any template found something on it, else unaudited if any template could not run, else clean.
import type { Result } from '../types.js';

export interface Tally {
  findings: number;
  vulnerable: string[];
  clean: string[];
  unaudited: string[];
}

export function tally(results: readonly Result[]): Tally {
  const verdicts = new Map<string, Result['verdict']>();
  let findings = 0;
  for (const r of results) {
    findings += r.findings.length;
    const before = verdicts.get(r.target.id);
    if (before === 'vulnerable' || (before === 'unaudited' && r.verdict === 'clean')) continue;
    verdicts.set(r.target.id, r.verdict);
  }
  const pick = (v: Result['verdict']) => [...verdicts].filter(([, x]) => x === v).map(([id]) => id);
  return { findings, vulnerable: pick('vulnerable'), clean: pick('clean'), unaudited: pick('unaudited') };
}
