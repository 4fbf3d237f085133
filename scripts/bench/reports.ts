// The report bench (a section of `npm run bench`): how long writing every report takes for a fleet-sized audit, and
// how big each one is. Pure CPU in this process on a synthetic audit (test/support/fleet-report.ts): findings,
// observations, offline and timed-out hosts; no transport.
import os from 'node:os';
import { annotations } from '../../src/report/annotations.js';
import { evaluateGate } from '../../src/report/gate.js';
import { toJsonl } from '../../src/report/jsonl.js';
import { toSarif } from '../../src/report/sarif.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { renderTable } from '../../src/report/table.js';
import { tally } from '../../src/report/tally.js';
import { syntheticFleet } from '../../test/support/fleet-report.js';
import { sectionMain } from './section.js';

export interface ReportScenario {
  name: string;
  templates: number;
  hosts: number;
}

export interface ReportFigures {
  scenario: ReportScenario;
  results: number;
  vulnerable: number;
  unaudited: number;
  findings: number;
  /** Milliseconds per report, best of RUNS. */
  ms: Record<'summary' | 'table' | 'jsonl' | 'sarif' | 'annotations' | 'gate', number>;
  /** Bytes written. */
  bytes: Record<'summary' | 'table' | 'jsonl' | 'sarif', number>;
  peakHeapMb: number;
  loadAverage: number;
}

const RUNS = 3;

function best<T>(f: () => T, sample: <X>(x: X) => X): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    value = sample(f());
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, value };
}

async function measure(s: ReportScenario): Promise<ReportFigures> {
  // The work is synchronous (no timer would fire): the heap is sampled after each step.
  let peak = 0;
  const sample = <T>(x: T): T => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return x;
  };
  const report = sample(syntheticFleet(s));
  const t = tally(report.results);
  const gate = best(() => evaluateGate(report, 'high', true), sample);
  const summary = best(() => summaryMarkdown(report, { gate: gate.value, files: { jsonl: 'fleetprobe.jsonl', sarif: 'fleetprobe.sarif' } }), sample);
  const table = best(() => renderTable(report, { color: false }), sample);
  const jsonl = best(() => toJsonl(report, { matcherStatus: false }), sample);
  const sarif = best(() => JSON.stringify(toSarif(report, { toolVersion: 'bench' }).log), sample);
  const notes = best(() => annotations(report, { perKind: 9 }), sample);
  return {
    scenario: s,
    results: report.results.length,
    vulnerable: t.vulnerable.length,
    unaudited: t.unaudited.length,
    findings: t.findings,
    ms: { summary: summary.ms, table: table.ms, jsonl: jsonl.ms, sarif: sarif.ms, annotations: notes.ms, gate: gate.ms },
    bytes: { summary: Buffer.byteLength(summary.value), table: Buffer.byteLength(table.value), jsonl: Buffer.byteLength(jsonl.value), sarif: Buffer.byteLength(sarif.value) },
    peakHeapMb: peak / 1024 / 1024,
    loadAverage: os.loadavg()[0] ?? 0,
  };
}

function format(f: ReportFigures): string {
  return `  summary ${f.ms.summary.toFixed(0)} ms (${(f.bytes.summary / 1024).toFixed(0)} KiB), table ${f.ms.table.toFixed(0)} ms, JSONL ${f.ms.jsonl.toFixed(0)} ms, SARIF ${f.ms.sarif.toFixed(0)} ms, heap ${f.peakHeapMb.toFixed(0)} MB`;
}

sectionMain(measure, format);
