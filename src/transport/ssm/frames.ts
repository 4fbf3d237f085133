// Reads back what the probe script (script.ts) wrote. Frames are length-prefixed, so the parser skips
// exactly the bytes a block wrote and then expects the next boundary line; any surprise (a cut, a byte
// count that does not match, a foreign line) stops the parse, and what was not read whole is not used.
import type { BlockRun, Template } from '../../types.js';
import { FRAME_VERSION } from './script.js';

export type RawBlock =
  | { kind: 'ran'; stdout: string; stderr: string; exitCode: number; ms: number; precisionMs: number }
  | { kind: 'engine-missing' }
  | { kind: 'failed'; why: string };

export interface ParsedOutput {
  /** By template position in the command; undefined unless the template's frames were read whole. */
  templates: (RawBlock[] | undefined)[];
  /** The `end` frame was read: everything the script wrote is here. */
  complete: boolean;
  /** The script could not start its work on the host (no temp dir). */
  fatal?: string;
  /** Why reading stopped early (a cut, a broken frame). */
  problem?: string;
}

class Broken extends Error {}

export function parseFrames(text: string, boundary: string, templateCount: number): ParsedOutput {
  const buf = Buffer.from(text, 'utf8');
  const out: ParsedOutput = { templates: Array.from({ length: templateCount }, () => undefined), complete: false };
  let pos = 0;
  const line = (): string[] => {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) throw new Broken('output ends inside a frame header');
    const words = buf.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (words[0] !== boundary) throw new Broken('a line where a frame header was expected');
    return words.slice(1);
  };
  const bytes = (n: number): string => {
    if (pos + n + 1 > buf.length) throw new Broken('output ends inside a block\'s output');
    const s = buf.subarray(pos, pos + n).toString('utf8');
    if (buf[pos + n] !== 0x0a) throw new Broken('a block\'s output does not match its length');
    pos += n + 1;
    return s;
  };
  const num = (s: string | undefined): number => {
    if (s === undefined || !/^-?\d+$/.test(s)) throw new Broken(`'${s ?? ''}' where a number was expected`);
    return Number(s);
  };
  const expect = (words: string[], ...want: string[]) => {
    if (want.some((w, i) => words[i] !== w)) throw new Broken(`frame '${words.join(' ')}' where '${want.join(' ')}' was expected`);
  };

  try {
    const first = line();
    if (first[0] === 'fatal') {
      out.fatal = first.slice(1).join(' ');
      return out;
    }
    expect(first, 'begin', FRAME_VERSION);
    for (let t = 1; t <= templateCount; t++) {
      const head = line();
      if (head[0] === 'fatal') {
        out.fatal = head.slice(1).join(' ');
        return out;
      }
      expect(head, 't', String(t));
      const blocks: RawBlock[] = [];
      for (let b = 1; ; b++) {
        const words = line();
        if (words[0] === 'd') {
          expect(words, 'd', String(t));
          break;
        }
        if (words[0] === 'm' || words[0] === 'f') {
          expect(words, words[0], String(b));
          blocks.push(words[0] === 'm' ? { kind: 'engine-missing' } : { kind: 'failed', why: words.slice(2).join(' ') });
          continue;
        }
        expect(words, 'o', String(b));
        const stdout = bytes(num(words[2]));
        const e = line();
        expect(e, 'e', String(b));
        const stderr = bytes(num(e[2]));
        const x = line();
        expect(x, 'x', String(b));
        blocks.push({ kind: 'ran', stdout, stderr, exitCode: num(x[2]), ms: num(x[3]), precisionMs: num(x[4]) });
      }
      out.templates[t - 1] = blocks;
    }
    expect(line(), 'end', String(templateCount));
    out.complete = true;
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    out.problem = e.message;
  }
  return out;
}

/** What the transport reports for one template's frames; undefined when they do not add up. */
export function toBlockRuns(raw: readonly RawBlock[], template: Template, blockTimeoutSeconds: number): BlockRun[] | undefined {
  const runs: BlockRun[] = [];
  for (const [i, r] of raw.entries()) {
    const block = template.blocks[i];
    if (!block) return undefined;
    if (r.kind === 'engine-missing') runs.push(failed('engine-missing', `none of the engines ${block.engines.join(', ')} is on PATH`));
    else if (r.kind === 'failed') runs.push(failed('failed', r.why === 'decode' ? `block ${block.index}: could not decode its source on the host (needs base64 or openssl)` : `block ${block.index}: could not create a temp dir on the host`));
    // The same rule as the local transport: `timeout` exits 124 (or 137 after SIGKILL) once the limit passed.
    else if ((r.exitCode === 124 || r.exitCode === 137) && r.ms + r.precisionMs >= blockTimeoutSeconds * 1000 - 50) {
      runs.push({ ...failed('timed-out', `block ${block.index} ran past its ${blockTimeoutSeconds}s timeout`), durationMs: r.ms });
    } else runs.push({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, durationMs: r.ms });
  }
  // The script stops a template at its first failed block and otherwise runs them all.
  const last = runs.at(-1);
  if (runs.length < template.blocks.length && !last?.failure) return undefined;
  return runs;
}

function failed(reason: NonNullable<BlockRun['failure']>['reason'], detail: string): BlockRun {
  return { stdout: '', stderr: '', exitCode: null, durationMs: 0, failure: { reason, detail } };
}
