// nuclei's DSL helper functions (projectdiscovery/dsl), the deterministic ones a host audit can use.
// Go strings are bytes: len, index and substr count UTF-8 bytes as nuclei does.
import { createHash, createHmac } from 'node:crypto';
import { compileGoRegex, goMatchString, goReplaceAll, RegexSyntaxError } from '../regex.js';
import { compareVersions } from './versions.js';
import { DslError, toGoString, utf8Length, type Value } from './values.js';

type Fn = (args: readonly Value[]) => Value;

interface Helper {
  /** Exact argument count for positional helpers; undefined when the helper checks for itself. */
  arity?: number;
  fn: Fn;
}

const str = toGoString;
const bytes = (v: Value | undefined): Buffer => Buffer.from(str(v), 'utf8');

function invalid(name: string): DslError {
  return new DslError(`invalid dsl function signature for ${name}`);
}

function regex(pattern: string) {
  try {
    return compileGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) throw new DslError(err.message);
    throw err;
  }
}

function goTrimSet(s: string, cutset: string, left: boolean, right: boolean): string {
  const set = new Set(Array.from(cutset));
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (left && a < b && set.has(chars[a] ?? '')) a++;
  while (right && b > a && set.has(chars[b - 1] ?? '')) b--;
  return chars.slice(a, b).join('');
}

/** Go's unicode.IsSpace set, used by strings.TrimSpace. */
function goTrimSpace(s: string): string {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu, '');
}

function parseGoInt(v: Value | undefined): number | undefined {
  const s = str(v);
  return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
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

function radixToDecimal(prefix: string, radix: number): Fn {
  return ([v]) => {
    let s = str(v);
    if (s.startsWith(prefix)) s = s.slice(prefix.length);
    const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[01]+$/;
    if (!digits.test(s)) throw new DslError(`invalid number: ${s}`);
    return Number.parseInt(s, radix);
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;' };
const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const HELPERS: Record<string, Helper> = {
  index: {
    arity: 2,
    fn: ([v, i]) => {
      const index = parseGoInt(i);
      if (index === undefined) throw new DslError(`invalid index: ${str(i)}`);
      if (Array.isArray(v)) {
        if (index < 0 || index >= v.length) throw new DslError(`index out of range: ${index}`);
        return v[index] as Value;
      }
      const b = bytes(v as Value);
      if (index < 0 || index >= b.length) throw new DslError(`index out of range: ${index}`);
      return b.subarray(index, index + 1).toString('latin1');
    },
  },
  len: { arity: 1, fn: ([v]) => (Array.isArray(v) ? v.length : utf8Length(str(v))) },
  to_upper: { arity: 1, fn: ([v]) => str(v).toUpperCase() },
  to_lower: { arity: 1, fn: ([v]) => str(v).toLowerCase() },
  sort: {
    fn: (args) => {
      if (args.length === 0) throw invalid('sort');
      if (args.length === 1) return Array.from(str(args[0])).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
      return args.map(str).sort();
    },
  },
  uniq: {
    fn: (args) => {
      if (args.length === 0) throw invalid('uniq');
      if (args.length === 1) return [...new Set(Array.from(str(args[0])))].join('');
      return [...new Set(args.map(str))];
    },
  },
  repeat: {
    arity: 2,
    fn: ([v, n]) => {
      const count = parseGoInt(n);
      if (count === undefined || count < 0 || count * str(v).length > 1 << 24) throw invalid('repeat');
      return str(v).repeat(count);
    },
  },
  replace: { arity: 3, fn: ([s, old, neu]) => goReplaceAllLiteral(str(s), str(old), str(neu)) },
  replace_regex: { arity: 3, fn: ([s, re, repl]) => goReplaceAll(regex(str(re)), str(s), str(repl)) },
  trim: { arity: 2, fn: ([s, set]) => goTrimSet(str(s), str(set), true, true) },
  trim_left: { arity: 2, fn: ([s, set]) => goTrimSet(str(s), str(set), true, false) },
  trim_right: { arity: 2, fn: ([s, set]) => goTrimSet(str(s), str(set), false, true) },
  trim_space: { arity: 1, fn: ([s]) => goTrimSpace(str(s)) },
  trim_prefix: { arity: 2, fn: ([s, p]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)) },
  trim_suffix: {
    arity: 2,
    fn: ([s, p]) => (str(s).endsWith(str(p)) && str(p) !== '' ? str(s).slice(0, str(s).length - str(p).length) : str(s)),
  },
  reverse: { arity: 1, fn: ([s]) => Array.from(str(s)).reverse().join('') },
  base64: { arity: 1, fn: ([s]) => bytes(s).toString('base64') },
  base64_py: { arity: 1, fn: ([s]) => (bytes(s).toString('base64').match(/.{1,76}/g) ?? []).join('\n') },
  base64_decode: {
    arity: 1,
    fn: ([s]) => {
      // Go's decoder skips CR and LF, and insists on padding.
      const text = str(s).replace(/[\r\n]/g, '');
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) throw new DslError('illegal base64 data');
      return Buffer.from(text, 'base64').toString('utf8');
    },
  },
  url_encode: {
    fn: (args) => {
      if (args.length < 1) throw invalid('url_encode');
      const all = args[1] === true || args[1] === 1;
      let out = '';
      for (const ch of str(args[0])) {
        const keep = /[A-Za-z0-9]/.test(ch) || (!all && "-_.!~*'()".includes(ch));
        out += keep ? ch : [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
      }
      return out;
    },
  },
  url_decode: {
    arity: 1,
    fn: ([s]) => {
      const b = bytes(s);
      const out: number[] = [];
      for (let i = 0; i < b.length; i++) {
        const hex = b.subarray(i + 1, i + 3).toString('latin1');
        if (b[i] === 0x25 && i + 2 < b.length && /^[0-9a-fA-F]{2}$/.test(hex)) {
          out.push(Number.parseInt(hex, 16));
          i += 2;
        } else out.push(b[i] ?? 0);
      }
      return Buffer.from(out).toString('utf8');
    },
  },
  hex_encode: {
    fn: (args) => {
      if (args.length < 1 || args.length > 2) throw invalid('hex_encode');
      return bytes(args[0]).toString('hex');
    },
  },
  hex_decode: {
    arity: 1,
    fn: ([s]) => {
      const text = str(s);
      if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) throw new DslError('encoding/hex: invalid byte');
      return Buffer.from(text, 'hex').toString('utf8');
    },
  },
  html_escape: { fn: (args) => str(args[0]).replace(/[&'<>"]/g, (c) => HTML_ESCAPES[c] ?? c) },
  html_unescape: {
    arity: 1,
    fn: ([s]) =>
      str(s).replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, body: string) => {
        if (body.startsWith('#x')) return String.fromCodePoint(Math.min(Number.parseInt(body.slice(2), 16), 0x10ffff));
        if (body.startsWith('#')) return String.fromCodePoint(Math.min(Number(body.slice(1)), 0x10ffff));
        return HTML_ENTITIES[body] ?? m;
      }),
  },
  md5: { arity: 1, fn: hashHex('md5') },
  sha1: { arity: 1, fn: hashHex('sha1') },
  sha256: { arity: 1, fn: hashHex('sha256') },
  sha512: { arity: 1, fn: hashHex('sha512') },
  hmac: {
    arity: 3,
    fn: ([alg, data, secret]) => {
      const name = str(alg);
      if (!['sha1', 'sha256', 'sha512'].includes(name)) throw new DslError(`hmac hash function is not supported: ${name}`);
      return createHmac(name, bytes(secret)).update(bytes(data)).digest('hex');
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
        const count = parseGoInt(args[1]);
        if (count === undefined) return goSplit(input, str(args[1]), -1);
        // Chunks of `count` runes; a count that is not positive or not shorter than the input keeps it whole.
        if (count <= 0 || count >= utf8Length(input)) return [input];
        const chars = Array.from(input);
        const chunks: string[] = [];
        for (let i = 0; i < chars.length; i += count) chunks.push(chars.slice(i, i + count).join(''));
        return chunks;
      }
      if (args.length === 3) {
        const n = parseGoInt(args[2]);
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
        if (!Array.isArray(list)) throw new DslError('cannot cast elements into string');
        return list.map((x) => str(x as Value)).join(sep);
      }
      if (args.slice(1).some((x) => Array.isArray(x))) throw new DslError('cannot use join on more than one slice element');
      return args.slice(1).map(str).join(sep);
    },
  },
  regex: { arity: 2, fn: ([re, s]) => goMatchString(regex(str(re)), str(s)) },
  regex_all: {
    fn: (args) => {
      if (args.length < 2) throw invalid('regex_all');
      const re = regex(str(args[0]));
      return args.slice(1).every((a) => goMatchString(re, str(a)));
    },
  },
  regex_any: {
    fn: (args) => {
      if (args.length < 2) throw invalid('regex_any');
      const re = regex(str(args[0]));
      return args.slice(1).some((a) => goMatchString(re, str(a)));
    },
  },
  remove_bad_chars: { arity: 2, fn: ([s, bad]) => Array.from(str(s)).filter((c) => !str(bad).includes(c)).join('') },
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
      if (/^[+-]?\d+$/.test(s) || /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
      throw new DslError(`${s} could not be converted to int`);
    },
  },
  to_string: { arity: 1, fn: ([v]) => str(v) },
  to_bool: {
    arity: 1,
    fn: ([v]) => {
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return v === 1;
      const s = str(v).trim();
      if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
      if (/^[+-]?(\d+(?:\.\d*)?|\.\d+)$/.test(s)) return Number(s) === 1;
      return false;
    },
  },
  dec_to_hex: {
    arity: 1,
    fn: ([v]) => {
      const n = typeof v === 'number' ? Math.trunc(v) : parseGoInt(v);
      if (n === undefined || !Number.isFinite(n)) throw new DslError('invalid number');
      return n.toString(16);
    },
  },
  hex_to_dec: { arity: 1, fn: radixToDecimal('0x', 16) },
  oct_to_dec: { arity: 1, fn: radixToDecimal('0o', 8) },
  bin_to_dec: { arity: 1, fn: radixToDecimal('0b', 2) },
  substr: {
    fn: (args) => {
      if (args.length < 2) throw invalid('substr');
      const b = bytes(args[0]);
      if (b.length === 0) throw new DslError('empty string');
      const start = parseGoInt(args[1]);
      if (start === undefined || start < 0 || start > b.length) throw new DslError('invalid start position');
      if (args.length === 2) return b.subarray(start).toString('utf8');
      const end = parseGoInt(args[2]);
      if (end === undefined || end < start || end > b.length) throw new DslError('invalid end position');
      return b.subarray(start, end).toString('utf8');
    },
  },
  count: {
    fn: (args) => {
      if (args.length < 2) throw invalid('count');
      const s = str(args[0]);
      const sub = str(args[1]);
      if (sub === '') return Array.from(s).length + 1;
      return s.split(sub).length - 1;
    },
  },
};

/** strings.ReplaceAll: an empty `old` inserts `new` around every rune, as Go does. */
function goReplaceAllLiteral(s: string, old: string, neu: string): string {
  if (old === '') return neu + Array.from(s).join(neu) + (s === '' ? '' : neu);
  return s.split(old).join(neu);
}

/** strings.Split / SplitN (n < 0: all); an empty separator splits into runes. */
function goSplit(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  const parts = sep === '' ? Array.from(s) : s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

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
