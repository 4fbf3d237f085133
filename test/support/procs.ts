// What /proc says about processes a test started: alive (a zombie is not), members of a process group.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** state and process group of `pid`, or undefined when it is gone. */
function stat(pid: number): { state: string; pgid: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces; the fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, pgid: Number(fields[2]) };
  } catch {
    return undefined;
  }
}

export function running(pid: number): boolean {
  const s = stat(pid);
  return s !== undefined && s.state !== 'Z' && s.state !== 'X';
}

/** Live (not zombie) processes in process group `pgid`. */
export function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      const s = stat(pid);
      return s !== undefined && s.pgid === pgid && s.state !== 'Z' && s.state !== 'X';
    });
}

/** Polls (generously: the machine is loaded) until `check` holds; false if it never did within `ms`. */
export async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(50);
  }
  return check();
}

/** The pids a probe wrote to `file`, one per line, once it has written `count` of them. */
export async function pidsFrom(file: string, count = 1, ms = 20_000): Promise<number[]> {
  const end = Date.now() + ms;
  for (;;) {
    const pids = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((l) => /^\d+$/.test(l)).map(Number);
    if (pids.length >= count) return pids;
    if (Date.now() > end) throw new Error(`no ${count} pids in ${file} after ${ms} ms`);
    await sleep(50);
  }
}

/** Test cleanup for processes the code under test is documented not to reach. */
export function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone.
  }
}

/**
 * Probe source starting 8 daemons that each leave the group (setsid), write their pid to `file`, start a new one of
 * themselves 50 ms later and then sleep: one sweep over the processes always misses the newest ones.
 */
export function respawner(file: string): string {
  return [
    `cat > "$(dirname "$0")/respawn.sh" <<'EOF'`,
    `echo $$ >> '${file}'`,
    'sleep 0.05',
    'setsid sh "$0" </dev/null >/dev/null 2>&1 &',
    'exec sleep 60',
    'EOF',
    'for i in 1 2 3 4 5 6 7 8; do setsid sh "$(dirname "$0")/respawn.sh" </dev/null >/dev/null 2>&1 & done',
    'sleep 0.5',
    'echo started',
  ].join('\n');
}

/** The pids in `file` (one per line) that are still running. */
export function stillRunning(file: string): number[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((l) => /^\d+$/.test(l)).map(Number).filter(running);
}
