// The job summary, for 1 to 10,000 hosts and 1 to 200 templates, under GitHub's 1 MiB per step. What a reader needs
// first comes first: the gate's result and why, the totals, what changed since the last run, what could not be
// covered; then charts, the hosts of each account and region (and the scopes not audited), findings grouped by
// template, the hosts that need attention, the unaudited grouped by reason, each template's details. Long lists are folded (<details>); every vulnerable or unaudited host is in the folded
// host lists, and past the budget a list is cut with a pointer to the JSONL file, which has everything.
import type { AuditReport, Severity, Target } from '../types.js';
import type { Changes, FindingRef } from './baseline.js';
import type { Gate } from './gate.js';
import { describeGap } from './gaps.js';
import { byScope, findingsBySeverity, findingsByTemplate, hostsNeedingAttention, severityCounts, unauditedByReason, type FindingGroup, type HostAttention, type ScopeGroup } from './groups.js';
import { pieChart } from './mermaid.js';
import { isVulnerability, plural, tally } from './tally.js';
import { forMarkdown } from './untrusted.js';

/** GitHub's limit is 1 MiB per step; the rest is margin for what the runner adds. */
const BUDGET = 1_000_000;
const TOP_HOSTS = 20;
const TOP_CHANGES = 20;
const HOSTS_PER_TEMPLATE = 100;

export interface SummaryOptions {
  gate?: Gate;
  /** What the run had to say (results left out of the SARIF...), shown under the totals. */
  notes?: readonly string[];
  changes?: Changes | undefined;
  /** The report files, named where a list is cut. */
  files?: { jsonl?: string | undefined; sarif?: string | undefined };
  /** Bytes; smaller in tests. */
  budget?: number;
}

interface Section {
  /** Lower is rendered first when the budget is shared out. */
  priority: number;
  /** Renders within `room` bytes (or returns '' when nothing useful fits). */
  render(room: number): string;
}

export function summaryMarkdown(report: AuditReport, options: SummaryOptions = {}): string {
  const t = tally(report.results);
  const groups = findingsByTemplate(report.results);
  const attention = hostsNeedingAttention(report.results);
  const reasons = unauditedByReason(report.results);
  const where = options.files?.jsonl ? `the JSONL report (${code(options.files.jsonl)}) lists every one` : 'the JSONL report lists every one';

  const sections: Section[] = [
    { priority: 0, render: () => head(report, t, options) },
    { priority: 1, render: (room) => (report.gaps.length > 0 ? listSection('Not covered', report.gaps.map((g) => `- ${forMarkdown(describeGap(g), 600)}`), room, 'gaps: see the log') : '') },
    { priority: 2, render: () => charts(t, report) },
    { priority: 3, render: (room) => scopesSection(byScope(t.targets, report.gaps), room) },
    { priority: 4, render: (room) => (options.changes ? changesSection(options.changes, room, where) : '') },
    { priority: 5, render: (room) => findingsTable(groups, room, where) },
    { priority: 6, render: (room) => attentionSection(attention, room, where) },
    { priority: 7, render: (room) => reasonsSection(reasons, room, where) },
    { priority: 8, render: (room) => templateDetails(groups, report, room) },
    { priority: 9, render: () => (report.commandIds.length > 0 ? fold(`SSM commands (${report.commandIds.length})`, report.commandIds.map((c) => code(c)).join(' ')) : '') },
  ];
  const budget = options.budget ?? BUDGET;
  const rendered = new Map<Section, string>();
  let used = 0;
  for (const s of [...sections].sort((a, b) => a.priority - b.priority)) {
    const text = s.render(budget - used);
    if (size(text) <= budget - used) {
      rendered.set(s, text);
      used += size(text);
    }
  }
  return sections.map((s) => rendered.get(s) ?? '').filter((x) => x !== '').join('\n');
}

function head(report: AuditReport, t: ReturnType<typeof tally>, options: SummaryOptions): string {
  const gate = options.gate;
  const lines = [`## fleetprobe audit${gate ? (gate.failed ? ': ❌ gate failed' : ': ✅ gate passed') : ''}`, ''];
  if (gate) lines.push(`> ${forMarkdown(gate.message, 1000)}`, '');
  if (report.interrupted) {
    lines.push('> [!CAUTION]', `> **Interrupted (${report.interrupted})**: this report covers only what finished before the run was stopped; the targets still running are not audited.`, '');
  }
  const both = t.targets.filter((x) => x.vulnerable && x.unaudited).length;
  const severities = findingsBySeverity(report.results).map((s) => `${s.severity} ${n(s.findings)}`).join(' · ');
  const skipped = report.gaps.filter((g) => g.kind === 'template').length;
  lines.push(
    '| Targets | Vulnerable | Not audited | Clean | Findings | Templates |',
    '|---:|---:|---:|---:|---|---:|',
    `| ${n(t.targets.length)} | ${n(t.vulnerable.length)} | ${n(t.unaudited.length)}${both > 0 ? ` (${n(both)} also vulnerable)` : ''} | ${n(t.clean.length)} | ${n(t.findings)}${severities ? ` (${severities})` : ''} | ${n(report.templates.length)}${skipped > 0 ? ` (${n(skipped)} skipped)` : ''} |`,
    '',
    `Selection ${code(report.selection)} · ${duration(report)}. A host is vulnerable with a finding of severity low or higher; info findings are observations.`,
    '',
    ...(options.notes ?? []).flatMap((note) => [`> ${forMarkdown(note, 500)}`, '']),
  );
  return lines.join('\n');
}

function charts(t: ReturnType<typeof tally>, report: AuditReport): string {
  const both = t.targets.filter((x) => x.vulnerable && x.unaudited).length;
  const verdicts = pieChart(`Targets (${t.targets.length})`, [
    ['Vulnerable', t.vulnerable.length - both],
    ['Vulnerable and not audited', both],
    ['Not audited', t.unaudited.length - both],
    ['Clean', t.clean.length],
  ]);
  const bySeverity = findingsBySeverity(report.results);
  const severities = pieChart(`Findings by severity (${t.findings})`, bySeverity.map((s) => [s.vulnerability ? s.severity : `${s.severity} (observations)`, s.findings]));
  const blocks = [verdicts, severities].filter((c) => c !== '');
  return blocks.length > 0 ? `### At a glance\n\n${blocks.join('\n')}\n` : '';
}

/** A row per (account, region) when the audit spans several, the scopes not audited among them with their reason. */
function scopesSection(scopes: ScopeGroup[], room: number): string {
  if (scopes.length < 2) return '';
  const missing = scopes.filter((s) => s.gap).length;
  const head = [
    '### By account and region',
    '',
    `${n(scopes.length)} scopes${missing > 0 ? `, **${n(missing)} not audited**` : ', every one audited'}.`,
    '',
    '| Account | Region | Hosts | Vulnerable | Not audited | Clean | Scope |',
    '|---|---|---:|---:|---:|---:|---|',
  ];
  const rows = scopes.map(
    (s) =>
      `| ${code(s.account, 40)} | ${code(s.region, 40)} | ${n(s.hosts)} | ${n(s.vulnerable)} | ${n(s.unaudited)} | ${n(s.clean)} | ${s.gap ? `❌ not audited (${forMarkdown(s.gap.state, 60)}): ${forMarkdown(s.gap.reason, 200)}` : 'audited'} |`,
  );
  return cutLines(head, rows, room, (left) => `\n… ${plural(left, 'more scope')}: the JSONL report gives every host's account and region; the unaudited-scopes output names every scope not audited.\n`);
}

function findingsTable(groups: FindingGroup[], room: number, where: string): string {
  if (groups.length === 0) return '### Findings\n\nNo findings.\n';
  const head = ['### Findings by template', '', '| Severity | Template | Matcher | Hosts | Example hosts | Evidence (first host) |', '|---|---|---|---:|---|---|'];
  const rows = groups.map((g) => {
    const examples = g.examples.map((e) => code(e.target.id, 60)).join(' ');
    const more = g.hosts.length > g.examples.length ? ` +${n(g.hosts.length - g.examples.length)}` : '';
    return `| ${severityCell(g.template.info.severity)} | ${forMarkdown(g.template.info.name, 100)} (${code(g.template.id, 100)}) | ${g.matcher ? forMarkdown(g.matcher, 60) : ''} | ${n(g.hosts.length)} | ${examples}${more} | ${forMarkdown(g.examples[0]?.evidence ?? '', 160)} |`;
  });
  return cutLines(head, rows, room, (left) => `\n… ${plural(left, 'more row')}: ${where}.\n`);
}

function attentionSection(hosts: HostAttention[], room: number, where: string): string {
  if (hosts.length === 0) return '';
  const top = hosts.slice(0, TOP_HOSTS).map((h) => `| ${code(h.target.id, 80)} | ${whereIs(h.target)} | ${severityCounts(h.findings)} | ${unauditedCell(h)} |`);
  const table = ['### Hosts that need attention', '', `${n(hosts.length)} host${hosts.length === 1 ? '' : 's'}, most severe first${hosts.length > TOP_HOSTS ? ` (the first ${TOP_HOSTS}; all of them are in the lists below)` : ''}.`, '', '| Host | Where | Findings | Not audited |', '|---|---|---|---|', ...top, '', ''].join('\n');
  // Every one of them, ids only, by their worst state: the list a reader can always reach.
  const buckets = new Map<string, string[]>();
  for (const h of hosts) {
    const label = h.worst ? `Vulnerable, worst ${h.worst}${h.unaudited.length > 0 ? ', also not audited' : ''}` : 'Not audited only';
    (buckets.get(label) ?? buckets.set(label, []).get(label)!).push(forMarkdown(h.target.id, 80));
  }
  return `${table}${foldedLists([...buckets].map(([label, ids]) => [`${label} (${n(ids.length)})`, ids]), room - size(table), where)}`;
}

function reasonsSection(reasons: ReturnType<typeof unauditedByReason>, room: number, where: string): string {
  if (reasons.length === 0) return '';
  const lines = ['### Not audited, by reason', '', '| Reason | Hosts | Host × template | Templates | Example |', '|---|---:|---:|---:|---|'];
  for (const g of reasons) {
    const ex = g.example;
    lines.push(`| ${g.reason} | ${n(g.hosts.length)} | ${n(g.pairs)} | ${n(g.templates)} | ${code(ex.target.id, 60)} (${forMarkdown(ex.template.id, 60)}): ${forMarkdown(ex.unaudited!.detail, 160)} |`);
  }
  const table = `${lines.join('\n')}\n\n`;
  if (size(table) > room) return '';
  return `${table}${foldedLists(reasons.map((g) => [`${g.reason}: ${plural(g.hosts.length, 'host')}`, g.hosts.map((h) => forMarkdown(h.id, 80))]), room - size(table), where)}`;
}

function changesSection(c: Changes, room: number, where: string): string {
  const head = [
    '### Since the last run',
    '',
    `Compared with ${code(c.baseline, 200)}: **${n(c.new.length)}** new · **${n(c.stillOpen.length)}** still open · **${n(c.fixed.length)}** fixed · ${n(c.notRechecked.length)} not re-checked (no verdict this time) · **${n(c.newlyUnaudited.length)}** host${c.newlyUnaudited.length === 1 ? '' : 's'} newly not audited.`,
    '',
  ];
  const row = (f: FindingRef) => `| ${f.severity ? severityCell(f.severity) : ''} | ${code(f.templateId, 100)} | ${f.matcher ? forMarkdown(f.matcher, 60) : ''} | ${code(f.host, 80)} |`;
  const newest = c.new.slice(0, TOP_CHANGES);
  const table = newest.length > 0 ? ['| Severity | Template | Matcher | New on host |', '|---|---|---|---|', ...newest.map(row), ''] : [];
  const text = `${[...head, ...table].join('\n')}\n`;
  if (size(text) > room) return '';
  const ref = (f: FindingRef) => forMarkdown(`${f.host} ${f.templateId}${f.matcher ? `/${f.matcher}` : ''}`, 200);
  const lists: [string, string[]][] = [
    ['New findings', c.new.map(ref)],
    ['Fixed findings', c.fixed.map(ref)],
    ['Not re-checked (no verdict this time)', c.notRechecked.map(ref)],
    ['Hosts newly not audited', c.newlyUnaudited.map((h) => forMarkdown(h, 80))],
  ];
  return `${text}${foldedLists(lists.filter(([, items]) => items.length > 0).map(([label, items]) => [`${label} (${n(items.length)})`, items]), room - size(text), where)}`;
}

/** One folded block per template with findings: what it checks, how to fix it, evidence, and its hosts. */
function templateDetails(groups: FindingGroup[], report: AuditReport, room: number): string {
  if (groups.length === 0) return '';
  const byTemplate = new Map<string, FindingGroup[]>();
  for (const g of groups) (byTemplate.get(g.template.id) ?? byTemplate.set(g.template.id, []).get(g.template.id)!).push(g);
  const info = new Map(report.templates.map((t) => [t.id, t]));
  const title = '### Templates with findings\n\n';
  const parts = [title];
  let used = size(title);
  for (const [id, gs] of byTemplate) {
    const t = info.get(id) ?? gs[0]!.template;
    const i = t.info;
    const hosts = [...new Map(gs.flatMap((g) => g.hosts).map((h) => [h.id, h])).values()];
    const body = [
      i.description ? forMarkdown(i.description, 1000) : '',
      i.remediation ? `**Remediation:** ${forMarkdown(i.remediation, 1000)}` : '',
      i.reference.length > 0 ? `**References:** ${i.reference.slice(0, 5).map((r) => forMarkdown(r, 200)).join(' · ')}` : '',
      ...gs.map((g) => `**${g.matcher ? forMarkdown(g.matcher, 60) : 'match'}** on ${plural(g.hosts.length, 'host')}, for example ${code(g.examples[0]!.target.id, 80)}: ${forMarkdown(g.examples[0]!.evidence, 300)}`),
      `Hosts: ${hosts.slice(0, HOSTS_PER_TEMPLATE).map((h) => code(h.id, 80)).join(' ')}${hosts.length > HOSTS_PER_TEMPLATE ? ` … and ${n(hosts.length - HOSTS_PER_TEMPLATE)} more (every one is in the host lists above)` : ''}`,
    ].filter((x) => x !== '');
    const block = fold(`${severityCell(i.severity)} ${forMarkdown(i.name, 100)} (${forMarkdown(id, 100)}): ${plural(hosts.length, 'host')}`, body.join('\n\n'));
    if (used + size(block) > room) break;
    parts.push(block);
    used += size(block);
  }
  return parts.length === 1 ? '' : parts.join('');
}

/** Header lines, then as many rows as fit in `room`, then the note `cut(left)` says when some did not. */
function cutLines(head: string[], rows: string[], room: number, cut: (left: number) => string): string {
  const parts = [`${head.join('\n')}\n`];
  let used = size(parts[0]!);
  for (const [i, row] of rows.entries()) {
    const note = i + 1 < rows.length ? cut(rows.length - i - 1) : '';
    if (used + size(row) + 1 + size(note) > room) return `${parts.join('')}${cut(rows.length - i)}`;
    parts.push(`${row}\n`);
    used += size(row) + 1;
  }
  return `${parts.join('')}\n`;
}

/** Folded lists one after another within `room`; what does not fit is named in one last line, never dropped silently. */
function foldedLists(lists: [string, string[]][], room: number, where: string): string {
  const parts: string[] = [];
  let used = 0;
  for (const [i, [label, items]] of lists.entries()) {
    const rest = lists.slice(i);
    const note = `Not listed here: ${rest.map(([l]) => l).join('; ')}: ${where}.\n\n`;
    const block = foldedIds(label, items, room - used - size(note), where);
    if (block === '') {
      if (used + size(note) <= room) parts.push(note);
      break;
    }
    parts.push(block);
    used += size(block);
  }
  return parts.join('');
}

/** A folded comma-separated list (ids are short; a line each would not fit 10,000), cut to `room` with a pointer. */
function foldedIds(summary: string, items: string[], room: number, where: string): string {
  const open = `<details><summary>${summary}</summary>\n\n<pre>\n`;
  const close = '\n</pre>\n</details>\n\n';
  const pieces: string[] = [];
  let used = size(open) + size(close);
  for (const [i, item] of items.entries()) {
    const piece = `${i === 0 ? '' : i % 8 === 0 ? ',\n' : ', '}${item}`;
    const tail = i + 1 < items.length ? `\n… and ${n(items.length - i - 1)} more: ${where}` : '';
    if (used + size(piece) + size(tail) > room) break;
    pieces.push(piece);
    used += size(piece);
  }
  if (pieces.length === 0) return '';
  const left = items.length - pieces.length;
  return `${open}${pieces.join('')}${left > 0 ? `\n… and ${n(left)} more: ${where}` : ''}${close}`;
}

function listSection(title: string, lines: string[], room: number, cut: string): string {
  return cutLines([`### ${title}`, ''], lines, room, (left) => `- … and ${n(left)} more: ${cut}\n`);
}

function fold(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n\n`;
}

function unauditedCell(h: HostAttention): string {
  if (h.unaudited.length === 0) return '';
  const byReason = new Map<string, number>();
  for (const u of h.unaudited) byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + 1);
  return [...byReason].map(([r, k]) => `${r}${h.unaudited.length > 1 ? ` ×${k}` : ` (${forMarkdown(h.unaudited[0]!.templateId, 60)})`}`).join(', ');
}

function whereIs(t: Target): string {
  return t.transport === 'local' ? 'this runner' : forMarkdown(`${t.account ?? '?'}/${t.region ?? '?'}`, 80);
}

const ICONS: Record<Severity, string> = { critical: '🟣 critical', high: '🔴 high', medium: '🟠 medium', low: '🟡 low', info: '🔵 info', unknown: '⚪ unknown' };

function severityCell(s: Severity): string {
  return isVulnerability(s) ? ICONS[s] : `${ICONS[s]} (observation)`;
}

function duration(report: AuditReport): string {
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  if (!Number.isFinite(ms) || ms < 0) return 'duration unknown';
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function n(x: number): string {
  return x.toLocaleString('en-US');
}

// An HTML code element, not a Markdown code span: entities are decoded inside it, so escaped host text reads as written.
function code(text: string, max?: number): string {
  return `<code>${forMarkdown(text, max)}</code>`;
}

function size(s: string): number {
  return Buffer.byteLength(s);
}
