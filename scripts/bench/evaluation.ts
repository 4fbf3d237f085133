// The evaluation bench (a section of `npm run bench`): what evaluating a host's output costs per MB when the host
// prints output built against the template (backtracking runs, whitespace runs, bytes that are not UTF-8,
// pseudo-versions), against ordinary probe output of the same size with the same template. Issue 8's bar: hostile
// at most a few times ordinary. Pure CPU in this process: no emulator, no network.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { decodeOutput } from '../../src/matchers/bytes.js';
import { evaluateTemplate } from '../../src/matchers/evaluate.js';
import { parseTemplate } from '../../src/template/load.js';
import type { Template } from '../../src/types.js';
import { sectionMain } from './section.js';

const MB = 1 << 20;
const RUNS = 5;

export interface EvalScenario {
  name: string;
  /** Which template (TEMPLATES) meets which hostile output (OUTPUTS). */
  template: string;
  output: string;
}

export interface EvalFigures {
  scenario: EvalScenario;
  ordinaryMsPerMb: number;
  hostileMsPerMb: number;
  /** The machine's 1-minute load average when the case ended (other work shares the cores). */
  loadAverage: number;
}

function inline(name: string, operators: string): Template {
  const yaml = `id: ${name}\ninfo:\n  name: ${name}\n  author: bench\n  severity: info\nself-contained: true\ncode:\n  - engine: [sh]\n    source: x\n${operators.replace(/^/gm, '    ')}\n`;
  return parseTemplate(Buffer.from(yaml), `${name}.yaml`, { keys: [], allowUnsigned: true });
}

/** Output a probe usually prints: config lines, process listings, verdict lines; repeated to size. */
const ORDINARY_LINES = [
  '[INFO] Sendmail is not active.',
  'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
  'mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128',
  'root      1234     1  0 Nov29 ?        00:00:01 /usr/lib/postfix/sbin/master -w',
  'postfix   1240  1234  0 Nov29 ?        00:00:00 qmgr -l -t unix -u',
  'mail_version = 3.7.11',
  '[SAFE] Postfix relay restrictions are properly configured.',
].join('\n');

const fill = (unit: string, size: number, head = '', tail = ''): Buffer => Buffer.from(head + unit.repeat(Math.ceil((size - head.length - tail.length) / unit.length)) + tail, 'latin1');

/** Milliseconds per MB of output for decoding (as a transport does) and evaluating, best of RUNS. */
function msPerMb(t: Template, output: Buffer): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const text = decodeOutput(output);
    evaluateTemplate(t, t.blocks.map(() => ({ stdout: text, stderr: '', exitCode: 0, durationMs: 1 })), '');
    best = Math.min(best, performance.now() - start);
  }
  return (best * MB) / output.length;
}

const TEMPLATES: Record<string, (seedPath: string) => Template> = {
  nested: () => inline('nested-quantifier', "matchers:\n  - type: regex\n    regex: ['(a+)+b']"),
  seed: (seedPath) => parseTemplate(readFileSync(seedPath), seedPath, { keys: [], allowUnsigned: true }),
  helpers: () =>
    inline(
      'dsl-regex-helpers',
      "matchers:\n  - type: dsl\n    dsl:\n      - 'regex(\"(a+)+b\", response)'\n      - 'regex_any(\"(a|aa)+c\", response)'\n      - 'replace_regex(response, \"(a|\\\\s)+$\", \"\") == \"x\"'\n      - 'response =~ \"^(a|a?)+$\"'",
    ),
  versions: () => inline('compare-versions', "matchers:\n  - type: dsl\n    dsl:\n      - 'compare_versions(response, \"> 1.2.3\", \"< 9\")'"),
};

const OUTPUTS: Record<string, () => Buffer> = {
  'a-run': () => fill('a', MB, '', '!'),
  'space-run': () => fill(' ', MB, 'x', 'x'),
  'bad-bytes': () => fill('\xff\xfe\x80', MB),
  'whitespace-run': () => fill(' \t\r\n', MB, 'x', '!'),
  version: () => fill('.1', MB, '1'),
  digits: () => fill('9', MB),
};

async function measure(s: EvalScenario, seedPath: string): Promise<EvalFigures> {
  const template = TEMPLATES[s.template];
  const output = OUTPUTS[s.output];
  if (template === undefined || output === undefined) throw new Error(`evaluation bench: unknown case ${s.template} / ${s.output}`);
  const t = template(seedPath);
  return { scenario: s, ordinaryMsPerMb: msPerMb(t, fill(`${ORDINARY_LINES}\n`, MB)), hostileMsPerMb: msPerMb(t, output()), loadAverage: os.loadavg()[0] ?? 0 };
}

function format(f: EvalFigures): string {
  return `  ordinary ${f.ordinaryMsPerMb.toFixed(1)} ms/MB, hostile ${f.hostileMsPerMb.toFixed(1)} ms/MB (load average ${f.loadAverage.toFixed(1)})`;
}

sectionMain(measure, format);
