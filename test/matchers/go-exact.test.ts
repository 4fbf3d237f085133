// The cases issue 8 found where matching differed from Go and nuclei: repeated groups that match
// empty, duplicate group names, bytes that are not UTF-8, the DSL helpers base64_py,
// hex_encode(s, "x"), html_escape / html_unescape, and compare_versions (Go's limits: regex.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOutput, fromText, goToLower, goToUpper, goTrimSpace, toText } from '../../src/matchers/bytes.js';
import { compileDsl, evaluateDsl, type Data } from '../../src/matchers/dsl.js';
import { evaluateTemplate } from '../../src/matchers/evaluate.js';
import { compileGoRegex, goFindAllIndex, goFindAllSubmatch, goMatch, goReplaceAll } from '../../src/matchers/regex.js';
import { parseVersion, VERSION_PATTERN } from '../../src/matchers/dsl/versions.js';
import { out, templateFromYaml } from './support.js';

const ev = (expr: string, data: Data = {}) => evaluateDsl(compileDsl(expr), data);

describe('repeated groups that can match empty', () => {
  it('(|a)* on "aa" gives three empty matches, as Go', () => {
    expect(goFindAllIndex(compileGoRegex('(|a)*'), 'aa', -1)).toEqual([
      [0, 0, 0, 0],
      [1, 1, 1, 1],
      [2, 2, 2, 2],
    ]);
  });

  it('((a)|b)* on "ab" keeps group 2 = "a" from the earlier iteration', () => {
    expect(goFindAllSubmatch(compileGoRegex('((a)|b)*'), 'ab')).toEqual([['ab', 'b', 'a']]);
  });
});

describe('duplicate group names are legal, as in Go', () => {
  const re = compileGoRegex('(?P<x>a)|(?P<x>b)|(?<y>c)');

  it('both groups keep the name (SubexpNames)', () => {
    expect(re.names).toEqual(['', 'x', 'x', 'y']);
  });

  it('$x expands the first group of that name that took part (Regexp.Expand)', () => {
    expect(goReplaceAll(re, 'abc', '[$x$y]')).toBe('[a][b][c]');
  });

  it('a renamed group does not clash with a name already in the pattern, and classes and \\Q…\\E are skipped', () => {
    const tricky = compileGoRegex('(?P<x>a)(?P<x_1>b)(?P<x>c)[(?P<x>]\\Q(?P<x>\\E');
    expect(tricky.names).toEqual(['', 'x', 'x_1', 'x']);
    expect(goFindAllSubmatch(tricky, 'abc((?P<x>')).toEqual([['abc((?P<x>', 'a', 'b', 'c']]);
  });
});

describe('bytes that are not UTF-8 behave as in Go strings', () => {
  it('^..$ matches the two bytes e6 97 (each a RuneError of width 1)', () => {
    expect(goMatch(compileGoRegex('^..$'), '\xe6\x97')).toBe(true);
    expect(goMatch(compileGoRegex('^.$'), '\xe6\x97')).toBe(false);
    expect(goMatch(compileGoRegex('^\\x{fffd}{2}$'), '\xe6\x97')).toBe(true);
  });

  it('len() counts bytes; index() takes a byte and converts it as a rune', () => {
    expect(ev('len(response)', { response: '\xe6\x97' })).toBe(2);
    expect(ev('len("日本")')).toBe(6);
    expect(toText(ev('index("é", 0)') as string)).toBe('Ã');
  });

  it('a transport decodes bytes losslessly: what the matchers see is exactly what the host printed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = decodeOutput(bytes);
        // The only lone surrogates are the escaped bytes U+DC80–U+DCFF.
        for (const ch of text) {
          const c = ch.charCodeAt(0);
          if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) expect(c >= 0xdc80 && c <= 0xdcff).toBe(true);
        }
        expect(fromText(text)).toBe(Buffer.from(bytes).toString('latin1'));
      }),
      { numRuns: 500 },
    );
    // Valid UTF-8, a BOM included, decodes as plain text.
    expect(decodeOutput(Buffer.from('\ufeffhé 😀', 'utf8'))).toBe('\ufeffhé 😀');
  });

  it('one bad byte does not hide a finding, and the evidence shows it as U+FFFD', () => {
    const t = templateFromYaml(`id: t
code:
  - engine: [sh]
    source: x
    matchers:
      - type: regex
        regex: ['^root:.\\x{fffd}:0$']
      - type: dsl
        dsl: ['len(response) == 9']
`);
    const stdout = decodeOutput(Buffer.from([0x72, 0x6f, 0x6f, 0x74, 0x3a, 0x41, 0xff, 0x3a, 0x30]));
    const findings = evaluateTemplate(t, [out(stdout)], '');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.evidence).toBe('root:A\ufffd:0');
  });

  it('case folding as strings.ToLower/ToUpper: bad bytes become U+FFFD, simple mappings only', () => {
    expect(goToLower('A\xffB')).toBe('a\xef\xbf\xbdb');
    expect(toText(goToUpper(fromText('straße ᾳ')))).toBe('STRAßE ᾼ');
    expect(toText(goToLower(fromText('İ')))).toBe('i');
    expect(goTrimSpace(fromText('\u00a0\u3000 x \u0085'))).toBe('x');
  });
});

describe('DSL helpers nuclei changed', () => {
  it('base64_py ends every line (the last too) with a newline, lines of 76', () => {
    expect(ev('base64_py("Hello")')).toBe('SGVsbG8=\n');
    const long = ev(`base64_py("${'x'.repeat(100)}")`) as string;
    expect(long.split('\n').map((l) => l.length)).toEqual([76, 60, 0]);
  });

  it('hex_encode(s, "x") writes \\x61\\x61; a number encodes as nothing', () => {
    expect(ev('hex_encode("aa", "x")')).toBe('\\x61\\x61');
    expect(ev('hex_encode("aa", "X")')).toBe('\\x61\\x61');
    expect(ev('hex_encode("aa", "standard")')).toBe('6161');
    expect(ev('hex_encode(1234)')).toBe('');
  });

  it('html_escape names every character that has a name; numeric mode writes the other bytes as &#n;', () => {
    expect(ev('html_escape("<a href=\'/x\'>é</a>")')).toBe('&lt;a href&equals;&apos;&sol;x&apos;&gt;' + fromText('&eacute;') + '&lt;&sol;a&gt;');
    expect(ev('html_escape("a/é", true)')).toBe('&#97;&sol;&eacute;');
    expect(toText(ev('html_escape("日")') as string)).toBe('日');
    expect(ev('html_escape("日", true)')).toBe('&#230;&#151;&#165;');
  });

  it('html_unescape is Go html.UnescapeString: legacy names without ;, Windows-1252 numbers, two-rune names', () => {
    const un = (s: string) => toText(ev(`html_unescape("${s}")`) as string);
    expect(un('&sol;&amp;&ampx&lt&#x3c;&#60;&#128;&#0;&#x;&#5;')).toBe('/&&x<<<€\ufffd\ufffd\u0005');
    expect(un('&#5&#55a&nesim;&unknown;&')).toBe('&#57a\u2242\u0338&unknown;&');
  });
});

describe('compare_versions reads versions as go-version does', () => {
  it('the split read off by hand is the one the expression captures (groups 1, 7 or 4, 10)', () => {
    const re = compileGoRegex(`^${VERSION_PATTERN}$`);
    const alphabet = fc.constantFrom('v', '0', '1', '9', '.', '-', '+', 'a', 'Z', '~', 'x', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((a) => a.join('')), (text) => {
        const m = goFindAllSubmatch(re, text, 1)[0];
        if (m === undefined) {
          expect(() => parseVersion(text)).toThrow(/Malformed version/);
          return;
        }
        const v = parseVersion(text);
        expect(v.segments.slice(0, v.si).join('.')).toBe((m[1] ?? '').split('.').map((p) => BigInt(p).toString()).join('.'));
        expect(v.pre).toBe(m[7] !== '' ? m[7] : m[4]);
        expect(v.metadata).toBe(m[10]);
      }),
      { numRuns: 5000 },
    );
  });

  it("go-version's cases", () => {
    expect(ev('compare_versions("v1.2.3-beta.1+build.5", ">= 1.2.3-alpha", "< 1.2.3-gamma")')).toBe(true);
    // A pre-release only meets constraints naming a pre-release of the same segments.
    expect(ev('compare_versions("v1.2.3-beta.1", "< 1.2.3")')).toBe(false);
    expect(ev('compare_versions("1.2.3-beta", "> 1.2.2")')).toBe(false);
    expect(ev('compare_versions("1.2.9", "~> 1.2")')).toBe(true);
    expect(ev('compare_versions("2.0", "~> 1.2")')).toBe(false);
    expect(ev('compare_versions("1.0--x", "= 1.0--x")')).toBe(true);
    expect(ev('compare_versions("1.0.0", " >=1.0 ,<=1.0.0 ")')).toBe(true);
    expect(() => ev('compare_versions("1.0 ", ">1")')).toThrow(/Malformed version/);
    expect(() => ev('compare_versions("1.0", "=>1")')).toThrow(/Malformed constraint/);
    expect(() => ev('compare_versions("99999999999999999999", ">1")')).toThrow(/value out of range/);
  });
});
