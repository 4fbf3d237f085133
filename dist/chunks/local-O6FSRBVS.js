import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-MAN5I4OW.js";
import {
  scriptEnvironment
} from "./chunk-2HACGAVX.js";
import "./chunk-SUNV5IOI.js";
import "./chunk-32U22KDF.js";

// src/transport/local.ts
import { randomInt } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/transport/path.ts
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
function findOnPath(name, searchPath = process.env.PATH ?? "") {
  if (name.includes("/")) return isExecutable(name) ? path.resolve(name) : void 0;
  for (const dir of searchPath.split(path.delimiter)) {
    const candidate = path.join(dir === "" ? "." : dir, name);
    if (isExecutable(candidate)) return path.resolve(candidate);
  }
  return void 0;
}
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// src/transport/local.ts
var DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;
var TIMED_OUT = /* @__PURE__ */ new Set([124, 137]);
function localTarget() {
  const host = os.hostname();
  return { id: host, transport: "local", name: host, platform: process.platform };
}
var LocalTransport = class {
  constructor(options) {
    this.options = options;
  }
  options;
  async run(templates, signal) {
    const target = localTarget();
    const runs = [];
    for (const template of templates) {
      if (signal?.aborted) {
        runs.push({ target, templateId: template.id, unaudited: { reason: "cancelled", detail: "the run was cancelled before this template ran" } });
        continue;
      }
      runs.push({ target, templateId: template.id, blocks: await this.runTemplate(template, target) });
    }
    return { runs, commandIds: [] };
  }
  async runTemplate(template, target) {
    const input = template.selfContained ? "" : target.id;
    const dir = await mkdtemp(path2.join(os.tmpdir(), "fleetprobe-"));
    try {
      const stdin = path2.join(dir, "stdin");
      await writeFile(stdin, input, { mode: 384 });
      const runs = [];
      for (const block of template.blocks) {
        const run = await this.runBlock(block, dir, scriptEnvironment(template, runs, input), stdin);
        runs.push(run);
        if (run.failure) break;
      }
      return runs;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  async runBlock(block, dir, vars, stdin) {
    const started = Date.now();
    const engine = block.engines.map((e) => findOnPath(e)).find((p) => p !== void 0);
    if (!engine) return failed(started, "engine-missing", `none of the engines ${block.engines.join(", ")} is on PATH`);
    const script = path2.join(dir, scriptName(block));
    await writeFile(script, block.source, { mode: 384 });
    const limit = this.options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const stdout = new Capture(limit);
    const stderr = new Capture(limit);
    const seconds = Math.max(1, Math.ceil(this.options.blockTimeoutMs / 1e3));
    const command = ["--kill-after=5", String(seconds), "sh", "-c", 'exec "$@" < "$0"', stdin, engine, ...block.args, script];
    const result = await getExecOutput("timeout", command, {
      env: { ...process.env, ...vars },
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: (b) => stdout.add(b), stderr: (b) => stderr.add(b) }
    }).catch((e) => ({ exitCode: -1, error: e.message }));
    const durationMs = Date.now() - started;
    if ("error" in result) return failed(started, "failed", `could not start ${engine}: ${result.error}`);
    if (TIMED_OUT.has(result.exitCode) && durationMs >= seconds * 1e3 - 50) {
      return failed(started, "timed-out", `block ${block.index} ran past its ${seconds}s timeout`);
    }
    if (stdout.overflow || stderr.overflow) return failed(started, "incomplete-output", `block ${block.index} wrote more than ${limit} bytes`);
    return { stdout: stdout.text(), stderr: stderr.text(), exitCode: result.exitCode, durationMs };
  }
};
function failed(started, reason, detail) {
  return { stdout: "", stderr: "", exitCode: null, durationMs: Date.now() - started, failure: { reason, detail } };
}
function scriptName(block) {
  const pattern = block.pattern && !block.pattern.includes("/") ? block.pattern : `block-${block.index}-*`;
  return pattern.includes("*") ? pattern.replace("*", String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}
var Capture = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  chunks = [];
  size = 0;
  overflow = false;
  add(chunk) {
    if (this.size + chunk.length > this.limit) this.overflow = true;
    else this.chunks.push(chunk);
    this.size += chunk.length;
  }
  text() {
    return Buffer.concat(this.chunks).toString("utf8");
  }
};
export {
  LocalTransport,
  localTarget
};
