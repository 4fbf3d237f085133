// Go strings are bytes, and nuclei evaluates host output as Go strings. Inside src/matchers every
// string value is therefore a byte string: one UTF-16 unit per byte (0–255). `length`, `slice`,
// `includes` and `indexOf` are then Go's bytewise operations, and a byte that is not UTF-8 is just a
// byte (it never throws, never turns into three bytes of U+FFFD). Text comes in through fromText and
// goes out through toText; rune-wise operations decode UTF-8 the way Go's utf8 package does.
import { isUtf8 } from 'node:buffer';

/**
 * How a transport hands over bytes that are not UTF-8: each such byte b becomes the lone surrogate
 * U+DC00+b (never produced by decoding UTF-8, so the mapping is reversible), the rest is decoded text.
 */
export function decodeOutput(bytes: Uint8Array): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    // Not UTF-8: keep the valid runs as text and escape each bad byte.
  }
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // UTF-16LE units written straight into a buffer (two per byte at most: a 4-byte rune is two units).
  const out = Buffer.allocUnsafe(bytes.byteLength * 2);
  let len = 0;
  const unit = (u: number) => {
    out[len++] = u & 0xff;
    out[len++] = u >> 8;
  };
  for (let i = 0; i < s.length; ) {
    const d = decodeRune(s, i);
    const r = runeOf(d);
    // A real U+FFFD is three bytes wide; RuneError of width 1 is a byte that is not UTF-8.
    if (r === RUNE_ERROR && widthOf(d) === 1) unit(0xdc00 + s.charCodeAt(i));
    else if (r < 0x10000) unit(r);
    else {
      unit(0xd800 + ((r - 0x10000) >> 10));
      unit(0xdc00 + ((r - 0x10000) & 0x3ff));
    }
    i += widthOf(d);
  }
  return out.toString('utf16le', 0, len);
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ASCII = /^[\x00-\x7f]*$/;
/** Lone low surrogates U+DC80–U+DCFF: bytes decodeOutput could not decode. */
const ESCAPED_BYTE = /[\udc80-\udcff]/u;

/** Text (a template's words, a host's decoded output) as the bytes Go would hold: UTF-8, escaped bytes restored. */
export function fromText(text: string): string {
  if (ASCII.test(text)) return text;
  if (!ESCAPED_BYTE.test(text)) return utf8(text);
  // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes stand for 2 units).
  const out = Buffer.allocUnsafe(text.length * 3);
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[len++] = c;
      continue;
    }
    if (c >= 0xdc80 && c <= 0xdcff) {
      out[len++] = c - 0xdc00;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) c = RUNE_ERROR;
    len += out.write(String.fromCodePoint(c), len, 'utf8');
  }
  return out.toString('latin1', 0, len);
}

function utf8(text: string): string {
  return ASCII.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1');
}

/** Bytes as text for reports and environments: what is not UTF-8 shows as U+FFFD. */
export function toText(bytes: string): string {
  return ASCII.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The byte string as a Buffer (a copy), for hashing, encoding and the regex engine. */
export function toBuffer(bytes: string): Buffer {
  return Buffer.from(bytes, 'latin1');
}

export function isValidUtf8(bytes: string): boolean {
  return ASCII.test(bytes) || isUtf8(toBuffer(bytes));
}

export const RUNE_ERROR = 0xfffd;

/** A decoded rune and its width in bytes, packed into one number (no allocation per rune). */
export type Decoded = number;
export const runeOf = (d: Decoded): number => Math.floor(d / 8);
export const widthOf = (d: Decoded): number => d % 8;
const pack = (rune: number, width: number): Decoded => rune * 8 + width;

/** utf8.DecodeRuneInString(s[i:]): a byte that does not start a valid sequence is RuneError of width 1. */
export function decodeRune(s: string, i: number): Decoded {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return pack(b0, 1);
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  let rune: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    need = 1;
    rune = b0 & 0x1f;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    rune = b0 & 0x0f;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    rune = b0 & 0x07;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  } else return pack(RUNE_ERROR, 1);
  // Past the end charCodeAt is NaN, which fails the range test: a cut sequence is RuneError of width 1.
  for (let k = 1; k <= need; k++) {
    const b = s.charCodeAt(i + k);
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (!(b >= min && b <= max)) return pack(RUNE_ERROR, 1);
    rune = rune * 64 + (b & 0x3f);
  }
  return pack(rune, need + 1);
}

/** utf8.DecodeLastRuneInString(s[:end]). */
export function decodeLastRune(s: string, end: number): Decoded {
  const last = s.charCodeAt(end - 1);
  if (last < 0x80) return pack(last, 1);
  const lim = Math.max(0, end - 4);
  let start = end - 2;
  while (start >= lim && (s.charCodeAt(start) & 0xc0) === 0x80) start--;
  if (start < lim) start = lim;
  const d = decodeRune(s, start);
  return start + widthOf(d) === end ? d : pack(RUNE_ERROR, 1);
}

/** string(r) in Go: the UTF-8 bytes of a rune; surrogates and values past U+10FFFF become U+FFFD. */
export function encodeRune(r: number): string {
  return r >= 0 && r < 0x80 ? String.fromCharCode(r) : new ByteBuilder().rune(r).toString();
}

/** utf8.RuneCountInString. */
export function runeCount(s: string): number {
  if (ASCII.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i += widthOf(decodeRune(s, i))) n++;
  return n;
}

/** The runes of s as Go's `for _, r := range s` yields them (a bad byte is RuneError). */
export function runes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const d = decodeRune(s, i);
    out.push(runeOf(d));
    i += widthOf(d);
  }
  return out;
}

/** string([]rune): each rune's UTF-8 bytes. */
export function fromRunes(rs: readonly number[]): string {
  const out = new ByteBuilder();
  for (const r of rs) out.rune(r);
  return out.toString();
}

/** unicode.IsSpace. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

/** strings.TrimFunc(s, f) with f over runes (bad bytes are RuneError). Linear: one step per rune trimmed. */
export function trimRunes(s: string, f: (r: number) => boolean, left = true, right = true): string {
  let start = 0;
  let end = s.length;
  while (left && start < end) {
    const d = decodeRune(s, start);
    if (!f(runeOf(d))) break;
    start += widthOf(d);
  }
  while (right && end > start) {
    const d = decodeLastRune(s, end);
    if (!f(runeOf(d))) break;
    end -= widthOf(d);
  }
  return s.slice(start, end);
}

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  return trimRunes(s, isSpace);
}

/**
 * strings.Trim/TrimLeft/TrimRight(s, cutset): an ASCII cutset trims bytes; otherwise runes, where a
 * bad byte counts as RuneError, which the cutset holds when it has U+FFFD or a bad byte itself.
 */
export function goTrim(s: string, cutset: string, left: boolean, right: boolean): string {
  if (s === '' || cutset === '') return s;
  if (ASCII.test(cutset)) {
    const set = new Set(Array.from(cutset, (c) => c.charCodeAt(0)));
    let start = 0;
    let end = s.length;
    while (left && start < end && set.has(s.charCodeAt(start))) start++;
    while (right && end > start && set.has(s.charCodeAt(end - 1))) end--;
    return s.slice(start, end);
  }
  const set = new Set(runes(cutset));
  return trimRunes(s, (r) => set.has(r), left, right);
}

/** strings.ToLower: ASCII bytewise; otherwise unicode.ToLower per rune, and a bad byte becomes U+FFFD (strings.Map does that). */
export function goToLower(s: string): string {
  return mapCase(s, lowerRune, (a) => a.toLowerCase());
}

/** strings.ToUpper, likewise. */
export function goToUpper(s: string): string {
  return mapCase(s, upperRune, (a) => a.toUpperCase());
}

function mapCase(s: string, rune: (r: number) => number, ascii: (s: string) => string): string {
  // On ASCII, JavaScript's case mapping is exactly Go's.
  if (ASCII.test(s)) return ascii(s);
  const out = new ByteBuilder();
  for (let i = 0; i < s.length; ) {
    const d = decodeRune(s, i);
    out.rune(rune(runeOf(d)));
    i += widthOf(d);
  }
  return out.toString();
}

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** unicode.ToLower: the simple (one-rune) mapping. JS gives full mappings; the only multi-rune lower case (U+0130) starts with its simple one. */
function lowerRune(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  let m = lowerCache.get(r);
  if (m === undefined) {
    m = String.fromCodePoint(r).toLowerCase().codePointAt(0) ?? r;
    lowerCache.set(r, m);
  }
  return m;
}

/** unicode.ToUpper: the simple mapping. A full mapping of several runes (ß → SS) means there is none, except Greek letters with ypogegrammeni, whose simple mapping is the title-case letter. */
function upperRune(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  let m = upperCache.get(r);
  if (m === undefined) {
    const full = Array.from(String.fromCodePoint(r).toUpperCase());
    if (full.length === 1) m = full[0]?.codePointAt(0) ?? r;
    else if (r >= 0x1f80 && r <= 0x1faf && (r & 0xf) < 8) m = r + 8;
    else m = ({ 0x1fb3: 0x1fbc, 0x1fc3: 0x1fcc, 0x1ff3: 0x1ffc } as Record<number, number>)[r] ?? r;
    upperCache.set(r, m);
  }
  return m;
}

/**
 * Builds a byte string a piece at a time in a growing buffer: appending to a JS string a byte or a
 * match at a time is not linear in practice (each piece is an object for the collector).
 */
export class ByteBuilder {
  private buf = Buffer.allocUnsafe(64);
  private len = 0;

  get length(): number {
    return this.len;
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  byte(b: number): this {
    this.room(1);
    this.buf[this.len++] = b;
    return this;
  }

  bytes(s: string): this {
    this.room(s.length);
    this.len += this.buf.write(s, this.len, 'latin1');
    return this;
  }

  /** The UTF-8 bytes of a rune; surrogates and values past U+10FFFF write U+FFFD, as Go does. */
  rune(r: number): this {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = RUNE_ERROR;
    if (r < 0x80) return this.byte(r);
    this.room(4);
    const b = this.buf;
    if (r < 0x800) {
      b[this.len++] = 0xc0 | (r >> 6);
    } else if (r < 0x10000) {
      b[this.len++] = 0xe0 | (r >> 12);
      b[this.len++] = 0x80 | ((r >> 6) & 0x3f);
    } else {
      b[this.len++] = 0xf0 | (r >> 18);
      b[this.len++] = 0x80 | ((r >> 12) & 0x3f);
      b[this.len++] = 0x80 | ((r >> 6) & 0x3f);
    }
    b[this.len++] = 0x80 | (r & 0x3f);
    return this;
  }

  toString(): string {
    return this.buf.toString('latin1', 0, this.len);
  }
}
