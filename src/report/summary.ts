// The job summary (Markdown, under GitHub's 1 MiB): totals, hosts × templates verdicts, the unaudited
// hosts with reasons, and the command ids. Beyond a size it lists only the hosts that need attention.
import type { AuditReport, Result } from '../types.js';
import { describeGap } from './gaps.js';
import { tally } from './tally.js';
import { forMarkdown } from './untrusted.js';

const BUDGET = 900 * 1024;
const ICON = { vulnerable: '🔴 vulnerable', clean: '🟢 clean', unaudited: '🟡 not audited' } as const;

export interface SummaryOptions {
  /** What the run had to say (results left out of the SARIF...), shown under the totals. */
  notes?: readonly string[];
  /** Bytes; GitHub's limit is 1 MiB per step, smaller in tests. */
  budget?: number;
}

export function summaryMarkdown(report: AuditReport, options: SummaryOptions = {}): string {
  const budget = options.budget ?? BUDGET;
  const t = tally(report.results);
  const head = [
    '## fleetprobe audit',
    '',
    ...(report.interrupted ? [`> [!CAUTION]\n> **Interrupted (${report.interrupted})**: this report covers only what finished before the run was stopped; the targets still running are not audited.`, ''] : []),
    `**${t.vulnerable.length}** vulnerable · **${t.clean.length}** clean · **${t.unaudited.length}** not audited (of ${t.targets.length}) · **${t.findings}** finding${t.findings === 1 ? '' : 's'} · ${report.templates.length} template${report.templates.length === 1 ? '' : 's'} · selection ${code(report.selection)}`,
    '',
    ...(options.notes ?? []).map((n) => `> ${forMarkdown(n, 500)}\n`),
    // Gaps early: a skipped template or an unreachable scope is a hole in everything below.
    ...(report.gaps.length > 0 ? ['### Not covered', '', ...report.gaps.map((g) => `- ${forMarkdown(describeGap(g), 600)}`), ''] : []),
  ].join('\n');

  const hosts = [...new Set(report.results.map((r) => r.target.id))];
  const byHost = new Map<string, Map<string, Result>>();
  for (const r of report.results) byHost.set(r.target.id, (byHost.get(r.target.id) ?? new Map<string, Result>()).set(r.template.id, r));
  const ids = report.templates.map((tpl) => tpl.id);
  const tableFor = (rows: string[]) =>
    [
      `| host | ${ids.map((id) => forMarkdown(id)).join(' | ')} |`,
      `|---|${ids.map(() => '---').join('|')}|`,
      ...rows.map((h) => `| ${forMarkdown(h, 80)} | ${ids.map((id) => cell(byHost.get(h)?.get(id))).join(' | ')} |`),
    ].join('\n');

  const unaudited = report.results.filter((r) => r.verdict === 'unaudited');
  const unauditedList = unaudited.map((r) => `- ${code(r.target.id, 80)} (${forMarkdown(r.template.id)}): ${r.unaudited!.reason}: ${forMarkdown(r.unaudited!.detail)}`);
  const commands = report.commandIds.length > 0 ? `\n### Commands\n\n${report.commandIds.map((c) => code(c)).join(' ')}\n` : '';

  const compose = (rows: string[], note: string, reasons: string[]) =>
    `${head}\n### Verdicts\n\n${note}${tableFor(rows)}\n${reasons.length > 0 ? `\n### Not audited\n\n${reasons.join('\n')}\n` : ''}${commands}`;

  let text = compose(hosts, '', unauditedList);
  if (size(text) <= budget) return text;
  // Too big: the clean hosts only as a count.
  const clean = new Set(t.clean);
  const attention = hosts.filter((h) => !clean.has(h));
  text = compose(attention, `${t.clean.length} clean hosts are not listed to keep this summary under GitHub's 1 MiB.\n\n`, unauditedList);
  if (size(text) <= budget) return text;
  // Still too big: as many rows as fit, and say so.
  let rows = attention.length;
  let reasons = unauditedList.length;
  while ((rows > 0 || reasons > 0) && size(text) > budget) {
    rows = Math.floor(rows * 0.8);
    reasons = Math.floor(reasons * 0.8);
    text = compose(attention.slice(0, rows), `Showing ${rows} of ${attention.length} hosts that need attention (the JSONL and SARIF reports have them all).\n\n`, [...unauditedList.slice(0, reasons), ...(reasons < unauditedList.length ? [`- … and ${unauditedList.length - reasons} more`] : [])]);
  }
  return text;
}

function cell(r: Result | undefined): string {
  if (!r) return '';
  const matchers = () => r.findings.map((f) => forMarkdown(f.matcherName ?? 'match')).join(', ');
  if (r.verdict === 'vulnerable') return `${ICON.vulnerable} (${matchers()})`;
  if (r.verdict === 'unaudited') return `${ICON.unaudited}: ${r.unaudited!.reason}`;
  return r.findings.length > 0 ? `${ICON.clean}, observed (${matchers()})` : ICON.clean;
}

// An HTML code element, not a Markdown code span: entities are decoded inside it, so escaped host text reads as written.
function code(text: string, max?: number): string {
  return `<code>${forMarkdown(text, max)}</code>`;
}

function size(s: string): number {
  return Buffer.byteLength(s);
}
