// nuclei's `# digest:` signatures, checked against the rules of nuclei v3.10 (pkg/templates/signer).
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGobBytes, loadTrustedKey, projectDiscoveryKey, verifySignature } from '../../src/template/signature.js';
import { gobBytes, signTemplate, TEST_CERT } from '../support/sign.js';

const SEED = readFileSync('fixtures/templates/smtp-open-relay.yaml');
const PD = projectDiscoveryKey();
const TEST = loadTrustedKey(readFileSync(TEST_CERT, 'utf8'), TEST_CERT);
const body = SEED.toString().replace(/# digest: .*$/, '');
const digestOf = (b: Buffer) => /# digest: (\w+):/.exec(b.toString())![1]!;

describe('trusted keys', () => {
  it("ProjectDiscovery's certificate (nuclei's own PEM label) gives nuclei's fragment for it", () => {
    expect(PD.name).toBe('projectdiscovery/nuclei-templates');
    expect(PD.fragment).toBe('922c64590222798bb761d5b6d8e72950');
    expect(projectDiscoveryKey()).toBe(PD);
  });

  it('a standard CERTIFICATE and a bare PUBLIC KEY load too', () => {
    expect(TEST.name).toBe('fleetprobe-test');
    const spki = PD.key.export({ format: 'pem', type: 'spki' }).toString();
    expect(loadTrustedKey(spki, 'pd.pem')).toMatchObject({ name: 'pd.pem', fragment: PD.fragment });
  });

  it('refuses what is not a P-256 certificate, naming the file and what was expected', () => {
    expect(() => loadTrustedKey('hello', 'my.crt')).toThrowError(/^my\.crt: no PEM block found; expected a PEM certificate with an ECDSA P-256 key/);
    expect(() => loadTrustedKey('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', 'bad.crt')).toThrowError(/^bad\.crt: unreadable CERTIFICATE/);
    expect(() => loadTrustedKey(readFileSync('fixtures/keys/rsa.pub', 'utf8'), 'rsa.pub')).toThrowError(/^rsa\.pub: the key is rsa; expected .*P-256/);
  });
});

describe('verifying a template', () => {
  it('the seed verifies against ProjectDiscovery', () => {
    expect(verifySignature(SEED, [PD])).toEqual({ status: 'valid', signer: PD.name, fragment: PD.fragment });
  });

  it('one changed byte is tampering', () => {
    const changed = Buffer.from(SEED);
    changed[SEED.indexOf('high')] = 'H'.charCodeAt(0);
    expect(verifySignature(changed, [PD])).toEqual({
      status: 'invalid',
      reason: 'tampered',
      fragment: PD.fragment,
      detail: 'signature does not match the content (tampered)',
    });
  });

  it('a CRLF copy and surrounding whitespace still verify, as in nuclei', () => {
    expect(verifySignature(Buffer.from(SEED.toString().replaceAll('\n', '\r\n')), [PD]).status).toBe('valid');
    expect(verifySignature(Buffer.from(`\n\n \t${SEED.toString()}\n\n`), [PD]).status).toBe('valid');
    // Go's TrimSpace drops Unicode spaces such as NBSP, but not a BOM (JS's trim would drop both).
    expect(verifySignature(Buffer.from(`\u00a0${SEED.toString()}`), [PD]).status).toBe('valid');
    expect(verifySignature(Buffer.from(`\ufeff${SEED.toString()}`), [PD]).status).toBe('invalid');
  });

  it('only the last digest line counts', () => {
    const twice = Buffer.from(`${body}# digest: 00:${PD.fragment}\n${SEED.toString().slice(body.length)}`);
    expect(verifySignature(twice, [PD]).status).toBe('invalid'); // the first digest line is now signed content
    expect(verifySignature(Buffer.from(`${SEED.toString()}\n# digest: zz`), [PD]).status).toBe('invalid');
  });

  it('no digest line is unsigned; garbled ones are malformed', () => {
    expect(verifySignature(Buffer.from(body), [PD])).toEqual({ status: 'unsigned' });
    const check = (digest: string) => verifySignature(Buffer.from(`${body}# digest: ${digest}`), [PD]);
    expect(check(`nothex:${PD.fragment}`)).toMatchObject({ status: 'invalid', reason: 'malformed', detail: 'malformed digest line (the signature is not hex)' });
    expect(check(`0102:${PD.fragment}`)).toMatchObject({ reason: 'malformed', detail: 'malformed digest line (the signature is not a gob-encoded byte slice)' });
    expect(check(`${gobBytes(Buffer.from('not der')).toString('hex')}:${PD.fragment}`)).toMatchObject({ reason: 'tampered' }); // Go's VerifyASN1 just says no
    expect(check(`${digestOf(SEED)}:nope`)).toMatchObject({ reason: 'malformed', detail: expect.stringMatching(/32 hex digits/) });
    expect(check(`${digestOf(SEED)}:${PD.fragment} trailing`)).toMatchObject({ reason: 'malformed' });
  });

  it('uppercase hex decodes, as Go hex does; a digest naming no key is tried on every key', () => {
    expect(verifySignature(Buffer.from(`${body}# digest: ${digestOf(SEED).toUpperCase()}:${PD.fragment}`), [PD]).status).toBe('valid');
    expect(verifySignature(Buffer.from(`${body}# digest: ${digestOf(SEED)}`), [TEST, PD])).toMatchObject({ status: 'valid', signer: PD.name });
    expect(verifySignature(Buffer.from(`${body}# digest: ${digestOf(SEED)}`), [TEST])).toMatchObject({ status: 'invalid', reason: 'unknown-key' });
  });

  it('a template signed with a user key verifies only when that certificate is trusted', () => {
    const signed = readFileSync('fixtures/signed/smtp-open-relay.yaml');
    expect(verifySignature(signed, [PD])).toEqual({ status: 'invalid', reason: 'unknown-key', fragment: TEST.fragment, detail: `signed by an unknown key (fragment ${TEST.fragment})` });
    expect(verifySignature(signed, [PD, TEST])).toEqual({ status: 'valid', signer: 'fleetprobe-test', fragment: TEST.fragment });
    // The fixture is what the test signer makes today (ECDSA signatures are randomised, so compare content).
    expect(signed.toString().replace(/# digest: .*/, '')).toBe(signTemplate(SEED.toString()).replace(/# digest: .*/, ''));
    expect(verifySignature(Buffer.from(signTemplate(SEED.toString())), [TEST]).status).toBe('valid');
  });

  it('imported script files are part of the signed content: "\\n" + each file, in order', () => {
    const template = readFileSync('fixtures/signed/imported/imported.yaml');
    const script = readFileSync('fixtures/signed/imported/probe.sh');
    expect(verifySignature(template, [TEST], [script]).status).toBe('valid');
    expect(verifySignature(template, [TEST]).status).toBe('invalid');
    expect(verifySignature(template, [TEST], [Buffer.from('echo changed\n')])).toMatchObject({ reason: 'tampered' });
    const [a, b] = [Buffer.from('echo a\n'), Buffer.from('echo b\n')];
    const two = Buffer.from(signTemplate('id: two\n', [a, b]));
    expect(verifySignature(two, [TEST], [a, b]).status).toBe('valid');
    expect(verifySignature(two, [TEST], [b, a]).status).toBe('invalid');
  });
});

describe('gob-encoded []byte', () => {
  it('reads the headers nuclei writes for 70-, 71- and 72-byte DER', () => {
    for (const n of [70, 71, 72]) {
      const wrapped = gobBytes(Buffer.alloc(n, 7));
      expect(wrapped.subarray(0, 4)).toEqual(Buffer.from([n + 3, 0x0a, 0x00, n]));
      expect(decodeGobBytes(wrapped)).toEqual(Buffer.alloc(n, 7));
    }
  });

  it('lengths of 128 and more use the multi-byte uint form (minus the byte count, then big-endian)', () => {
    expect(gobBytes(Buffer.alloc(200, 1)).subarray(0, 6).toString('hex')).toBe('ffcc0a00ffc8');
    expect(gobBytes(Buffer.alloc(300, 1)).subarray(0, 8).toString('hex')).toBe('fe01310a00fe012c');
    for (const n of [0, 1, 124, 125, 127, 128, 255, 256, 70000]) expect(decodeGobBytes(gobBytes(Buffer.alloc(n, 9)))?.length).toBe(n);
    // Go does not insist on the shortest form.
    expect(decodeGobBytes(Buffer.from('ff060a00ff020102', 'hex'))).toEqual(Buffer.from([1, 2]));
    expect(decodeGobBytes(Buffer.from('f800000000000000050a00020102', 'hex'))).toEqual(Buffer.from([1, 2])); // 8 bytes, the most Go reads
  });

  it('bytes after the value are ignored, as gob.Decoder.Decode ignores them', () => {
    expect(decodeGobBytes(Buffer.from('060a0002010203', 'hex'))).toEqual(Buffer.from([1, 2])); // inside the message
    expect(decodeGobBytes(Buffer.from('050a0002010299', 'hex'))).toEqual(Buffer.from([1, 2])); // after it
  });

  it('refuses what Go refuses (checked against encoding/gob)', () => {
    const bad = ['', '00', '05', '040a000201', '040c00020102', '040a01020102', '030a000201', '80', 'f7000000000000000000', 'ff'];
    for (const hex of bad) expect(decodeGobBytes(Buffer.from(hex, 'hex')), hex).toBeUndefined();
  });
});

describe('the whole upstream corpus', () => {
  it('94 verify against ProjectDiscovery, CVE-2020-13935 is signed by another key, 9 audits are unsigned (as its README says)', async () => {
    const root = path.resolve('fixtures/corpus/nuclei-templates/code');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.yaml')).sort();
    const checks = files.map((f) => [f, verifySignature(readFileSync(path.join(root, f)), [PD])] as const);
    const by = (s: string) => checks.filter(([, c]) => c.status === s).map(([f]) => f);
    expect(files).toHaveLength(104);
    expect(by('valid')).toHaveLength(94);
    expect(by('unsigned')).toHaveLength(9);
    expect(by('unsigned').every((f) => f.startsWith('linux/audit/'))).toBe(true);
    expect(by('invalid')).toEqual(['cves/2020/CVE-2020-13935.yaml']);
    expect(checks.find(([f]) => f === 'cves/2020/CVE-2020-13935.yaml')![1]).toMatchObject({ reason: 'unknown-key', detail: expect.stringMatching(/^signed by an unknown key \(fragment [0-9a-f]{32}\)$/) });
    // Every signed file still verifies with CRLF line endings (nuclei normalises before verifying).
    for (const f of by('valid')) expect(verifySignature(Buffer.from(readFileSync(path.join(root, f), 'latin1').replace(/\r?\n/g, '\r\n'), 'latin1'), [PD]).status, f).toBe('valid');
  });
});
