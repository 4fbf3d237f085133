// nuclei's DSL helper functions (projectdiscovery/dsl), the deterministic ones a host audit can use.
// Strings are Go strings (byte strings, see ../bytes.ts): len, index and substr count bytes, and
// rune-wise helpers read a byte that is not UTF-8 as U+FFFD, as Go's range loop does. Every helper
// is linear in its input; those whose result can outgrow their input are capped at MAX_RESULT.
import { createHash, createHmac } from 'node:crypto';
import { ByteBuilder, decodeRune, fromRunes, goToLower, goToUpper, goTrim, goTrimSpace, isValidUtf8, runeCount, runes, toBuffer, widthOf } from '../bytes.js';
import { compileGoRegexBytes, goMatch, goReplaceAll, RegexSyntaxError, type GoRegex } from '../regex.js';
import { htmlEscape, htmlEscapeNumeric, htmlUnescape } from './html.js';
import { compareVersions } from './versions.js';
import { DslError, toGoString, type Value } from './values.js';

type Fn = (args: readonly Value[]) => Value;

interface Helper {
  /** Exact argument count for positional helpers; undefined when the helper checks for itself. */
  arity?: number;
  fn: Fn;
}

/** The largest string a helper may build (repeat, replace, replace_regex): host output must not make a result of its square. */
export const MAX_RESULT = 1 << 24;

const str = toGoString;
const bytes = (v: Value | undefined): Buffer => toBuffer(str(v));
const latin1 = (b: Buffer): string => b.toString('latin1');

function invalid(name: string): DslError {
  return new DslError(`invalid dsl function signature for ${name}`);
}

function tooLarge(name: string): DslError {
  return new DslError(`${name}: result larger than ${MAX_RESULT} bytes`);
}

function regex(pattern: string): GoRegex {
  try {
    return compileGoRegexBytes(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) throw new DslError(err.message);
    throw err;
  }
}

const INT64_DIGITS: Record<number, number> = { 2: 64, 8: 22, 10: 19, 16: 16 };

/**
 * strconv.ParseInt(s, base, 64) as a number (float64(int64), as the DSL returns it). Base 0 reads a
 * 0x/0o/0b/0 prefix and allows `_` between digits. Undefined when Go would return an error.
 */
function parseGoInt(s: string, base = 10): number | undefined {
  let body = s;
  let sign = '';
  if (body.startsWith('+') || body.startsWith('-')) {
    sign = body[0] === '-' ? '-' : '';
    body = body.slice(1);
  }
  let radix = base;
  let prefixed = false;
  if (base === 0) {
    radix = 10;
    const p = body.slice(0, 2).toLowerCase();
    if (p === '0x' || p === '0o' || p === '0b') {
      radix = p === '0x' ? 16 : p === '0o' ? 8 : 2;
      body = body.slice(2);
      prefixed = true;
    } else if (body.length > 1 && body.startsWith('0')) {
      radix = 8;
      body = body.slice(1);
      prefixed = true;
    }
    // Underscores only between digits (the prefix counts as one).
    if (body.includes('_')) {
      if (!new RegExp(`^${prefixed ? '_?' : ''}[^_]+(_[^_]+)*$`).test(body)) return undefined;
      body = body.replaceAll('_', '');
    }
  }
  const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : radix === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!digits.test(body)) return undefined;
  // Past int64's digits it is out of range; BigInt need not read a megabyte of them.
  body = body.replace(/^0+(?=.)/, '');
  if (body.length > (INT64_DIGITS[radix] ?? 19)) return undefined;
  const magnitude = BigInt(`${radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : ''}${body}`);
  const n = sign === '-' ? -magnitude : magnitude;
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) return undefined;
  return Number(n);
}

/** strconv.Atoi. */
const atoi = (v: Value | undefined): number | undefined => parseGoInt(str(v));

/** The dsl package's toBool. */
function toBool(v: Value | undefined): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1;
  if (typeof v !== 'string') return false;
  const s = goTrimSpace(v);
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  const f = parseGoFloat(s);
  return f !== undefined && f === 1;
}

/** strconv.ParseFloat(s, 64) for decimal forms (what a host prints); undefined on a syntax error. */
function parseGoFloat(s: string): number | undefined {
  // One way to read each digit (no \d+\.?\d*), so a long run of digits cannot make the test quadratic.
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  return undefined;
}

/** The dsl package's toInt64 (dec_to_hex): a number is truncated; a string must be a float, then is read by ParseInt base 0. */
function toInt64(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = goTrimSpace(v);
  if (s === '' || parseGoFloat(s) === undefined) return undefined;
  return parseGoInt(s.replace(/\.0*$/, ''), 0);
}

function hashHex(algorithm: string): Fn {
  return ([v]) => createHash(algorithm).update(bytes(v)).digest('hex');
}

function anyOf(test: (body: string, item: string) => boolean, needAll: boolean, name: string): Fn {
  return (args) => {
    if (args.length < 2) throw invalid(name);
    const body = str(args[0]);
    for (const item of args.slice(1)) {
      const hit = test(body, str(item));
      if (needAll && !hit) return false;
      if (!needAll && hit) return true;
    }
    return needAll;
  };
}

/** The dsl package's stringNumberToDecimal: with the prefix Go's base 0 reads it, else the digits in `base`. */
function radixToDecimal(prefix: string, base: number): Fn {
  return ([v]) => {
    const s = str(v);
    const n = parseGoInt(s, s.startsWith(prefix) ? 0 : base);
    if (n === undefined) throw new DslError(`invalid number: ${s}`);
    return n;
  };
}

/** strings.Split / SplitN (n < 0: all, 0: none); an empty separator splits into UTF-8 sequences (a bad byte alone). */
function goSplit(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const parts: string[] = [];
    let i = 0;
    while (i < s.length && (n < 0 || parts.length < n - 1)) {
      const w = widthOf(decodeRune(s, i));
      parts.push(s.slice(i, i + w));
      i += w;
    }
    if (i < s.length) parts.push(s.slice(i));
    return parts;
  }
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** The dsl package's toChunks: chunks of `size` runes, unless size is not positive or not smaller than the byte length. */
function chunks(s: string, size: number): string[] {
  if (size <= 0 || size >= s.length) return [s];
  const out: string[] = [];
  let start = 0;
  let count = 0;
  for (let i = 0; i < s.length; i += widthOf(decodeRune(s, i))) {
    if (count === size) {
      out.push(s.slice(start, i));
      start = i;
      count = 0;
    }
    count++;
  }
  out.push(s.slice(start));
  return out;
}

/** strings.ReplaceAll: an empty `old` inserts `neu` before every UTF-8 sequence and at the end. */
function replaceLiteral(s: string, old: string, neu: string): string {
  if (old === '') {
    if ((runeCount(s) + 1) * neu.length + s.length > MAX_RESULT) throw tooLarge('replace');
    const out = new ByteBuilder().bytes(neu);
    for (let i = 0; i < s.length; ) {
      const w = widthOf(decodeRune(s, i));
      out.bytes(s.slice(i, i + w)).bytes(neu);
      i += w;
    }
    return out.toString();
  }
  const parts = s.split(old);
  if (s.length + (parts.length - 1) * (neu.length - old.length) > MAX_RESULT) throw tooLarge('replace');
  return parts.join(neu);
}

/**
 * The dsl package's TrimAll: removes every rune of the cutset, one rune after the other. On UTF-8
 * input that is one pass; on bytes that are not, removing a rune can join bytes into another, so
 * the removals run in order, as Go's do.
 */
function removeRunes(s: string, cutset: string): string {
  const cut = runes(cutset).map((r) => fromRunes([r]));
  if (isValidUtf8(s)) {
    const set = new Set(cut);
    const out = new ByteBuilder();
    for (let i = 0; i < s.length; ) {
      const ch = s.slice(i, i + widthOf(decodeRune(s, i)));
      if (!set.has(ch)) out.bytes(ch);
      i += ch.length;
    }
    return out.toString();
  }
  return cut.reduce((acc, ch) => acc.split(ch).join(''), s);
}

function replaceRegex(re: GoRegex, s: string, repl: string): string {
  const out = goReplaceAll(re, s, repl, MAX_RESULT);
  if (out === undefined) throw tooLarge('replace_regex');
  return out;
}

// govalidator's IsInt and IsFloat patterns.
const GOVALIDATOR_INT = /^[-+]?(?:0|[1-9][0-9]*)$/;
const GOVALIDATOR_FLOAT = /^(?:[-+]?[0-9]+)?(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;

const HELPERS: Record<string, Helper> = {
  index: {
    arity: 2,
    fn: ([v, i]) => {
      const index = atoi(i);
      if (index === undefined) throw new DslError(`invalid index: ${str(i)}`);
      if (Array.isArray(v)) {
        if (index < 0 || index >= v.length) throw new DslError(`index out of range: ${index}`);
        return v[index] as Value;
      }
      const s = str(v as Value);
      if (index < 0 || index >= s.length) throw new DslError(`index out of range: ${index}`);
      // string(s[i]) converts the byte as a rune: 0xC3 becomes "Ã" (two bytes).
      return fromRunes([s.charCodeAt(index)]);
    },
  },
  len: { arity: 1, fn: ([v]) => (Array.isArray(v) ? v.length : str(v).length) },
  to_upper: { arity: 1, fn: ([v]) => goToUpper(str(v)) },
  to_lower: { arity: 1, fn: ([v]) => goToLower(str(v)) },
  sort: {
    fn: (args) => {
      if (args.length === 0) throw invalid('sort');
      if (args.length === 1) return fromRunes(runes(str(args[0])).sort((a, b) => a - b));
      return args.map(str).sort();
    },
  },
  uniq: {
    fn: (args) => {
      if (args.length === 0) throw invalid('uniq');
      if (args.length === 1) return fromRunes([...new Set(runes(str(args[0])))]);
      return [...new Set(args.map(str))];
    },
  },
  repeat: {
    arity: 2,
    fn: ([v, n]) => {
      const count = atoi(n);
      if (count === undefined || count < 0) throw invalid('repeat');
      if (count * str(v).length > MAX_RESULT) throw tooLarge('repeat');
      return str(v).repeat(count);
    },
  },
  replace: { arity: 3, fn: ([s, old, neu]) => replaceLiteral(str(s), str(old), str(neu)) },
  replace_regex: { arity: 3, fn: ([s, re, repl]) => replaceRegex(regex(str(re)), str(s), str(repl)) },
  trim: { arity: 2, fn: ([s, set]) => goTrim(str(s), str(set), true, true) },
  trim_left: { arity: 2, fn: ([s, set]) => goTrim(str(s), str(set), true, false) },
  trim_right: { arity: 2, fn: ([s, set]) => goTrim(str(s), str(set), false, true) },
  trim_space: { arity: 1, fn: ([s]) => goTrimSpace(str(s)) },
  trim_prefix: { arity: 2, fn: ([s, p]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)) },
  trim_suffix: { arity: 2, fn: ([s, p]) => (str(s).endsWith(str(p)) ? str(s).slice(0, str(s).length - str(p).length) : str(s)) },
  reverse: { arity: 1, fn: ([s]) => fromRunes(runes(str(s)).reverse()) },
  base64: { arity: 1, fn: ([s]) => bytes(s).toString('base64') },
  // Python's encoder: lines of 76 characters, each ending in a newline (the last one too).
  base64_py: { arity: 1, fn: ([s]) => `${(bytes(s).toString('base64').match(/.{1,76}/g) ?? []).join('\n')}\n` },
  base64_decode: {
    arity: 1,
    fn: ([s]) => {
      // Go's decoder skips CR and LF, and insists on padding.
      const text = str(s).replace(/[\r\n]/g, '');
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) throw new DslError('illegal base64 data');
      return latin1(Buffer.from(text, 'base64'));
    },
  },
  url_encode: {
    fn: (args) => {
      if (args.length < 1) throw invalid('url_encode');
      // Only a bool turns on "encode all": govaluate's numbers are float64, which the helper ignores.
      const all = args[1] === true;
      const out = new ByteBuilder();
      for (const r of runes(str(args[0]))) {
        const alnum = (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
        if (alnum || (!all && r < 0x80 && "-_.!~*'()".includes(String.fromCharCode(r)))) out.byte(r);
        else for (const b of toBuffer(fromRunes([r]))) out.bytes(`%${b.toString(16).toUpperCase().padStart(2, '0')}`);
      }
      return out.toString();
    },
  },
  url_decode: {
    arity: 1,
    fn: ([s]) => {
      const t = str(s);
      const out = new ByteBuilder();
      for (let i = 0; i < t.length; i++) {
        const hex = t.slice(i + 1, i + 3);
        if (t[i] === '%' && i + 2 < t.length && /^[0-9a-fA-F]{2}$/.test(hex)) {
          out.byte(Number.parseInt(hex, 16));
          i += 2;
        } else out.byte(t.charCodeAt(i));
      }
      return out.toString();
    },
  },
  hex_encode: {
    fn: (args) => {
      if (args.length < 1 || args.length > 2) throw invalid('hex_encode');
      // utils/hex encodes strings only; anything else encodes as nothing.
      const hex = typeof args[0] === 'string' ? bytes(args[0]).toString('hex') : '';
      return args.length === 2 && str(args[1]).toLowerCase() === 'x' ? hex.replace(/../g, '\\x$&') : hex;
    },
  },
  hex_decode: {
    arity: 1,
    fn: ([s]) => {
      const text = str(s);
      if (text.length % 2 !== 0) throw new DslError('encoding/hex: odd length hex string');
      if (!/^[0-9a-fA-F]*$/.test(text)) throw new DslError('encoding/hex: invalid byte');
      return latin1(Buffer.from(text, 'hex'));
    },
  },
  html_escape: { fn: (args) => (args.length > 1 && toBool(args[1]) ? htmlEscapeNumeric(str(args[0])) : htmlEscape(str(args[0]))) },
  html_unescape: { arity: 1, fn: ([s]) => htmlUnescape(str(s)) },
  md5: { arity: 1, fn: hashHex('md5') },
  sha1: { arity: 1, fn: hashHex('sha1') },
  sha256: { arity: 1, fn: hashHex('sha256') },
  sha512: { arity: 1, fn: hashHex('sha512') },
  hmac: {
    arity: 3,
    fn: ([alg, data, secret]) => {
      const algorithm = alg === 'sha1' || alg === 'sha-1' ? 'sha1' : alg === 'sha256' || alg === 'sha-256' ? 'sha256' : alg === 'sha512' || alg === 'sha-512' ? 'sha512' : undefined;
      // The helper asserts string data and key; anything else panics in nuclei, an evaluation error here.
      if (typeof data !== 'string' || typeof secret !== 'string') throw new DslError('hmac: data and key must be strings');
      if (algorithm === undefined) throw new DslError(`unsupported hash algorithm: '${str(alg)}'`);
      return createHmac(algorithm, toBuffer(secret)).update(toBuffer(data)).digest('hex');
    },
  },
  contains: { arity: 2, fn: ([a, b]) => str(a).includes(str(b)) },
  contains_all: { fn: anyOf((body, s) => body.includes(s), true, 'contains_all') },
  contains_any: { fn: anyOf((body, s) => body.includes(s), false, 'contains_any') },
  starts_with: { fn: anyOf((body, s) => body.startsWith(s), false, 'starts_with') },
  ends_with: { fn: anyOf((body, s) => body.endsWith(s), false, 'ends_with') },
  line_starts_with: { fn: anyOf((body, s) => body.split('\n').some((l) => l.startsWith(s)), false, 'line_starts_with') },
  line_ends_with: { fn: anyOf((body, s) => body.split('\n').some((l) => l.endsWith(s)), false, 'line_ends_with') },
  equals_any: { fn: anyOf((body, s) => body === s, false, 'equals_any') },
  concat: { fn: (args) => args.map(str).join('') },
  split: {
    fn: (args) => {
      if (args.length === 2) {
        const input = str(args[0]);
        const count = atoi(args[1]);
        return count === undefined ? goSplit(input, str(args[1]), -1) : chunks(input, count);
      }
      if (args.length === 3) {
        const n = atoi(args[2]);
        if (n === undefined) throw invalid('split');
        return goSplit(str(args[0]), str(args[1]), n);
      }
      throw invalid('split');
    },
  },
  join: {
    fn: (args) => {
      if (args.length < 2) throw invalid('join');
      const sep = str(args[0]);
      if (args.length === 2) {
        const list = args[1];
        if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) throw new DslError('cannot cast elements into string');
        return (list as string[]).join(sep);
      }
      if (args.slice(1).some((x) => Array.isArray(x))) throw new DslError('cannot use join on more than one slice element');
      return args.slice(1).map(str).join(sep);
    },
  },
  regex: { arity: 2, fn: ([re, s]) => goMatch(regex(str(re)), str(s)) },
  regex_all: {
    fn: (args) => {
      if (args.length < 2) throw invalid('regex_all');
      const re = regex(str(args[0]));
      return args.slice(1).every((a) => goMatch(re, str(a)));
    },
  },
  regex_any: {
    fn: (args) => {
      if (args.length < 2) throw invalid('regex_any');
      const re = regex(str(args[0]));
      return args.slice(1).some((a) => goMatch(re, str(a)));
    },
  },
  remove_bad_chars: { arity: 2, fn: ([s, bad]) => removeRunes(str(s), str(bad)) },
  compare_versions: {
    fn: (args) => {
      if (args.length < 2) throw invalid('compare_versions');
      return compareVersions(str(args[0]), args.slice(1).map(str));
    },
  },
  to_number: {
    arity: 1,
    fn: ([v]) => {
      const s = str(v);
      // govalidator's IsInt and IsFloat decide, strconv parses.
      const n = GOVALIDATOR_INT.test(s) ? parseGoInt(s) : s !== '' && GOVALIDATOR_FLOAT.test(s) ? parseGoFloat(s) : undefined;
      if (n === undefined) throw new DslError(`${s} could not be converted to int`);
      return n;
    },
  },
  to_string: { arity: 1, fn: ([v]) => str(v) },
  to_bool: { arity: 1, fn: ([v]) => toBool(v) },
  dec_to_hex: {
    arity: 1,
    fn: ([v]) => {
      const n = toInt64(v);
      if (n === undefined) throw new DslError('invalid number');
      return n.toString(16);
    },
  },
  hex_to_dec: { arity: 1, fn: radixToDecimal('0x', 16) },
  oct_to_dec: { arity: 1, fn: radixToDecimal('0o', 8) },
  bin_to_dec: { arity: 1, fn: radixToDecimal('0b', 2) },
  substr: {
    fn: (args) => {
      if (args.length < 2) throw invalid('substr');
      const s = str(args[0]);
      if (s.length === 0) throw new DslError('empty string');
      const start = atoi(args[1]);
      if (start === undefined || start < 0) throw new DslError('invalid start position');
      if (start > s.length) throw new DslError('start position bigger than slice length');
      if (args.length === 2) return s.slice(start);
      const end = atoi(args[2]);
      if (end === undefined) throw new DslError('invalid end position');
      if (end < 0) throw new DslError('negative end position');
      if (end < start) throw new DslError('end position before start');
      if (end > s.length) throw new DslError('end position bigger than slice length start');
      return s.slice(start, end);
    },
  },
  count: {
    fn: (args) => {
      if (args.length < 2) throw invalid('count');
      const s = str(args[0]);
      const sub = str(args[1]);
      return sub === '' ? runeCount(s) + 1 : s.split(sub).length - 1;
    },
  },
};

// nuclei also accepts each name without underscores (`tolower`), kept for old templates.
const TABLE = new Map<string, Helper>();
for (const [name, helper] of Object.entries(HELPERS)) {
  TABLE.set(name, helper);
  TABLE.set(name.replaceAll('_', ''), helper);
}

/** nuclei helpers deliberately left out: random, time, network, compression and crypto helpers have no use in a host audit. */
const NOT_IMPLEMENTED = new Set(
  [
    'rand_base', 'rand_char', 'rand_int', 'rand_ip', 'rand_text_alpha', 'rand_text_alphanumeric', 'rand_text_numeric', 'randstr',
    'unix_time', 'to_unix_time', 'date_time', 'wait_for', 'gzip', 'gzip_decode', 'gzip_mtime', 'zlib', 'zlib_decode', 'deflate',
    'inflate', 'zip', 'generate_java_gadget', 'generate_dotnet_gadget', 'aes_cbc', 'aes_gcm', 'rsa_encrypt', 'generate_jwt',
    'json_minify', 'json_prettify', 'ip_format', 'llm_prompt', 'unpack', 'xor', 'public_ip', 'jarm', 'to_title', 'cookie_unsign',
    'padding', 'print_debug', 'mmh3', 'resolve', 'getNetworkPort',
  ].flatMap((n) => [n, n.replaceAll('_', '')]),
);

/** Whether `name` is a nuclei helper that fleetprobe does not implement (for a clearer refusal). */
export function isUnimplementedHelper(name: string): boolean {
  return NOT_IMPLEMENTED.has(name);
}

export function isHelperFunction(name: string): boolean {
  return TABLE.has(name);
}

export function callHelper(name: string, args: readonly Value[]): Value {
  const helper = TABLE.get(name);
  if (helper === undefined) throw new DslError(`Undefined function ${name}`);
  if (helper.arity !== undefined && args.length !== helper.arity) {
    const params = Array.from({ length: helper.arity }, (_, i) => `arg${i + 1}`).join(', ');
    throw new DslError(`invalid dsl function signature. correct method signature "${name}(${params} interface{}) interface{}"`);
  }
  return helper.fn(args);
}

export const HELPER_NAMES: readonly string[] = [...TABLE.keys()];
