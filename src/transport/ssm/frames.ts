// Reads back what the probe script (script.ts) wrote. Frames are length-prefixed, so the parser skips exactly the
// bytes a block wrote and then expects the next boundary line. Each template's frames stand alone: a surprise inside
// one (a byte count that does not match, a foreign line) costs that template only, and reading resumes at the next
// template's header; a cut costs everything after it. What was not read whole is not used. Output bytes are decoded
// per frame (decodeOutput: bad bytes kept, escaped), so a byte in one block's output can never affect another's.
import { decodeOutput } from '../../matchers/bytes.js';
import type { BlockRun, Template, UnauditedReason } from '../../types.js';
import { bytes as inBytes, MAX_BLOCK_OUTPUT, MAX_ENV_STRING } from '../limits.js';
import { blockEnvironment, FRAME_VERSION } from './script.js';

export type RawBlock =
  | { kind: 'ran'; stdout: string; stderr: string; exitCode: number; ms: number; precisionMs: number }
  | { kind: 'engine-missing' }
  | { kind: 'failed'; why: string }
  /** A stream past its cap: only its size came back. */
  | { kind: 'cut'; stream: 'o' | 'e'; size: number; cap: 'block' | 'host' }
  /** The block could not start with the values earlier blocks left: entry `entry` of its environment, or all of it. */
  | { kind: 'env'; problem: 'env-nul' | 'env-too-large' | 'env-exec'; entry?: number; size?: number };

export interface ParsedOutput {
  /** By template position in the command; undefined unless the template's frames were read whole. */
  templates: (RawBlock[] | undefined)[];
  /** The `end` frame was read: everything the script wrote is here. */
  complete: boolean;
  /** The script could not start its work on the host (no temp dir). */
  fatal?: string;
  /** Why reading stopped (a cut, a broken frame). */
  problem?: string;
  /** By template position: why its frames were skipped (they did not add up; reading resumed at the next template). */
  skipped: (string | undefined)[];
}

class Broken extends Error {}

export function parseFrames(buf: Buffer, boundary: string, templateCount: number): ParsedOutput {
  const out: ParsedOutput = { templates: Array.from({ length: templateCount }, () => undefined), complete: false, skipped: Array.from({ length: templateCount }, () => undefined) };
  let pos = 0;
  const line = (): string[] => {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) throw new Broken('output ends inside a frame header');
    const words = buf.subarray(pos, nl).toString('latin1').split(' ');
    if (words[0] !== boundary) throw new Broken('a line where a frame header was expected');
    pos = nl + 1;
    return words.slice(1);
  };
  const content = (n: number, encoding: string | undefined): string => {
    if (pos + n + 1 > buf.length) throw new Broken('output ends inside a block\'s output');
    if (buf[pos + n] !== 0x0a) throw new Broken('a block\'s output does not match its length');
    const raw = buf.subarray(pos, pos + n);
    if (encoding !== 'r' && encoding !== 'b') throw new Broken(`unknown output encoding '${encoding ?? ''}'`);
    if (encoding === 'b' && !/^[A-Za-z0-9+/]*={0,2}$/.test(raw.toString('latin1'))) throw new Broken('a block\'s encoded output is not base64');
    pos += n + 1;
    return decodeOutput(encoding === 'b' ? Buffer.from(raw.toString('latin1'), 'base64') : raw);
  };
  const num = (s: string | undefined): number => {
    if (s === undefined || !/^-?\d{1,15}$/.test(s)) throw new Broken(`'${s ?? ''}' where a number was expected`);
    return Number(s);
  };
  const expect = (words: string[], ...want: string[]) => {
    if (want.some((w, i) => words[i] !== w)) throw new Broken(`frame '${words.join(' ').slice(0, 80)}' where '${want.join(' ')}' was expected`);
  };
  /**
   * After a broken frame in template `t` (whose frames start at `from`): the next header that starts a later
   * template or ends the output. Searched from the template's start: a wrong length may have run past it. The end
   * comes after every template header, so it is looked for only when there is no next one: each search then stops
   * where the next template starts, and the searches of all templates together read the output about once.
   */
  const resync = (t: number, from: number): boolean => {
    let at = buf.indexOf(`\n${boundary} t ${t + 1}\n`, from - 1);
    if (at < 0) at = buf.indexOf(`\n${boundary} end ${templateCount}\n`, from - 1);
    if (at < 0) return false;
    pos = at + 1;
    return true;
  };
  /** One stream's frame: its content, or what was cut. */
  const stream = (words: string[], name: 'o' | 'e', b: number): string | Extract<RawBlock, { kind: 'cut' }> => {
    if (words[0] === 'c') {
      expect(words, 'c', name, String(b));
      if (words[4] !== 'block' && words[4] !== 'host') throw new Broken(`unknown cap '${words[4] ?? ''}'`);
      return { kind: 'cut', stream: name, size: num(words[3]), cap: words[4] };
    }
    expect(words, name, String(b));
    return content(num(words[2]), words[3]);
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
      if (head[0] === 'end') {
        // Reached by a resync past templates whose headers were lost: the script finished, they have no frames.
        expect(head, 'end', String(templateCount));
        out.complete = true;
        return out;
      }
      expect(head, 't', String(t));
      const start = pos;
      try {
        out.templates[t - 1] = template(t);
      } catch (e) {
        if (!(e instanceof Broken)) throw e;
        if (!resync(t, start)) {
          out.problem = e.message;
          return out;
        }
        out.skipped[t - 1] = e.message;
      }
    }
    expect(line(), 'end', String(templateCount));
    out.complete = true;
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    out.problem ??= e.message;
  }
  return out;

  function template(t: number): RawBlock[] {
    const blocks: RawBlock[] = [];
    for (let b = 1; ; b++) {
      const words = line();
      if (words[0] === 'd') {
        expect(words, 'd', String(t));
        return blocks;
      }
      if (words[0] === 'm') {
        expect(words, 'm', String(b));
        blocks.push({ kind: 'engine-missing' });
      } else if (words[0] === 'f') {
        expect(words, 'f', String(b));
        const why = words[2] ?? '';
        if (why === 'env-nul' || why === 'env-too-large' || why === 'env-exec') {
          blocks.push({ kind: 'env', problem: why, ...(words[3] !== undefined ? { entry: num(words[3]) } : {}), ...(words[4] !== undefined ? { size: num(words[4]) } : {}) });
        } else blocks.push({ kind: 'failed', why });
      } else {
        const stdout = stream(words, 'o', b);
        const stderr = stream(line(), 'e', b);
        const x = line();
        expect(x, 'x', String(b));
        const exitCode = num(x[2]);
        const ms = num(x[3]);
        const precisionMs = num(x[4]);
        if (typeof stdout !== 'string') blocks.push(stdout);
        else if (typeof stderr !== 'string') blocks.push(stderr);
        else blocks.push({ kind: 'ran', stdout, stderr, exitCode, ms, precisionMs });
      }
    }
  }
}

/** What the transport reports for one template's frames; undefined when they do not add up. */
export function toBlockRuns(raw: readonly RawBlock[], template: Template, blockTimeoutSeconds: number): BlockRun[] | undefined {
  const runs: BlockRun[] = [];
  for (const [i, r] of raw.entries()) {
    const block = template.blocks[i];
    if (!block) return undefined;
    const n = block.index;
    switch (r.kind) {
      case 'engine-missing':
        runs.push(failed('engine-missing', `none of the engines ${block.engines.join(', ')} is on PATH`));
        break;
      case 'failed':
        runs.push(failed('failed', FAILED[r.why]?.(n) ?? `block ${n} failed on the host`));
        break;
      case 'cut': {
        const stream = r.stream === 'o' ? 'stdout' : 'stderr';
        runs.push(
          failed(
            'incomplete-output',
            r.cap === 'block'
              ? `block ${n} wrote more than ${inBytes(MAX_BLOCK_OUTPUT)} to ${stream}; the host stopped it at ${inBytes(r.size)}`
              : `this host's output passed what a run reads per host, at block ${n}'s ${stream} (${inBytes(r.size)})`,
          ),
        );
        break;
      }
      case 'env': {
        const failure = environmentFailure(r, template, i);
        runs.push(failed(failure.reason, failure.detail));
        break;
      }
      case 'ran':
        // The same rule as the local transport's: the block ran (or kept its output open) until its timeout. By the
        // duration alone: some `timeout`s (busybox's) exit with the probe's own status, which may be 0.
        if (r.ms + r.precisionMs >= blockTimeoutSeconds * 1000 - 50) {
          runs.push({ ...failed('timed-out', `block ${n} ran past its ${blockTimeoutSeconds}s timeout`), durationMs: r.ms });
        } else runs.push({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, durationMs: r.ms });
    }
  }
  // The script stops a template at its first failed block and otherwise runs them all.
  const last = runs.at(-1);
  if (runs.length < template.blocks.length && !last?.failure) return undefined;
  return runs;
}

function environmentFailure(r: Extract<RawBlock, { kind: 'env' }>, template: Template, i: number): { reason: UnauditedReason; detail: string } {
  const n = i + 1;
  const key = r.entry === undefined ? undefined : blockEnvironment(template, i)[r.entry]?.key;
  if (r.problem === 'env-exec') return { reason: 'environment-too-large', detail: `block ${n} could not start: its environment is more than the host lets a program start with (E2BIG)` };
  if (key === undefined) return { reason: 'failed', detail: `block ${n}: the host named an environment entry the block does not have` };
  if (r.problem === 'env-nul') return { reason: 'failed', detail: `block ${n} could not start: ${key} holds a NUL byte, which an environment variable cannot carry` };
  return {
    reason: 'environment-too-large',
    detail: `block ${n} could not start: ${key} takes ${inBytes(r.size ?? 0)}, more than the ${inBytes(MAX_ENV_STRING - 1)} Linux allows one environment variable`,
  };
}

/** What the script's `f <block> <why>` frames mean. */
const FAILED: Record<string, ((n: number) => string) | undefined> = {
  decode: (n) => `block ${n}: could not decode its source on the host (needs base64 or openssl)`,
  'temp-dir': (n) => `block ${n}: could not create a temp dir on the host`,
  write: (n) => `block ${n}: the host could not store its output or files on its disk (is it full?)`,
};

function failed(reason: UnauditedReason, detail: string): BlockRun {
  return { stdout: '', stderr: '', exitCode: null, durationMs: 0, failure: { reason, detail } };
}
