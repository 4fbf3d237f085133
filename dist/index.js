import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  error,
  getInput,
  info,
  isDebug,
  notice,
  saveState,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-U6IXTLDJ.js";
import {
  describeGap,
  evaluateGate,
  executeRun,
  hostPath,
  parseOptions,
  renderTable,
  scopeName,
  skippedTemplates,
  tally,
  templateUri,
  unauditedScopes,
  watchSignals
} from "./chunks/chunk-DGLECFHG.js";
import "./chunks/chunk-OKZHOIQJ.js";
import "./chunks/chunk-45QCRZ6C.js";
import {
  explain,
  forLog,
  forMarkdown,
  oneLine
} from "./chunks/chunk-JM6PXPCF.js";
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

// src/report/summary.ts
var BUDGET = 900 * 1024;
var ICON = { vulnerable: "\u{1F534} vulnerable", clean: "\u{1F7E2} clean", unaudited: "\u{1F7E1} not audited" };
function summaryMarkdown(report, options = {}) {
  const budget = options.budget ?? BUDGET;
  const t = tally(report.results);
  const head = [
    "## fleetprobe audit",
    "",
    ...report.interrupted ? [`> [!CAUTION]
> **Interrupted (${report.interrupted})**: this report covers only what finished before the run was stopped; the targets still running are not audited.`, ""] : [],
    `**${t.vulnerable.length}** vulnerable \xB7 **${t.clean.length}** clean \xB7 **${t.unaudited.length}** not audited (of ${t.targets.length}) \xB7 **${t.findings}** finding${t.findings === 1 ? "" : "s"} \xB7 ${report.templates.length} template${report.templates.length === 1 ? "" : "s"} \xB7 selection ${code(report.selection)}`,
    "",
    ...(options.notes ?? []).map((n) => `> ${forMarkdown(n, 500)}
`),
    // Gaps early: a skipped template or an unreachable scope is a hole in everything below.
    ...report.gaps.length > 0 ? ["### Not covered", "", ...report.gaps.map((g) => `- ${forMarkdown(describeGap(g), 600)}`), ""] : []
  ].join("\n");
  const hosts = [...new Set(report.results.map((r) => r.target.id))];
  const byHost = /* @__PURE__ */ new Map();
  for (const r of report.results) byHost.set(r.target.id, (byHost.get(r.target.id) ?? /* @__PURE__ */ new Map()).set(r.template.id, r));
  const ids = report.templates.map((tpl) => tpl.id);
  const tableFor = (rows2) => [
    `| host | ${ids.map((id) => forMarkdown(id)).join(" | ")} |`,
    `|---|${ids.map(() => "---").join("|")}|`,
    ...rows2.map((h) => `| ${forMarkdown(h, 80)} | ${ids.map((id) => cell(byHost.get(h)?.get(id))).join(" | ")} |`)
  ].join("\n");
  const unaudited = report.results.filter((r) => r.verdict === "unaudited");
  const unauditedList = unaudited.map((r) => `- ${code(r.target.id, 80)} (${forMarkdown(r.template.id)}): ${r.unaudited.reason}: ${forMarkdown(r.unaudited.detail)}`);
  const commands = report.commandIds.length > 0 ? `
### Commands

${report.commandIds.map((c) => code(c)).join(" ")}
` : "";
  const compose = (rows2, note, reasons2) => `${head}
### Verdicts

${note}${tableFor(rows2)}
${reasons2.length > 0 ? `
### Not audited

${reasons2.join("\n")}
` : ""}${commands}`;
  let text = compose(hosts, "", unauditedList);
  if (size(text) <= budget) return text;
  const clean = new Set(t.clean);
  const attention = hosts.filter((h) => !clean.has(h));
  text = compose(attention, `${t.clean.length} clean hosts are not listed to keep this summary under GitHub's 1 MiB.

`, unauditedList);
  if (size(text) <= budget) return text;
  let rows = attention.length;
  let reasons = unauditedList.length;
  while ((rows > 0 || reasons > 0) && size(text) > budget) {
    rows = Math.floor(rows * 0.8);
    reasons = Math.floor(reasons * 0.8);
    text = compose(attention.slice(0, rows), `Showing ${rows} of ${attention.length} hosts that need attention (the JSONL and SARIF reports have them all).

`, [...unauditedList.slice(0, reasons), ...reasons < unauditedList.length ? [`- \u2026 and ${unauditedList.length - reasons} more`] : []]);
  }
  return text;
}
function cell(r) {
  if (!r) return "";
  const matchers = () => r.findings.map((f) => forMarkdown(f.matcherName ?? "match")).join(", ");
  if (r.verdict === "vulnerable") return `${ICON.vulnerable} (${matchers()})`;
  if (r.verdict === "unaudited") return `${ICON.unaudited}: ${r.unaudited.reason}`;
  return r.findings.length > 0 ? `${ICON.clean}, observed (${matchers()})` : ICON.clean;
}
function code(text, max) {
  return `<code>${forMarkdown(text, max)}</code>`;
}
function size(s) {
  return Buffer.byteLength(s);
}

// src/report/outputs.ts
function actionOutputs(report, files) {
  const t = tally(report.results);
  return {
    findings: t.findings,
    "vulnerable-targets": t.vulnerable.join(","),
    "clean-targets": t.clean.join(","),
    "unaudited-targets": t.unaudited.join(","),
    "skipped-templates": skippedTemplates(report.gaps).length,
    "unaudited-scopes": unauditedScopes(report.gaps).map(scopeName).join(","),
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
    const sent = [];
    const scopes = {};
    const outcome = await executeRun(options, {
      signal: watch.signal,
      // A plain log line: each gap also gets its annotation from annotations(). run.ts flattened the text.
      warn: (message) => info(`Warning: ${message}`),
      // Saved as they are sent, so the post step can cancel them (in their account and region) even if this step is killed.
      onCommand: (id, where) => {
        sent.push(id);
        saveState("command-ids", sent.join(","));
        if (!where) return;
        (scopes[`${where.account}/${where.region}`] ??= []).push(id);
        saveState("command-scopes", JSON.stringify(scopes));
      }
    });
    setOutputs(outcome);
    log(outcome);
    if (options.annotations) for (const a of annotations(outcome.report, { perKind: ANNOTATIONS_PER_KIND })) annotate(a);
    if (process.env["GITHUB_STEP_SUMMARY"]) await summary.addRaw(summaryMarkdown(outcome.report, { notes: outcome.notes }), true).write();
    const gate = evaluateGate(outcome.report, options.failOn, options.failOnUnaudited);
    if (gate.failed) setFailed(gate.message);
    else info(gate.message);
  } catch (e) {
    setFailed(explain(e, isDebug(), DEBUG_HINT).message);
  } finally {
    watch.dispose();
  }
}
var DEBUG_HINT = "re-running the job with debug logging (RUNNER_DEBUG=1)";
function setOutputs({ report, sarifFile, jsonlFile }) {
  for (const [name, value] of Object.entries(actionOutputs(report, { sarifFile, jsonlFile }))) setOutput(name, value);
}
function log({ report, notes }) {
  const token = randomUUID();
  info(`::stop-commands::${token}`);
  for (const line of renderTable(report, { color: false }).trimEnd().split("\n")) info(forLog(line, 400));
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
