// Where the `yaml` package and nuclei's parser (Go yaml.v3 v3.0.1) read the same text differently, the
// template is refused, or read by yaml.v3's rules. Each "nuclei reads" comment below was checked by
// decoding the same text with yaml.v3 v3.0.1 itself.
import { describe, expect, it } from 'vitest';
import { templateText } from '../../src/template/text.js';
import { goResolvePlain, parseYaml } from '../../src/template/yaml.js';

/** What fleetprobe makes of a template text: its value, or the one-line refusal. */
function read(text: string): unknown {
  try {
    templateText(Buffer.from(text), 't.yaml');
    return parseYaml(text, 't.yaml').value;
  } catch (e) {
    expect((e as Error).name).toBe('UserError');
    expect((e as Error).message).not.toMatch(/[\r\n]/);
    return `refused: ${(e as Error).message}`;
  }
}

describe('line breaks and characters nuclei reads differently are refused before parsing', () => {
  it.each([
    // nuclei reads {"a":"x","b":"y"} for each: a line break; the `yaml` package reads one line.
    ['NEL', 'a: x\u0085b: y\n', /t\.yaml:1: holds a NEL character \(U\+0085\): nuclei's YAML parser reads it as a line break/],
    ['LS', 'a: x\u2028b: y\n', /t\.yaml:1: holds a line separator \(U\+2028\)/],
    ['PS', 'a: x\u2029b: y\n', /t\.yaml:1: holds a paragraph separator \(U\+2029\)/],
    ['lone CR', 'a: x\rb: y\n', /t\.yaml:1: holds a carriage return \(CR\) not followed by LF/],
    // nuclei: "control characters are not allowed"; the `yaml` package keeps (or silently drops) them.
    ['NUL', 'a: x\u0000y\n', /holds control character U\+0000/],
    ['C0', 'a: x\u0001y\n', /holds control character U\+0001/],
    ['DEL', 'a: x\u007fy\n', /holds control character U\+007F/],
    ['C1', 'a: x\u0086y\n', /holds control character U\+0086/],
    ['U+FFFE', 'a: x\ufffey\n', /holds control character U\+FFFE/],
    // yaml.v3 skips a BOM at column 0 by looking at its buffer's start, not at the character: erratic.
    ['BOM after the start', 'a: 1\n\ufeffb: 2\n', /t\.yaml:2: holds a byte-order mark \(U\+FEFF\) after the start/],
  ])('%s', (_, text, refusal) => {
    expect(read(text)).toMatch(refusal);
  });

  it('invalid UTF-8 is refused with its line (nuclei: "invalid leading UTF-8 octet"; Node would substitute U+FFFD)', () => {
    expect(() => templateText(Buffer.concat([Buffer.from('a: 1\nb: '), Buffer.from([0xff]), Buffer.from('\n')]), 't.yaml')).toThrow(/^t\.yaml:2: not valid UTF-8 text$/);
    expect(() => templateText(Buffer.from([0xed, 0xa0, 0x80]), 't.yaml')).toThrow(/not valid UTF-8/); // an encoded surrogate
  });

  it('CRLF, a leading BOM, tabs inside a line and astral characters read the same in both', () => {
    expect(read('a: |\r\n  x\r\n')).toEqual({ a: 'x\n' });
    expect(read('\ufeffa: 1\n')).toEqual({ a: 1 });
    expect(read('a: x\ty\n')).toEqual({ a: 'x\ty' });
    expect(read('a: "😀"\n')).toEqual({ a: '😀' });
  });

  it('a template larger than 1 MiB is refused before it is parsed', () => {
    expect(() => templateText(Buffer.alloc(1024 * 1024 + 1, 0x20), 't.yaml')).toThrow(/^t\.yaml: template is 1048577 bytes; at most 1048576 are allowed$/);
  });
});

describe('YAML constructs the two parsers read differently are refused', () => {
  it.each([
    // nuclei: "found character that cannot start any token" / "tab character that violates indentation";
    // the `yaml` package accepts the last two.
    ['a tab in indentation', 'a:\n\tb: 1\n', /t\.yaml:2: a tab in indentation/],
    ['a tab after a block dash', 'a:\n  -\tx\n', /t\.yaml:2: a tab in indentation/],
    ['a line holding only a tab', 'a: 1\n\t\nb: 2\n', /t\.yaml:2: a tab in indentation/],
    // nuclei merges `<<` into the mapping ({"a":{"c":1}}); the `yaml` package keeps a key named '<<'.
    ['merge key', 'b: &x {c: 1}\na:\n  <<: *x\n', /t\.yaml:3: merge keys \('<<'\) are not supported/],
    // nuclei decodes !!binary as text "hi", the `yaml` package as bytes; unknown tags are ignored by one only.
    ['!!binary', 'a: !!binary aGk=\n', /t\.yaml:1: YAML tag 'tag:yaml.org,2002:binary' is not supported/],
    ['!!str', 'a: !!str 1\n', /YAML tag 'tag:yaml.org,2002:str' is not supported/],
    ['unknown tag', 'a: !foo x\n', /t\.yaml:1: malformed YAML: Unresolved tag: !foo/],
    // nuclei reads the first document and ignores the rest.
    ['two documents', 'a: 1\n---\nb: 2\n', /t\.yaml:2: more than one YAML document/],
    // `%YAML 1.1` turns the `yaml` package to YAML 1.1 (0644 octal, yes/no booleans); nuclei refuses `%YAML 1.2`.
    ['%YAML', '%YAML 1.1\n---\na: 0644\n', /YAML directives \('%YAML', '%TAG'\) are not supported/],
    ['%TAG', '%TAG !e! tag:x:\n---\na: 1\n', /YAML directives/],
    // nuclei: "found unknown escape character" / "invalid Unicode character escape code"; the `yaml` package accepts both.
    ['\\/ escape', 'a: "x\\/y"\n', /t\.yaml:1: escape '\\\/' in a double-quoted string is not accepted by nuclei's YAML parser/],
    ['surrogate escape', 'a: "\\ud800"\n', /escape '\\ud800'/],
    // nuclei: `mapping key "1" already defined` (keys compare by text); the `yaml` package sees 1 and "1".
    ['duplicate key by text', "1: x\n'1': y\n", /t\.yaml:2: key '1' appears twice in one mapping/],
    ['duplicate key', 'a: 1\na: 2\n', /t\.yaml:2: key 'a' appears twice/],
    // nuclei: "invalid map key" for a list key; a null key decodes to <nil>; neither is a template key.
    ['collection key', '? [a, b]\n: 1\n', /a mapping key that is not a plain string/],
    ['null key', '~: 1\n', /a mapping key that is not a plain string/],
    ['deep flow nesting', `a: ${'['.repeat(150)}${']'.repeat(150)}\n`, /t\.yaml:1: '\[' and '\{' nested more than 100 deep/],
  ])('%s', (_, text, refusal) => {
    expect(read(text)).toMatch(refusal);
  });

  it('what both read alike still loads: quoted "<<" key, escapes both know, anchors and aliases, flow mappings', () => {
    expect(read("'<<': 1\n")).toEqual({ '<<': 1 });
    expect(read('a: "\\u00e9\\x41\\N\\_\\e\\t"\n')).toEqual({ a: 'éA\u0085\u00a0\u001b\t' });
    expect(read('a: &x [one, "2"]\nb: *x\nc: {d: 1, e}\n')).toEqual({ a: ['one', '2'], b: ['one', '2'], c: { d: 1, e: null } });
  });

  it('an alias to a typed scalar is refused: nuclei decodes it again for each field (words: [&a 010] is "010", size: [*a] is 8)', () => {
    expect(read('words: [&a 010]\nsize: [*a]\n')).toMatch(/refused: t\.yaml:2: alias '\*a' stands for a number, boolean or null/);
    expect(read('words: &l [x, 0x10]\nsize: *l\n')).toMatch(/refused: t\.yaml:2: alias '\*l'/);
    expect(read('a: &t true\nb: *t\n')).toMatch(/refused: t\.yaml:2: alias '\*t'/);
  });

  it('aliases are counted before they are resolved: the yaml package finds each by a scan, quadratic in pairs of anchors and aliases', () => {
    const pairs = (n: number) => `b: [${Array.from({ length: n }, (_, i) => `&a${i} x, *a${i}`).join(', ')}]\n`;
    expect(read(pairs(100))).toEqual({ b: Array(200).fill('x') });
    expect(read(pairs(101))).toMatch(/refused: t\.yaml:1: more than 100 aliases \('\*name'\)/);
  });

  it('alias expansion is bounded (a billion-laughs template is refused, not expanded)', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 8; i++) levels.push(`${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10).fill(`*${'abcdefgh'[i - 1]}`).join(',')}]`);
    expect(read(`${levels.join('\n')}\n`)).toMatch(/refused: t\.yaml: malformed YAML: Excessive alias count/);
  });

  it('a line number counts the lines before the part a signature covers', () => {
    expect(() => parseYaml('a: 1\n---\nb: 2\n', 't.yaml', 3)).toThrow(/^t\.yaml:5: /);
  });
});

describe('scalars are typed as nuclei types them', () => {
  it('string lists keep the text as written, as Go string fields do (nuclei: words "0644", "1_000")', () => {
    expect(read('words: [0644, 1_000, 0x1F, .inf]\n')).toEqual({ words: ['0644', '1_000', '0x1F', '.inf'] });
  });

  it("variables and constants follow yaml.v3's resolver, not YAML 1.2 (nuclei: 0644 is octal 420)", () => {
    // Each value is what yaml.v3 v3.0.1 decodes into interface{} for the same text.
    expect(read('variables:\n  a: 0644\n  b: 1_000\n  c: 0b101\n  d: 0x1F\n  e: -0x1F\n  f: 09\n  g: 1e3\n  i: "0644"\n  k: 9223372036854775807\n  l: yes\n  m: ~\n')).toEqual({
      variables: { a: 420, b: 1000, c: 5, d: 31, e: -31, f: 9, g: 1000, i: '0644', k: '9223372036854775807', l: 'yes', m: null },
    });
    expect(read('constants:\n  mode: 0755\n')).toEqual({ constants: { mode: 493 } });
  });

  it("Go int fields (a matcher's size, an extractor's group) follow yaml.v3's resolver too (nuclei: size 010 is 8 bytes)", () => {
    expect(read('size: [010, 0x10, 1_000, 0b11, -0x10]\ngroup: 010\n')).toEqual({ size: [8, 16, 1000, 3, -16], group: 8 });
    expect(read('size: ["010"]\n')).toEqual({ size: ['010'] });
  });

  it('a timestamp-looking variable is refused (nuclei would turn it into "2001-12-14 00:00:00 +0000 UTC")', () => {
    expect(read('variables:\n  day: 2001-12-14\n')).toMatch(/t\.yaml:2: '2001-12-14' reads as a timestamp in nuclei's YAML parser; quote it/);
    expect(read('variables:\n  day: "2001-12-14"\n')).toEqual({ variables: { day: '2001-12-14' } });
  });

  it("goResolvePlain follows resolve.go's table", () => {
    const cases: [string, unknown][] = [
      ['', null], ['~', null], ['Null', null], ['true', true], ['FALSE', false], ['yes', 'yes'], ['on', 'on'],
      ['.NaN', NaN], ['-.inf', -Infinity], ['+.INF', Infinity], ['0o17', 15], ['0B11', 3], ['+12', 12], ['1_0.5', 10.5],
      ['0777', 511], ['08', 8], ['18446744073709551615', '18446744073709551615'], ['-9223372036854775808', '-9223372036854775808'],
      ['1:20', '1:20'], ['0x', '0x'], ['abc', 'abc'], ['1e400', '1e400'], ['-1e400', '-1e400'],
    ];
    for (const [text, value] of cases) expect(goResolvePlain(text), text).toEqual(value);
  });
});
