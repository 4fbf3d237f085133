// Host output is untrusted: evaluation must never throw, whatever the scripts print.
import fc from 'fast-check';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDsl, DslError, DslSyntaxError, evaluateDsl, renderText, type Value } from '../../src/matchers/dsl.js';
import { evaluateTemplate } from '../../src/matchers/evaluate.js';
import { HELPER_NAMES } from '../../src/matchers/dsl/functions.js';
import { fromText } from '../../src/matchers/bytes.js';
import { compileGoRegex, goFindAll, RegexSyntaxError } from '../../src/matchers/regex.js';
import type { BlockRun, Template } from '../../src/types.js';
import { CORPUS, templateFromFile, templateFromYaml } from './support.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') && !name.includes('home-env-permission') ? [full] : [];
  });
}

const templates: Template[] = [
  templateFromFile(new URL('../../fixtures/templates/smtp-open-relay.yaml', import.meta.url).pathname),
  ...yamlFiles(path.join(CORPUS, 'code')).map((f) => templateFromFile(f)),
];

const lines = fc.array(fc.oneof(fc.constantFrom('root', '[VULNERABLE]', 'uid=0(root)', 'Policy-Fail', '\r', '\n', '\r\n', ' ', '\t', '\u0000', '\uFFFD', '😀', 'é'), fc.string()), { maxLength: 30 }).map((parts) => parts.join(''));
const output = fc.oneof(lines, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));
const run = fc.record({ stdout: output, stderr: output, exitCode: fc.option(fc.integer({ min: 0, max: 255 }), { nil: null }), durationMs: fc.nat() });

describe('properties', () => {
  it('evaluateTemplate never throws on arbitrary stdout/stderr, for the seed and every corpus template', () => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), fc.array(run, { maxLength: 5 }), fc.string(), (t, runs, input) => {
        const findings = evaluateTemplate(t, runs as BlockRun[], input);
        for (const f of findings) {
          expect(f.block).toBeGreaterThanOrEqual(1);
          expect(f.evidence.includes('\n')).toBe(false);
          expect(Array.from(f.evidence).length).toBeLessThanOrEqual(200);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('evaluateTemplate copes with huge output', () => {
    const huge = `${'x'.repeat(2_000_000)}\n[VULNERABLE] ${'y'.repeat(10_000)}\r\n`;
    for (const t of templates.slice(0, 10)) {
      expect(() => evaluateTemplate(t, t.blocks.map(() => ({ stdout: huge, stderr: huge, exitCode: 0, durationMs: 1 })), '')).not.toThrow();
    }
  });

  it('a regex matcher that matches millions of times does not overflow', () => {
    const t = templateFromYaml("id: t\ncode:\n  - engine: [sh]\n    source: x\n    matchers:\n      - type: regex\n        condition: and\n        regex: ['.', '\\w']\n");
    expect(evaluateTemplate(t, [{ stdout: 'ab'.repeat(600_000), stderr: '', exitCode: 0, durationMs: 1 }], '')).toHaveLength(1);
  });

  it('DSL: random expressions either fail to parse (DslSyntaxError) or evaluate / fail with DslError only', () => {
    const names = ['response', 'stderr', 'code_1_response', 'missing', 'n', 'list'];
    const { expr } = fc.letrec<{ expr: string; atom: string }>((tie) => ({
      atom: fc.oneof(
        fc.constantFrom(...names),
        fc.integer({ min: -5, max: 1000 }).map(String),
        fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
        fc.constantFrom('true', 'false', '"{{response}}"', "'{{to_upper(response)}}'", '"{{missing}}"', '0x1f', '.5'),
      ),
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        tie('atom'),
        fc.tuple(tie('expr'), fc.constantFrom('&&', '||', '==', '!=', '<', '>=', '+', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '=~', '!~', '?', ':', '??', 'in'), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
        fc.tuple(fc.constantFrom('!', '-', '~'), tie('expr')).map(([op, a]) => `${op}(${a})`),
        fc.tuple(fc.constantFrom(...HELPER_NAMES), fc.array(tie('expr'), { maxLength: 4 })).map(([f, args]) => `${f}(${args.join(', ')})`),
        tie('expr').map((a) => `(${a})`),
        fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map((items) => `(${items.join(', ')})`),
      ),
    }));
    const data = fc.record({
      response: output,
      code_1_response: output,
      n: fc.oneof(fc.double(), fc.integer()).map((x) => x as Value),
      list: fc.array(fc.string(), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.oneof(expr, fc.string({ maxLength: 40 })), data, (source, values) => {
        let compiled;
        try {
          compiled = compileDsl(source);
        } catch (err) {
          expect(err).toBeInstanceOf(DslSyntaxError);
          return;
        }
        try {
          evaluateDsl(compiled, values);
        } catch (err) {
          expect(err).toBeInstanceOf(DslError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('renderText never throws anything but DslError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 10 })), (text, data) => {
        try {
          renderText(text, data);
        } catch (err) {
          expect(err).toBeInstanceOf(DslError);
        }
      }),
    );
  });

  it('regex: any pattern is either refused with Go\'s message or searches any subject without throwing', () => {
    const piece = fc.constantFrom('a', '.', '*', '+', '?', '{2}', '{1,3}', '(', ')', '(?:', '(?i)', '(?m)', '(?s)', '(?U)', '(?P<n>', '(?i:', '[', ']', '[^', '[:alpha:]', '\\d', '\\s', '\\w', '\\b', '\\A', '\\z', '\\Q', '\\E', '\\pL', '\\p{Greek}', '^', '$', '|', '-', 'z', '\\', '\\x41', '\\101', '}', '{');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ maxLength: 20 })), fc.string({ maxLength: 50 }), (pattern, subject) => {
        let re;
        try {
          re = compileGoRegex(pattern);
        } catch (err) {
          expect(err).toBeInstanceOf(RegexSyntaxError);
          expect((err as Error).message).toMatch(/^error parsing regexp: /);
          return;
        }
        expect(() => goFindAll(re, fromText(subject))).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});
