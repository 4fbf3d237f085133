// How a host's output bytes travel as JavaScript strings without losing any. nuclei matches Go strings, which are
// byte strings: invalid UTF-8 stays as it was (`len()` counts its bytes, a regex sees them). Plain decoding would turn
// such bytes into U+FFFD and lose them, so each byte that is not part of a valid UTF-8 sequence becomes a lone low
// surrogate U+DC80..U+DCFF instead (PEP 383's "surrogateescape"). Valid UTF-8 never decodes to a lone surrogate, so
// the mapping is one-to-one: encodeHostOutput gives back the exact bytes. Text meant for people (reports) must be
// made well-formed first (see src/report/untrusted.ts); matchers that need bytes use encodeHostOutput.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The string standing for `bytes`: UTF-8, with every byte outside a valid sequence as U+DC00 + byte. */
export function decodeHostOutput(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    // Some byte is not valid UTF-8: decode by hand below (linear; never more UTF-16 units than bytes).
  }
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i]!;
    const k = c < 0x80 ? 1 : validSequence(bytes, i);
    if (k <= 1) {
      units[n++] = k === 1 ? c : 0xdc00 + c;
      i++;
      continue;
    }
    let cp = c & (0xff >> (k + 1));
    for (let j = 1; j < k; j++) cp = (cp << 6) | (bytes[i + j]! & 0x3f);
    if (cp >= 0x10000) {
      units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[n++] = cp;
    i += k;
  }
  const parts: string[] = [];
  for (let at = 0; at < n; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/** The bytes `text` stands for (the inverse of decodeHostOutput); any other lone surrogate becomes U+FFFD, as in Go. */
export function encodeHostOutput(text: string): Buffer {
  if (!ESCAPED.test(text)) return Buffer.from(text, 'utf8');
  const out = Buffer.allocUnsafe(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) out[n++] = c - 0xdc00;
    else {
      // A lone surrogate outside the escape range cannot be a host byte: U+FFFD, as Go writes it.
      const u = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
      out[n++] = 0xe0 | (u >> 12);
      out[n++] = 0x80 | ((u >> 6) & 0x3f);
      out[n++] = 0x80 | (u & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/** UTF-16 units turned into a string per call (a call's arguments have a limit). */
const CHUNK = 8192;

/** A low surrogate in the escape range with no high surrogate before it. */
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** Length of the valid UTF-8 sequence starting at `i` (Go's and Unicode's rules: no overlongs, no surrogates, at most U+10FFFF), or 0. */
function validSequence(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  // The second byte's range depends on the first (Unicode table 3-7); later ones are always 80..BF.
  let length: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) length = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    length = 3;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    length = 4;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + length > b.length) return 0;
  const second = b[i + 1]!;
  if (second < lo || second > hi) return 0;
  for (let j = 2; j < length; j++) {
    const x = b[i + j]!;
    if (x < 0x80 || x > 0xbf) return 0;
  }
  return length;
}
