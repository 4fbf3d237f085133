// Host bytes as strings (src/host-output.ts): lossless for any bytes, plain text for valid UTF-8, Go's notion of valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHostOutput, encodeHostOutput } from '../src/host-output.js';

const escaped = (...bytes: number[]) => String.fromCharCode(...bytes.map((b) => 0xdc00 + b));

describe('host output as strings', () => {
  it('gives back exactly the bytes, whatever they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(encodeHostOutput(decodeHostOutput(bytes))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('valid UTF-8 is just its text (a leading BOM included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(decodeHostOutput(Buffer.from(text, 'utf8'))).toBe(text);
      }),
    );
    expect(decodeHostOutput(Buffer.from('\ufeffx', 'utf8'))).toBe('\ufeffx');
  });

  it('each byte outside a valid sequence stands alone, as Go sees it (overlongs, surrogates, past U+10FFFF, cut sequences)', () => {
    expect(decodeHostOutput(Buffer.from([0xe6, 0x97]))).toBe(escaped(0xe6, 0x97));
    expect(decodeHostOutput(Buffer.from([0x61, 0xe6, 0x97, 0xa5, 0xff]))).toBe(`a日${escaped(0xff)}`);
    expect(decodeHostOutput(Buffer.from([0xc0, 0x80]))).toBe(escaped(0xc0, 0x80));
    expect(decodeHostOutput(Buffer.from([0xed, 0xa0, 0x80]))).toBe(escaped(0xed, 0xa0, 0x80));
    expect(decodeHostOutput(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(escaped(0xf4, 0x90, 0x80, 0x80));
    expect(decodeHostOutput(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe('😀');
  });

  it('a pair whose low half falls in the escape range is text, not an escape', () => {
    // U+10080 is D800 DC80 in UTF-16.
    expect(encodeHostOutput('\u{10080}')).toEqual(Buffer.from('\u{10080}', 'utf8'));
  });

  it('stays linear on a long run of bad bytes', () => {
    const bytes = Buffer.alloc(4 * 1024 * 1024, 0xff);
    const text = decodeHostOutput(bytes);
    expect(text.length).toBe(bytes.length);
    expect(encodeHostOutput(text).equals(bytes)).toBe(true);
  });
});
