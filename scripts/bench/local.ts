// The local corpus bench (a section of `npm run bench`): the upstream corpus (fixtures/corpus, Linux code
// templates) run on this machine at once, as a scan does; in that one run, its wall time against its slowest
// template's own time and against all templates' times added up. Real probes under bash; nothing leaves the machine.
import os from 'node:os';
import { loadTemplates } from '../../src/template/load.js';
import { loadTrustedKeys } from '../../src/template/trust.js';
import { LocalTransport } from '../../src/transport/local.js';
import type { ProbeRun } from '../../src/types.js';
import { sectionMain } from './section.js';

export interface LocalScenario {
  name: string;
  concurrency: number;
}

export interface LocalFigures {
  scenario: LocalScenario;
  templates: number;
  skipped: number;
  wallMs: number;
  /** The longest a single template took (its blocks' own durations). */
  slowestMs: number;
  slowest: string;
  /** Every template's own time added up: what running them one after another costs. */
  sumMs: number;
  outcomes: Record<string, number>;
  loadAverage: number;
}

const CORPUS = 'fixtures/corpus/nuclei-templates';

function ownMs(run: ProbeRun): number {
  return 'blocks' in run ? run.blocks.reduce((n, b) => n + b.durationMs, 0) : 0;
}

async function measure(s: LocalScenario): Promise<LocalFigures> {
  // ProjectDiscovery's key, as a scan trusts it: the corpus is signed.
  const { templates, skipped } = await loadTemplates([CORPUS], { keys: await loadTrustedKeys([]), allowUnsigned: false });
  const transport = new LocalTransport({ blockTimeoutMs: 30_000, concurrency: s.concurrency });
  const started = performance.now();
  const { runs } = await transport.run(templates);
  const wallMs = performance.now() - started;
  const slowest = runs.reduce((a, b) => (ownMs(b) > ownMs(a) ? b : a));
  const outcomes: Record<string, number> = {};
  for (const r of runs) {
    const key = 'unaudited' in r ? r.unaudited.reason : (r.blocks.find((b) => b.failure)?.failure?.reason ?? 'ran');
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  return { scenario: s, templates: templates.length, skipped: skipped.length, wallMs, slowestMs: ownMs(slowest), slowest: slowest.templateId, sumMs: runs.reduce((n, r) => n + ownMs(r), 0), outcomes, loadAverage: os.loadavg()[0] ?? 0 };
}

function format(f: LocalFigures): string {
  return `  ${f.templates} templates: wall ${(f.wallMs / 1000).toFixed(1)} s, slowest template ${(f.slowestMs / 1000).toFixed(1)} s (${f.slowest}), all added up ${(f.sumMs / 1000).toFixed(1)} s`;
}

sectionMain(measure, format);
