import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  error,
  getInput,
  info,
  isDebug,
  notice,
  recordSent,
  saveState,
  sentCommandsFile,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-XDBAFCCA.js";
import {
  byScope,
  describeGap,
  evaluateGate,
  executeRun,
  findingsBySeverity,
  findingsByTemplate,
  hostPath,
  hostsNeedingAttention,
  isVulnerability,
  parseOptions,
  plural,
  renderTable,
  scopeName,
  severityCounts,
  skippedTemplates,
  tally,
  templateUri,
  unauditedByReason,
  unauditedScopes,
  watchSignals
} from "./chunks/chunk-V5RQBPGF.js";
import "./chunks/chunk-AGJEQLMT.js";
import "./chunks/chunk-ZA4VNVMN.js";
import {
  explain,
  forLog,
  forMarkdown,
  oneLine
} from "./chunks/chunk-RHSM7FGY.js";
import "./chunks/chunk-32U22KDF.js";

// src/main.ts
import { randomUUID } from "node:crypto";

// src/report/annotations.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "notice", info: "notice", unknown: "notice" };
function annotations(report, options = { perKind: 10 }) {
  const all = [
    // Gaps first: a hole in the audit matters more than any single host.
    ...report.gaps.map((g) => ({
      level: "warning",
      title: g.kind === "template" ? "template skipped" : "scope not audited",
      message: describeGap(g),
      ...g.kind === "template" ? { file: templateUri(g.file), startLine: g.line ?? 1 } : {}
    })),
    ...report.results.flatMap((r) => r.findings.map((f) => ({
      level: LEVEL[r.template.info.severity],
      title: `${r.template.id}${f.matcherName ? `/${f.matcherName}` : ""} on ${oneLine(r.target.id, 80)}`,
      message: `${r.template.info.name} (${r.template.info.severity}) on ${oneLine(r.target.id, 80)}: ${oneLine(f.evidence)}`,
      file: hostPath(r.target),
      startLine: 1
    }))),
    ...report.results.filter((r) => r.verdict === "unaudited").map((r) => ({
      level: "warning",
      title: `${r.template.id} not audited on ${oneLine(r.target.id, 80)}`,
      message: `${r.unaudited.reason}: ${oneLine(r.unaudited.detail)}`
    }))
  ];
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const ofKind = all.filter((a) => a.level === level);
    const shown = ofKind.length > options.perKind ? ofKind.slice(0, options.perKind - 1) : ofKind;
    out.push(...shown);
    if (shown.length < ofKind.length) {
      out.push({ level, title: `${ofKind.length - shown.length} more`, message: `${ofKind.length - shown.length} more ${level} annotations are not shown (GitHub shows ${options.perKind} per kind); see the job summary, the SARIF upload or the JSONL report` });
    }
  }
  return out;
}

// src/report/mermaid.ts
function pieChart(title, slices) {
  const shown = slices.filter(([, value]) => value > 0);
  if (shown.length === 0) return "";
  const label = (s) => `"${s.replace(/["\\\r\n]/g, " ")}"`;
  return ["```mermaid", `pie showData title ${title.replace(/[\r\n]/g, " ")}`, ...shown.map(([name, value]) => `    ${label(name)} : ${value}`), "```", ""].join("\n");
}

// src/report/summary.ts
var BUDGET = 1e6;
var TOP_HOSTS = 20;
var TOP_CHANGES = 20;
var HOSTS_PER_TEMPLATE = 100;
function summaryMarkdown(report, options = {}) {
  const t = tally(report.results);
  const groups = findingsByTemplate(report.results);
  const attention = hostsNeedingAttention(report.results);
  const reasons = unauditedByReason(report.results);
  const where = options.files?.jsonl ? `the JSONL report (${code(options.files.jsonl)}) lists every one` : "the JSONL report lists every one";
  const sections = [
    { priority: 0, render: () => head(report, t, options) },
    { priority: 1, render: (room) => report.gaps.length > 0 ? listSection("Not covered", report.gaps.map((g) => `- ${forMarkdown(describeGap(g), 600)}`), room, "gaps: see the log") : "" },
    { priority: 2, render: () => charts(t, report) },
    { priority: 3, render: (room) => scopesSection(byScope(t.targets, report.gaps), room) },
    { priority: 4, render: (room) => options.changes ? changesSection(options.changes, room, where) : "" },
    { priority: 5, render: (room) => findingsTable(groups, room, where) },
    { priority: 6, render: (room) => attentionSection(attention, room, where) },
    { priority: 7, render: (room) => reasonsSection(reasons, room, where) },
    { priority: 8, render: (room) => templateDetails(groups, report, room) },
    { priority: 9, render: () => report.commandIds.length > 0 ? fold(`SSM commands (${report.commandIds.length})`, report.commandIds.map((c) => code(c)).join(" ")) : "" }
  ];
  const budget = options.budget ?? BUDGET;
  const rendered = /* @__PURE__ */ new Map();
  let used = 0;
  for (const s of [...sections].sort((a, b) => a.priority - b.priority)) {
    const text = s.render(budget - used);
    if (size(text) <= budget - used) {
      rendered.set(s, text);
      used += size(text);
    }
  }
  return sections.map((s) => rendered.get(s) ?? "").filter((x) => x !== "").join("\n");
}
function head(report, t, options) {
  const gate = options.gate;
  const lines = [`## fleetprobe audit${gate ? gate.failed ? ": \u274C gate failed" : ": \u2705 gate passed" : ""}`, ""];
  if (gate) lines.push(`> ${forMarkdown(gate.message, 1e3)}`, "");
  if (report.interrupted) {
    lines.push("> [!CAUTION]", `> **Interrupted (${report.interrupted})**: this report covers only what finished before the run was stopped; the targets still running are not audited.`, "");
  }
  const both = t.targets.filter((x) => x.vulnerable && x.unaudited).length;
  const severities = findingsBySeverity(report.results).map((s) => `${s.severity} ${n(s.findings)}`).join(" \xB7 ");
  const skipped = report.gaps.filter((g) => g.kind === "template").length;
  lines.push(
    "| Targets | Vulnerable | Not audited | Clean | Findings | Templates |",
    "|---:|---:|---:|---:|---|---:|",
    `| ${n(t.targets.length)} | ${n(t.vulnerable.length)} | ${n(t.unaudited.length)}${both > 0 ? ` (${n(both)} also vulnerable)` : ""} | ${n(t.clean.length)} | ${n(t.findings)}${severities ? ` (${severities})` : ""} | ${n(report.templates.length)}${skipped > 0 ? ` (${n(skipped)} skipped)` : ""} |`,
    "",
    `Selection ${code(report.selection)} \xB7 ${duration(report)}. A host is vulnerable with a finding of severity low or higher; info findings are observations.`,
    "",
    ...(options.notes ?? []).flatMap((note) => [`> ${forMarkdown(note, 500)}`, ""])
  );
  return lines.join("\n");
}
function charts(t, report) {
  const both = t.targets.filter((x) => x.vulnerable && x.unaudited).length;
  const verdicts = pieChart(`Targets (${t.targets.length})`, [
    ["Vulnerable", t.vulnerable.length - both],
    ["Vulnerable and not audited", both],
    ["Not audited", t.unaudited.length - both],
    ["Clean", t.clean.length]
  ]);
  const bySeverity = findingsBySeverity(report.results);
  const severities = pieChart(`Findings by severity (${t.findings})`, bySeverity.map((s) => [s.vulnerability ? s.severity : `${s.severity} (observations)`, s.findings]));
  const blocks = [verdicts, severities].filter((c) => c !== "");
  return blocks.length > 0 ? `### At a glance

${blocks.join("\n")}
` : "";
}
function scopesSection(scopes, room) {
  if (scopes.length < 2) return "";
  const missing = scopes.filter((s) => s.gap).length;
  const head2 = [
    "### By account and region",
    "",
    `${n(scopes.length)} scopes${missing > 0 ? `, **${n(missing)} not audited**` : ", every one audited"}.`,
    "",
    "| Account | Region | Hosts | Vulnerable | Not audited | Clean | Scope |",
    "|---|---|---:|---:|---:|---:|---|"
  ];
  const rows = scopes.map(
    (s) => `| ${code(s.account, 40)} | ${code(s.region, 40)} | ${n(s.hosts)} | ${n(s.vulnerable)} | ${n(s.unaudited)} | ${n(s.clean)} | ${s.gap ? `\u274C not audited (${forMarkdown(s.gap.state, 60)}): ${forMarkdown(s.gap.reason, 200)}` : "audited"} |`
  );
  return cutLines(head2, rows, room, (left) => `
\u2026 ${plural(left, "more scope")}: the JSONL report gives every host's account and region; the unaudited-scopes output names every scope not audited.
`);
}
function findingsTable(groups, room, where) {
  if (groups.length === 0) return "### Findings\n\nNo findings.\n";
  const head2 = ["### Findings by template", "", "| Severity | Template | Matcher | Hosts | Example hosts | Evidence (first host) |", "|---|---|---|---:|---|---|"];
  const rows = groups.map((g) => {
    const examples = g.examples.map((e) => code(e.target.id, 60)).join(" ");
    const more = g.hosts.length > g.examples.length ? ` +${n(g.hosts.length - g.examples.length)}` : "";
    return `| ${severityCell(g.template.info.severity)} | ${forMarkdown(g.template.info.name, 100)} (${code(g.template.id, 100)}) | ${g.matcher ? forMarkdown(g.matcher, 60) : ""} | ${n(g.hosts.length)} | ${examples}${more} | ${forMarkdown(g.examples[0]?.evidence ?? "", 160)} |`;
  });
  return cutLines(head2, rows, room, (left) => `
\u2026 ${plural(left, "more row")}: ${where}.
`);
}
function attentionSection(hosts, room, where) {
  if (hosts.length === 0) return "";
  const top = hosts.slice(0, TOP_HOSTS).map((h) => `| ${code(h.target.id, 80)} | ${whereIs(h.target)} | ${severityCounts(h.findings)} | ${unauditedCell(h)} |`);
  const table = ["### Hosts that need attention", "", `${n(hosts.length)} host${hosts.length === 1 ? "" : "s"}, most severe first${hosts.length > TOP_HOSTS ? ` (the first ${TOP_HOSTS}; all of them are in the lists below)` : ""}.`, "", "| Host | Where | Findings | Not audited |", "|---|---|---|---|", ...top, "", ""].join("\n");
  const buckets = /* @__PURE__ */ new Map();
  for (const h of hosts) {
    const label = h.worst ? `Vulnerable, worst ${h.worst}${h.unaudited.length > 0 ? ", also not audited" : ""}` : "Not audited only";
    (buckets.get(label) ?? buckets.set(label, []).get(label)).push(forMarkdown(h.target.id, 80));
  }
  return `${table}${foldedLists([...buckets].map(([label, ids]) => [`${label} (${n(ids.length)})`, ids]), room - size(table), where)}`;
}
function reasonsSection(reasons, room, where) {
  if (reasons.length === 0) return "";
  const lines = ["### Not audited, by reason", "", "| Reason | Hosts | Host \xD7 template | Templates | Example |", "|---|---:|---:|---:|---|"];
  for (const g of reasons) {
    const ex = g.example;
    lines.push(`| ${g.reason} | ${n(g.hosts.length)} | ${n(g.pairs)} | ${n(g.templates)} | ${code(ex.target.id, 60)} (${forMarkdown(ex.template.id, 60)}): ${forMarkdown(ex.unaudited.detail, 160)} |`);
  }
  const table = `${lines.join("\n")}

`;
  if (size(table) > room) return "";
  return `${table}${foldedLists(reasons.map((g) => [`${g.reason}: ${plural(g.hosts.length, "host")}`, g.hosts.map((h) => forMarkdown(h.id, 80))]), room - size(table), where)}`;
}
function changesSection(c, room, where) {
  const head2 = [
    "### Since the last run",
    "",
    `Compared with ${code(c.baseline, 200)}: **${n(c.new.length)}** new \xB7 **${n(c.stillOpen.length)}** still open \xB7 **${n(c.fixed.length)}** fixed \xB7 ${n(c.notRechecked.length)} not re-checked (no verdict this time) \xB7 **${n(c.newlyUnaudited.length)}** host${c.newlyUnaudited.length === 1 ? "" : "s"} newly not audited.`,
    ""
  ];
  const row = (f) => `| ${f.severity ? severityCell(f.severity) : ""} | ${code(f.templateId, 100)} | ${f.matcher ? forMarkdown(f.matcher, 60) : ""} | ${code(f.host, 80)} |`;
  const newest = c.new.slice(0, TOP_CHANGES);
  const table = newest.length > 0 ? ["| Severity | Template | Matcher | New on host |", "|---|---|---|---|", ...newest.map(row), ""] : [];
  const text = `${[...head2, ...table].join("\n")}
`;
  if (size(text) > room) return "";
  const ref = (f) => forMarkdown(`${f.host} ${f.templateId}${f.matcher ? `/${f.matcher}` : ""}`, 200);
  const lists = [
    ["New findings", c.new.map(ref)],
    ["Fixed findings", c.fixed.map(ref)],
    ["Not re-checked (no verdict this time)", c.notRechecked.map(ref)],
    ["Hosts newly not audited", c.newlyUnaudited.map((h) => forMarkdown(h, 80))]
  ];
  return `${text}${foldedLists(lists.filter(([, items]) => items.length > 0).map(([label, items]) => [`${label} (${n(items.length)})`, items]), room - size(text), where)}`;
}
function templateDetails(groups, report, room) {
  if (groups.length === 0) return "";
  const byTemplate = /* @__PURE__ */ new Map();
  for (const g of groups) (byTemplate.get(g.template.id) ?? byTemplate.set(g.template.id, []).get(g.template.id)).push(g);
  const info2 = new Map(report.templates.map((t) => [t.id, t]));
  const title = "### Templates with findings\n\n";
  const parts = [title];
  let used = size(title);
  for (const [id, gs] of byTemplate) {
    const t = info2.get(id) ?? gs[0].template;
    const i = t.info;
    const hosts = [...new Map(gs.flatMap((g) => g.hosts).map((h) => [h.id, h])).values()];
    const body = [
      i.description ? forMarkdown(i.description, 1e3) : "",
      i.remediation ? `**Remediation:** ${forMarkdown(i.remediation, 1e3)}` : "",
      i.reference.length > 0 ? `**References:** ${i.reference.slice(0, 5).map((r) => forMarkdown(r, 200)).join(" \xB7 ")}` : "",
      ...gs.map((g) => `**${g.matcher ? forMarkdown(g.matcher, 60) : "match"}** on ${plural(g.hosts.length, "host")}, for example ${code(g.examples[0].target.id, 80)}: ${forMarkdown(g.examples[0].evidence, 300)}`),
      `Hosts: ${hosts.slice(0, HOSTS_PER_TEMPLATE).map((h) => code(h.id, 80)).join(" ")}${hosts.length > HOSTS_PER_TEMPLATE ? ` \u2026 and ${n(hosts.length - HOSTS_PER_TEMPLATE)} more (every one is in the host lists above)` : ""}`
    ].filter((x) => x !== "");
    const block = fold(`${severityCell(i.severity)} ${forMarkdown(i.name, 100)} (${forMarkdown(id, 100)}): ${plural(hosts.length, "host")}`, body.join("\n\n"));
    if (used + size(block) > room) break;
    parts.push(block);
    used += size(block);
  }
  return parts.length === 1 ? "" : parts.join("");
}
function cutLines(head2, rows, room, cut) {
  const parts = [`${head2.join("\n")}
`];
  let used = size(parts[0]);
  for (const [i, row] of rows.entries()) {
    const note = i + 1 < rows.length ? cut(rows.length - i - 1) : "";
    if (used + size(row) + 1 + size(note) > room) return `${parts.join("")}${cut(rows.length - i)}`;
    parts.push(`${row}
`);
    used += size(row) + 1;
  }
  return `${parts.join("")}
`;
}
function foldedLists(lists, room, where) {
  const parts = [];
  let used = 0;
  for (const [i, [label, items]] of lists.entries()) {
    const rest = lists.slice(i);
    const note = `Not listed here: ${rest.map(([l]) => l).join("; ")}: ${where}.

`;
    const block = foldedIds(label, items, room - used - size(note), where);
    if (block === "") {
      if (used + size(note) <= room) parts.push(note);
      break;
    }
    parts.push(block);
    used += size(block);
  }
  return parts.join("");
}
function foldedIds(summary2, items, room, where) {
  const open = `<details><summary>${summary2}</summary>

<pre>
`;
  const close = "\n</pre>\n</details>\n\n";
  const pieces = [];
  let used = size(open) + size(close);
  for (const [i, item] of items.entries()) {
    const piece = `${i === 0 ? "" : i % 8 === 0 ? ",\n" : ", "}${item}`;
    const tail = i + 1 < items.length ? `
\u2026 and ${n(items.length - i - 1)} more: ${where}` : "";
    if (used + size(piece) + size(tail) > room) break;
    pieces.push(piece);
    used += size(piece);
  }
  if (pieces.length === 0) return "";
  const left = items.length - pieces.length;
  return `${open}${pieces.join("")}${left > 0 ? `
\u2026 and ${n(left)} more: ${where}` : ""}${close}`;
}
function listSection(title, lines, room, cut) {
  return cutLines([`### ${title}`, ""], lines, room, (left) => `- \u2026 and ${n(left)} more: ${cut}
`);
}
function fold(summary2, body) {
  return `<details><summary>${summary2}</summary>

${body}

</details>

`;
}
function unauditedCell(h) {
  if (h.unaudited.length === 0) return "";
  const byReason = /* @__PURE__ */ new Map();
  for (const u of h.unaudited) byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + 1);
  return [...byReason].map(([r, k]) => `${r}${h.unaudited.length > 1 ? ` \xD7${k}` : ` (${forMarkdown(h.unaudited[0].templateId, 60)})`}`).join(", ");
}
function whereIs(t) {
  return t.transport === "local" ? "this runner" : forMarkdown(`${t.account ?? "?"}/${t.region ?? "?"}`, 80);
}
var ICONS = { critical: "\u{1F7E3} critical", high: "\u{1F534} high", medium: "\u{1F7E0} medium", low: "\u{1F7E1} low", info: "\u{1F535} info", unknown: "\u26AA unknown" };
function severityCell(s) {
  return isVulnerability(s) ? ICONS[s] : `${ICONS[s]} (observation)`;
}
function duration(report) {
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  if (!Number.isFinite(ms) || ms < 0) return "duration unknown";
  const s = Math.round(ms / 1e3);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
function n(x) {
  return x.toLocaleString("en-US");
}
function code(text, max) {
  return `<code>${forMarkdown(text, max)}</code>`;
}
function size(s) {
  return Buffer.byteLength(s);
}

// src/report/outputs.ts
function actionOutputs(report, files, changes) {
  const t = tally(report.results);
  return {
    findings: t.findings,
    "vulnerable-targets": t.vulnerable.join(","),
    "clean-targets": t.clean.join(","),
    "unaudited-targets": t.unaudited.join(","),
    "skipped-templates": skippedTemplates(report.gaps).length,
    "unaudited-scopes": unauditedScopes(report.gaps).map(scopeName).join(","),
    "new-findings": changes ? changes.new.length : "",
    "fixed-findings": changes ? changes.fixed.length : "",
    "newly-unaudited-targets": changes ? changes.newlyUnaudited.join(",") : "",
    "sarif-file": files.sarifFile ?? "",
    "jsonl-file": files.jsonlFile ?? "",
    "command-ids": report.commandIds.join(",")
  };
}

// src/main.ts
var ANNOTATIONS_PER_KIND = 9;
async function run() {
  const watch = watchSignals((signal) => {
    setFailed(`${signal} again: stopped at once, without reports`);
    process.exit();
  });
  try {
    const options = parseOptions((name) => getInput(name));
    const sentFile = sentCommandsFile();
    if (options.transport === "ssm") saveState("commands-file", sentFile);
    const outcome = await executeRun(options, {
      signal: watch.signal,
      // The step log: a line every 15 s on a long run.
      progress: { live: false, write: (text) => info(text.trimEnd()) },
      // A plain log line: each gap also gets its annotation from annotations(). run.ts flattened the text.
      warn: (message) => info(`Warning: ${message}`),
      // Recorded as they are sent, so the post step can cancel them (in their account and region) even if this step is killed.
      onCommand: (id, where) => recordSent(sentFile, { id, ...where ? { account: where.account, region: where.region } : {} })
    });
    const gate = evaluateGate(outcome.report, options.failOn, options.failOnUnaudited);
    setOutputs(outcome);
    log(outcome);
    if (options.annotations) for (const a of annotations(outcome.report, { perKind: ANNOTATIONS_PER_KIND })) annotate(a);
    if (process.env["GITHUB_STEP_SUMMARY"]) {
      const markdown = summaryMarkdown(outcome.report, { gate, notes: outcome.notes, changes: outcome.changes, files: { jsonl: outcome.jsonlFile, sarif: outcome.sarifFile } });
      await summary.addRaw(markdown, true).write();
    }
    if (gate.failed) setFailed(gate.message);
    else info(gate.message);
  } catch (e) {
    setFailed(explain(e, isDebug(), DEBUG_HINT).message);
  } finally {
    watch.dispose();
  }
}
var DEBUG_HINT = "re-running the job with debug logging (RUNNER_DEBUG=1)";
function setOutputs({ report, sarifFile, jsonlFile, changes }) {
  for (const [name, value] of Object.entries(actionOutputs(report, { sarifFile, jsonlFile }, changes))) setOutput(name, value);
}
function log({ report, notes, changes }) {
  const token = randomUUID();
  info(`::stop-commands::${token}`);
  for (const line of renderTable(report, { color: false, changes }).trimEnd().split("\n")) info(forLog(line, 400));
  info(`::${token}::`);
  for (const note of notes) info(`Note: ${forLog(note, 1e3)}`);
}
function annotate(a) {
  const props = { title: a.title, ...a.file ? { file: a.file, startLine: a.startLine ?? 1 } : {} };
  if (a.level === "error") error(a.message, props);
  else if (a.level === "warning") warning(a.message, props);
  else notice(a.message, props);
}

// src/index.ts
var crash = (e) => {
  setFailed(explain(e, isDebug(), DEBUG_HINT).message);
  process.exit();
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
await run();
