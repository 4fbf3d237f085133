// The terminal table: one row per target × template, the verdict, and why (matchers and evidence, or the reason);
// then what the run could not cover at all (gaps), and the totals.
import type { AuditReport, Result } from '../types.js';
import { describeGap } from './gaps.js';
import { tally, totalsLine } from './tally.js';
import { forLog, oneLine } from './untrusted.js';

const COLOURS = { vulnerable: '\u001b[31m', clean: '\u001b[32m', unaudited: '\u001b[33m' } as const;
const RESET = '\u001b[0m';

export function renderTable(report: Pick<AuditReport, 'results' | 'gaps' | 'interrupted'>, options: { color: boolean }): string {
  const { results } = report;
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
  const footer = [
    ...(report.interrupted ? [`INTERRUPTED (${report.interrupted}): these results cover only what finished before the run was stopped`] : []),
    ...report.gaps.map((g) => forLog(`NOT COVERED: ${describeGap(g)}`, 600)),
    `${totalsLine(report, t)}; ${t.findings} finding${t.findings === 1 ? '' : 's'}`,
  ];
  return `${[line(header), ...rows.map((row, i) => line(row, results[i]!.verdict))].join('\n')}\n${footer.join('\n')}\n`;
}

function detail(r: Result): string {
  if (r.verdict === 'unaudited') return oneLine(`${r.unaudited!.reason}: ${r.unaudited!.detail}`, 120);
  // Observations (info findings) show on clean rows too, marked as such.
  const mark = r.verdict === 'clean' ? ` (${r.template.info.severity}: observation)` : '';
  return r.findings.map((f) => `[${oneLine(f.matcherName ?? r.template.id, 60)}] ${oneLine(f.evidence, 80)}${mark}`).join('; ');
}
