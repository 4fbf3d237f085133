// Script files a template imports (`source: probe.sh`), and the rule that keeps their signature unambiguous.
//
// nuclei treats a block's `source` as a file when it holds no newline and names an existing file; the
// file's bytes replace `source` and join the signed content as template + "\n" + file (+ "\n" + file...).
// Those bytes do not say where the template ends, so an attacker could move lines between the template
// and a file and keep the signature. fleetprobe trusts such a signature only when the boundaries are
// marked: see importBoundaryProblem and README (Trust).
import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, isMap } from 'yaml';
import { inputError } from '../errors.js';
import { MAX_TEMPLATE_BYTES } from './text.js';
import type { YamlWhere } from './where.js';

export interface Imports {
  /** Each imported file's bytes, in block order: what the signature covers after the template. */
  bytes: Buffer[];
  /** Block index → the imported script that replaces its `source`. */
  sources: ReadonlyMap<number, string>;
}

export const NO_IMPORTS: Imports = { bytes: [], sources: new Map() };

/**
 * Reads the files named by `source` fields. A file is resolved inside the template's directory by its
 * real path (symlinks followed), so a link out of the directory is refused rather than read.
 */
export async function readImports(value: unknown, file: string, where: YamlWhere): Promise<Imports> {
  const blocks = (value as { code?: unknown } | null)?.code;
  if (!Array.isArray(blocks)) return NO_IMPORTS;
  const dir = await realpath(path.dirname(path.resolve(file)));
  const bytes: Buffer[] = [];
  const sources = new Map<number, string>();
  for (const [i, block] of blocks.entries()) {
    const source = (block as { source?: unknown } | null)?.source;
    if (typeof source !== 'string' || source === '' || source.includes('\n')) continue;
    const named = path.resolve(dir, source);
    // Like nuclei, anything but an existing non-directory is an inline one-line script.
    const info = await stat(named).catch(() => undefined);
    if (!info || info.isDirectory()) continue;
    const line = where.line(['code', i, 'source']);
    const real = await realpath(named);
    if (!real.startsWith(dir + path.sep)) {
      throw inputError(file, line, `source file '${source}' resolves to ${real}, outside the template's directory; only files inside it may be imported (symlinks out are refused)`);
    }
    if (!info.isFile()) throw inputError(file, line, `source '${source}' is not a regular file`);
    if (info.size > MAX_TEMPLATE_BYTES) throw inputError(file, line, `source file '${source}' is ${info.size} bytes; at most ${MAX_TEMPLATE_BYTES} are allowed`);
    const content = await readFile(real);
    bytes.push(content);
    sources.set(i, content.toString('utf8'));
  }
  return { bytes, sources };
}

const SHEBANG_LINE = Buffer.from('\n#!');

/**
 * Why a signature over `content` + imported files cannot be trusted, or undefined. The boundaries are
 * marked by `#!` lines: every imported file starts with one, and the signed bytes hold no other line
 * that starts with `#!` (the first byte aside). Two layouts that both follow this rule put the
 * boundaries at the same places, so bytes moved across a boundary always break it. And the signed
 * bytes must not read as one YAML template on their own, which they could have been signed as, with
 * no import, before someone created the "imported" file.
 */
export function importBoundaryProblem(content: Buffer, imported: readonly Buffer[]): string | undefined {
  const marks = countOf(content, SHEBANG_LINE) + imported.reduce((n, f) => n + countOf(f, SHEBANG_LINE), 0);
  if (imported.length === 0) {
    return marks === 0 ? undefined : "a line of the template starts with '#!', which marks where an imported file begins in signed bytes";
  }
  const unmarked = imported.findIndex((f) => !(f[0] === 0x23 && f[1] === 0x21));
  if (unmarked >= 0) return `imported file ${unmarked + 1} does not start with a '#!' line, so where the template ends is ambiguous`;
  if (marks !== 0) return `the signed bytes hold ${marks} more line(s) starting with '#!' than imported files, so where each file begins is ambiguous`;
  const whole = Buffer.concat([content, ...imported.flatMap((f) => [Buffer.from('\n'), f])]).toString('utf8');
  if (readsAsTemplate(whole)) return 'the template and its imported files read as one YAML template too, so the signature may be for that template';
  return undefined;
}

function readsAsTemplate(text: string): boolean {
  try {
    const doc = parseDocument(text, { uniqueKeys: false });
    return doc.errors.length === 0 && isMap(doc.contents);
  } catch {
    return false;
  }
}

function countOf(haystack: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}
