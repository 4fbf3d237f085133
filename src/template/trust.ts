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

const HOW_TO = 'pass --allow-unsigned (action input allow-unsigned: true) to run it, or --trusted-cert FILE (trusted-certs) to trust its signer';

export function decideTrust(input: { path: string; bytes: Buffer; imported?: readonly Buffer[] }, policy: TrustPolicy): Trust {
  const check = verifySignature(input.bytes, policy.keys, input.imported ?? []);
  if (check.status === 'valid') return { kind: 'signed', signer: check.signer };
  // Bundled templates are part of fleetprobe itself: trusted by their exact bytes, signed or not.
  if (policy.bundledSha256.has(createHash('sha256').update(input.bytes).digest('hex'))) return { kind: 'bundled' };
  if (policy.allowUnsigned) return { kind: 'allowed-unsigned', why: allowedWhy(check) };
  throw new UserError(`${input.path}: refused: ${refusedRule(check)}; ${HOW_TO}`);
}

type Failed = Exclude<SignatureCheck, { status: 'valid' }>;

/** The rule a template fails, as the refusal names it. */
function refusedRule(check: Failed): string {
  if (check.status === 'unsigned') return 'unsigned code template';
  switch (check.reason) {
    case 'unknown-key':
      return check.fragment ? `signed by untrusted key ${check.fragment}` : `signed by an untrusted key (${check.detail})`;
    case 'tampered':
      return `content changed after signing (the signature by key ${check.fragment ?? '?'} does not match)`;
    case 'malformed':
      return check.detail;
  }
}

/** What a run with allow-unsigned records about a template it let through. */
function allowedWhy(check: Failed): string {
  if (check.status === 'unsigned') return 'unsigned';
  switch (check.reason) {
    case 'unknown-key':
      return `unknown signer ${check.fragment ?? '(no key fragment)'}`;
    case 'tampered':
      return `tampered (the signature by key ${check.fragment ?? '?'} does not match)`;
    case 'malformed':
      return check.detail;
  }
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
