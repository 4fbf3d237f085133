// The terminal table: one row per target × template, the verdict, and why (matchers and evidence, or the reason).
import type { Result } from '../types.js';
import { tally } from './tally.js';
import { forLog, oneLine } from './untrusted.js';

const COLOURS = { vulnerable: '\u001b[31m', clean: '\u001b[32m', unaudited: '\u001b[33m' } as const;
const RESET = '\u001b[0m';

export function renderTable(results: readonly Result[], options: { color: boolean }): string {
  // Rows start with the host id: forLog keeps even a hostile one from reading as a workflow command
  // when the CLI runs inside a GitHub Actions step.
  const rows = results.map((r) => [forLog(r.target.id, 60), oneLine(r.template.id, 80), r.verdict, detail(r)] as const);
  const header = ['HOST', 'TEMPLATE', 'VERDICT', 'DETAIL'] as const;
  const width = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[], verdict?: Result['verdict']) =>
    cells
      .map((cell, i) => {
        const padded = i < 3 ? cell.padEnd(width[i]!) : cell;
        return i === 2 && verdict && options.color ? `${COLOURS[verdict]}${padded}${RESET}` : padded;
      })
      .join('  ')
      .trimEnd();
  const t = tally(results);
  const footer = `${t.vulnerable.length} vulnerable, ${t.clean.length} clean, ${t.unaudited.length} unaudited target${t.unaudited.length === 1 ? '' : 's'}; ${t.findings} finding${t.findings === 1 ? '' : 's'}`;
  return `${[line(header), ...rows.map((row, i) => line(row, results[i]!.verdict))].join('\n')}\n${footer}\n`;
}

function detail(r: Result): string {
  if (r.verdict === 'unaudited') return oneLine(`${r.unaudited!.reason}: ${r.unaudited!.detail}`, 120);
  if (r.verdict === 'clean') return '';
  return r.findings.map((f) => `[${f.matcherName ?? r.template.id}] ${oneLine(f.evidence, 80)}`).join('; ');
}
