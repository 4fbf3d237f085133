#!/usr/bin/env node
import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  INPUTS,
  VERSION,
  bundledSha256,
  checkTrust,
  evaluateGate,
  executeRun,
  findTemplateFiles,
  gapOf,
  loadTrustedKeys,
  parseOptions,
  readTemplateSource,
  renderTable,
  verifyLine,
  watchSignals
} from "./chunks/chunk-V5RQBPGF.js";
import "./chunks/chunk-AGJEQLMT.js";
import "./chunks/chunk-ZA4VNVMN.js";
import {
  EXIT,
  UserError,
  explain,
  forLog
} from "./chunks/chunk-RHSM7FGY.js";
import "./chunks/chunk-32U22KDF.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/template/verify.ts
async function verifyPaths(paths, keys) {
  const results = [];
  for (const p of paths) {
    const files = await findTemplateFiles([p]).catch((e) => {
      if (!(e instanceof UserError)) throw e;
      results.push({ file: p, trusted: false, line: `${p}: not trusted: ${e.message.startsWith(`${p}: `) ? e.message.slice(p.length + 2) : e.message}` });
      return [];
    });
    for (const { file } of files) results.push(await verifyFile(file, keys));
  }
  return results;
}
async function verifyFile(file, keys) {
  try {
    const source = await readTemplateSource(file);
    const check = checkTrust({ bytes: source.bytes, imported: source.imports.bytes, inline: source.imports.inline }, keys, bundledSha256());
    return { file, trusted: check.rule === "signed" || check.rule === "bundled", line: verifyLine(file, check) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const { line, reason } = gapOf(file, e);
    return { file, trusted: false, line: `${file}: not trusted: cannot be read as a template (${line === void 0 ? "" : `${line}: `}${reason})` };
  }
}

// src/cli.ts
var ALIASES = {
  template: "templates",
  jsonl: "jsonl-file",
  sarif: "sarif-file",
  "trusted-cert": "trusted-certs"
};
var REPEATABLE = /* @__PURE__ */ new Set(["templates", "targets", "instance-ids", "trusted-certs"]);
async function main(argv, io) {
  const debug2 = argv.includes("--debug");
  const [command, ...rest] = argv.filter((a) => a !== "--debug");
  try {
    switch (command) {
      case "scan":
        return await scan(rest, io);
      case "verify":
        return await verify(rest, io);
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.out(USAGE);
        return command === void 0 ? 2 : 0;
      case "--version":
        io.out(`${VERSION}
`);
        return 0;
      default:
        throw new UserError(`unknown command '${command}'; expected scan or verify (see fleetprobe --help)`);
    }
  } catch (e) {
    const { exitCode, message } = explain(e, debug2, DEBUG_HINT);
    io.err(`fleetprobe: ${message}
`);
    return exitCode;
  }
}
var DEBUG_HINT = "--debug";
async function scan(argv, io) {
  const flags = parseFlags(argv, scanFlagSpecs(), "scan");
  if (flags["help"]) {
    io.out(scanHelp());
    return 0;
  }
  const named = (name) => flags[name] ?? flags[aliasOf(name) ?? ""];
  const get = (name) => {
    const v = named(name);
    if (name === "transport" && v === void 0) return named("instance-ids") || named("targets") ? "ssm" : "local";
    if (v === void 0) return void 0;
    if (Array.isArray(v)) return v.join("\n");
    return typeof v === "boolean" ? String(v) : v;
  };
  const options = parseOptions(get, io.env);
  if (named("jsonl-file") === "") options.jsonlFile = void 0;
  if (named("sarif-file") === "") options.sarifFile = void 0;
  const warn = (message) => io.err(`fleetprobe: warning: ${message}
`);
  const outcome = await executeRun(options, { warn, ...io.signal ? { signal: io.signal } : {}, ...io.progress ? { progress: io.progress } : {} });
  io.out(renderTable(outcome.report, { color: io.color, changes: outcome.changes }));
  for (const note of outcome.notes) io.err(`fleetprobe: ${note}
`);
  const written = [outcome.jsonlFile && `JSONL: ${outcome.jsonlFile}`, outcome.sarifFile && `SARIF: ${outcome.sarifFile}`].filter(Boolean);
  if (written.length > 0) io.out(`${written.join("  ")}
`);
  const gate = evaluateGate(outcome.report, options.failOn, options.failOnUnaudited);
  if (gate.failed) io.err(`fleetprobe: ${gate.message}
`);
  if (outcome.report.interrupted) return EXIT.interrupted;
  return gate.failed ? EXIT.gateFailed : EXIT.passed;
}
async function verify(argv, io) {
  const flags = parseFlags(argv, { help: { type: "boolean" }, "trusted-cert": { type: "string", multiple: true } }, "verify", true);
  if (flags["help"]) {
    io.out(VERIFY_HELP);
    return 0;
  }
  const paths = flags["_"];
  if (paths.length === 0) throw new UserError("verify needs at least one template file or directory (fleetprobe verify PATH...)");
  const keys = await loadTrustedKeys(flags["trusted-cert"] ?? []);
  const results = await verifyPaths(paths, keys);
  for (const r of results) io.out(`${forLog(r.line, 2e3)}
`);
  return results.every((r) => r.trusted) ? 0 : 1;
}
function aliasOf(input) {
  return Object.entries(ALIASES).find(([, target]) => target === input)?.[0];
}
function scanFlagSpecs() {
  const specs = { help: { type: "boolean" } };
  for (const input of INPUTS) {
    const spec = input.kind === "bool" ? { type: "boolean" } : { type: "string", ...REPEATABLE.has(input.name) ? { multiple: true } : {} };
    specs[input.name] = spec;
    const alias = aliasOf(input.name);
    if (alias) specs[alias] = spec;
  }
  return specs;
}
function parseFlags(argv, options, command, positionals = false) {
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: positionals, allowNegative: true });
    return { ...parsed.values, _: parsed.positionals };
  } catch (e) {
    const message = e.message.split("\n")[0].replace(/\. To specify.*$/, "");
    throw new UserError(`${command}: ${message} (see fleetprobe ${command} --help)`);
  }
}
var USAGE = `fleetprobe: audit Linux fleets with nuclei code templates

Usage:
  fleetprobe scan [flags]        run templates on this machine or on SSM-managed instances
  fleetprobe verify PATH...      say which trust rule applies to each template (files or directories)
  fleetprobe --version

Run 'fleetprobe scan --help' or 'fleetprobe verify --help' for flags. --debug (any command) prints the stack
of an internal error.
`;
var VERIFY_HELP = `Usage: fleetprobe verify [--trusted-cert FILE]... PATH...

Decides, as 'fleetprobe scan' does, whether each template may run: every file named and every *.yaml
below each directory, with the files it imports. Prints one line per template with the rule that applied:
trusted (signed by which key, or bundled with fleetprobe and trusted by its hash) or not trusted
(unsigned, signed by an unknown key, changed after signing, an ambiguous import boundary, unreadable).
Keys: ProjectDiscovery's certificate and any --trusted-cert.
Exit 0 when every template is trusted, 1 otherwise, 2 on a usage error.
`;
function scanHelp() {
  const lines = INPUTS.map((input) => {
    const alias = aliasOf(input.name);
    const name = `--${input.name}${alias ? `, --${alias}` : ""}${input.kind === "bool" ? "" : " VALUE"}`;
    const def = input.default !== void 0 && input.name !== "transport" ? ` (default: ${input.default})` : "";
    return `  ${name.padEnd(38)} ${input.description}${def}`;
  });
  return `Usage: fleetprobe scan [flags]

Runs the templates (default: the bundled ones) on this machine (--transport local, the default when no
targets are named) or through SSM Run Command (--instance-ids / --targets), prints a table of verdicts
and writes the JSONL and SARIF reports (--jsonl '' or --sarif '' skips one). Flags that take a list may
be repeated.

${lines.join("\n")}
  --debug                                an internal error prints its stack
  --help                                 this text

Exit codes: 0 the gate passed, 1 the gate failed (--fail-on, --fail-on-unaudited), 2 bad input or configuration,
3 internal error (a bug), 130 interrupted (SIGINT/SIGTERM: the reports cover what finished and say so).
A second Ctrl-C stops at once, without reports.
`;
}

// src/bin/cli.ts
var debug = process.argv.includes("--debug");
var crash = (e) => {
  process.stderr.write(`fleetprobe: ${explain(e, debug, DEBUG_HINT).message}
`);
  process.exit(EXIT.internal);
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
var open = { stdout: true, stderr: true };
for (const name of ["stdout", "stderr"]) {
  process[name].on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    open[name] = false;
  });
}
var watch = watchSignals((signal) => {
  if (open.stderr) process.stderr.write(`fleetprobe: ${signal} again: stopping now, without reports
`);
  process.exit(EXIT.interrupted);
});
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => void (open.stdout && process.stdout.write(text)),
  err: (text) => void (open.stderr && process.stderr.write(text)),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  env: process.env,
  signal: watch.signal,
  // On stderr, never between the results on stdout: a live line on a terminal, a line every 15 s in a log.
  progress: { live: process.stderr.isTTY === true, write: (text) => void (open.stderr && process.stderr.write(text)) }
});
watch.dispose();
