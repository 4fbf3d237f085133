// The terminal table. A small run (up to 100 target × template results) gets a row each: verdict and why (matchers
// and evidence, or the reason). A fleet gets what the job summary gives: findings grouped by template, the hosts
// that need attention (the first 50), the unaudited grouped by reason. Then, for both: the hosts of each account
// and region when there are several (and the scopes not audited), what changed since the baseline, what the run
// could not cover, and the totals.
import type { AuditReport, Result } from '../types.js';
import type { Changes, FindingRef } from './baseline.js';
import { describeGap } from './gaps.js';
import { byScope, findingsByTemplate, hostsNeedingAttention, severityCounts, unauditedByReason, type ScopeGroup } from './groups.js';
import { plural, tally, totalsLine } from './tally.js';
import { forLog, oneLine } from './untrusted.js';

const COLOURS = { vulnerable: '\u001b[31m', clean: '\u001b[32m', unaudited: '\u001b[33m' } as const;
const RESET = '\u001b[0m';
/** Up to this many results, a row each. */
const DETAILED = 100;
const TOP_HOSTS = 50;
const TOP_CHANGES = 20;

export interface TableOptions {
  color: boolean;
  changes?: Changes | undefined;
}

export function renderTable(report: Pick<AuditReport, 'results' | 'gaps' | 'interrupted'>, options: TableOptions): string {
  const { results } = report;
  const t = tally(results);
  const scopes = byScope(t.targets, report.gaps);
  const body = `${results.length <= DETAILED ? detailed(results, options) : grouped(results)}${scopes.length > 1 ? scopeLines(scopes) : ''}`;
  const footer = [
    ...(report.interrupted ? [`INTERRUPTED (${report.interrupted}): these results cover only what finished before the run was stopped`] : []),
    ...(options.changes ? changeLines(options.changes) : []),
    ...report.gaps.map((g) => forLog(`NOT COVERED: ${describeGap(g)}`, 600)),
    `${totalsLine(report, t)}; ${t.findings} finding${t.findings === 1 ? '' : 's'}`,
  ];
  return `${body}${footer.join('\n')}\n`;
}

function detailed(results: readonly Result[], options: TableOptions): string {
  const fresh = new Set((options.changes?.new ?? []).map((f) => JSON.stringify([f.templateId, f.matcher ?? '', f.host])));
  // Rows start with the host id: forLog keeps even a hostile one from reading as a workflow command
  // when the CLI runs inside a GitHub Actions step.
  const rows = results.map((r) => [forLog(r.target.id, 60), oneLine(r.template.id, 80), r.verdict, detail(r, fresh)]);
  return columns(['HOST', 'TEMPLATE', 'VERDICT', 'DETAIL'], rows, (cell, i, row) => (i === 2 && options.color ? `${COLOURS[results[row]!.verdict]}${cell}${RESET}` : cell));
}

function detail(r: Result, fresh: ReadonlySet<string>): string {
  if (r.verdict === 'unaudited') return oneLine(`${r.unaudited!.reason}: ${r.unaudited!.detail}`, 120);
  // Observations (info findings) show on clean rows too, marked as such.
  const mark = r.verdict === 'clean' ? ` (${r.template.info.severity}: observation)` : '';
  return r.findings
    .map((f) => {
      const isNew = fresh.has(JSON.stringify([r.template.id, f.matcherName ?? f.extractorName ?? '', r.target.id])) ? 'NEW ' : '';
      return `${isNew}[${oneLine(f.matcherName ?? r.template.id, 60)}] ${oneLine(f.evidence, 80)}${mark}`;
    })
    .join('; ');
}

function grouped(results: readonly Result[]): string {
  const parts: string[] = [];
  const groups = findingsByTemplate(results);
  parts.push(
    'FINDINGS BY TEMPLATE',
    groups.length === 0
      ? 'none\n'
      : columns(
          ['SEVERITY', 'TEMPLATE', 'MATCHER', 'HOSTS', 'EXAMPLE'],
          groups.map((g) => [g.template.info.severity, oneLine(g.template.id, 80), oneLine(g.matcher ?? '', 40), String(g.hosts.length), `${forLog(g.examples[0]!.target.id, 60)}: ${oneLine(g.examples[0]!.evidence, 80)}`]),
        ),
  );
  const hosts = hostsNeedingAttention(results);
  if (hosts.length > 0) {
    parts.push(
      `HOSTS THAT NEED ATTENTION (${hosts.length}${hosts.length > TOP_HOSTS ? `, the first ${TOP_HOSTS}; the JSONL report has every one` : ''})`,
      columns(
        ['HOST', 'WORST', 'FINDINGS', 'NOT AUDITED'],
        hosts.slice(0, TOP_HOSTS).map((h) => [
          forLog(h.target.id, 60),
          h.worst ?? '-',
          severityCounts(h.findings),
          h.unaudited.length === 0 ? '' : `${h.unaudited.length} template${h.unaudited.length === 1 ? '' : 's'} (${[...new Set(h.unaudited.map((u) => u.reason))].join(', ')})`,
        ]),
      ),
    );
  }
  const reasons = unauditedByReason(results);
  if (reasons.length > 0) {
    parts.push(
      'NOT AUDITED BY REASON',
      columns(
        ['REASON', 'HOSTS', 'PAIRS', 'EXAMPLE'],
        reasons.map((g) => [g.reason, String(g.hosts.length), String(g.pairs), `${forLog(g.example.target.id, 60)} (${oneLine(g.example.template.id, 60)}): ${oneLine(g.example.unaudited!.detail, 100)}`]),
      ),
    );
  }
  return parts.join('\n');
}

function scopeLines(scopes: ScopeGroup[]): string {
  const missing = scopes.filter((s) => s.gap).length;
  return [
    `BY ACCOUNT AND REGION (${scopes.length} scopes${missing > 0 ? `, ${missing} not audited` : ''})`,
    columns(
      ['ACCOUNT', 'REGION', 'HOSTS', 'VULNERABLE', 'UNAUDITED', 'CLEAN', 'SCOPE'],
      // The account leads the line: forLog keeps it from reading as a workflow command.
      scopes.map((s) => [forLog(s.account, 40), oneLine(s.region, 40), String(s.hosts), String(s.vulnerable), String(s.unaudited), String(s.clean), s.gap ? oneLine(`NOT AUDITED (${s.gap.state}): ${s.gap.reason}`, 200) : 'audited']),
    ),
  ].join('\n');
}

function changeLines(c: Changes): string[] {
  const ref = (f: FindingRef) => forLog(`${f.host} ${f.templateId}${f.matcher ? `/${f.matcher}` : ''}${f.severity ? ` (${f.severity})` : ''}`, 300);
  const list = (label: string, items: FindingRef[]) => [
    ...items.slice(0, TOP_CHANGES).map((f) => `  ${label}: ${ref(f)}`),
    ...(items.length > TOP_CHANGES ? [`  … and ${items.length - TOP_CHANGES} more ${label}`] : []),
  ];
  return [
    forLog(`SINCE ${c.baseline}: ${c.new.length} new, ${c.stillOpen.length} still open, ${c.fixed.length} fixed, ${c.notRechecked.length} not re-checked; ${plural(c.newlyUnaudited.length, 'host')} newly not audited`, 600),
    ...list('new', c.new),
    ...list('fixed', c.fixed),
    ...c.newlyUnaudited.slice(0, TOP_CHANGES).map((h) => `  newly not audited: ${forLog(h, 80)}`),
  ];
}

/** Left-aligned columns; the last one is not padded. `paint` may colour a cell after padding. */
function columns(header: readonly string[], rows: readonly string[][], paint: (cell: string, column: number, row: number) => string = (c) => c): string {
  const last = header.length - 1;
  const width = header.map((h, i) => (i === last ? 0 : Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: readonly string[], row: number) =>
    cells
      .map((cell, i) => (i === last ? cell : row < 0 ? cell.padEnd(width[i]!) : paint(cell.padEnd(width[i]!), i, row)))
      .join('  ')
      .trimEnd();
  return `${[line(header, -1), ...rows.map((r, i) => line(r, i))].join('\n')}\n`;
}
