import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  MAX_BLOCK_OUTPUT,
  MAX_ENV_STRING,
  MAX_HOST_OUTPUT,
  PROBE_MARKER,
  bytes,
  groupAlive,
  release,
  signalProbe,
  stopReason,
  track
} from "./chunk-IGWNMT3U.js";
import {
  decodeOutput,
  scriptEnvironment
} from "./chunk-ZA4VNVMN.js";
import "./chunk-RHSM7FGY.js";
import "./chunk-32U22KDF.js";

// src/transport/local.ts
import { randomInt } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

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

// src/transport/probe-process.ts
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, constants as constants2, existsSync, openSync, unlinkSync } from "node:fs";
import { Socket } from "node:net";
import path2 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var TERM_GRACE_MS = 2e3;
var ABORT_GRACE_MS = 250;
var REAP_WAIT_MS = 1e3;
async function runProbe(spec) {
  if (spec.signal?.aborted) return { kind: "aborted" };
  const token = randomBytes(12).toString("hex");
  let pipes;
  try {
    pipes = [pipe(spec.dir, `${token}.out`), pipe(spec.dir, `${token}.err`)];
  } catch (e) {
    return { kind: "not-started", code: "pipe", message: `could not make the block's output pipes: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
  const stdin = openSync(spec.stdin, "r");
  let child;
  try {
    child = spawn(spec.file, spec.args, { detached: true, stdio: [stdin, pipes[0].write, pipes[1].write], env: { ...spec.env, [PROBE_MARKER]: token } });
  } catch (e) {
    for (const p of pipes) closeSync(p.read);
    const error = e;
    return { kind: "not-started", code: error.code ?? "unknown", message: error.message };
  } finally {
    for (const fd of [stdin, pipes[0].write, pipes[1].write]) closeSync(fd);
  }
  const [out, err] = pipes.map((p) => new Socket({ fd: p.read, readable: true, writable: false }));
  if (child.pid === void 0) {
    out.destroy();
    err.destroy();
    const error = await new Promise((resolve) => child.once("error", resolve));
    return { kind: "not-started", code: error.code ?? "unknown", message: error.message };
  }
  const probe = track(child.pid, token, spec.dir);
  try {
    return await watch(child, out, err, probe, spec);
  } finally {
    out.destroy();
    err.destroy();
    release(probe);
  }
}
var MKFIFO = ["/usr/bin/mkfifo", "/bin/mkfifo"].find((f) => existsSync(f)) ?? "mkfifo";
function pipe(dir, name) {
  const file = path2.join(dir, name);
  execFileSync(MKFIFO, ["-m", "600", file], { stdio: "ignore" });
  try {
    const read = openSync(file, constants2.O_RDONLY | constants2.O_NONBLOCK);
    return { read, write: openSync(file, constants2.O_WRONLY) };
  } finally {
    unlinkSync(file);
  }
}
async function watch(child, out, err, probe, spec) {
  const stdout = new Capture("stdout", spec.budget);
  const stderr = new Capture("stderr", spec.budget);
  let exit;
  let open = 2;
  let stopped;
  let wake = () => void 0;
  const changed = () => wake();
  const stop = (why) => {
    if (stopped || exit && open === 0) return;
    stopped = why;
    changed();
  };
  const read = (capture) => (chunk) => {
    const over = capture.add(chunk);
    if (over) stop(over);
  };
  out.on("data", read(stdout));
  err.on("data", read(stderr));
  for (const stream of [out, err]) {
    stream.once("close", () => {
      open--;
      changed();
    });
  }
  child.once("exit", (code, signal) => {
    exit = { code, signal };
    changed();
  });
  const timer = setTimeout(() => stop({ kind: "timed-out" }), spec.timeoutMs);
  const onAbort = () => stop({ kind: "aborted" });
  spec.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    while (!stopped && !(exit && open === 0)) await new Promise((resolve) => wake = resolve);
    if (!stopped) {
      signalProbe(probe, "SIGKILL");
      return { kind: "finished", exitCode: exit.code, signal: exit.signal, stdout: stdout.bytes(), stderr: stderr.bytes() };
    }
    const grace = stopped.kind === "timed-out" ? TERM_GRACE_MS : stopped.kind === "aborted" ? ABORT_GRACE_MS : 0;
    if (grace > 0) {
      signalProbe(probe, "SIGTERM");
      await within(grace, until(() => exit !== void 0 && !groupAlive(probe.pgid), (f) => wake = f));
    }
    signalProbe(probe, "SIGKILL");
    out.destroy();
    err.destroy();
    await within(REAP_WAIT_MS, until(() => exit !== void 0, (f) => wake = f));
    return stopped;
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener("abort", onAbort);
  }
}
async function within(ms, p) {
  const timer = new AbortController();
  await Promise.race([p, sleep(ms, void 0, { signal: timer.signal }).catch(() => void 0)]);
  timer.abort();
}
async function until(done, setWake) {
  while (!done()) await new Promise((resolve) => setWake(resolve));
}
var Capture = class {
  constructor(stream, budget) {
    this.stream = stream;
    this.budget = budget;
  }
  stream;
  budget;
  chunks = [];
  size = 0;
  /** Keeps `chunk`, or says which cap it passed (and keeps nothing more). */
  add(chunk) {
    const seen = this.size + chunk.length;
    if (seen > this.budget.perStream) return { kind: "too-much-output", stream: this.stream, seen, cap: "block" };
    if (chunk.length > this.budget.host.left) return { kind: "too-much-output", stream: this.stream, seen, cap: "host" };
    this.budget.host.left -= chunk.length;
    this.size = seen;
    this.chunks.push(chunk);
    return void 0;
  }
  bytes() {
    return Buffer.concat(this.chunks);
  }
};

// src/transport/local.ts
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
    const runs = new Array(templates.length);
    const host = { left: this.options.maxHostOutputBytes ?? MAX_HOST_OUTPUT };
    this.options.onProgress?.(1, []);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < templates.length; i = next++) {
        const template = templates[i];
        let run;
        if (signal?.aborted) {
          const { reason, detail } = this.stopped(signal);
          run = { target, templateId: template.id, unaudited: { reason, detail: `${detail} before this template ran` } };
        } else run = { target, templateId: template.id, blocks: await this.runTemplate(template, target, host, signal) };
        runs[i] = run;
        this.options.onProgress?.(0, [run]);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.options.concurrency ?? 1, templates.length)) }, worker));
    return { runs, commandIds: [] };
  }
  stopped(signal) {
    return stopReason(signal, this.options.deadlineSeconds);
  }
  async runTemplate(template, target, host, signal) {
    const input = template.selfContained ? "" : target.id;
    const dir = await mkdtemp(path3.join(os.tmpdir(), "fleetprobe-"));
    try {
      const stdin = path3.join(dir, "stdin");
      await writeFile(stdin, input, { mode: 384 });
      const runs = [];
      for (const block of template.blocks) {
        const budget = { perStream: this.options.maxOutputBytes ?? MAX_BLOCK_OUTPUT, host };
        const run = await this.runBlock(block, dir, scriptEnvironment(template, runs, input), stdin, budget, signal);
        runs.push(run);
        if (run.failure) break;
      }
      return runs;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  async runBlock(block, dir, vars, stdin, budget, signal) {
    const started = Date.now();
    const engine = block.engines.map((e) => findOnPath(e)).find((p) => p !== void 0);
    if (!engine) return failed(started, "engine-missing", `none of the engines ${block.engines.join(", ")} is on PATH`);
    const env = { ...process.env, ...vars };
    const refused = environmentProblem(block, vars);
    if (refused) return failed(started, refused.reason, refused.detail);
    const script = path3.join(dir, scriptName(block));
    await writeFile(script, block.source, { mode: 384 });
    const seconds = Math.max(1, Math.ceil(this.options.blockTimeoutMs / 1e3));
    const outcome = await runProbe({ file: engine, args: [...block.args, script], env, stdin, dir, timeoutMs: this.options.blockTimeoutMs, budget, signal });
    switch (outcome.kind) {
      case "finished":
        if (outcome.signal) return failed(started, "failed", `block ${block.index} was killed by ${outcome.signal} before it finished`);
        return { stdout: decodeOutput(outcome.stdout), stderr: decodeOutput(outcome.stderr), exitCode: outcome.exitCode, durationMs: Date.now() - started };
      case "timed-out":
        return failed(started, "timed-out", `block ${block.index} ran past its ${seconds}s timeout (or left its output open that long)`);
      case "too-much-output":
        return failed(
          started,
          "incomplete-output",
          outcome.cap === "block" ? `block ${block.index} wrote more than ${bytes(budget.perStream)} to ${outcome.stream}; reading stopped at ${bytes(outcome.seen)}` : `this host's output passed the ${bytes(this.options.maxHostOutputBytes ?? MAX_HOST_OUTPUT)} a run reads per host, in block ${block.index}'s ${outcome.stream}`
        );
      case "aborted": {
        const { reason, detail } = this.stopped(signal);
        return failed(started, reason, `${detail} while block ${block.index} ran`);
      }
      case "not-started":
        if (outcome.code === "E2BIG") {
          const total = Object.entries(env).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v) + 2, 0);
          return failed(started, "environment-too-large", `block ${block.index} could not start: its environment (${bytes(total)}) is more than this system lets a program start with (E2BIG)`);
        }
        return failed(started, "failed", `could not start ${engine}: ${outcome.message}`);
    }
  }
};
function environmentProblem(block, vars) {
  for (const [key, value] of Object.entries(vars)) {
    if (value.includes("\0")) return { reason: "failed", detail: `block ${block.index} could not start: ${key} holds a NUL byte, which an environment variable cannot carry` };
    const size = Buffer.byteLength(key) + 1 + Buffer.byteLength(value) + 1;
    if (size > MAX_ENV_STRING) {
      return { reason: "environment-too-large", detail: `block ${block.index} could not start: ${key} takes ${bytes(size - 1)}, more than the ${bytes(MAX_ENV_STRING - 1)} Linux allows one environment variable` };
    }
  }
  return void 0;
}
function failed(started, reason, detail) {
  return { stdout: "", stderr: "", exitCode: null, durationMs: Date.now() - started, failure: { reason, detail } };
}
function scriptName(block) {
  const pattern = block.pattern && !block.pattern.includes("/") ? block.pattern : `block-${block.index}-*`;
  return pattern.includes("*") ? pattern.replace("*", String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}
export {
  LocalTransport,
  environmentProblem,
  localTarget
};
