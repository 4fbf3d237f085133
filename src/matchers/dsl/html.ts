// html_escape / html_unescape as nuclei's DSL has them: projectdiscovery/utils/html's EscapeString
// (every rune with a named reference becomes it: `/` is `&sol;`), its numeric mode, and Go's
// html.UnescapeString. All over byte strings (bytes.ts).
import { ByteBuilder, encodeRune, fromRunes, RUNE_ERROR, runes } from '../bytes.js';
import { HTML_ENTITIES } from './html-entities.js';

interface Tables {
  /** name (as written after '&') → byte string */
  byName: Map<string, string>;
  /** rune → preferred name (with ';') */
  single: Map<number, string>;
  /** "r1,r2" → preferred name for a two-rune reference */
  pair: Map<string, string>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables !== undefined) return tables;
  const byName = new Map<string, string>();
  const single = new Map<number, string>();
  const pair = new Map<string, string>();
  for (const entry of HTML_ENTITIES.split(' ')) {
    if (entry === '') continue;
    const [name = '', value = ''] = entry.split('=');
    const cps = value.split('+').map((h) => Number.parseInt(h, 16));
    byName.set(name, fromRunes(cps));
    if (!name.endsWith(';')) continue;
    const key = cps.length === 1 ? cps[0] : cps.join(',');
    const map = (cps.length === 1 ? single : pair) as Map<number | string | undefined, string>;
    const existing = map.get(key);
    if (existing === undefined || preferred(name, existing)) map.set(key, name);
  }
  tables = { byName, single, pair };
  return tables;
}

/**
 * The name utils/html prefers: shorter, then starting lower-case. Where that still ties (U+00A8, U+2250,
 * U+03C2) nuclei's choice follows Go's map order and varies between runs; we take the first alphabetically.
 */
function preferred(name: string, existing: string): boolean {
  if (name.length !== existing.length) return name.length < existing.length;
  const lower = (n: string) => n[0] !== undefined && n[0] >= 'a' && n[0] <= 'z';
  if (lower(name) !== lower(existing)) return lower(name);
  return name < existing;
}

/** utils/html.EscapeString: a bad byte becomes U+FFFD (it is read as a rune). */
export function htmlEscape(s: string): string {
  const { single, pair } = load();
  const rs = runes(s);
  const out = new ByteBuilder();
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] ?? RUNE_ERROR;
    const two = i + 1 < rs.length ? pair.get(`${r},${rs[i + 1]}`) : undefined;
    if (two !== undefined) {
      out.bytes(`&${two}`);
      i++;
      continue;
    }
    const name = single.get(r);
    if (name !== undefined) out.bytes(`&${name}`);
    else out.rune(r);
  }
  return out.toString();
}

/** The DSL's numeric mode: escape, then every byte outside a reference becomes `&#<byte>;`. */
export function htmlEscapeNumeric(s: string): string {
  const escaped = htmlEscape(s);
  const out = new ByteBuilder();
  for (let i = 0; i < escaped.length; ) {
    const semicolon = escaped[i] === '&' ? escaped.indexOf(';', i) : -1;
    if (semicolon >= 0) {
      out.bytes(escaped.slice(i, semicolon + 1));
      i = semicolon + 1;
    } else {
      out.bytes(`&#${escaped.charCodeAt(i)};`);
      i++;
    }
  }
  return out.toString();
}

/** Windows-1252 meanings of numeric references 0x80–0x9F (the HTML5 parsing rules Go follows). */
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/** Names that may appear without ';' are at most this long. */
const LONGEST_WITHOUT_SEMICOLON = 6;

/** Go's html.UnescapeString. */
export function htmlUnescape(s: string): string {
  let i = s.indexOf('&');
  if (i < 0) return s;
  const out = new ByteBuilder();
  let from = 0;
  while (i >= 0) {
    const [text, consumed] = reference(s, i);
    out.bytes(s.slice(from, i)).bytes(text);
    from = i + consumed;
    i = s.indexOf('&', from);
  }
  return out.bytes(s.slice(from)).toString();
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isAlnum = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** The text for the reference starting at s[at] === '&', and how many bytes it used. */
function reference(s: string, at: number): [string, number] {
  const rest = s.length - at;
  if (rest <= 1) return ['&', 1];
  let i = 1;
  if (s[at + 1] === '#') {
    // At least "&#" and one more byte, or it stays literal.
    if (rest <= 3) return ['&', 1];
    i = 2;
    const hex = s[at + 2] === 'x' || s[at + 2] === 'X';
    if (hex) i++;
    // Go accumulates in a rune (int32), so a long number wraps around.
    let x = 0;
    while (i < rest) {
      const c = s.charCodeAt(at + i);
      i++;
      if (hex ? isHex(c) : isDigit(c)) {
        x = (Math.imul(x, hex ? 16 : 10) + Number.parseInt(String.fromCharCode(c), 16)) | 0;
        continue;
      }
      if (c !== 0x3b) i--;
      break;
    }
    if (i <= 3) return ['&', 1];
    if (x >= 0x80 && x <= 0x9f) x = WINDOWS_1252[x - 0x80] ?? RUNE_ERROR;
    else if (x === 0 || (x >= 0xd800 && x <= 0xdfff) || x > 0x10ffff) x = RUNE_ERROR;
    return [encodeRune(x), i];
  }
  while (i < rest) {
    const c = s.charCodeAt(at + i);
    i++;
    if (isAlnum(c)) continue;
    if (c !== 0x3b) i--;
    break;
  }
  const name = s.slice(at + 1, at + i);
  if (name === '') return [s.slice(at, at + i), i];
  const { byName } = load();
  const whole = byName.get(name);
  if (whole !== undefined) return [whole, i];
  for (let j = Math.min(name.length - 1, LONGEST_WITHOUT_SEMICOLON); j > 1; j--) {
    // A legacy name without ';' (`&ampx` is `&` then `x`).
    const prefix = byName.get(name.slice(0, j));
    if (prefix !== undefined) return [prefix, j + 1];
  }
  return [s.slice(at, at + i), i];
}
