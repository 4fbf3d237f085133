// The run's summary as one self-contained HTML page (inline CSS, no script, nothing fetched), stored beside the
// SARIF and JSONL in S3. Every text that came from a host or a template is escaped, and a Content-Security-Policy
// forbids scripts and remote loads, so even a bypass of the escaping could not run or phone home.
import type { AuditReport, Result } from '../../types.js';
import { describeGap } from '../gaps.js';
import type { Gate } from '../gate.js';
import { tally, totalsLine } from '../tally.js';
import { oneLine } from '../untrusted.js';

export interface HtmlOptions {
  gate: Gate;
  /** The report files beside the page (relative names). */
  files: readonly string[];
  runId: string;
}

export function summaryHtml(report: AuditReport, options: HtmlOptions): string {
  const t = tally(report.results);
  const scopes = new Map<string, Result[]>();
  for (const r of report.results) {
    const key = `${r.target.account ?? 'unknown account'} / ${r.target.region ?? 'unknown region'}`;
    scopes.set(key, [...(scopes.get(key) ?? []), r]);
  }
  const ids = report.templates.map((tpl) => tpl.id);
  const sections = [...scopes].sort(([a], [b]) => a.localeCompare(b)).map(([scope, results]) => scopeSection(scope, results, ids));
  const unaudited = report.results.filter((r) => r.verdict === 'unaudited');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fleetprobe audit ${h(options.runId)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1f2328}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #d0d7de;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f6f8fa}.vulnerable{background:#ffebe9}.clean{background:#dafbe1}.unaudited{background:#fff8c5}
.gate-failed{color:#cf222e}.gate-passed{color:#1a7f37}code{font-family:ui-monospace,monospace}
</style>
</head>
<body>
<h1>fleetprobe audit</h1>
<p>Run <code>${h(options.runId)}</code>, ${h(report.startedAt)} to ${h(report.finishedAt)}, selection <code>${h(report.selection)}</code>.</p>
<p class="${options.gate.failed ? 'gate-failed' : 'gate-passed'}"><strong>${h(options.gate.message, 1000)}</strong></p>
<p><strong>${h(totalsLine(report, t))}</strong> · ${t.findings} findings · ${report.templates.length} templates · ${scopes.size} scopes</p>
${report.interrupted ? `<p class="gate-failed">Interrupted (${h(report.interrupted)}): this report covers only what finished.</p>` : ''}
${options.files.length > 0 ? `<p>Reports: ${options.files.map((f) => `<code>${h(f)}</code>`).join(' ')}</p>` : ''}
${report.gaps.length > 0 ? `<h2>Not covered</h2>\n<ul>\n${report.gaps.map((g) => `<li>${h(describeGap(g), 1000)}</li>`).join('\n')}\n</ul>` : ''}
<h2>Verdicts</h2>
${sections.join('\n')}
${unaudited.length > 0 ? `<h2>Not audited</h2>\n<ul>\n${unaudited.map((r) => `<li><code>${h(r.target.id, 120)}</code> (${h(r.template.id)}): ${h(r.unaudited!.reason)}: ${h(r.unaudited!.detail, 500)}</li>`).join('\n')}\n</ul>` : ''}
${findingsList(report.results)}
</body>
</html>
`;
}

function scopeSection(scope: string, results: readonly Result[], ids: readonly string[]): string {
  const byHost = new Map<string, Map<string, Result>>();
  for (const r of results) byHost.set(r.target.id, (byHost.get(r.target.id) ?? new Map<string, Result>()).set(r.template.id, r));
  const rows = [...byHost].map(([host, cells]) => {
    const name = [...cells.values()][0]?.target.name;
    return `<tr><td><code>${h(host, 120)}</code>${name && name !== host ? ` ${h(name, 120)}` : ''}</td>${ids.map((id) => cell(cells.get(id))).join('')}</tr>`;
  });
  return `<h3>${h(scope)}</h3>\n<table>\n<tr><th>host</th>${ids.map((id) => `<th>${h(id)}</th>`).join('')}</tr>\n${rows.join('\n')}\n</table>`;
}

function cell(r: Result | undefined): string {
  if (!r) return '<td></td>';
  const matched = r.findings.map((f) => h(f.matcherName ?? 'match', 120)).join(', ');
  if (r.verdict === 'vulnerable') return `<td class="vulnerable">vulnerable (${matched})</td>`;
  if (r.verdict === 'unaudited') return `<td class="unaudited">not audited: ${h(r.unaudited!.reason)}</td>`;
  return `<td class="clean">clean${matched ? ` (observed: ${matched})` : ''}</td>`;
}

function findingsList(results: readonly Result[]): string {
  const items = results.flatMap((r) =>
    r.findings.map((f) => `<li><code>${h(r.target.id, 120)}</code> ${h(r.template.id)}${f.matcherName ? ` [${h(f.matcherName, 120)}]` : ''} (${h(r.template.info.severity)}): <code>${h(f.evidence, 500)}</code></li>`),
  );
  return items.length > 0 ? `<h2>Findings</h2>\n<ul>\n${items.join('\n')}\n</ul>` : '';
}

/** Untrusted text as HTML: one line, bounded, the five HTML-special characters as entities. */
function h(text: string, max = 200): string {
  return oneLine(text, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
