// SIGINT and SIGTERM at the entries (CLI and action). The first aborts the run with Interrupted: transports kill
// their probes and cancel their commands, return what finished, and the entry writes those reports marked
// interrupted. A second one means "now": `onSecond` exits at once, and process.exit runs the transports' exit
// hooks, which kill whatever still runs and remove its files.
import { Interrupted } from './errors.js';

export interface SignalWatch {
  /** Aborted with `Interrupted` at the first signal. */
  signal: AbortSignal;
  /** Removes the handlers (the process's default is back: a signal ends it). */
  dispose(): void;
}

export function watchSignals(onSecond: (signal: NodeJS.Signals) => void): SignalWatch {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) onSecond(signal);
    else controller.abort(new Interrupted(signal));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
