// Text is clipped on code point boundaries everywhere reports clip it, and host bytes that were not UTF-8 (lone
// surrogates, as decodeOutput hands them over) never reach a report as ill-formed Unicode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOutput } from '../../src/matchers/bytes.js';
import { toSarif } from '../../src/report/sarif.js';
import { clip, oneLine } from '../../src/report/untrusted.js';
import { finding, report, result, ssmTarget, template } from './factory.js';

/** encodeURIComponent throws on a lone surrogate: a strict well-formedness check. */
const wellFormed = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

describe('clipping', () => {
  it('never cuts inside a surrogate pair, never exceeds the limit, keeps text that fits', () => {
    const unit = fc.constantFrom('a', 'é', '😀', '\u{10FFFF}', '\ud83d', '\ude00', '\udcff');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 2, max: 30 }), (text, max) => {
        const out = clip(text, max);
        expect(wellFormed(out)).toBe(true);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max && wellFormed(text)) expect(out).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('an emoji at the cut keeps its whole or goes whole (it used to leave a lone \\ud83d)', () => {
    expect(clip(`${'x'.repeat(198)}😀tail`, 200)).toBe(`${'x'.repeat(198)}…`);
    expect(oneLine(`${'x'.repeat(197)}😀tail`)).toBe(`${'x'.repeat(197)}😀…`);
  });

  it('SARIF texts from a host printing invalid UTF-8 and emoji are well-formed Unicode', () => {
    const t = template('emoji', 'high', { name: `${'n'.repeat(1022)}😀` });
    const evidence = `${'e'.repeat(198)}😀${decodeOutput(Buffer.from([0xe6, 0x97, 0xff]))}`;
    const f = { ...finding('m', evidence), extracted: [decodeOutput(Buffer.from([0x61, 0xc0]))] };
    const text = JSON.stringify(toSarif(report([result(t, ssmTarget('i-0000000000000000a'), [f])], [t]), { toolVersion: '0.1.0' }).log);
    expect(text).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i);
    expect(wellFormed(JSON.parse(text).runs[0].results[0].message.text)).toBe(true);
    expect(wellFormed(JSON.parse(text).runs[0].tool.driver.rules[0].shortDescription.text)).toBe(true);
  });
});

describe('bidirectional formatting characters', () => {
  it('are shown as escapes in every one-line text (log, annotations, summary), never reorder what follows', async () => {
    const { forLog, forMarkdown } = await import('../../src/report/untrusted.js');
    const bidi = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of bidi) {
      const text = `host${c}lla-tnadrev`;
      const escape = `x${c.charCodeAt(0).toString(16)}`;
      for (const out of [oneLine(text), forLog(text), forMarkdown(text)]) {
        expect(out).not.toContain(c);
        expect(out).toContain(escape);
      }
    }
    expect(oneLine('a\u202eb\u001bc')).toBe('a\\x202eb\\x1bc');
  });
});
