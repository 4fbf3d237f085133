// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) for Node 20 and 24, and the serverless
// job's Lambda handlers (dist/lambda.js: one self-contained file, the whole Lambda code asset), with the licences
// of what they bundle (dist/licenses.txt).
// `node scripts/build.mjs [outdir]`: the dist test builds into a temp dir and compares with dist/. Building dist/
// itself also rewrites the committed CloudFormation template, whose Lambda asset hash is dist/lambda.js's.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectLicences, renderLicences } from './licenses.mjs';

const outdir = path.resolve(process.argv[2] ?? 'dist');

// `import text from './x.yaml?raw'` embeds a file as a string (vite does the same in tests).
const raw = {
  name: 'raw',
  setup(b) {
    // Paths relative to the checkout: they appear in the bundle, which must not depend on where it was built.
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.relative(process.cwd(), path.resolve(args.resolveDir, args.path.slice(0, -4))), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

// package.json reaches the bundle as its version alone (src/version.ts): a dependency bump must not change dist/.
const versionOnly = {
  name: 'version-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/package\.json$/ }, (args) =>
      path.relative(process.cwd(), args.importer) === path.join('src', 'version.ts') ? { path: 'package.json', namespace: 'version-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'version-only' }, async (args) => ({ contents: JSON.stringify({ version: JSON.parse(await readFile(args.path, 'utf8')).version }), loader: 'json' }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Some CommonJS dependencies call require() on node built-ins; ESM bundles need it defined.
  banner: { js: "import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [raw, versionOnly],
  metafile: true,
};

await rm(outdir, { recursive: true, force: true });
const action = await build({ ...common, entryPoints: { index: 'src/index.ts', post: 'src/bin/post.ts', cli: 'src/bin/cli.ts' }, outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// No chunks: Lambda gets this one file (and a package.json making it a module, see infra/asset.ts).
const lambda = await build({ ...common, entryPoints: { lambda: 'src/bin/lambda.ts' }, outdir });
// Licences and notices of everything bundled ship beside it (dist/licenses.txt).
const metafile = { inputs: { ...action.metafile.inputs, ...lambda.metafile.inputs }, outputs: { ...action.metafile.outputs, ...lambda.metafile.outputs } };
await writeFile(path.join(outdir, 'licenses.txt'), renderLicences(await collectLicences(metafile)));

if (process.argv[2] === undefined) {
  execFileSync(process.execPath, ['infra/run.mjs', '--template', 'infra/fleetprobe-audit.template.json'], { stdio: 'inherit' });
}
