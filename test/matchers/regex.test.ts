import { describe, expect, it } from 'vitest';
import { fromText, toText } from '../../src/matchers/bytes.js';
import { compileGoRegex, goFindAll, goFindAllIndex, goMatch, goReplaceAll, RegexSyntaxError } from '../../src/matchers/regex.js';

// Subjects are Go strings (bytes): tests write text and read text back.
const all = (pattern: string, s: string): string[] => goFindAll(compileGoRegex(pattern), fromText(s)).map(toText);
const goMatchString = (re: ReturnType<typeof compileGoRegex>, s: string): boolean => goMatch(re, fromText(s));
const replaceAll = (re: ReturnType<typeof compileGoRegex>, s: string, t: string): string => toText(goReplaceAll(re, fromText(s), fromText(t)) ?? '');
const refused = (pattern: string): string => {
  try {
    compileGoRegex(pattern);
  } catch (err) {
    expect(err).toBeInstanceOf(RegexSyntaxError);
    return (err as Error).message;
  }
  throw new Error(`expected ${pattern} to be refused`);
};

describe('Go regexp semantics (re2js)', () => {
  it('flags: leading and embedded (?i) (?s) (?m) (?U), and scoped (?i:…)', () => {
    expect(all('(?i)abc', 'ABC aBc')).toEqual(['ABC', 'aBc']);
    expect(all('a(?i)bc', 'aBC ABC')).toEqual(['aBC']);
    expect(all('a(?i:b)c', 'aBc aBC')).toEqual(['aBc']);
    expect(all('(?i)a(?-i)b', 'Ab AB')).toEqual(['Ab']);
    expect(all('(a(?i)b)c', 'aBc aBC')).toEqual(['aBc']);
    expect(all('(?s)a.b', 'a\nb')).toEqual(['a\nb']);
    expect(all('a.b', 'a\nb a\rb')).toEqual(['a\rb']);
    expect(all('(?m)^x$', 'x\nx\r\nx')).toEqual(['x', 'x']);
    expect(all('(?U)a+', 'aaa')).toEqual(['a', 'a', 'a']);
    expect(all('(?U)a+?', 'aaa')).toEqual(['aaa']);
  });

  it('Go case folding includes the Kelvin sign and long s', () => {
    expect(goMatchString(compileGoRegex('(?i)k'), '\u212a')).toBe(true);
    expect(goMatchString(compileGoRegex('(?i)[a-z]+'), 'ſ')).toBe(true);
    expect(goMatchString(compileGoRegex('(?i)[^k]'), 'K')).toBe(false);
    expect(goMatchString(compileGoRegex('(?i)i'), 'ı')).toBe(false);
    // Go folds a class before negating it.
    expect(all('(?i)[[:^lower:]]', 'aAµ')).toEqual(['µ']);
    expect(all('(?i)\\W', 'a\u212aſ-')).toEqual(['-']);
    expect(all('(?i)[^a-z]', 'A\u212aſ-')).toEqual(['-']);
  });

  it('anchors: ^ $ \\A \\z match only at the ends without (?m); $ does not match before a final newline', () => {
    expect(goMatchString(compileGoRegex('^a$'), 'a\n')).toBe(false);
    expect(goMatchString(compileGoRegex('\\Aa\\z'), 'a')).toBe(true);
    expect(goMatchString(compileGoRegex('(?m)a$'), 'a\nb')).toBe(true);
  });

  it('classes: POSIX, Perl (ASCII), negated, Unicode', () => {
    expect(all('[[:alpha:]]+', 'ab1cd')).toEqual(['ab', 'cd']);
    expect(all('[[:^digit:]]+', 'ab1cd')).toEqual(['ab', 'cd']);
    expect(all('[[:space:]]', 'a b\tc\vd')).toEqual([' ', '\t', '\v']);
    expect(all('\\s', 'a\u00a0b\vc d')).toEqual([' ']);
    expect(all('\\d+', '12٣4')).toEqual(['12', '4']);
    expect(all('\\w+', 'héllo')).toEqual(['h', 'llo']);
    expect(all('\\pL+', 'héllo1')).toEqual(['héllo']);
    expect(all('\\p{Greek}+', 'abc αβγ')).toEqual(['αβγ']);
    expect(all('[]a]+', 'a]b')).toEqual(['a]']);
    expect(all('[a-]+', 'a-b')).toEqual(['a-']);
    expect(all('[\\d\\-x]+', '1-x2')).toEqual(['1-x2']);
  });

  it('escapes: \\Q…\\E, hex, octal, punctuation; braces that are not a repeat are literal', () => {
    expect(all('\\Qa.b\\E+', 'a.bbb axb')).toEqual(['a.bbb']);
    expect(all('\\x41\\x{42}\\101', 'ABA')).toEqual(['ABA']);
    expect(all('\\.\\*\\/', 'a.*/')).toEqual(['.*/']);
    expect(all('x{,3}', 'x{,3}')).toEqual(['x{,3}']);
    expect(all('a{2}', 'aaaa')).toEqual(['aa', 'aa']);
    expect(all('a{2,}', 'aaaa')).toEqual(['aaaa']);
  });

  it('a flag group is transparent to repetition: a(?i)* repeats a, as in Go', () => {
    expect(all('ba(?i)*', 'baaa b')).toEqual(['baaa', 'b']);
    expect(all('a*(?i)*', 'aa')).toEqual(['aa']);
    expect(refused('(?i)*')).toBe('error parsing regexp: missing argument to repetition operator: `*`');
  });

  it('positions are byte offsets; an empty match never falls inside a UTF-8 sequence', () => {
    expect(goFindAllIndex(compileGoRegex('\\B'), fromText('xk:B😀_\t}'), -1).map((m) => m[0])).toEqual([1, 10, 11]);
  });

  it('FindAll skips an empty match right after a match, as Go does', () => {
    expect(all('a*', 'baaac')).toEqual(['', 'aaa', '']);
    expect(all('a*?', 'aa')).toEqual(['', '', '']);
    expect(all('x*', '😀')).toEqual(['', '']);
  });

  it('named groups (?P<n>…) and (?<n>…), and ReplaceAll expansion', () => {
    const re = compileGoRegex('(?P<k>\\w+)=(?<v>\\w+)');
    expect(re.names).toEqual(['', 'k', 'v']);
    expect(replaceAll(re, 'a=1 b=2', '${v}:$k')).toEqual('1:a 2:b');
    expect(replaceAll(re, 'a=1', '$1x')).toEqual('');
    expect(replaceAll(re, 'a=1', '${1}x$$')).toEqual('ax$');
    expect(replaceAll(re, 'a=1', '$01|${01}|$é|$')).toEqual('|||$');
  });
});

describe('what RE2 refuses is refused', () => {
  const cases: [string, string][] = [
    ['a(?=b)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['a(?!b)', 'invalid or unsupported Perl syntax: `(?!`'],
    ['(?<=a)b', 'invalid named capture: `(?<=a)b`'],
    ['(?<!a)b', 'invalid named capture: `(?<!a)b`'],
    ['(a)\\1', 'invalid escape sequence: `\\1`'],
    ['(?P<n>a)(?P=n)', 'invalid or unsupported Perl syntax: `(?P`'],
    ['(?>a)', 'invalid or unsupported Perl syntax: `(?>`'],
    ['(?#c)', 'invalid or unsupported Perl syntax: `(?#`'],
    ['a**', 'invalid nested repetition operator: `**`'],
    ['a++', 'invalid nested repetition operator: `++`'],
    ['a{2}*', 'invalid nested repetition operator: `{2}*`'],
    ['(?i', 'invalid or unsupported Perl syntax: `(?i`'],
    ['[a-\\d]', 'invalid escape sequence: `\\d`'],
    ['*a', 'missing argument to repetition operator: `*`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['a{3,2}', 'invalid repeat count: `{3,2}`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['[[:word2:]]', 'invalid character class range: `[:word2:]`'],
    ['\\p{Klingon}', 'invalid character class range: `\\p{Klingon}`'],
    ['(a', 'missing closing ): `(a`'],
    ['a)', 'unexpected ): `a)`'],
    ['[a', 'missing closing ]: `[a`'],
    ['\\C', 'invalid escape sequence: `\\C`'],
    ['\\Z', 'invalid escape sequence: `\\Z`'],
    ['\\e', 'invalid escape sequence: `\\e`'],
    ['a\\', 'trailing backslash at end of expression: ``'],
  ];
  for (const [pattern, message] of cases) {
    it(pattern, () => {
      expect(refused(pattern)).toBe(`error parsing regexp: ${message}`);
    });
  }
});

describe("Go's limits", () => {
  it('repeat counts above 1000, alone or multiplied by nesting, are refused', () => {
    expect(refused('a{1001}')).toBe('error parsing regexp: invalid repeat count: `{1001}`');
    expect(refused('((a{10}){10}){11}')).toBe('error parsing regexp: invalid repeat count: `{11}`');
    expect(() => compileGoRegex('((a{10}){10}){10}')).not.toThrow();
  });

  it('nesting deeper than 1000 is refused', () => {
    expect(() => compileGoRegex(`${'('.repeat(999)}${')'.repeat(999)}`)).not.toThrow();
    expect(refused(`${'('.repeat(1000)}${')'.repeat(1000)}`)).toMatch(/^error parsing regexp: expression nests too deeply: `\(\(\(/);
  });

  it('an expression too large to compile is refused', () => {
    expect(refused('(xx?){1000}'.repeat(1000))).toMatch(/^error parsing regexp: expression too large: `/);
  });

  it('deliberately stricter: between 1,398,101 and 3,355,443 instructions re2js refuses what Go would compile', () => {
    // 1,500 × a{1000} is 1.5 M instructions: Go accepts it, re2js (whose limit counts its larger instructions) does not.
    expect(refused('a{1000}'.repeat(1500))).toMatch(/^error parsing regexp: expression too large/);
  });
});
