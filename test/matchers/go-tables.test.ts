// Go's own regexp test tables, vendored under fixtures/go-regexp with Go's licence (see SOURCES.md
// there), run against our regexp: find_test.go's table, parse_test.go's valid and invalid patterns,
// and RE2's search log. Strings in the JSON tables are Go strings written one character per byte.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileGoRegexBytes, goFindAll, goFindAllIndex, goFindAllSubmatch, goMatch, RegexSyntaxError, type GoRegex } from '../../src/matchers/regex.js';

const dir = new URL('../../fixtures/go-regexp/', import.meta.url);

/**
 * What we refuse although Go accepts, on purpose (see SOURCES.md): Go 1.25 reads Unicode property
 * names loosely (any case, spaces, `_` and `-` ignored, long category names); re2js, like every Go
 * before 1.25, knows only the exact names. A template using them is refused at load, never misread.
 */
const REFUSED_ON_PURPOSE = ['\\p{Uppercase_Letter}', '\\p{upper case-let ter}', '\\p{__upper case-let ter}', '(?i)\\p{ascii}'];

function compiles(pattern: string): boolean {
  try {
    compileGoRegexBytes(pattern);
    return true;
  } catch (err) {
    expect(err).toBeInstanceOf(RegexSyntaxError);
    expect((err as Error).message).toMatch(/^error parsing regexp: /);
    return false;
  }
}

describe("Go's find_test.go table", () => {
  const table = JSON.parse(readFileSync(new URL('find.json', dir), 'utf8')) as { findTests: { pattern: string; text: string; matches: number[][] | null }[] };
  for (const { pattern, text, matches } of table.findTests) {
    it(`${JSON.stringify(pattern)} on ${JSON.stringify(text)}`, () => {
      const re = compileGoRegexBytes(pattern);
      const want = matches ?? [];
      // FindAllStringSubmatchIndex, and what the table derives from it.
      expect(goFindAllIndex(re, text, -1)).toEqual(want);
      expect(goFindAll(re, text)).toEqual(want.map((m) => text.slice(m[0], m[1])));
      expect(goFindAllSubmatch(re, text)).toEqual(want.map((m) => re.names.map((_, g) => ((m[2 * g] ?? -1) < 0 ? '' : text.slice(m[2 * g], m[2 * g + 1])))));
      expect(goFindAllIndex(re, text, 1)).toEqual(want.slice(0, 1));
      expect(goMatch(re, text)).toBe(want.length > 0);
    });
  }
});

describe("Go's regexp/syntax parse_test.go patterns", () => {
  const table = JSON.parse(gunzipSync(readFileSync(new URL('parse.json.gz', dir))).toString('utf8')) as Record<string, string[]>;
  // literalTests parse with the Literal flag (the pattern is plain text), which regexp.Compile never sets.
  const valid = [...(table['parseTests'] ?? []), ...(table['foldcaseTests'] ?? []), ...(table['matchnlTests'] ?? []), ...(table['nomatchnlTests'] ?? []), ...(table['onlyPerl'] ?? [])];
  const invalid = [...(table['invalidRegexps'] ?? []), ...(table['onlyPOSIX'] ?? [])];

  it(`accepts the ${valid.length} patterns Go parses (but the documented refusals)`, () => {
    const refused = valid.filter((p) => !compiles(p));
    expect(refused.sort()).toEqual([...REFUSED_ON_PURPOSE].sort());
  });

  it(`refuses the ${invalid.length} patterns Go refuses (Perl syntax, as regexp.Compile parses)`, () => {
    const accepted = invalid.filter((p) => compiles(p));
    expect(accepted.map((p) => p.slice(0, 60))).toEqual([]);
  });
});

/** strconv.Unquote for the log's double-quoted strings, to a Go string (one character per byte). */
function goUnquote(quoted: string): string {
  const body = Buffer.from(quoted.slice(1, -1), 'utf8').toString('latin1');
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (e[0] === 'u' || e[0] === 'U') return Buffer.from(String.fromCodePoint(Number.parseInt(e.slice(1), 16)), 'utf8').toString('latin1');
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    const s = simple[e];
    if (s === undefined) throw new Error(`unknown escape \\${e}`);
    return s;
  });
}

/** "-" or "a-b c-d -..." as Go's FindStringSubmatchIndex would return it. */
function parseResult(text: string): number[] | null {
  if (text === '-') return null;
  return text.split(' ').flatMap((pair) => (pair === '-' ? [-1, -1] : pair.split('-').map(Number)));
}

/** The first match with its submatches, or null. */
function firstSubmatchIndex(re: GoRegex, text: string): number[] | null {
  return goFindAllIndex(re, text, 1)[0] ?? null;
}

describe("RE2's search log (Go's testdata/re2-search.txt)", () => {
  // As Go's TestRE2Search: the first result of a line is the match of \A(?:re)\z, the second of re;
  // the third and fourth are Regexp.Longest runs (POSIX leftmost-longest), which nuclei never asks for.
  it('every case of the log', () => {
    const lines = readFileSync(new URL('re2-search.txt', dir), 'utf8').split('\n').filter((l) => l !== '');
    let strings: string[] = [];
    let input: string[] = [];
    let inStrings = false;
    let re: GoRegex | undefined;
    let full: GoRegex | undefined;
    let cases = 0;
    const failures: string[] = [];
    for (const line of lines) {
      if (line.startsWith('#') || /^[A-Z]/.test(line)) continue;
      if (line === 'strings') {
        strings = [];
        inStrings = true;
      } else if (line === 'regexps') {
        inStrings = false;
      } else if (line.startsWith('"')) {
        const q = goUnquote(line);
        if (inStrings) {
          strings.push(q);
          continue;
        }
        expect(input).toHaveLength(0);
        try {
          re = compileGoRegexBytes(q);
        } catch (err) {
          // Go does not support \C either and skips those.
          expect((err as Error).message).toBe('error parsing regexp: invalid escape sequence: `\\C`');
          re = undefined;
          continue;
        }
        full = compileGoRegexBytes(`\\A(?:${q})\\z`);
        input = [...strings];
      } else {
        cases++;
        if (re === undefined || full === undefined) continue;
        const text = input.shift() ?? '';
        // RE2's \B sees byte positions inside UTF-8 sequences; Go (and we) only rune boundaries. Go skips these.
        if (/[\x80-\xff]/.test(text) && re.pattern.includes('\\B')) continue;
        const [wantFull = '-', wantPartial = '-'] = line.split(';');
        const have = [firstSubmatchIndex(full, text), firstSubmatchIndex(re, text)];
        const want = [parseResult(wantFull), parseResult(wantPartial)];
        if (JSON.stringify(have) !== JSON.stringify(want) || goMatch(full, text) !== (want[0] !== null) || goMatch(re, text) !== (want[1] !== null)) {
          failures.push(`${re.pattern} on ${JSON.stringify(text)}: ${JSON.stringify(have)} want ${JSON.stringify(want)}`);
        }
      }
    }
    expect(input).toHaveLength(0);
    expect(cases).toBe(1888);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
