// Script files a template imports (`source: probe.sh`), and the rule that keeps their signature unambiguous.
//
// nuclei treats a block's `source` as a file when it holds no newline and names an existing file; the
// file's bytes replace `source` and join the signed content as template + "\n" + file (+ "\n" + file...).
// Those bytes do not say where the template ends, so an attacker could move lines between the template
// and a file and keep the signature. fleetprobe trusts such a signature only when the boundaries are
// marked: see importBoundaryProblem and README (Trust).
import { constants, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { oneLine } from '../report/untrusted.js';
import { FileProblem, readRegularFile } from './file.js';
import { MAX_TEMPLATE_BYTES } from './text.js';
import type { YamlWhere } from './where.js';

export interface Imports {
  /** Each imported file's bytes, in block order: what the signature covers after the template. */
  bytes: Buffer[];
  /** Block index → the imported script that replaces its `source`. */
  sources: ReadonlyMap<number, string>;
  /** Blocks (1-based) whose `source` is one line that names no file: run as an inline script, as nuclei runs it. */
  inline: { block: number; source: string }[];
}

export const NO_IMPORTS: Imports = { bytes: [], sources: new Map(), inline: [] };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the files named by `source` fields. A file is resolved inside the template's directory by its
 * real path (symlinks followed), so a link out of the directory is refused rather than read.
 */
export async function readImports(value: unknown, file: string, where: YamlWhere): Promise<Imports> {
  const blocks = (value as { code?: unknown } | null)?.code;
  if (!Array.isArray(blocks)) return NO_IMPORTS;
  const dir = await realpath(path.dirname(path.resolve(file)));
  const imports = { bytes: [] as Buffer[], sources: new Map<number, string>(), inline: [] as Imports['inline'] };
  for (const [i, block] of blocks.entries()) {
    const source = (block as { source?: unknown } | null)?.source;
    if (typeof source !== 'string' || source === '' || source.includes('\n')) continue;
    const named = path.resolve(dir, source);
    // Like nuclei, anything but an existing non-directory is an inline one-line script.
    const info = await stat(named).catch(() => undefined);
    if (!info || info.isDirectory()) {
      imports.inline.push({ block: i + 1, source });
      continue;
    }
    const line = where.line(['code', i, 'source']);
    const real = await realpath(named);
    if (!real.startsWith(dir + path.sep)) {
      throw inputError(file, line, `source file '${source}' resolves to ${real}, outside the template's directory; only files inside it may be imported (symlinks out are refused)`);
    }
    // The link just resolved is not followed again: a swap after realpath cannot lead the read out of the directory.
    const content = await readRegularFile(real, MAX_TEMPLATE_BYTES, constants.O_NOFOLLOW).catch((e: unknown) => {
      throw e instanceof FileProblem ? inputError(file, line, `source '${source}' ${e.message}`) : e;
    });
    let text: string;
    try {
      // What runs is this text; invalid UTF-8 would run as U+FFFD, not as the bytes signed.
      text = UTF8.decode(content);
    } catch {
      throw inputError(file, line, `source file '${source}' is not valid UTF-8 text`);
    }
    imports.bytes.push(content);
    imports.sources.set(i, text);
  }
  return imports;
}

const SHEBANG_LINE = Buffer.from('\n#!');

/**
 * Why a signature over `content` + imported files cannot be trusted, or undefined. The boundaries are
 * marked by `#!` lines: every imported file starts with one, and the signed bytes hold no other line
 * that starts with `#!` (the first byte aside). Two layouts that both follow this rule put the
 * boundaries at the same places, so bytes moved across a boundary always break it. Which block gets
 * which file must not depend on which files exist either: with imports, no one-line `source` may stay
 * inline. And the signed bytes must not read as one YAML template, which they could have been signed
 * as, with no import, before someone created the "imported" file.
 */
export function importBoundaryProblem(content: Buffer, imported: readonly Buffer[], inline: Imports['inline']): string | undefined {
  const marks = countOf(content, SHEBANG_LINE) + imported.reduce((n, f) => n + countOf(f, SHEBANG_LINE), 0);
  if (imported.length === 0) {
    return marks === 0 ? undefined : "a line of the template starts with '#!', which marks where an imported file begins in signed bytes";
  }
  const unmarked = imported.findIndex((f) => !(f[0] === 0x23 && f[1] === 0x21));
  if (unmarked >= 0) return `imported file ${unmarked + 1} does not start with a '#!' line, so where the template ends is ambiguous`;
  if (marks !== 0) return `the signed bytes hold ${marks} more line(s) starting with '#!' than imported files, so where each file begins is ambiguous`;
  const [stays] = inline;
  if (stays) {
    return `block ${stays.block}'s source '${oneLine(stays.source, 80)}' is one line that names no file beside the template; with imported files every one-line source must be one, or which block runs which file would depend on which files exist`;
  }
  const first = firstCommand(imported);
  if (first === undefined) return 'the imported files hold nothing but comments, so template and files may have been signed as one template';
  if (!plainKeyless(first)) return `the first command of the imported files ('${oneLine(first, 80)}') could also be YAML, so template and files may have been signed as one template; start it at column 0 with a command word, without ': '`;
  return undefined;
}

/** The first line of the imported files that is not blank or a comment (their `#!` lines are comments to YAML). */
function firstCommand(imported: readonly Buffer[]): string | undefined {
  // yaml.v3 breaks lines at CR, LF, NEL, LS and PS.
  return imported
    .map((f) => f.toString('utf8'))
    .join('\n')
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .find((l) => !/^[ \t]*(?:#.*)?$/.test(l));
}

/**
 * Whether Go's yaml.v3 (nuclei) fails on this line after a template: a plain scalar at column 0 could only be a
 * mapping key, and without a `:` it is none, so bytes holding it were never a template nuclei could sign. Anything
 * else might continue one: `---` ends the document nuclei reads, `x: $(cmd)` is a key and a command, `- x` a value.
 */
function plainKeyless(line: string): boolean {
  // The scalar ends where a comment starts (a `#` after a blank); a `:` before that, then a blank or the end, makes it a key.
  const scalar = line.split(/[ \t]#/)[0]!;
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(line) && !line.startsWith('...') && !/:(?:[ \t]|$)/.test(scalar);
}

function countOf(haystack: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}
