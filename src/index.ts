// dist/index.js: the action's main step.
import { run } from './main.js';

await run();
