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
function signalProbe(probe, signal, marker = PROBE_MARKER) {
  try {
    process.kill(-probe.pgid, signal);
  } catch {
  }
  for (const pid of markedProcesses(probe.token, marker)) {
    try {
      process.kill(pid, signal);
    } catch {
    }
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
function markedProcesses(token, marker = PROBE_MARKER) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const needle = Buffer.from(`${marker}=${token}\0`);
  const pids = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
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
