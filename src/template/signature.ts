// nuclei's template signature (`# digest: <hex gob(DER ECDSA sig)>:<md5 of signer's X>`), verified
// exactly as nuclei v3 does: content before the last digest line, trimmed, CRLF→LF, plus imported files.
import { createHash, createPublicKey, verify, X509Certificate, type KeyObject } from 'node:crypto';
import { UserError } from '../errors.js';
import { PROJECTDISCOVERY_CERT } from './certs.js';

export interface TrustedKey {
  /** Certificate subject CN: who signed. */
  name: string;
  /** md5 of the public key's X coordinate, as nuclei writes it after the colon. */
  fragment: string;
  key: KeyObject;
}

export type SignatureCheck =
  | { status: 'valid'; signer: string; fragment: string }
  | { status: 'invalid'; fragment?: string; detail: string }
  | { status: 'unsigned' };

const MARKER = Buffer.from('# digest: ');

export function loadTrustedKey(pemText: string, file: string): TrustedKey {
  const block = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(pemText);
  if (!block) throw new UserError(`${file}: not a PEM certificate (expected -----BEGIN CERTIFICATE----- or nuclei's PD NUCLEI USER CERTIFICATE)`);
  const der = Buffer.from(block[2]!.replace(/\s+/g, ''), 'base64');
  let key: KeyObject;
  let name: string;
  try {
    if (block[1] === 'PUBLIC KEY') {
      key = createPublicKey({ key: der, format: 'der', type: 'spki' });
      name = file;
    } else {
      // nuclei's own label is not standard PEM; the DER inside is an ordinary X.509 certificate.
      const cert = new X509Certificate(der);
      key = cert.publicKey;
      name = /CN=([^\n,]+)/.exec(cert.subject)?.[1] ?? cert.subject;
    }
  } catch (e) {
    throw new UserError(`${file}: not a readable certificate (${(e as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new UserError(`${file}: the key is ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ''}; nuclei signatures use ECDSA P-256`.replace(/ +;/, ';'));
  }
  return { name, fragment: fragmentOf(key), key };
}

let pd: TrustedKey | undefined;
export function projectDiscoveryKey(): TrustedKey {
  pd ??= loadTrustedKey(PROJECTDISCOVERY_CERT, 'embedded ProjectDiscovery certificate');
  return pd;
}

/** md5 of X as Go's big.Int.Bytes() gives it: big-endian, leading zero bytes dropped. */
function fragmentOf(key: KeyObject): string {
  let x = Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url');
  while (x.length > 1 && x[0] === 0) x = x.subarray(1);
  return createHash('md5').update(x).digest('hex');
}

export function verifySignature(bytes: Buffer, keys: readonly TrustedKey[], imported: readonly Buffer[] = []): SignatureCheck {
  const at = bytes.lastIndexOf(MARKER);
  if (at < 0) return { status: 'unsigned' };
  const token = bytes.subarray(at + MARKER.length).toString('utf8').trim();
  const m = /^([0-9a-f]+):([0-9a-f]+)$/.exec(token);
  if (!m) return { status: 'invalid', detail: 'malformed digest line (expected # digest: <hex>:<fragment>)' };
  const fragment = m[2]!;
  const signer = keys.find((k) => k.fragment === fragment);
  if (!signer) return { status: 'invalid', fragment, detail: `signed by an unknown key (fragment ${fragment})` };
  const der = gobBytes(Buffer.from(m[1]!, 'hex'));
  if (!der) return { status: 'invalid', fragment, detail: 'malformed digest line (the signature is not a gob-encoded byte slice)' };
  const content = Buffer.concat([crlfToLf(trimSpace(bytes.subarray(0, at))), ...imported.flatMap((f) => [Buffer.from('\n'), f])]);
  const ok = verify('sha256', content, { key: signer.key, dsaEncoding: 'der' }, der);
  return ok ? { status: 'valid', signer: signer.name, fragment } : { status: 'invalid', fragment, detail: `content changed after signing (the ${signer.name} signature does not match)` };
}

/** Go's encoding/gob of a top-level []byte: uint msgLen, int typeId, uint fieldDelta, uint len, bytes. */
function gobBytes(buf: Buffer): Buffer | undefined {
  let pos = 0;
  const uint = (): number | undefined => {
    const first = buf[pos++];
    if (first === undefined) return undefined;
    if (first < 0x80) return first;
    const n = 256 - first; // a negated byte count follows
    if (n > 6 || pos + n > buf.length) return undefined;
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + buf[pos++]!;
    return v;
  };
  const msgLen = uint();
  const start = pos;
  const typeId = uint();
  const delta = uint();
  const len = uint();
  // typeId 5 ([]byte) is sent zig-zag encoded as 10.
  if (msgLen === undefined || typeId !== 10 || delta !== 0 || len === undefined) return undefined;
  if (pos + len > buf.length || start + msgLen !== pos + len) return undefined;
  return buf.subarray(pos, pos + len);
}

function trimSpace(b: Buffer): Buffer {
  let s = 0;
  let e = b.length;
  const space = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
  while (s < e && space(b[s]!)) s++;
  while (e > s && space(b[e - 1]!)) e--;
  return b.subarray(s, e);
}

function crlfToLf(b: Buffer): Buffer {
  return Buffer.from(b.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
}
