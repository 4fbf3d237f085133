// The vectors of nuclei's pkg/operators/matchers/match_test.go (semantics doc §2.5) plus every matcher feature.
import { describe, expect, it } from 'vitest';
import { fromText } from '../../src/matchers/bytes.js';
import { matchBinary, matchDsl, matchRegex, matchWords, runMatcher } from '../../src/matchers/match.js';
import type { CompiledMatcher } from '../../src/matchers/operators.js';
import { operatorsFromYaml } from './support.js';

function matcher(yaml: string): CompiledMatcher {
  const m = operatorsFromYaml(`matchers:\n${yaml.replace(/^/gm, '  ')}`)?.matchers[0];
  if (m === undefined) throw new Error('no matcher');
  return m;
}
type Of<T extends CompiledMatcher['type']> = Extract<CompiledMatcher, { type: T }>;
const word = (yaml: string) => matcher(yaml) as Of<'word'>;
const regex = (yaml: string) => matcher(yaml) as Of<'regex'>;

describe('word matcher (MatchWords)', () => {
  it('AND ["a","b"]: "a b" -> true [a,b]; "b" -> false', () => {
    const m = word('- type: word\n  condition: and\n  words: [a, b]');
    expect(matchWords(m, 'a b')).toEqual({ matched: true, snippets: ['a', 'b'] });
    expect(matchWords(m, 'b')).toEqual({ matched: false, snippets: [] });
  });

  it('OR ["a","b"]: "a b" -> [a]; "b" -> [b]; "c" -> false', () => {
    const m = word('- type: word\n  words: [a, b]');
    expect(matchWords(m, 'a b')).toEqual({ matched: true, snippets: ['a'] });
    expect(matchWords(m, 'b')).toEqual({ matched: true, snippets: ['b'] });
    expect(matchWords(m, 'c')).toEqual({ matched: false, snippets: [] });
  });

  it('OR with match-all collects every word present', () => {
    const m = word('- type: word\n  match-all: true\n  words: [a, b, c]');
    expect(matchWords(m, 'c a')).toEqual({ matched: true, snippets: ['a', 'c'] });
    expect(matchWords(m, 'x')).toEqual({ matched: false, snippets: [] });
  });

  it('AND with match-all needs every word', () => {
    const m = word('- type: word\n  condition: and\n  match-all: true\n  words: [a, b]');
    expect(matchWords(m, 'b a')).toEqual({ matched: true, snippets: ['a', 'b'] });
    expect(matchWords(m, 'a')).toEqual({ matched: false, snippets: [] });
  });

  it('hex encoding: 50494e47 matches "PING" with the decoded word as snippet; invalid hex is kept as written', () => {
    expect(matchWords(word('- type: word\n  encoding: hex\n  words: ["50494e47"]'), 'PING')).toEqual({ matched: true, snippets: ['PING'] });
    expect(matchWords(word('- type: word\n  encoding: hex\n  words: ["zz"]'), 'a zz b')).toEqual({ matched: true, snippets: ['zz'] });
  });

  it('case-insensitive lower-cases words and corpus', () => {
    const m = word('- type: word\n  case-insensitive: true\n  words: [PermitRootLogin YES]');
    expect(matchWords(m, 'permitrootlogin yes')).toEqual({ matched: true, snippets: ['permitrootlogin yes'] });
    expect(matchWords(word('- type: word\n  words: [PermitRootLogin YES]'), 'permitrootlogin yes').matched).toBe(false);
  });

  it('renders helper calls in words with no data; a word naming a variable stays literal', () => {
    expect(matchWords(word(`- type: word\n  words: ["{{to_upper('ping')}}"]`), 'PING').matched).toBe(true);
    expect(matchWords(word('- type: word\n  words: ["{{VARIABLE}}"]'), 'x {{VARIABLE}} y').matched).toBe(true);
  });

  it('an empty corpus matches nothing', () => {
    expect(matchWords(word('- type: word\n  words: [a]'), '').matched).toBe(false);
  });
});

describe('regex matcher (MatchRegex)', () => {
  const patterns = '["[a-z]{3}", "\\\\d{2}"]';
  it('AND: "abc abcd 123" -> [abc, abc, 12]; "bc 1" -> false', () => {
    const m = regex(`- type: regex\n  condition: and\n  regex: ${patterns}`);
    expect(matchRegex(m, 'abc abcd 123')).toEqual({ matched: true, snippets: ['abc', 'abc', '12'] });
    expect(matchRegex(m, 'bc 1')).toEqual({ matched: false, snippets: [] });
  });

  it('OR: "ab 123" -> [12]; "bc 1" -> false', () => {
    const m = regex(`- type: regex\n  regex: ${patterns}`);
    expect(matchRegex(m, 'ab 123')).toEqual({ matched: true, snippets: ['12'] });
    expect(matchRegex(m, 'bc 1')).toEqual({ matched: false, snippets: [] });
  });

  it('case-insensitive regex prefix: (?i)abc on "zzz AbC yyy"', () => {
    expect(matchRegex(regex('- type: regex\n  regex: ["(?i)abc"]'), 'zzz AbC yyy')).toEqual({ matched: true, snippets: ['AbC'] });
  });

  it('literal-prefix shortcut vectors: AND [abc[0-9]*, [0-9]{2}] on "zzz 12 yyy" -> false; OR -> [12]', () => {
    const list = '["abc[0-9]*", "[0-9]{2}"]';
    expect(matchRegex(regex(`- type: regex\n  condition: and\n  regex: ${list}`), 'zzz 12 yyy')).toEqual({ matched: false, snippets: [] });
    expect(matchRegex(regex(`- type: regex\n  regex: ${list}`), 'zzz 12 yyy')).toEqual({ matched: true, snippets: ['12'] });
  });

  it('OR with match-all gathers all matches of all regexes', () => {
    const m = regex('- type: regex\n  match-all: true\n  regex: ["a+", "z", "b"]');
    expect(matchRegex(m, 'aa b aaa')).toEqual({ matched: true, snippets: ['aa', 'aaa', 'b'] });
  });

  it('uses Go semantics: ^/$ anchor the whole text unless (?m), \\s excludes \\v', () => {
    const cis = regex('- type: regex\n  regex: ["^root\\\\s+root\\\\s+(600|640|644)$"]');
    expect(matchRegex(cis, 'root root 644').matched).toBe(true);
    expect(matchRegex(cis, 'x\nroot root 644').matched).toBe(false);
    expect(matchRegex(regex('- type: regex\n  regex: ["(?m)^root$"]'), 'x\nroot\ny').matched).toBe(true);
    expect(matchRegex(regex('- type: regex\n  regex: ["a\\\\sb"]'), 'a\u000bb').matched).toBe(false);
  });
});

describe('binary matcher (MatchBinary)', () => {
  it('AND [50494e47, 414141] on "PING" -> false', () => {
    expect(matchBinary(matcher('- type: binary\n  condition: and\n  binary: ["50494e47", "414141"]') as Of<'binary'>, 'PING').matched).toBe(false);
  });
  it('OR [414141, 50494e47] on "xxPINGyy" -> true [PING]', () => {
    expect(matchBinary(matcher('- type: binary\n  binary: ["414141", "50494e47"]') as Of<'binary'>, 'xxPINGyy')).toEqual({ matched: true, snippets: ['PING'] });
  });
});

describe('dsl matcher (MatchDSL)', () => {
  const dsl = (yaml: string) => matcher(yaml) as Of<'dsl'>;

  it('contains(body, "{{VARIABLE}}") with body = VARIABLE = v is true for PING and pong', () => {
    const m = dsl('- type: dsl\n  dsl: [\'contains(body, "{{VARIABLE}}")\']');
    for (const v of ['PING', 'pong']) expect(matchDsl(m, { body: v, VARIABLE: v })).toBe(true);
  });

  it('resolved values cannot inject code, single or double quoted', () => {
    for (const [expr, token] of [
      ["contains(body, '{{server_token}}')", "') && to_upper('x') == 'X' && contains(body, '"],
      ['contains(body, "{{server_token}}")', '") && to_upper("x") == "X" && contains(body, "'],
    ] as const) {
      const m = dsl(`- type: dsl\n  dsl:\n    - ${JSON.stringify(expr)}`);
      expect(matchDsl(m, { 'template-id': 't', body: 'safe body', server_token: token })).toBe(false);
      expect(matchDsl(m, { 'template-id': 't', body: `prefix ${token} suffix`, server_token: token })).toBe(true);
    }
  });

  it('resolved values keep their bytes (\\n \\t \\r \\\\ quotes)', () => {
    for (const expr of ["contains(body, '{{server_token}}')", 'contains(body, "{{server_token}}")']) {
      const m = dsl(`- type: dsl\n  dsl:\n    - ${JSON.stringify(expr)}`);
      for (const value of ['a\nb', 'a\tb', 'a\rb', 'a\\b', "a'b", 'a"b', 'a\nb\tc\rd\\e\'f"g']) {
        expect(matchDsl(m, { body: `prefix ${value} suffix`, server_token: value })).toBe(true);
      }
    }
  });

  it('OR of an erroring expression and 1 == 1 is true; AND with an error is false', () => {
    expect(matchDsl(dsl('- type: dsl\n  dsl: ["1 / 0", "1 == 1"]'), {})).toBe(true);
    expect(matchDsl(dsl('- type: dsl\n  dsl: ["missing == 1", "1 == 1"]'), {})).toBe(true);
    expect(matchDsl(dsl('- type: dsl\n  condition: and\n  dsl: ["missing == 1", "1 == 1"]'), {})).toBe(false);
  });

  it('a missing variable (stderr absent) is skipped under OR and false under AND', () => {
    const or = dsl('- type: dsl\n  dsl: [\'contains(stderr, "x")\', \'contains(response, "ok")\']');
    expect(matchDsl(or, { response: 'ok' })).toBe(true);
    const and = dsl('- type: dsl\n  condition: and\n  dsl: [\'!contains(stderr, "x")\', \'contains(response, "ok")\']');
    expect(matchDsl(and, { response: 'ok' })).toBe(false);
    expect(matchDsl(and, { response: 'ok', stderr: '' })).toBe(true);
  });

  it('a non-bool result is skipped', () => {
    expect(matchDsl(dsl('- type: dsl\n  dsl: [response]'), { response: 'x' })).toBe(false);
    expect(matchDsl(dsl('- type: dsl\n  dsl: [response, "true"]'), { response: 'x' })).toBe(true);
  });
});

describe('dispatch (MakeDefaultMatchFunc)', () => {
  it('a missing part is false before negative is applied', () => {
    const m = matcher('- type: word\n  part: stderr\n  negative: true\n  words: [error]');
    expect(runMatcher(m, { response: 'fine' }).matched).toBe(false);
    expect(runMatcher(m, { response: 'fine', stderr: 'no problem' }).matched).toBe(true);
    expect(runMatcher(m, { response: 'fine', stderr: 'an error' }).matched).toBe(false);
  });

  it('negative inverts and drops the snippets', () => {
    const m = matcher('- type: word\n  negative: true\n  words: [root]');
    expect(runMatcher(m, { response: 'daemon' })).toEqual({ matched: true, snippets: [] });
    expect(runMatcher(m, { response: 'root' })).toEqual({ matched: false, snippets: [] });
  });

  it('part body and an omitted part both read response', () => {
    expect(runMatcher(matcher('- type: word\n  part: body\n  words: [x]'), { response: 'x' }).matched).toBe(true);
    expect(runMatcher(matcher('- type: word\n  words: [x]'), { response: 'x' }).matched).toBe(true);
  });

  it('size compares the byte length', () => {
    const m = matcher('- type: size\n  size: [5, 10]');
    expect(runMatcher(m, { response: 'hello' }).matched).toBe(true);
    expect(runMatcher(m, { response: 'hello!!' }).matched).toBe(false);
    // Go strings are bytes: é is two.
    expect(runMatcher(m, { response: fromText('héllo') }).matched).toBe(false);
    expect(runMatcher(m, { response: fromText('héll') }).matched).toBe(true);
    expect(runMatcher(m, { response: '\xe6\x97\xff\x00x' }).matched).toBe(true);
  });

  it('a dsl matcher reads the whole map and honours negative', () => {
    const m = matcher('- type: dsl\n  negative: true\n  dsl: ["contains(code_1_response, \\"root\\")"]');
    expect(runMatcher(m, { code_1_response: 'uid=0(root)' }).matched).toBe(false);
    expect(runMatcher(m, { code_1_response: 'uid=1000(me)' }).matched).toBe(true);
  });
});
