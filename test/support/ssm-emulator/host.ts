// An emulated instance's view of the world: a temp root of files and a bin/ of PATH shims (ps, systemctl,
// postconf, and grep/cat that read absolute paths under the fake root), and the real `sh` running the real
// script there. Deterministic and unprivileged: no namespaces, nothing outside the temp dir is touched.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findOnPath } from '../../../src/transport/path.js';
import { markedProcesses } from '../../../src/transport/process-group.js';

/** Files and processes a host shows its probes. */
export interface HostProfile {
  name: string;
  /** Absolute path on the host → content (lives under the fake root). */
  files?: Record<string, string>;
  /** Command lines `ps -ef` lists. */
  processes?: string[];
  /** `systemctl is-active <unit>` prints this (default `inactive`). */
  services?: Record<string, string>;
  /** `postconf <name>` prints `name = value`. */
  postconf?: Record<string, string>;
  /** A host without bash: PATH holds only the shims and a few core tools (sh-only minimal images). */
  noBash?: boolean;
  /** Stack limit (KiB) the script runs under: Linux lets a program start with arguments and environment of a quarter of it. */
  stackKb?: number;
  /** Commands found first on PATH, name → sh script: another implementation of a tool (busybox's `timeout`). */
  tools?: Record<string, string>;
  /** Temp space (KiB) the script and its probes share: a tmpfs of that size in a private mount namespace (see canLimitDisk). */
  diskKb?: number;
}

/** Whether this machine lets a test give a script a small disk of its own (root, unshare and tmpfs). */
export function canLimitDisk(): boolean {
  const unshare = findOnPath('unshare');
  const mount = findOnPath('mount');
  return unshare !== undefined && mount !== undefined && spawnSync(unshare, ['-m', mount, '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', '/mnt'], { stdio: 'ignore' }).status === 0;
}

/** The tools a bash-less host keeps: what the probe script and simple probes use. */
const CORE_TOOLS = ['sh', 'env', 'timeout', 'base64', 'mktemp', 'date', 'wc', 'rm', 'mkdir', 'sleep', 'sort', 'tr', 'head', 'tail', 'sed', 'ls', 'printf', 'echo', 'kill', 'setsid', 'mkfifo'];

/** Absolute paths under these prefixes are read from the fake root by the grep and cat shims. */
const ROOTED = ['/etc/', '/var/', '/opt/', '/srv/', '/home/', '/root/'];

export interface MaterializedHost {
  dir: string;
  bin: string;
  root: string;
  /** PATH the host's scripts see. */
  path: string;
}

function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function materialize(profile: HostProfile, dir: string): Promise<MaterializedHost> {
  const root = path.join(dir, 'root');
  const bin = path.join(dir, 'bin');
  await mkdir(root, { recursive: true });
  await mkdir(bin, { recursive: true });
  for (const [file, content] of Object.entries(profile.files ?? {})) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  const shim = async (name: string, body: string) => {
    await writeFile(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    await chmod(path.join(bin, name), 0o755);
  };
  const ps = (profile.processes ?? []).map((cmd, i) => `root ${1000 + i} 1 0 00:00 ? 00:00:00 ${cmd}`);
  await shim('ps', `cat <<'EOF_PS'\nUID PID PPID C STIME TTY TIME CMD\n${ps.join('\n')}${ps.length ? '\n' : ''}EOF_PS`);
  const units = Object.entries(profile.services ?? {}).map(([u, state]) => `  ${sq(u)}) echo ${sq(state)}; [ ${sq(state)} = active ] || [ ${sq(state)} = running ]; exit $?;;`);
  await shim('systemctl', `[ "$1" = is-active ] || exit 0\ncase $2 in\n${units.join('\n')}\n  *) echo inactive; exit 3;;\nesac`);
  const conf = Object.entries(profile.postconf ?? {}).map(([k, v]) => `  ${sq(k)}) echo ${sq(`${k} = ${v}`)};;`);
  await shim('postconf', `for k in "$@"; do case $k in\n${conf.join('\n')}\n  *) echo "postconf: warning: $k: unknown parameter" >&2;;\nesac; done`);
  for (const tool of ['grep', 'cat']) {
    const real = findOnPath(tool);
    if (!real) throw new Error(`emulator needs ${tool} on PATH`);
    const cases = ROOTED.map((p) => `${p}*`).join('|');
    const anywhere = ROOTED.map((p) => `*${p}*`).join('|');
    // Rebuilding the arguments is quadratic in sh: only done when one may need it (not for the script's /proc scan).
    await shim(tool, `case " $* " in ${anywhere}) ;; *) exec ${sq(real)} "$@";; esac\nn=$#\nfor a in "$@"; do case $a in ${cases}) a=${sq(root)}$a;; esac; set -- "$@" "$a"; done\nshift $n\nexec ${sq(real)} "$@"`);
  }
  for (const [name, body] of Object.entries(profile.tools ?? {})) await shim(name, body);
  let path_ = `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  if (profile.noBash) {
    const tools = path.join(dir, 'tools');
    await mkdir(tools, { recursive: true });
    for (const tool of CORE_TOOLS) {
      const real = findOnPath(tool);
      if (real) await symlink(real, path.join(tools, tool));
    }
    path_ = `${bin}:${tools}`;
  }
  return { dir, bin, root, path: path_ };
}

/** The environment variable marking every process an emulated host's script started. */
const EMULATED_HOST = 'FLEETPROBE_EMULATED_HOST';

export interface ScriptRun {
  /** Bytes, as the agent gets them (it uploads them to S3 as they are, and decodes them as UTF-8 for the API). */
  stdout: Buffer;
  stderr: Buffer;
  /** null when killed. */
  exitCode: number | null;
}

export interface RunningScript {
  done: Promise<ScriptRun>;
  /** SIGKILL to the script's process group, as the agent does on a timeout or cancel (or a dying host). */
  kill(): void;
  /** The same, and to every process the script started that left the group: a test machine keeps nothing. */
  killAll(): void;
  /** SIGSTOP: the host hangs where it is. */
  freeze(): void;
}

/** Runs `script` with sh as the agent does: written to a file in its own dir, the instance id and region in the environment. */
export async function runScript(
  host: MaterializedHost,
  script: string,
  env: { instanceId: string; region: string; workDir: string; frozen?: boolean; stackKb?: number | undefined; diskKb?: number | undefined },
): Promise<RunningScript> {
  await mkdir(env.workDir, { recursive: true });
  const file = path.join(env.workDir, '_script.sh');
  await writeFile(file, script, { mode: 0o700 });
  // TMPDIR inside the work dir: what a killed script leaves in it goes with the emulator.
  const tmp = env.diskKb ? path.join(env.workDir, 'tmp') : env.workDir;
  if (env.diskKb) await mkdir(tmp);
  // A host that hangs from the start stops itself before reading the script: no race with a timer.
  const prefix = [
    env.diskKb ? `${sq(findOnPath('mount') ?? 'mount')} -t tmpfs -o size=${env.diskKb}k tmpfs "$TMPDIR" || exit 97` : '',
    env.stackKb ? `ulimit -s ${env.stackKb}` : '',
    env.frozen ? 'kill -STOP $$' : '',
  ].filter(Boolean);
  const shArgs = prefix.length > 0 ? ['-c', `${prefix.join('; ')}; exec sh "$0"`, file] : [file];
  // The small disk lives in a mount namespace of the script's own: it is gone when the script's last process is.
  const [command, args] = env.diskKb ? [findOnPath('unshare') ?? 'unshare', ['-m', 'sh', ...shArgs]] : ['sh', shArgs];
  // Everything the script starts inherits this marker, so a daemon that escaped its group is found at teardown
  // (a real host keeps such a process; a test machine must not).
  const token = randomBytes(12).toString('hex');
  const child = spawn(command, args, {
    cwd: env.workDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: host.path, HOME: env.workDir, TMPDIR: tmp, LANG: 'C.UTF-8', AWS_SSM_INSTANCE_ID: env.instanceId, AWS_SSM_REGION_NAME: env.region, [EMULATED_HOST]: token },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let exited = false;
  child.once('exit', () => (exited = true));
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      // Once the script is gone its pid may name another group.
      if (child.pid !== undefined && !exited) process.kill(-child.pid, sig);
    } catch {
      // Already gone.
    }
  };
  const done = new Promise<ScriptRun>((resolve) => {
    child.on('error', (e) => resolve({ stdout: Buffer.alloc(0), stderr: Buffer.from(e.message), exitCode: null }));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), exitCode: code }));
  });
  return {
    done,
    kill: () => signalGroup('SIGKILL'),
    killAll: () => {
      signalGroup('SIGKILL');
      for (const pid of markedProcesses(token, EMULATED_HOST)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone meanwhile.
        }
      }
    },
    freeze: () => signalGroup('SIGSTOP'),
  };
}
