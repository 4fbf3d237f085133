import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);

// src/transport/limits.ts
var MAX_BLOCK_OUTPUT = 16 * 1024 * 1024;
var MAX_HOST_OUTPUT = 32 * 1024 * 1024;
var MAX_ENV_STRING = 32 * 4096;
function bytes(n) {
  return `${n.toLocaleString("en-US")} bytes`;
}

// src/transport/stop.ts
function stopReason(signal, deadlineSeconds) {
  const reason = signal?.reason;
  return reason?.name === "TimeoutError" ? { reason: "deadline-exceeded", detail: `the run's deadline${deadlineSeconds === void 0 ? "" : ` (${deadlineSeconds}s)`} passed` } : { reason: "cancelled", detail: "the run was cancelled" };
}

// src/transport/process-group.ts
import { readdirSync, readFileSync, rmSync } from "node:fs";
var PROBE_MARKER = "FLEETPROBE_PROBE";
var live = /* @__PURE__ */ new Set();
var exitHook = false;
function track(pgid, token, dir) {
  const probe = { pgid, token, dir };
  live.add(probe);
  if (!exitHook) {
    process.on("exit", killProbesNow);
    exitHook = true;
  }
  return probe;
}
function release(probe) {
  live.delete(probe);
}
var STOP_SWEEPS = 50;
function signalProbe(probe, signal, marker = PROBE_MARKER) {
  try {
    process.kill(-probe.pgid, signal);
  } catch {
  }
  if (signal !== "SIGKILL") {
    for (const pid of markedProcesses(probe.token, marker)) send(pid, signal);
    return;
  }
  const stopped = /* @__PURE__ */ new Set();
  let waited = 0;
  let settled = false;
  for (let sweep = 0; sweep < STOP_SWEEPS; sweep++) {
    const fresh = markedProcesses(probe.token, marker, stopped);
    if (fresh.length === 0) {
      if (settled) break;
      const started = Date.now();
      waitStopped(stopped, started + Math.max(0, STOP_WAIT_MS - waited));
      waited += Date.now() - started;
      settled = true;
      continue;
    }
    settled = false;
    for (const pid of fresh) {
      stopped.add(pid);
      send(pid, "SIGSTOP");
    }
  }
  for (const pid of stopped) send(pid, "SIGKILL");
}
var STOP_WAIT_MS = 500;
var pause = new Int32Array(new SharedArrayBuffer(4));
function waitStopped(pids, end) {
  while (![...pids].every(notRunning) && Date.now() < end) Atomics.wait(pause, 0, 0, 1);
}
function notRunning(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "latin1");
  } catch {
    return true;
  }
  return "TtZX".includes(stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3));
}
function send(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function killProbesNow() {
  for (const probe of live) {
    signalProbe(probe, "SIGKILL");
    rmSync(probe.dir, { recursive: true, force: true });
  }
  live.clear();
}
function markedProcesses(token, marker = PROBE_MARKER, skip) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const needle = Buffer.from(`${marker}=${token}\0`);
  const pids = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid || skip?.has(Number(entry))) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`);
      const at = environ.indexOf(needle);
      if (at === 0 || at > 0 && environ[at - 1] === 0) pids.push(Number(entry));
    } catch {
    }
  }
  return pids;
}

export {
  MAX_BLOCK_OUTPUT,
  MAX_HOST_OUTPUT,
  MAX_ENV_STRING,
  bytes,
  PROBE_MARKER,
  track,
  release,
  signalProbe,
  groupAlive,
  stopReason
};
