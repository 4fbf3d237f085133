// Errors and what they mean to whoever ran fleetprobe: the one place an error becomes a message and an exit code.
import { oneLine } from './report/untrusted.js';

/**
 * A mistake the user can fix (bad flag, bad template, bad input, a missing credential). Entries print `message`
 * alone on one line and exit 2; anything else is a bug and exits 3.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** `file:line: message`, the one shape every input error takes. */
export function inputError(file: string, line: number | undefined, message: string): UserError {
  return new UserError(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
}

/**
 * The reason a run's AbortSignal carries when SIGINT or SIGTERM stopped it. Transports stop their probes and
 * return what finished; the entry writes those reports, marked interrupted, and exits 130.
 */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

/** A value from a template as an error message quotes it: a scalar as written, a mapping or list as JSON, never '[object Object]'. */
export function shown(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** The CLI's exit codes (the action fails its step for anything but `passed`). README's table lists them. */
export const EXIT = { passed: 0, gateFailed: 1, badInput: 2, internal: 3, interrupted: 130 } as const;

/**
 * What the user reads for an error that ended a run, and the exit code. One line, naming what to fix; an
 * internal error (a bug) shows its stack only when `debug` is on, and says how to turn it on.
 */
export function explain(e: unknown, debug: boolean, howToDebug: string): { exitCode: number; message: string } {
  // Messages quote template and file text: flattened to one line, which the entries' prefix keeps from starting a
  // workflow command (ARNs keep their '::' intact).
  if (e instanceof UserError) return { exitCode: EXIT.badInput, message: oneLine(e.message, 2000) };
  if (e instanceof Interrupted) return { exitCode: EXIT.interrupted, message: e.message };
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (debug) return { exitCode: EXIT.internal, message: `internal error: ${e instanceof Error && e.stack ? e.stack : what}` };
  return { exitCode: EXIT.internal, message: `internal error (a bug in fleetprobe, please report it): ${oneLine(what, 500)}; ${howToDebug} shows the stack` };
}
