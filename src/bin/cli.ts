#!/usr/bin/env node
// dist/cli.js: the `fleetprobe` command. Owns the process: signals, a reader that went away, crashes.
import { DEBUG_HINT, main } from '../cli.js';
import { EXIT, explain } from '../errors.js';
import { watchSignals } from '../signals.js';

const debug = process.argv.includes('--debug');

// Anything that escapes main (a library throwing from a callback) is still one line and exit 3; process.exit runs
// the transports' exit hooks, so no probe or probe script outlives the crash.
const crash = (e: unknown) => {
  process.stderr.write(`fleetprobe: ${explain(e, debug, DEBUG_HINT).message}\n`);
  process.exit(EXIT.internal);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// `fleetprobe scan | head -1`: once the reader is gone, output is dropped quietly; the run still writes its files
// and exits with its own code.
const open = { stdout: true, stderr: true };
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    open[name] = false;
  });
}

const watch = watchSignals((signal) => {
  if (open.stderr) process.stderr.write(`fleetprobe: ${signal} again: stopping now, without reports\n`);
  process.exit(EXIT.interrupted);
});

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => void (open.stdout && process.stdout.write(text)),
  err: (text) => void (open.stderr && process.stderr.write(text)),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  env: process.env,
  signal: watch.signal,
  // On stderr, never between the results on stdout: a live line on a terminal, a line every 15 s in a log.
  progress: { live: process.stderr.isTTY === true, write: (text) => void (open.stderr && process.stderr.write(text)) },
});
watch.dispose();
