// Load-time validation: every mistake is refused with file:line and what is allowed.
import { describe, expect, it } from 'vitest';
import { compileOperators } from '../../src/matchers/operators.js';
import { UserError } from '../../src/errors.js';
import { whereOf } from './support.js';

/** Compiles `block` (YAML of one code block placed at code[0] of a template) and returns the error message. */
function refusal(block: string): string {
  const text = `id: t\ncode:\n  - engine: [sh]\n    source: id\n${block.replace(/^/gm, '    ')}\n`;
  const { value, where } = whereOf(text, 't.yaml');
  const raw = (value['code'] as Record<string, unknown>[])[0] ?? {};
  try {
    compileOperators(raw, ['code', 0], where);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('compileOperators refuses', () => {
  it('an extractor without type', () => {
    expect(refusal("extractors:\n  - regex: ['a']")).toBe("t.yaml:6: extractor needs a 'type' (regex, kval, json, dsl)");
  });

  it('an unknown matcher type, naming the line of type and the allowed types', () => {
    expect(refusal('matchers:\n  - type: wrod\n    words: [a]')).toBe("t.yaml:6: unknown matcher type 'wrod'; allowed: word, regex, binary, size, dsl");
  });

  it('status and xpath matchers, saying why', () => {
    expect(refusal('matchers:\n  - type: status\n    status: [200]')).toMatch(/^t\.yaml:6: matcher type 'status' never matches on a code block/);
    expect(refusal('matchers:\n  - type: xpath\n    xpath: [/a]')).toMatch(/^t\.yaml:6: matcher type 'xpath' is not supported for code templates/);
  });

  it('a matcher without type', () => {
    expect(refusal('matchers:\n  - words: [a]')).toBe("t.yaml:6: matcher 1 needs a 'type' (word, regex, binary, size, dsl)");
  });

  it('an unknown part, naming the allowed parts', () => {
    expect(refusal('matchers:\n  - type: word\n    part: header\n    words: [a]')).toMatch(/^t\.yaml:7: unknown part 'header' for a code block; allowed: response \(or body\), stderr, input, type/);
    expect(refusal('matchers:\n  - type: word\n    part: "not a name"\n    words: [a]')).toMatch(/^t\.yaml:7: unknown part 'not a name'/);
  });

  it('accepts indexed, id-prefixed, variable and extractor parts', () => {
    for (const part of ['code_1_response', 'code_12_stderr', 'myid_response', 'some_variable', 'ver', 'body', 'stderr', 'input', 'type']) {
      const { value, where } = whereOf(`extractors:\n  - type: regex\n    name: ver\n    regex: ['\\d+']\nmatchers:\n  - type: word\n    part: ${part}\n    words: [a]\n`);
      expect(compileOperators(value, [], where)?.matchers[0]).toMatchObject({ part: part === 'body' ? 'response' : part });
    }
  });

  it('with a scope from the loader, a part must name a variable or a block of the template', () => {
    const { value, where } = whereOf('matchers:\n  - type: word\n    part: code_3_response\n    words: [a]\n');
    const scope = { variables: ['v'], contextIds: ['code_1', 'code_2'] };
    expect(() => compileOperators(value, [], where, scope)).toThrow("block.yaml:3: unknown part 'code_3_response'");
    const ok = whereOf('matchers:\n  - type: word\n    part: code_2_v\n    words: [a]\n');
    expect(compileOperators(ok.value, [], ok.where, scope)?.matchers).toHaveLength(1);
  });

  it('a word matcher without words, a regex matcher without regex, a dsl matcher without dsl', () => {
    expect(refusal('matchers:\n  - type: word\n    part: response')).toBe("t.yaml:6: a word matcher needs a non-empty 'words' list");
    expect(refusal('matchers:\n  - type: regex\n    regex: []')).toBe("t.yaml:7: a regex matcher needs a non-empty 'regex' list");
    expect(refusal('matchers:\n  - type: dsl')).toBe("t.yaml:6: a dsl matcher needs a non-empty 'dsl' list");
  });

  it('a bad condition and a bad matchers-condition', () => {
    expect(refusal('matchers:\n  - type: word\n    condition: AND\n    words: [a]')).toBe("t.yaml:7: condition 'AND' is not allowed; use 'and' or 'or'");
    expect(refusal('matchers-condition: all\nmatchers:\n  - type: word\n    words: [a]')).toBe("t.yaml:5: matchers-condition 'all' is not allowed; use 'and' or 'or'");
    expect(refusal('matchers:\n  - type: word\n    condition: [and]\n    words: [a]')).toBe('t.yaml:7: condition \'["and"]\' is not allowed; use \'and\' or \'or\'');
  });

  it('case-insensitive on a non-word matcher, and on a non-kval extractor', () => {
    expect(refusal('matchers:\n  - type: regex\n    case-insensitive: true\n    regex: [a]')).toBe("t.yaml:7: 'case-insensitive' is supported only for word matchers (not regex)");
    expect(refusal('extractors:\n  - type: regex\n    case-insensitive: true\n    regex: [a]')).toBe("t.yaml:7: 'case-insensitive' is supported only for kval extractors (not regex)");
  });

  it('a regex RE2 would reject: look-ahead, look-behind, backreference', () => {
    expect(refusal("matchers:\n  - type: regex\n    regex:\n      - 'a(?=b)'")).toBe(
      "t.yaml:8: regex 'a(?=b)' is not valid Go (RE2) syntax, which nuclei requires: invalid or unsupported Perl syntax: `(?=`",
    );
    expect(refusal("matchers:\n  - type: regex\n    regex:\n      - '(?<!a)b'")).toMatch(/^t\.yaml:8: regex '\(\?<!a\)b' is not valid Go \(RE2\) syntax/);
    expect(refusal("matchers:\n  - type: regex\n    regex:\n      - '(a)\\1'")).toMatch(/invalid escape sequence: `\\1`$/);
  });

  it('a DSL expression that does not parse, or calls an unknown function', () => {
    expect(refusal("matchers:\n  - type: dsl\n    dsl:\n      - 'contains(response, \"x\"'")).toBe("t.yaml:8: dsl expression 'contains(response, \"x\"' does not parse: Unbalanced parenthesis");
    expect(refusal("matchers:\n  - type: dsl\n    dsl:\n      - 'nosuch(response)'")).toBe("t.yaml:8: dsl expression 'nosuch(response)' does not parse: Undefined function nosuch");
    expect(refusal("matchers:\n  - type: dsl\n    dsl:\n      - 'len(response) ==-1'")).toMatch(/Invalid token: '==-'$/);
    expect(refusal("matchers:\n  - type: dsl\n    dsl:\n      - 'unix_time() > 0'")).toBe(
      "t.yaml:8: dsl expression 'unix_time() > 0' calls nuclei helper 'unix_time', which fleetprobe does not implement (random, time, network and compression helpers are left out)",
    );
  });

  it('fields that do not belong to the type (nuclei: unexpected fields), and unknown fields', () => {
    expect(refusal("matchers:\n  - type: dsl\n    part: response\n    dsl: ['true']")).toBe("t.yaml:7: field 'part' does not apply to a dsl matcher; it takes: type, condition, name, match-all, negative, internal, dsl");
    expect(refusal('matchers:\n  - type: word\n    wrods: [a]')).toMatch(/^t\.yaml:7: unknown matcher field 'wrods'; a word matcher takes: /);
  });

  it('invalid binary hex, a bad encoding, a bad size', () => {
    expect(refusal('matchers:\n  - type: binary\n    binary: ["zz"]')).toBe("t.yaml:7: binary value 'zz' is not valid hex");
    expect(refusal('matchers:\n  - type: word\n    encoding: base64\n    words: [a]')).toBe("t.yaml:7: encoding 'base64' is not allowed; the only encoding is 'hex'");
    expect(refusal('matchers:\n  - type: size\n    size: [ten]')).toBe("t.yaml:7: size 'ten' must be a whole number of bytes");
  });

  it('an unknown extractor type, and json/xpath extractors', () => {
    expect(refusal('extractors:\n  - type: foo\n    regex: [a]')).toBe("t.yaml:6: extractor type 'foo' is unknown; allowed: regex, kval, json, dsl");
    expect(refusal("extractors:\n  - type: xpath\n    xpath: ['/a']")).toBe("t.yaml:6: extractor type 'xpath' is not supported for code templates; allowed: regex, kval, json, dsl");
    expect(refusal("extractors:\n  - type: json\n    json: ['.a | length']")).toMatch(/^t\.yaml:7: json query '\.a \| length' uses jq syntax fleetprobe does not support/);
  });

  it('a bad regex group, non-boolean flags, matchers that are not a list', () => {
    expect(refusal('extractors:\n  - type: regex\n    group: -1\n    regex: [a]')).toBe("t.yaml:7: 'group' must be a whole number (0 is the whole match)");
    expect(refusal('matchers:\n  - type: word\n    negative: "yes"\n    words: [a]')).toBe("t.yaml:7: 'negative' must be true or false");
    expect(refusal('matchers:\n  type: word')).toBe("t.yaml:5: 'matchers' must be a list");
  });
});

describe('compileOperators compiles', () => {
  it('returns undefined for a block with neither matchers nor extractors', () => {
    const { value, where } = whereOf('engine: [sh]\nsource: id\n');
    expect(compileOperators(value, [], where)).toBeUndefined();
  });

  it('normalises type case, lower-cases case-insensitive words, decodes hex, defaults the part', () => {
    const { value, where } = whereOf('matchers:\n  - type: " Word "\n    case-insensitive: true\n    words: [ABC]\n  - type: word\n    encoding: hex\n    words: ["414243"]\n');
    const ops = compileOperators(value, [], where);
    expect(ops?.condition).toBe('or');
    expect(ops?.matchers[0]).toMatchObject({ type: 'word', part: 'response', words: [{ word: 'abc', rendered: 'abc' }] });
    expect(ops?.matchers[1]).toMatchObject({ words: [{ word: 'ABC' }] });
  });
});
