// `npm run bench`: bundles scripts/bench/run.ts (and the TypeScript it imports) with esbuild into a temp dir,
// runs the fleets, prints the figures and writes BENCHMARKS.md. Only 127.0.0.1 is ever contacted.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdown } from './bench/report.mjs';

const raw = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.slice(0, -4)), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

const only = process.env.BENCH_ONLY;
const fleets = [
  { name: '1,000 instances', size: 1000, tps: 0 },
  { name: '10,000 instances', size: 10_000, tps: 0 },
  // A quota far below what 10,000 hosts want: every operation throttled past 20 requests/s.
  { name: '10,000 instances, throttling storm (20 requests/s per operation)', size: 10_000, tps: 20 },
];
const scenarios = only ? fleets.filter((s) => s.name.includes(only)) : fleets;

const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-bench-'));
try {
  const outfile = path.join(dir, 'bench.mjs');
  await build({
    entryPoints: ['scripts/bench/run.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'warning',
    plugins: [raw],
  });
  // The bundle forks itself as the emulator process (run.ts reads --serve).
  process.argv[1] = outfile;
  const { main } = await import(pathToFileURL(outfile).href);
  const figures = await main(scenarios, 'fixtures/templates/smtp-open-relay.yaml', (line) => console.log(line));
  await writeFile('BENCHMARKS.md', markdown(figures, { node: process.version, cpus: os.cpus().length, date: new Date().toISOString().slice(0, 10) }));
  console.log('bench: wrote BENCHMARKS.md');
} finally {
  await rm(dir, { recursive: true, force: true });
}
