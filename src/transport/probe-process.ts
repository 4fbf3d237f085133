// Runs one probe process the way nuclei runs a code block (`<engine> [args] <script>`, stdin from a file), in its own
// session so that everything it starts can be ended together (process-group.ts), and with every bound a host could
// push on enforced while it runs: its timeout whatever signals it ignores, its output read only up to a cap, the
// run's abort acted on at once. Like Go's exec (nuclei's), a block is finished when it has exited AND every process
// holding its stdout or stderr has closed them; a daemon that keeps them open keeps the block unfinished until its
// timeout, and never longer.
// Its stdout and stderr are pipes, as Go's exec gives them: Node's own stdio pipes are sockets, which a probe cannot
// reopen (`echo x > /dev/stderr` fails with ENXIO and the text is lost), so each is a FIFO made for the block.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, openSync, unlinkSync } from 'node:fs';
import { Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { groupAlive, PROBE_MARKER, release, signalProbe, track } from './process-group.js';

export interface ProbeSpec {
  file: string;
  args: string[];
  env: Record<string, string>;
  /** File the probe reads as stdin. */
  stdin: string;
  /** Temp dir of the probe's files (removed if the run has to exit at once). */
  dir: string;
  timeoutMs: number;
  /** Output budget: per stream of this block, and what the host has left. */
  budget: OutputBudget;
  signal?: AbortSignal | undefined;
}

/** Bytes a block may still write: `perStream` per stream, `host` in all (shared by every block of the host). */
export interface OutputBudget {
  perStream: number;
  host: { left: number };
}

export type ProbeOutcome =
  | { kind: 'finished'; exitCode: number | null; signal: NodeJS.Signals | null; stdout: Buffer; stderr: Buffer }
  /** Still running, or its output still open, when its time was up. */
  | { kind: 'timed-out' }
  /** Wrote past a cap; reading stopped at `seen` bytes of that stream. */
  | { kind: 'too-much-output'; stream: 'stdout' | 'stderr'; seen: number; cap: 'block' | 'host' }
  /** The run was aborted while it ran. */
  | { kind: 'aborted' }
  | { kind: 'not-started'; code: string; message: string };

/** After SIGTERM, how long a timed-out probe may take to exit before SIGKILL. */
const TERM_GRACE_MS = 2000;
/** The same when the run is aborted: the whole stop must fit in a second. */
const ABORT_GRACE_MS = 250;
/** After SIGKILL, how long to wait for the probe to be reaped before returning anyway. */
const REAP_WAIT_MS = 1000;

export async function runProbe(spec: ProbeSpec): Promise<ProbeOutcome> {
  if (spec.signal?.aborted) return { kind: 'aborted' };
  const token = randomBytes(12).toString('hex');
  let pipes: [Pipe, Pipe];
  try {
    pipes = [pipe(spec.dir, `${token}.out`), pipe(spec.dir, `${token}.err`)];
  } catch (e) {
    return { kind: 'not-started', code: 'pipe', message: `could not make the block's output pipes: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  const stdin = openSync(spec.stdin, 'r');
  let child: ChildProcess;
  try {
    child = spawn(spec.file, spec.args, { detached: true, stdio: [stdin, pipes[0].write, pipes[1].write], env: { ...spec.env, [PROBE_MARKER]: token } });
  } catch (e) {
    // E2BIG and friends are thrown here; ENOENT/EACCES arrive as an 'error' event below.
    for (const p of pipes) closeSync(p.read);
    const error = e as NodeJS.ErrnoException;
    return { kind: 'not-started', code: error.code ?? 'unknown', message: error.message };
  } finally {
    // The probe holds the write ends now: the reads end when it (and whatever it started) closes them.
    for (const fd of [stdin, pipes[0].write, pipes[1].write]) closeSync(fd);
  }
  const [out, err] = pipes.map((p) => new Socket({ fd: p.read, readable: true, writable: false })) as [Socket, Socket];
  if (child.pid === undefined) {
    out.destroy();
    err.destroy();
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => child.once('error', resolve));
    return { kind: 'not-started', code: error.code ?? 'unknown', message: error.message };
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

interface Pipe {
  read: number;
  write: number;
}

/** coreutils' mkfifo where it always is, whatever PATH the run was given. */
const MKFIFO = ['/usr/bin/mkfifo', '/bin/mkfifo'].find((f) => existsSync(f)) ?? 'mkfifo';

/** A FIFO in `dir`, opened at both ends (the read end first and non-blocking, so neither open waits) and unlinked. */
function pipe(dir: string, name: string): Pipe {
  const file = path.join(dir, name);
  execFileSync(MKFIFO, ['-m', '600', file], { stdio: 'ignore' });
  try {
    const read = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    return { read, write: openSync(file, constants.O_WRONLY) };
  } finally {
    unlinkSync(file);
  }
}

async function watch(child: ChildProcess, out: Socket, err: Socket, probe: { pgid: number; token: string }, spec: ProbeSpec): Promise<ProbeOutcome> {
  const stdout = new Capture('stdout', spec.budget);
  const stderr = new Capture('stderr', spec.budget);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let open = 2;
  let stopped: ProbeOutcome | undefined;
  let wake = () => undefined as void;
  const changed = () => wake();

  const stop = (why: ProbeOutcome) => {
    if (stopped || (exit && open === 0)) return;
    stopped = why;
    changed();
  };
  const read = (capture: Capture) => (chunk: Buffer) => {
    const over = capture.add(chunk);
    if (over) stop(over);
  };
  out.on('data', read(stdout));
  err.on('data', read(stderr));
  for (const stream of [out, err]) {
    stream.once('close', () => {
      open--;
      changed();
    });
  }
  child.once('exit', (code, signal) => {
    exit = { code, signal };
    changed();
  });
  const timer = setTimeout(() => stop({ kind: 'timed-out' }), spec.timeoutMs);
  const onAbort = () => stop({ kind: 'aborted' });
  spec.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    // Until it finished (exited, output closed) or something stopped it.
    while (!stopped && !(exit && open === 0)) await new Promise<void>((resolve) => (wake = resolve));
    if (!stopped) {
      // Finished: whatever it left behind (background children, daemons) goes now.
      signalProbe(probe, 'SIGKILL');
      return { kind: 'finished', exitCode: exit!.code, signal: exit!.signal, stdout: stdout.bytes(), stderr: stderr.bytes() };
    }
    // Stopped: ask politely (a timed-out probe may clean up), then kill what is left, whatever it ignores.
    const grace = stopped.kind === 'timed-out' ? TERM_GRACE_MS : stopped.kind === 'aborted' ? ABORT_GRACE_MS : 0;
    if (grace > 0) {
      signalProbe(probe, 'SIGTERM');
      await within(grace, until(() => exit !== undefined && !groupAlive(probe.pgid), (f) => (wake = f)));
    }
    signalProbe(probe, 'SIGKILL');
    // Never wait on pipes a stray process may hold: stop reading and close them.
    out.destroy();
    err.destroy();
    await within(REAP_WAIT_MS, until(() => exit !== undefined, (f) => (wake = f)));
    return stopped;
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

/** Waits for `p`, `ms` at most; the timer goes as soon as `p` settles, so it never holds the process up. */
async function within(ms: number, p: Promise<void>): Promise<void> {
  const timer = new AbortController();
  await Promise.race([p, sleep(ms, undefined, { signal: timer.signal }).catch(() => undefined)]);
  timer.abort();
}

/** Resolves once `done()` holds, re-checking whenever the watcher is woken. */
async function until(done: () => boolean, setWake: (f: () => void) => void): Promise<void> {
  while (!done()) await new Promise<void>((resolve) => setWake(resolve));
}

/** One stream's bytes, up to the block's and the host's caps. */
class Capture {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  constructor(
    private readonly stream: 'stdout' | 'stderr',
    private readonly budget: OutputBudget,
  ) {}

  /** Keeps `chunk`, or says which cap it passed (and keeps nothing more). */
  add(chunk: Buffer): Extract<ProbeOutcome, { kind: 'too-much-output' }> | undefined {
    const seen = this.size + chunk.length;
    if (seen > this.budget.perStream) return { kind: 'too-much-output', stream: this.stream, seen, cap: 'block' };
    if (chunk.length > this.budget.host.left) return { kind: 'too-much-output', stream: this.stream, seen, cap: 'host' };
    this.budget.host.left -= chunk.length;
    this.size = seen;
    this.chunks.push(chunk);
    return undefined;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
