// Which templates may run: nuclei refuses unsigned or tampered code templates; fleetprobe does the same,
// trusting also its own bundled templates (by exact content hash) and, on request, unsigned ones.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { Trust } from '../types.js';
import { loadTrustedKey, projectDiscoveryKey, verifySignature, type SignatureCheck, type TrustedKey } from './signature.js';

export interface TrustPolicy {
  keys: readonly TrustedKey[];
  allowUnsigned: boolean;
  bundledSha256: ReadonlySet<string>;
}

const HOW_TO = 'pass --allow-unsigned (action input allow-unsigned: true) to run it anyway, or --trusted-cert FILE (trusted-certs) to trust its signer';

export function decideTrust(input: { path: string; bytes: Buffer; imported?: readonly Buffer[] }, policy: TrustPolicy): Trust {
  const check = verifySignature(input.bytes, policy.keys, input.imported ?? []);
  if (check.status === 'valid') return { kind: 'signed', signer: check.signer };
  if (policy.bundledSha256.has(createHash('sha256').update(input.bytes).digest('hex'))) return { kind: 'bundled' };
  const why = check.status === 'unsigned' ? 'unsigned' : check.detail;
  if (policy.allowUnsigned) return { kind: 'allowed-unsigned', why };
  throw new UserError(`${input.path}: refused: code templates must be signed by a trusted key, and this one is ${check.status === 'unsigned' ? 'unsigned' : check.detail}; ${HOW_TO}`);
}

/** ProjectDiscovery's key plus each certificate file the user trusts. */
export async function loadTrustedKeys(files: readonly string[]): Promise<TrustedKey[]> {
  const extra = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
        throw new UserError(`${file}: cannot read trusted certificate (${e.code ?? e.message})`);
      });
      return loadTrustedKey(text, file);
    }),
  );
  return [projectDiscoveryKey(), ...extra];
}

/** One line for `fleetprobe verify`. */
export function verifyLine(path: string, check: SignatureCheck): string {
  switch (check.status) {
    case 'valid':
      return `${path}: valid (signed by ${check.signer}, key ${check.fragment})`;
    case 'invalid':
      return `${path}: invalid (${check.detail})`;
    case 'unsigned':
      return `${path}: unsigned`;
  }
}
