// Which templates may run: nuclei refuses unsigned or tampered code templates; fleetprobe does the same,
// trusting also its own bundled templates (by exact content hash) and, on request, unsigned ones.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { Trust } from '../types.js';
import { importBoundaryProblem, type Imports } from './imports.js';
import { loadTrustedKey, projectDiscoveryKey, signedContent, verifySignature, type TrustedKey } from './signature.js';

export interface TrustPolicy {
  keys: readonly TrustedKey[];
  allowUnsigned: boolean;
  bundledSha256: ReadonlySet<string>;
}

/** What a template file is, trust-wise: the rule that applies to it. `verify` prints it; `scan` acts on it. */
export type TrustCheck =
  | { rule: 'signed'; signer: string; fragment: string; imported: number }
  | { rule: 'bundled' }
  | { rule: 'unsigned' }
  | { rule: 'unknown-key'; fragment?: string }
  | { rule: 'tampered'; fragment?: string }
  | { rule: 'malformed'; detail: string }
  | { rule: 'ambiguous-imports'; signer: string; detail: string };

export interface TrustInput {
  /** The template file's bytes, as read. */
  bytes: Buffer;
  /** Its imported files' bytes, in order (see imports.ts). */
  imported?: readonly Buffer[];
  /** Its blocks whose one-line `source` names no file (see imports.ts). */
  inline?: Imports['inline'];
}

const HOW_TO = 'pass --allow-unsigned (action input allow-unsigned: true) to run it, or --trusted-cert FILE (trusted-certs) to trust its signer';

/** The one trust decision, shared by `scan` and `verify`. Reads nothing but the bytes given. */
export function checkTrust(input: TrustInput, keys: readonly TrustedKey[], bundled: ReadonlySet<string>): TrustCheck {
  const imported = input.imported ?? [];
  const check = verifySignature(input.bytes, keys, imported);
  if (check.status === 'valid') {
    const ambiguous = importBoundaryProblem(signedContent(input.bytes).content, imported, input.inline ?? []);
    if (ambiguous) return { rule: 'ambiguous-imports', signer: check.signer, detail: ambiguous };
    return { rule: 'signed', signer: check.signer, fragment: check.fragment, imported: imported.length };
  }
  // Bundled templates are part of fleetprobe itself: trusted by their exact bytes, signed or not.
  if (imported.length === 0 && bundled.has(createHash('sha256').update(input.bytes).digest('hex'))) return { rule: 'bundled' };
  if (check.status === 'unsigned') return { rule: 'unsigned' };
  switch (check.reason) {
    case 'unknown-key':
      return { rule: 'unknown-key', ...(check.fragment ? { fragment: check.fragment } : {}) };
    case 'tampered':
      return { rule: 'tampered', ...(check.fragment ? { fragment: check.fragment } : {}) };
    case 'malformed':
      return { rule: 'malformed', detail: check.detail };
  }
}

/** Whether a template may run under the policy; throws a one-line refusal naming the rule when not. */
export function decideTrust(input: TrustInput & { path: string }, policy: TrustPolicy): Trust {
  const check = checkTrust(input, policy.keys, policy.bundledSha256);
  if (check.rule === 'signed') return { kind: 'signed', signer: check.signer };
  if (check.rule === 'bundled') return { kind: 'bundled' };
  if (policy.allowUnsigned) return { kind: 'allowed-unsigned', why: ruleText(check) };
  throw new UserError(`${input.path}: refused: ${ruleText(check)}; ${HOW_TO}`);
}

/** The rule in words, as refusals, `allowed-unsigned` records and `verify` name it. */
export function ruleText(check: TrustCheck): string {
  switch (check.rule) {
    case 'signed':
      return `signed by ${check.signer} (key ${check.fragment})${check.imported > 0 ? ` with ${check.imported} imported file(s)` : ''}`;
    case 'bundled':
      return 'bundled with fleetprobe (trusted by its exact content hash)';
    case 'unsigned':
      return 'unsigned code template';
    case 'unknown-key':
      return check.fragment ? `signed by an unknown key ${check.fragment}` : 'signed by an unknown key (the digest names no key, and no trusted key matches)';
    case 'tampered':
      return `changed after signing (the signature by key ${check.fragment ?? '?'} does not match)`;
    case 'malformed':
      return check.detail;
    case 'ambiguous-imports':
      return `signed by ${check.signer}, but the signature covers imported files with an ambiguous boundary: ${check.detail}`;
  }
}

/** One line for `fleetprobe verify`. */
export function verifyLine(path: string, check: TrustCheck): string {
  const trusted = check.rule === 'signed' || check.rule === 'bundled';
  return `${path}: ${trusted ? 'trusted' : 'not trusted'}: ${ruleText(check)}`;
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
