// `fleetprobe verify`: the trust rule for each template file, decided exactly as `scan` decides it
// (same reading, same imports, same checkTrust), without compiling anything.
import { UserError } from '../errors.js';
import { bundledSha256 } from './bundled.js';
import { findTemplateFiles, gapOf, readTemplateSource } from './load.js';
import type { TrustedKey } from './signature.js';
import { checkTrust, verifyLine } from './trust.js';

export interface Verified {
  file: string;
  trusted: boolean;
  line: string;
}

/** One result per template file below each path; a path that is missing or unreadable is one untrusted line. */
export async function verifyPaths(paths: readonly string[], keys: readonly TrustedKey[]): Promise<Verified[]> {
  const results: Verified[] = [];
  for (const p of paths) {
    const files = await findTemplateFiles([p]).catch((e: unknown) => {
      if (!(e instanceof UserError)) throw e;
      results.push({ file: p, trusted: false, line: `${p}: not trusted: ${e.message.startsWith(`${p}: `) ? e.message.slice(p.length + 2) : e.message}` });
      return [];
    });
    for (const { file } of files) results.push(await verifyFile(file, keys));
  }
  return results;
}

async function verifyFile(file: string, keys: readonly TrustedKey[]): Promise<Verified> {
  try {
    const source = await readTemplateSource(file);
    const check = checkTrust({ bytes: source.bytes, imported: source.imports.bytes, inline: source.imports.inline }, keys, bundledSha256());
    return { file, trusted: check.rule === 'signed' || check.rule === 'bundled', line: verifyLine(file, check) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const { line, reason } = gapOf(file, e);
    return { file, trusted: false, line: `${file}: not trusted: cannot be read as a template (${line === undefined ? '' : `${line}: `}${reason})` };
  }
}
