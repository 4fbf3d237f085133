// The SSM commands the action's main step sent, for its post step to cancel what still runs (even when the main step
// was killed). One JSON line per command, appended as it is sent, in a file under RUNNER_TEMP; the step's state holds
// only the file's path, saved once. Saving the whole id list in the state on every send would append it again each
// time: quadratic (about 24 MB of state for 800 commands).
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export interface SentCommand {
  id: string;
  /** Where it was sent (absent: the run's own account and region). */
  account?: string;
  region?: string;
}

/** A new file's path, in the runner's temp dir (emptied after each job). Nothing is written until a command is sent. */
export function sentCommandsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env['RUNNER_TEMP'] || os.tmpdir(), `fleetprobe-commands-${randomUUID()}.jsonl`);
}

/** Synchronous, so a command is on disk before the next is sent, whatever happens to the process then. */
export function recordSent(file: string, command: SentCommand): void {
  appendFileSync(file, `${JSON.stringify(command)}\n`, { mode: 0o600 });
}

/** The commands a file lists; a damaged line (a write cut short by a kill) is skipped, never the whole list. */
export function parseSent(text: string): SentCommand[] {
  const out: SentCommand[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const c = JSON.parse(line) as Partial<Record<keyof SentCommand, unknown>>;
      if (typeof c.id !== 'string' || c.id === '') continue;
      out.push({ id: c.id, ...(typeof c.account === 'string' && typeof c.region === 'string' ? { account: c.account, region: c.region } : {}) });
    } catch {
      // The last line of a killed step may be cut: the others still count.
    }
  }
  return out;
}
