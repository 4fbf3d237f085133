// `npm run bench`: each section (its own module under scripts/bench/) is bundled with esbuild into a temp dir and
// run in a process of its own; its figures become its part of BENCHMARKS.md. BENCH_ONLY picks a section by id, or
// scenarios by a piece of their name; the sections not run keep their text in BENCHMARKS.md.
// Only 127.0.0.1 is ever contacted.
import { build } from 'esbuild';
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const raw = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.slice(0, -4)), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

const SECTIONS = [
  {
    id: 'fleet',
    entry: 'scripts/bench/run.ts',
    report: './bench/report.mjs',
    scenarios: [
      { name: '1,000 instances', size: 1000, tps: 0 },
      { name: '10,000 instances', size: 10_000, tps: 0 },
      // A quota far below what 10,000 hosts want: every operation throttled past 20 requests/s.
      { name: '10,000 instances, throttling storm (20 requests/s per operation)', size: 10_000, tps: 20 },
    ],
  },
  {
    id: 'organisation',
    entry: 'scripts/bench/organisation.ts',
    report: './bench/organisation-report.mjs',
    scenarios: [{ name: '50 accounts × 4 regions × 200 hosts', accounts: 50, regions: ['eu-west-1', 'us-east-1', 'us-west-2', 'ap-southeast-2'], hostsPerScope: 200 }],
  },
  {
    id: 'evaluation',
    entry: 'scripts/bench/evaluation.ts',
    report: './bench/evaluation-report.mjs',
    // Each template against output built to defeat it (scripts/bench/evaluation.ts has both).
    scenarios: [
      { name: 'nested-quantifier regex `(a+)+b`: 1 MB of `a`, then `!`', template: 'nested', output: 'a-run' },
      { name: 'seed smtp-open-relay (PD-signed): `x`, 1 MB of spaces, `x`', template: 'seed', output: 'space-run' },
      { name: 'seed smtp-open-relay (PD-signed): 1 MB of bytes that are not UTF-8', template: 'seed', output: 'bad-bytes' },
      { name: 'DSL regex helpers: 1 MB of `a`, then `!`', template: 'helpers', output: 'a-run' },
      { name: 'DSL regex helpers: 1 MB of whitespace between `x` and `!`', template: 'helpers', output: 'whitespace-run' },
      { name: 'compare_versions: a 1 MB version `1.1.1…`', template: 'versions', output: 'version' },
      { name: 'compare_versions: 1 MB of digits', template: 'versions', output: 'digits' },
    ],
  },
  {
    id: 'reports',
    entry: 'scripts/bench/reports.ts',
    report: './bench/reports-report.mjs',
    scenarios: [
      { name: '10 templates × 1,000 hosts', templates: 10, hosts: 1000 },
      { name: '100 templates × 10,000 hosts', templates: 100, hosts: 10_000 },
      { name: '200 templates × 5,000 hosts', templates: 200, hosts: 5000 },
    ],
  },
  {
    id: 'local',
    entry: 'scripts/bench/local.ts',
    report: './bench/local-report.mjs',
    // One run at the default concurrency: its wall time against its slowest template and its templates added up.
    scenarios: [{ name: 'the corpus, 25 templates at once (the default)', concurrency: 25 }],
  },
];

const TEMPLATE = 'fixtures/templates/smtp-open-relay.yaml';
const only = process.env.BENCH_ONLY;
const chosen = SECTIONS.map((s) => ({ ...s, scenarios: !only || only === s.id ? s.scenarios : s.scenarios.filter((x) => x.name.includes(only)) })).filter((s) => s.scenarios.length > 0);
if (chosen.length === 0) throw new Error(`BENCH_ONLY=${only} names no section (${SECTIONS.map((s) => s.id).join(', ')}) and no scenario`);

const env = { node: process.version, cpus: os.cpus().length, date: new Date().toISOString().slice(0, 10) };
const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-bench-'));
try {
  const parts = await existing();
  for (const section of chosen) {
    const outfile = path.join(dir, `${section.id}.mjs`);
    await build({
      entryPoints: [section.entry],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
      logLevel: 'warning',
      plugins: [raw],
    });
    const figures = await runSection(outfile, section.scenarios);
    const { markdown } = await import(section.report);
    parts.set(section.id, markdown(figures, env).trim());
  }
  await writeFile('BENCHMARKS.md', compose(parts));
  console.log('bench: wrote BENCHMARKS.md');
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** The section in its own process (its peak memory is its own); it sends its figures back. */
function runSection(bundle, scenarios) {
  return new Promise((resolve, reject) => {
    const child = fork(bundle, ['--section', JSON.stringify(scenarios), TEMPLATE], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figures;
    child.on('message', (m) => (figures = m.figures));
    child.on('exit', (code) => (code === 0 && figures ? resolve(figures) : reject(new Error(`bench section ${bundle} exited ${code}`))));
  });
}

/** Sections of the current BENCHMARKS.md by id (a file from before sections were marked is the fleet section). */
async function existing() {
  const parts = new Map();
  if (!existsSync('BENCHMARKS.md')) return parts;
  const text = await readFile('BENCHMARKS.md', 'utf8');
  const marked = [...text.matchAll(/<!-- bench:([\w-]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)];
  if (marked.length === 0) parts.set('fleet', text.replace(/^# Benchmarks\n+/, '').trim());
  for (const [, id, body] of marked) parts.set(id, body.trim());
  return parts;
}

function compose(parts) {
  const body = SECTIONS.filter((s) => parts.has(s.id)).map((s) => `<!-- bench:${s.id} -->\n${parts.get(s.id)}\n<!-- /bench:${s.id} -->`);
  return `# Benchmarks\n\nWritten by \`npm run bench\`, one section per bench module (\`BENCH_ONLY=<section or scenario> npm run bench\` reruns one and keeps the others); do not edit by hand.\n\n${body.join('\n\n')}\n`;
}
