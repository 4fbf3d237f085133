// dist/index.js: the action's main step.
import * as core from '@actions/core';
import { explain } from './errors.js';
import { DEBUG_HINT, run } from './main.js';

// Anything that escapes run() (a library throwing from a callback) still fails the step with one line; process.exit
// runs the transports' exit hooks, so no probe or probe script outlives the crash.
const crash = (e: unknown) => {
  core.setFailed(explain(e, core.isDebug(), DEBUG_HINT).message);
  process.exit();
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

await run();
