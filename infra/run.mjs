// Runs the TypeScript CDK app with the project's own esbuild (no ts-node, no network):
//   node run.mjs                    what cdk.json runs for `cdk synth` / `cdk deploy` (writes to CDK_OUTDIR)
//   node run.mjs --template FILE    writes the stack's template (npm run build keeps the committed one current)
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
// Compiled below the project's node_modules, so the app's imports of aws-cdk-lib resolve as from the source.
const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const tmp = await mkdtemp(path.join(cache, 'fleetprobe-cdk-'));
try {
  // CommonJS: aws-cdk-lib and cdk-nag are CommonJS packages, whose named exports ESM cannot always see.
  const app = path.join(tmp, 'app.cjs');
  await build({ entryPoints: [path.join(here, 'app.ts')], outfile: app, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning' });
  const { synthesize } = await import(pathToFileURL(app).href);
  const bundle = path.join(root, 'dist', 'lambda.js');
  const memberRoleTemplate = path.join(root, 'cloudformation', 'member-role.yaml');
  const at = process.argv.indexOf('--template');
  if (at > 0) {
    const outdir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-cdk.out-'));
    try {
      await writeFile(path.resolve(process.argv[at + 1]), `${JSON.stringify(synthesize({ bundle, memberRoleTemplate, outdir }).template, null, 2)}\n`);
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  } else {
    synthesize({ bundle, memberRoleTemplate, ...(process.env.CDK_OUTDIR ? { outdir: process.env.CDK_OUTDIR } : {}) });
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
