#!/usr/bin/env node
// dist/cli.js: the `fleetprobe` command.
import { main } from '../cli.js';
import { Interrupted } from '../errors.js';

const controller = new AbortController();
// First Ctrl-C cancels the run (outstanding SSM commands are cancelled); a second one exits at once.
process.once('SIGINT', () => {
  controller.abort(new Interrupted('SIGINT'));
  process.once('SIGINT', () => process.exit(130));
});
process.once('SIGTERM', () => controller.abort(new Interrupted('SIGTERM')));

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  env: process.env,
  signal: controller.signal,
});
