import { describe, expect, it } from 'vitest';
import { compileDsl, DslError, DslSyntaxError, evaluateDsl, evaluateVariables, renderText, type Data, type Value } from '../../src/matchers/dsl.js';
import { formatFloatF, formatFloatV } from '../../src/matchers/dsl/values.js';
import { UserError } from '../../src/errors.js';

const ev = (expr: string, data: Data = {}): Value => evaluateDsl(compileDsl(expr), data);
const evError = (expr: string, data: Data = {}): string => {
  try {
    ev(expr, data);
  } catch (err) {
    expect(err).toBeInstanceOf(DslError);
    return (err as Error).message;
  }
  throw new Error(`expected an error from ${expr}`);
};
const syntaxError = (expr: string): string => {
  try {
    compileDsl(expr);
  } catch (err) {
    expect(err).toBeInstanceOf(DslSyntaxError);
    return (err as Error).message;
  }
  throw new Error(`expected ${expr} not to parse`);
};

describe('govaluate syntax and semantics', () => {
  it('literals: numbers are floats, strings take either quote with backslash escaping any character', () => {
    expect(ev('1 + 2 * 3')).toBe(7);
    expect(ev('(1 + 2) * 3')).toBe(9);
    expect(ev('0x1F')).toBe(31);
    expect(ev('.5 + 1')).toBe(1.5);
    expect(ev('"it\'s"')).toBe("it's");
    expect(ev("'say \"hi\"'")).toBe('say "hi"');
    expect(ev("'a\\'b'")).toBe("a'b");
    // govaluate has no \n escape: the backslash just keeps the next character.
    expect(ev("'a\\nb'")).toBe('anb');
    expect(ev('true && !false')).toBe(true);
  });

  it('precedence: comparators bind looser than arithmetic, && tighter than ||, ternary loosest', () => {
    expect(ev('1 + 1 == 2 && 3 > 2 || false')).toBe(true);
    expect(ev('true || false && false')).toBe(true);
    expect(ev('10 - 4 - 3')).toBe(3);
    expect(ev('2 ** 3 ** 2')).toBe(64);
    expect(ev('-2 ** 2')).toBe(4);
    expect(ev('1 > 2 ? "a" : "b"')).toBe('b');
    expect(ev('1 < 2 ? "a" : "b"')).toBe('a');
    expect(ev('x ?? "d"', { x: 'v' })).toBe('v');
    expect(ev('7 % 4 + 6 / 4')).toBe(4.5);
    expect(ev('5 & 3 | 8')).toBe(9);
    expect(ev('1 << 4 >> 2')).toBe(4);
    expect(ev('~0')).toBe(-1);
  });

  it('+ concatenates when either side is a string, printing numbers the Go way', () => {
    expect(ev('"a" + 1')).toBe('a1');
    expect(ev('"n=" + 1000000')).toBe('n=1e+06');
    expect(ev('"n=" + 123456')).toBe('n=123456');
    expect(ev('1 + "b"')).toBe('1b');
  });

  it('== is strict about types; < > compare numbers or strings, never both', () => {
    expect(ev('"1" == 1')).toBe(false);
    expect(ev('to_number("1") == 1')).toBe(true);
    expect(ev('"b" > "a"')).toBe(true);
    expect(evError('"b" > 1')).toBe("Value 'b' cannot be used with the comparator '>', it is not a number");
  });

  it('=~ and !~ use Go regex semantics; a constant bad pattern is a load error', () => {
    expect(ev('response =~ "^uid=0\\\\("', { response: 'uid=0(root)' })).toBe(true);
    expect(ev('response !~ "root"', { response: 'uid=0(root)' })).toBe(false);
    expect(syntaxError('response =~ "(?=x)"')).toMatch(/invalid or unsupported Perl syntax/);
  });

  it('in tests membership of a parenthesised list', () => {
    expect(ev('"b" in ("a", "b")')).toBe(true);
    expect(ev('"c" in ("a", "b")')).toBe(false);
    expect(ev('"a" in ("a")')).toBe(true);
  });

  it('&& and || short-circuit, so a missing variable on the untaken side is no error', () => {
    expect(ev('false && missing')).toBe(false);
    expect(ev('true || missing')).toBe(true);
    expect(evError('true && missing')).toBe("No parameter 'missing' found.");
    expect(evError('"x" && true')).toBe("Value 'x' cannot be used with the logical operator '&&', it is not a bool");
  });

  it('[bracketed] names reach keys with dashes', () => {
    expect(ev('[template-id] == "t"', { 'template-id': 't' })).toBe(true);
  });

  it('refuses what govaluate refuses', () => {
    expect(syntaxError('a ==-1')).toBe("Invalid token: '==-'");
    expect(syntaxError('foo(1)')).toBe('Undefined function foo');
    expect(syntaxError('(1')).toBe('Unbalanced parenthesis');
    expect(syntaxError('1 +')).toBe('Unexpected end of expression');
    expect(syntaxError("'abc")).toBe('Unclosed string literal');
    expect(syntaxError('{{x}}')).toBe("Invalid token: '{{'");
    expect(syntaxError('contains')).toBe('Unexpected end of expression');
    expect(syntaxError('1 2')).toMatch(/^Cannot transition token types from NUMERIC \[1\] to NUMERIC \[2\]$/);
  });

  it('never evaluates with eval: an expression is data, whatever it holds', () => {
    expect(ev('"process.exit(1)"')).toBe('process.exit(1)');
    expect(syntaxError('constructor.constructor("x")')).toMatch(/Unable to access unexported field 'constructor'/);
    expect(evError('__proto__ == 1'.replace('__proto__', 'proto'))).toBe("No parameter 'proto' found.");
    expect(evError('toString == 1')).toBe("No parameter 'toString' found.");
  });
});

describe('helper functions', () => {
  const cases: [string, Value, Data?][] = [
    ['contains("abc", "b")', true],
    ['contains_all("abc", "a", "c")', true],
    ['contains_all("abc", "a", "z")', false],
    ['contains_any("abc", "z", "c")', true],
    ['starts_with("abc", "x", "ab")', true],
    ['ends_with("abc", "bc")', true],
    ['line_starts_with("a\\\nroot:x", "root")', true],
    ['line_ends_with("x:1\\\ny", "1")', true],
    ['regex("^a.c$", "abc")', true],
    ['regex_all("b", "abc", "b")', true],
    ['regex_any("z", "abc", "z")', true],
    ['equals_any("b", "a", "b")', true],
    ['len("héllo")', 6],
    ['len(split("a,b,c", ","))', 3],
    ['split("abcde", 2)', ['ab', 'cd', 'e']],
    ['split("abc", 0)', ['abc']],
    ['to_lower("ABC")', 'abc'],
    ['to_upper("abc")', 'ABC'],
    ['trim("xxaxx", "x")', 'a'],
    ['trim_left("xxa", "x")', 'a'],
    ['trim_right("axx", "x")', 'a'],
    ['trim_space("  a \\\t")', 'a'],
    ['trim_prefix("prefix-a", "prefix-")', 'a'],
    ['trim_suffix("a.txt", ".txt")', 'a'],
    ['replace("a-b-c", "-", "+")', 'a+b+c'],
    ['replace_regex("a1b22", "[0-9]+", "#")', 'a#b#'],
    ['replace_regex("key=val", "(\\\\w+)=(\\\\w+)", "$2=$1")', 'val=key'],
    ['concat("a", 1, true)', 'a1true'],
    ['join(",", "a", "b")', 'a,b'],
    ['join("-", split("a b c", " "))', 'a-b-c'],
    ['index("abc", 1)', 'b'],
    ['base64("abc")', 'YWJj'],
    ['base64_decode("YWJj")', 'abc'],
    ['base64_decode(response)', 'abcd', { response: 'YWJj\nZA==\n' }],
    ['md5("abc")', '900150983cd24fb0d6963f7d28e17f72'],
    ['sha1("abc")', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['sha256("abc")', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['hex_encode("ab")', '6162'],
    ['hex_decode("6162")', 'ab'],
    ['url_encode("a b&c")', 'a%20b%26c'],
    ['url_decode("a%20b")', 'a b'],
    ['to_number("42") + 1', 43],
    ['to_string(1.5)', '1.5'],
    ['to_bool("true")', true],
    ['dec_to_hex(255)', 'ff'],
    ['hex_to_dec("0xff")', 255],
    ['substr("abcdef", 1, 3)', 'bc'],
    ['reverse("abc")', 'cba'],
    ['count("a,b,c", ",")', 2],
    ['compare_versions("1.2.3", ">= 1.2.0", "< 1.3")', true],
    ['compare_versions("v2.0.0-rc1", "< 2.0.0")', false],
    ['compare_versions("1.2.9", "~> 1.2.3")', true],
    ['compare_versions("1.3.0", "~> 1.2.3")', false],
    ['tolower("ABC")', 'abc'],
    ['html_escape("<a>")', '&lt;a&gt;'],
    ['remove_bad_chars("a-b_c", "-_")', 'abc'],
  ];
  for (const [expr, want, data] of cases) {
    it(`${expr} = ${JSON.stringify(want)}`, () => {
      expect(ev(expr, data)).toEqual(want);
    });
  }

  it('wrong argument counts and bad input are evaluation errors, not crashes', () => {
    expect(evError('contains("a")')).toMatch(/invalid dsl function signature/);
    expect(evError('base64_decode("%%%")')).toBe('illegal base64 data');
    expect(evError('to_number("abc")')).toBe('abc could not be converted to int');
    expect(evError('regex("(?!x)", "a")')).toMatch(/invalid or unsupported Perl syntax/);
    expect(evError('index("abc", 5)')).toMatch(/index out of range/);
  });
});

describe('Go number printing', () => {
  it('FormatFloat f: no exponent', () => {
    expect(formatFloatF(1e21)).toBe('1000000000000000000000');
    expect(formatFloatF(1.5e-7)).toBe('0.00000015');
    expect(formatFloatF(-0)).toBe('-0');
  });
  it('Sprint: %g with the shortest digits', () => {
    expect(formatFloatV(1e6)).toBe('1e+06');
    expect(formatFloatV(123456)).toBe('123456');
    expect(formatFloatV(1234567)).toBe('1.234567e+06');
    expect(formatFloatV(0.0001)).toBe('0.0001');
    expect(formatFloatV(0.00001)).toBe('1e-05');
    expect(formatFloatV(Infinity)).toBe('+Inf');
  });
});

describe('{{…}} rendering', () => {
  it('data keys are replaced; helper expressions are evaluated; other markers stay', () => {
    expect(renderText('a {{x}} b', { x: 'X' })).toBe('a X b');
    expect(renderText("{{to_upper('x')}}-{{x}}", { x: 'y' })).toBe('X-y');
    expect(renderText('{{unknown}} {{1+1}}', {})).toBe('{{unknown}} {{1+1}}');
    expect(renderText('{{x + "!"}}', { x: 'y' })).toBe('y!');
  });
  it('inserted values are data: markers inside them are not rendered again', () => {
    expect(renderText('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
  });
});

describe('evaluateVariables', () => {
  const where = { file: 't.yaml', line: (p: readonly (string | number)[]) => (p[0] === 'bad' ? 9 : undefined) };
  it('renders in order, earlier variables visible to later ones', () => {
    expect(evaluateVariables({ a: 'x', b: '{{a}}-{{to_upper(a)}}', c: 3, d: true, e: '{{missing}}' }, where)).toEqual({ a: 'x', b: 'x-X', c: '3', d: 'true', e: '{{missing}}' });
  });
  it('keeps a value whose expression fails as written', () => {
    expect(evaluateVariables({ a: '{{base64_decode("%%")}}' }, where)).toEqual({ a: '{{base64_decode("%%")}}' });
  });
  it('refuses lists and mappings with the variable line', () => {
    expect(() => evaluateVariables({ bad: ['x'] }, where)).toThrow(UserError);
    expect(() => evaluateVariables({ bad: { a: 1 } }, where)).toThrow("t.yaml:9: variable 'bad' must be a string, number or boolean (got a mapping)");
  });
});
