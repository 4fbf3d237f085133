// Evaluation time stays linear in what a host prints. No absolute timings: for each hostile shape the
// same evaluation runs on n and on 8n bytes, interleaved, best of several after a warm-up; linear work
// costs about 8× as much, quadratic 64×, exponential never finishes. The bound of 24 leaves room for a
// loaded machine and the garbage collector, and a ratio over it is measured again (up to three times)
// before it counts: a super-linear algorithm fails every time, a busy moment of the machine does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOutput } from '../../src/matchers/bytes.js';
import { evaluateTemplate } from '../../src/matchers/evaluate.js';
import type { BlockRun, Template } from '../../src/types.js';
import { templateFromFile, templateFromYaml } from './support.js';

const SEED = templateFromFile(new URL('../../fixtures/templates/smtp-open-relay.yaml', import.meta.url).pathname);

function block(matchers: string): Template {
  return templateFromYaml(`id: hostile\ncode:\n  - engine: [sh]\n    source: x\n${matchers.replace(/^/gm, '    ')}\n`);
}

/** Templates whose evaluation the issue found super-linear, or that read output in every other way. */
const TEMPLATES: Record<string, Template> = {
  seed: SEED,
  'nested quantifier': block("matchers:\n  - type: regex\n    regex: ['(a+)+b']"),
  'trailing whitespace regex': block("matchers:\n  - type: regex\n    condition: and\n    regex: ['\\s+$', 'x\\s*x']"),
  'dsl regex helpers': block(
    "matchers:\n  - type: dsl\n    dsl:\n      - 'regex(\"(a+)+b\", response)'\n      - 'regex_any(\"(a|aa)+c\", response, stderr)'\n      - 'replace_regex(response, \"(\\\\s|a)+$\", \"\") == \"x\"'\n      - 'response =~ \"^(a|a?)+$\"'",
  ),
  'dsl string helpers': block(
    "matchers:\n  - type: dsl\n    dsl:\n      - 'trim_space(response) == \"x\"'\n      - 'to_number(response) > 1'\n      - 'len(html_unescape(response)) == 3'\n      - 'to_lower(reverse(response)) == \"\"'\n      - 'url_decode(trim(response, \" a1\")) == \"\"'",
  ),
  compare_versions: block("matchers:\n  - type: dsl\n    dsl:\n      - 'compare_versions(response, \"> 1.0.0\", \"< 9\")'\n      - 'compare_versions(\"1.0\", response)'"),
  extractors: block(
    "extractors:\n  - type: regex\n    regex: ['(\\w+)=(\\d+)?']\n    group: 1\n  - type: json\n    json: ['.a[]', '.']\n  - type: dsl\n    dsl: ['split(response, \" \")']\nmatchers:\n  - type: word\n    case-insensitive: true\n    words: ['[VULNERABLE]']",
  ),
};

/** Pieces a hostile host repeats: runs that feed backtracking, whitespace, bad bytes, digits, markup. */
const UNITS = ['a', ' ', ' \t\r\n', '\xff', 'é', '1', '1.', '&amp', '&#', 'k=1 ', '[[', '{"a":[', '%2', '$1', '\xe6\x97'];

function runs(t: Template, text: string): BlockRun[] {
  return t.blocks.map(() => ({ stdout: text, stderr: text, exitCode: 0, durationMs: 1 }));
}

/** The time ratio of evaluating `large` against `small` bytes, the lowest of up to three measurements. */
function growth(t: Template, small: string, large: string): { ratio: number; small: number; large: number } {
  let best = { ratio: Infinity, small: 0, large: 0 };
  for (let attempt = 0; attempt < 3 && best.ratio >= BOUND; attempt++) {
    const [a, b] = timings(t, small, large);
    const ratio = b / Math.max(a, 0.01);
    if (ratio < best.ratio) best = { ratio, small: a, large: b };
  }
  return best;
}

/**
 * Milliseconds per evaluation of `small` and of `large` bytes, interleaved so both see the same load, best of
 * three rounds. Each figure averages as many evaluations as fill SLICE ms, so a fast case is not left to the
 * clock's resolution or one pause of the collector.
 */
function timings(t: Template, small: string, large: string): [number, number] {
  const texts = [small, large].map((s) => decodeOutput(Buffer.from(s, 'latin1')));
  const best = [Infinity, Infinity];
  evaluateTemplate(t, runs(t, texts[0] ?? ''), '');
  for (let round = 0; round < 3; round++) {
    texts.forEach((text, i) => {
      const start = performance.now();
      let n = 0;
      do {
        evaluateTemplate(t, runs(t, text), '');
        n++;
      } while (performance.now() - start < SLICE);
      best[i] = Math.min(best[i] ?? Infinity, (performance.now() - start) / n);
    });
  }
  return [best[0] ?? 0, best[1] ?? 0];
}

const SLICE = 25;
const N = 32 * 1024;
const GROWTH = 8;
const BOUND = 24;

describe('evaluation is linear in output size', () => {
  it('for every hostile shape and template: 8× the output costs far less than 64× the time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(TEMPLATES)), fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'x', 'b', '!'), (name, units, end) => {
        const t = TEMPLATES[name] as Template;
        const unit = units.join('');
        const make = (n: number) => `x${unit.repeat(Math.ceil(n / unit.length))}${end}`;
        const { ratio, small, large } = growth(t, make(N), make(GROWTH * N));
        expect(ratio, `${name} on ${JSON.stringify(unit)}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(BOUND);
      }),
      { numRuns: 25 },
    );
  }, 600_000);

  it("the issue's cases: (a+)+b against a's, and a whitespace run between two x with the seed template", () => {
    for (const [t, make] of [
      [TEMPLATES['nested quantifier'] as Template, (n: number) => `${'a'.repeat(n)}!`],
      [SEED, (n: number) => `x${' '.repeat(n)}x`],
    ] as const) {
      expect(growth(t, make(N), make(GROWTH * N)).ratio).toBeLessThan(BOUND);
    }
  }, 120_000);
});
