// Test-only: signs a template the way nuclei's -sign does, so tests can make templates signed by a key
// of their own (trimmed content, sha256, ECDSA DER, gob-wrapped, hex, then `:` and the signer's fragment).
// fixtures/signed/ was made with it and the fixtures/keys/test-signer pair (openssl, P-256, CN fleetprobe-test).
// Like nuclei's Sign, it does not normalise CRLF: sign LF text.
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadTrustedKey } from '../../src/template/signature.js';

export const TEST_CERT = 'fixtures/keys/test-signer.crt';
const TEST_KEY = 'fixtures/keys/test-signer.key';

export function signTemplate(text: string, imported: readonly Buffer[] = [], keyFile = TEST_KEY, certFile = TEST_CERT): string {
  const body = text.trimEnd().replace(/\n?# digest: .*$/, '').trim();
  const content = Buffer.concat([Buffer.from(body), ...imported.flatMap((f) => [Buffer.from('\n'), f])]);
  const der = sign('sha256', content, { key: createPrivateKey(readFileSync(keyFile)), dsaEncoding: 'der' });
  const fragment = loadTrustedKey(readFileSync(certFile, 'utf8'), certFile).fragment;
  return `${body}\n# digest: ${gobBytes(der).toString('hex')}:${fragment}`;
}

/** encoding/gob of a top-level []byte. */
export function gobBytes(payload: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from([0x0a, 0x00]), gobUint(payload.length), payload]);
  return Buffer.concat([gobUint(body.length), body]);
}

function gobUint(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from([256 - bytes.length, ...bytes]);
}
