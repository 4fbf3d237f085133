/**
 * A mistake the user can fix (bad flag, bad template, bad input). Entries print `message` alone
 * on one line and exit 2; anything else is a bug and keeps its stack.
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
