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

/** Why a digest did not verify; `detail` says it in words. */
export type InvalidReason = 'unknown-key' | 'tampered' | 'malformed';

export type SignatureCheck =
  | { status: 'valid'; signer: string; fragment: string }
  | { status: 'invalid'; reason: InvalidReason; fragment?: string; detail: string }
  | { status: 'unsigned' };

const MARKER = Buffer.from('# digest: ');
const EXPECTED = "expected a PEM certificate with an ECDSA P-256 key (-----BEGIN CERTIFICATE----- or nuclei's PD NUCLEI USER CERTIFICATE)";

export function loadTrustedKey(pemText: string, file: string): TrustedKey {
  // Like Go's pem.Decode, the label is free: nuclei writes `PD NUCLEI USER CERTIFICATE` around plain X.509 DER.
  const block = /-----BEGIN ([^-\r\n]+)-----([\s\S]*?)-----END \1-----/.exec(pemText);
  if (!block) throw new UserError(`${file}: no PEM block found; ${EXPECTED}`);
  const der = Buffer.from(block[2]!.replace(/\s+/g, ''), 'base64');
  let key: KeyObject;
  let name: string;
  try {
    if (block[1] === 'PUBLIC KEY') {
      key = createPublicKey({ key: der, format: 'der', type: 'spki' });
      name = file;
    } else {
      const cert = new X509Certificate(der);
      key = cert.publicKey;
      name = /^CN=(.*)$/m.exec(cert.subject)?.[1] ?? '';
    }
  } catch (e) {
    throw new UserError(`${file}: unreadable ${block[1]} (${(e as Error).message}); ${EXPECTED}`);
  }
  // nuclei refuses a certificate without a CN: the CN is how it names the signer.
  if (!name) throw new UserError(`${file}: the certificate has no subject CN; ${EXPECTED}`);
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (key.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
    throw new UserError(`${file}: the key is ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''}; ${EXPECTED}`);
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
  while (x.length > 0 && x[0] === 0) x = x.subarray(1);
  return createHash('md5').update(x).digest('hex');
}

/**
 * What a signature covers of the template file itself: the bytes before the last `# digest: ` (all of
 * them when there is none), trimmed as Go's bytes.TrimSpace does, CRLF as LF. `leadingLines` counts the
 * line breaks trimmed off the front, so lines in this text map back to lines of the file.
 */
export function signedContent(bytes: Buffer): { content: Buffer; leadingLines: number } {
  const at = bytes.lastIndexOf(MARKER);
  const before = at < 0 ? bytes : bytes.subarray(0, at);
  const trimmed = goTrimSpace(before);
  const leadingLines = before.subarray(0, trimmed.byteOffset - before.byteOffset).toString('latin1').split('\n').length - 1;
  return { content: crlfToLf(trimmed), leadingLines };
}

export function verifySignature(bytes: Buffer, keys: readonly TrustedKey[], imported: readonly Buffer[] = []): SignatureCheck {
  const at = bytes.lastIndexOf(MARKER);
  if (at < 0) return { status: 'unsigned' };
  const token = goTrimSpace(bytes.subarray(at + MARKER.length)).toString('latin1');
  // nuclei strips only a verifier's own `:fragment`; a digest with no fragment (early v3) is tried on every key.
  const colon = token.indexOf(':');
  const hex = colon < 0 ? token : token.slice(0, colon);
  const fragment = colon < 0 ? undefined : token.slice(colon + 1);
  const malformed = (why: string): SignatureCheck => ({ status: 'invalid', reason: 'malformed', ...(fragment && { fragment }), detail: `malformed digest line (${why})` });
  if (fragment !== undefined && !/^[0-9a-f]{32}$/.test(fragment)) return malformed('expected # digest: <hex>:<32 hex digits naming the key>');
  const candidates = fragment === undefined ? keys : keys.filter((k) => k.fragment === fragment);
  if (fragment !== undefined && candidates.length === 0) return { status: 'invalid', reason: 'unknown-key', fragment, detail: `signed by an unknown key (fragment ${fragment})` };
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return malformed('the signature is not hex');
  const der = decodeGobBytes(Buffer.from(hex, 'hex'));
  if (!der) return malformed('the signature is not a gob-encoded byte slice');
  const content = Buffer.concat([signedContent(bytes).content, ...imported.flatMap((f) => [Buffer.from('\n'), f])]);
  // Like Go's ecdsa.VerifyASN1, bytes that are not a DER signature simply do not verify.
  const signer = candidates.find((k) => verify('sha256', content, { key: k.key, dsaEncoding: 'der' }, der));
  if (signer) return { status: 'valid', signer: signer.name, fragment: signer.fragment };
  if (fragment === undefined) return { status: 'invalid', reason: 'unknown-key', detail: 'signed by an unknown key (the digest names no key, and no trusted key matches)' };
  return { status: 'invalid', reason: 'tampered', fragment, detail: 'signature does not match the content (tampered)' };
}

/**
 * Go's encoding/gob of a top-level []byte, as nuclei's gob.Decoder.Decode reads it: uint msgLen, then in
 * that message int typeId (5, zig-zagged to 10), uint fieldDelta 0, uint byteLen, the bytes. Like Go, bytes
 * after the value are ignored. Returns undefined where Go's decoder errors.
 */
export function decodeGobBytes(buf: Buffer): Buffer | undefined {
  let pos = 0;
  let end = buf.length;
  // A uint below 128 is one byte; otherwise the byte is minus the count (≤ 8) of big-endian bytes that follow.
  const uint = (): number | undefined => {
    if (pos >= end) return undefined;
    const first = buf[pos++]!;
    if (first < 0x80) return first;
    const n = 256 - first;
    if (n > 8 || pos + n > end) return undefined;
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + buf[pos++]!;
    return v;
  };
  const msgLen = uint();
  if (msgLen === undefined || msgLen === 0 || pos + msgLen > buf.length) return undefined;
  end = pos + msgLen;
  if (uint() !== 10 || uint() !== 0) return undefined;
  const len = uint();
  if (len === undefined || pos + len > end) return undefined;
  return buf.subarray(pos, pos + len);
}

/** Go's unicode.IsSpace (JS's trim differs: it also drops U+FEFF, which Go keeps). */
function isGoSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Go's bytes.TrimSpace. Whitespace decodes exactly from UTF-8, so its encoded length is what to cut. */
function goTrimSpace(b: Buffer): Buffer {
  const text = b.toString('utf8');
  let s = 0;
  let e = text.length;
  while (s < e && isGoSpace(text.charCodeAt(s))) s++;
  while (e > s && isGoSpace(text.charCodeAt(e - 1))) e--;
  return b.subarray(Buffer.byteLength(text.slice(0, s)), b.length - Buffer.byteLength(text.slice(e)));
}

function crlfToLf(b: Buffer): Buffer {
  return Buffer.from(b.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
}
