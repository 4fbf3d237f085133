// projectdiscovery/dsl's helper table (TestDslExpressions in dsl_test.go), vendored under
// fixtures/pd-dsl with its licence: every row either evaluates to the table's value, or calls a
// helper fleetprobe deliberately leaves out, which is refused when the template loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toText } from '../../src/matchers/bytes.js';
import { compileDsl, DslSyntaxError, evaluateDsl, type Value } from '../../src/matchers/dsl.js';
import { isUnimplementedHelper } from '../../src/matchers/dsl/functions.js';

type Expected = { string: string } | { bytes: string } | { number: number } | { strings: string[] } | boolean | null;
const rows = JSON.parse(readFileSync(new URL('../../fixtures/pd-dsl/dsl-expressions.json', import.meta.url), 'utf8')) as [string, Expected][];

/** The table's value as our evaluator returns it: Go strings and []byte are byte strings, numbers are float64. */
function expected(v: Expected): Value {
  if (v === null || typeof v === 'boolean') return v;
  if ('string' in v) return v.string;
  if ('bytes' in v) return v.bytes;
  if ('number' in v) return v.number;
  return v.strings;
}

describe("projectdiscovery/dsl's helper table", () => {
  it('has its rows', () => {
    expect(rows.length).toBe(128);
  });
  for (const [expression, value] of rows) {
    it(toText(expression).slice(0, 90), () => {
      let compiled;
      try {
        // The table's expressions are Go strings; the DSL reads expressions as text.
        compiled = compileDsl(toText(expression));
      } catch (err) {
        expect(err).toBeInstanceOf(DslSyntaxError);
        const helper = /^Undefined function (\S+)$/.exec((err as Error).message)?.[1] ?? '';
        expect(isUnimplementedHelper(helper)).toBe(true);
        return;
      }
      expect(evaluateDsl(compiled, {})).toEqual(expected(value));
    });
  }
});
