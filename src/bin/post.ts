// dist/post.js: the action's post step (cancels commands still running).
import { run } from '../post.js';

await run();
