// How a host's output bytes travel as JavaScript strings without losing any. nuclei matches Go strings, which are
// byte strings: invalid UTF-8 stays as it was (`len()` counts its bytes, a regex sees them). Plain decoding would turn
// such bytes into U+FFFD and lose them, so each byte that is not part of a valid UTF-8 sequence becomes a lone low
// surrogate U+DC80..U+DCFF instead (PEP 383's "surrogateescape"). Valid UTF-8 never decodes to a lone surrogate, so
// the mapping is one-to-one: encodeHostOutput gives back the exact bytes. Text meant for people (reports) must be
// made well-formed first (see src/report/untrusted.ts); matchers that need bytes use encodeHostOutput.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The string standing for `bytes`: UTF-8, with every byte outside a valid sequence as U+DC00 + byte. */
export function decodeHostOutput(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    // Some byte is not valid UTF-8: take the slow path below.
  }
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = validSequence(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (start < i) parts.push(lenient.decode(bytes.subarray(start, i)));
    parts.push(String.fromCharCode(0xdc00 + bytes[i]!));
    start = ++i;
  }
  if (start < bytes.length) parts.push(lenient.decode(bytes.subarray(start)));
  return parts.join('');
}

/** The bytes `text` stands for (the inverse of decodeHostOutput); any other lone surrogate becomes U+FFFD, as in Go. */
export function encodeHostOutput(text: string): Buffer {
  if (!ESCAPED.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (const m of text.matchAll(ESCAPED_ALL)) {
    parts.push(Buffer.from(text.slice(start, m.index), 'utf8'), Buffer.of(text.charCodeAt(m.index) - 0xdc00));
    start = m.index + 1;
  }
  parts.push(Buffer.from(text.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

/** A low surrogate in the escape range with no high surrogate before it. */
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const ESCAPED_ALL = new RegExp(ESCAPED.source, 'g');

/** Length of the valid UTF-8 sequence starting at `i` (Go's and Unicode's rules: no overlongs, no surrogates, at most U+10FFFF), or 0. */
function validSequence(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const second = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const second = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
