// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) for Node 20 and 24, with the licences
// of what it bundles (dist/licenses.txt).
// `node scripts/build.mjs [outdir]`: the dist test builds into a temp dir and compares with dist/.
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

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { index: 'src/index.ts', post: 'src/bin/post.ts', cli: 'src/bin/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Some CommonJS dependencies call require() on node built-ins; ESM bundles need it defined.
  banner: { js: "import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [raw, versionOnly],
  metafile: true,
});
// Licences and notices of everything bundled ship beside it (dist/licenses.txt).
await writeFile(path.join(outdir, 'licenses.txt'), renderLicences(await collectLicences(metafile)));
