// Everything a probe starts, and how to end all of it. A probe runs as the leader of its own session and process
// group, so one kill(-pgid) reaches it and every child that stayed in the group. A child that leaves the group
// (setsid, setpgid: a daemon) is found by a marker in its environment, which children inherit: on Linux, /proc
// names every process whose environment carries it. What cannot be reached: a process that both leaves the group
// and drops the marker (`env -u`/`env -i` then setsid), or one running as another user. Such a process is not
// waited for (the run stops reading at the block's end or deadline and closes its pipes), but it keeps running.
import { readdirSync, readFileSync, rmSync } from 'node:fs';

/** The environment variable every probe process carries; its value is random per block. */
export const PROBE_MARKER = 'FLEETPROBE_PROBE';

interface LiveProbe {
  pgid: number;
  token: string;
  /** Temp dir holding its script, removed with it if the run has to exit at once. */
  dir: string;
}

const live = new Set<LiveProbe>();
let exitHook = false;

/** Records a started probe until release(); a process exiting meanwhile kills it and removes its files. */
export function track(pgid: number, token: string, dir: string): LiveProbe {
  const probe = { pgid, token, dir };
  live.add(probe);
  if (!exitHook) {
    // Whatever ends this process through process.exit (a second Ctrl-C, an entry's error path), no probe outlives it.
    process.on('exit', killProbesNow);
    exitHook = true;
  }
  return probe;
}

export function release(probe: LiveProbe): void {
  live.delete(probe);
}

/** Sweeps over /proc at most when stopping what carries a marker (each finds only what the last one missed). */
const STOP_SWEEPS = 50;

/**
 * Sends `signal` to the probe's process group and to every process carrying its marker. SIGKILL first stops every
 * marked process (SIGSTOP, sweeping again until a sweep finds none it has not stopped), then kills them: a process
 * that keeps starting new ones (a daemon respawning itself) would otherwise always have one a single sweep missed.
 */
export function signalProbe(probe: Pick<LiveProbe, 'pgid' | 'token'>, signal: NodeJS.Signals, marker = PROBE_MARKER): void {
  try {
    process.kill(-probe.pgid, signal);
  } catch {
    // The group is empty already.
  }
  if (signal !== 'SIGKILL') {
    for (const pid of markedProcesses(probe.token, marker)) send(pid, signal);
    return;
  }
  const stopped = new Set<number>();
  let waited = 0;
  let settled = false;
  for (let sweep = 0; sweep < STOP_SWEEPS; sweep++) {
    // Stopped ones are not read again: a sweep through thousands of them took longer than a respawning daemon
    // takes to start its next copy, so sweeps never caught up with it.
    const fresh = markedProcesses(probe.token, marker, stopped);
    if (fresh.length === 0) {
      // A stop is delivered after kill() returns: a process not stopped yet may still fork a copy this sweep
      // missed. So one more sweep once every one of them really stopped (or the wait is over).
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
      send(pid, 'SIGSTOP');
    }
  }
  for (const pid of stopped) send(pid, 'SIGKILL');
}

/**
 * How long, in all, one signalProbe waits for SIGSTOPs to take effect (it is synchronous: the exit path uses it).
 * Only waiting counts: sweeping a /proc crowded by a respawning daemon may take longer than this by itself.
 */
const STOP_WAIT_MS = 500;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Until every pid is stopped or gone, or `end` (one stuck in the kernel stops late). */
function waitStopped(pids: ReadonlySet<number>, end: number): void {
  while (![...pids].every(notRunning) && Date.now() < end) Atomics.wait(pause, 0, 0, 1);
}

/** Stopped (T, t), dead (Z, X) or gone: it cannot start anything any more. */
function notRunning(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return true;
  }
  // The state follows the command name, which may itself hold ") ".
  return 'TtZX'.includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone meanwhile.
  }
}

/** true while any process of the group exists (a zombie not yet reaped by its parent counts). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Synchronous, for an entry that must exit now (a second signal): SIGKILL to every live probe's group and marked
 * processes, and their temp dirs removed. Safe to call more than once.
 */
export function killProbesNow(): void {
  for (const probe of live) {
    signalProbe(probe, 'SIGKILL');
    rmSync(probe.dir, { recursive: true, force: true });
  }
  live.clear();
}

/** Pids of processes whose environment holds `PROBE_MARKER=<token>` (none where there is no /proc), but those in `skip`. */
export function markedProcesses(token: string, marker = PROBE_MARKER, skip?: ReadonlySet<number>): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const needle = Buffer.from(`${marker}=${token}\0`);
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid || skip?.has(Number(entry))) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`);
      const at = environ.indexOf(needle);
      // The marker is a whole entry: at the start, or right after the NUL ending the one before.
      if (at === 0 || (at > 0 && environ[at - 1] === 0)) pids.push(Number(entry));
    } catch {
      // Another user's process, or gone meanwhile.
    }
  }
  return pids;
}
