import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustedKey, projectDiscoveryKey, verifySignature } from '../../src/template/signature.js';
import { decideTrust, loadTrustedKeys, verifyLine } from '../../src/template/trust.js';
import { gobBytes, signTemplate, TEST_CERT } from '../support/sign.js';

const SEED = readFileSync('fixtures/templates/smtp-open-relay.yaml');
const PD = projectDiscoveryKey();
const TEST = loadTrustedKey(readFileSync(TEST_CERT, 'utf8'), TEST_CERT);

describe('nuclei signatures', () => {
  it("ProjectDiscovery's certificate gives nuclei's fragment for it", () => {
    expect(PD.name).toBe('projectdiscovery/nuclei-templates');
    expect(PD.fragment).toBe('922c64590222798bb761d5b6d8e72950');
  });

  it('the seed verifies against ProjectDiscovery', () => {
    expect(verifySignature(SEED, [PD])).toEqual({ status: 'valid', signer: 'projectdiscovery/nuclei-templates', fragment: PD.fragment });
  });

  it('one changed byte is tampering', () => {
    const changed = Buffer.from(SEED);
    changed[SEED.indexOf('high')] = 'H'.charCodeAt(0);
    expect(verifySignature(changed, [PD])).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/content changed after signing/) });
  });

  it('a CRLF copy and surrounding blank lines still verify, as in nuclei', () => {
    expect(verifySignature(Buffer.from(SEED.toString().replaceAll('\n', '\r\n')), [PD]).status).toBe('valid');
    expect(verifySignature(Buffer.from(`\n\n${SEED.toString()}\n\n`), [PD]).status).toBe('valid');
  });

  it('no digest line is unsigned; a garbled one is malformed', () => {
    const body = SEED.toString().replace(/# digest: .*$/, '');
    expect(verifySignature(Buffer.from(body), [PD])).toEqual({ status: 'unsigned' });
    expect(verifySignature(Buffer.from(`${body}# digest: nothex:${PD.fragment}`), [PD])).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/malformed digest line/) });
    expect(verifySignature(Buffer.from(`${body}# digest: 0102:${PD.fragment}`), [PD])).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/not a gob-encoded/) });
  });

  it('a template signed with a user key verifies only when that certificate is trusted', () => {
    const signed = Buffer.from(signTemplate(SEED.toString()));
    expect(verifySignature(signed, [PD])).toMatchObject({ status: 'invalid', fragment: TEST.fragment, detail: `signed by an unknown key (fragment ${TEST.fragment})` });
    expect(verifySignature(signed, [PD, TEST])).toEqual({ status: 'valid', signer: 'fleetprobe-test', fragment: TEST.fragment });
  });

  it('imported script files are part of the signed content', () => {
    const script = Buffer.from('echo imported\n');
    const yaml = 'id: imp\ninfo:\n  name: x\ncode:\n  - engine: [sh]\n    source: probe.sh\n';
    // nuclei signs content + "\n" + each imported file.
    const template = Buffer.from(signTemplate(yaml, [script]));
    expect(verifySignature(template, [TEST], [script]).status).toBe('valid');
    expect(verifySignature(template, [TEST], [Buffer.from('echo changed\n')]).status).toBe('invalid');
  });

  it('decodes gob lengths of 128 and more (multi-byte uints)', () => {
    expect(gobBytes(Buffer.alloc(200, 1)).subarray(0, 6).toString('hex')).toBe('ffcc0a00ffc8');
  });

  it('refuses certificates that are not ECDSA P-256, naming the file', () => {
    expect(() => loadTrustedKey('hello', 'my.crt')).toThrowError(/^my\.crt: not a PEM certificate/);
  });
});

describe('the whole upstream corpus', () => {
  it('94 verify against ProjectDiscovery, one is signed by another key, 9 are unsigned', async () => {
    const root = path.resolve('../shared/corpus/nuclei-templates/code');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.yaml'));
    const checks = files.map((f) => [f, verifySignature(readFileSync(path.join(root, f)), [PD])] as const);
    const by = (s: string) => checks.filter(([, c]) => c.status === s).map(([f]) => f);
    expect(by('valid')).toHaveLength(94);
    expect(by('unsigned')).toHaveLength(9);
    expect(by('unsigned').every((f) => f.startsWith('linux/audit/'))).toBe(true);
    expect(by('invalid')).toEqual(['cves/2020/CVE-2020-13935.yaml']);
    expect(checks.find(([f]) => f === 'cves/2020/CVE-2020-13935.yaml')![1]).toMatchObject({ detail: expect.stringMatching(/unknown key/) });
  });
});

describe('the run policy', () => {
  const bundled = new Set<string>();
  const unsigned = Buffer.from(SEED.toString().replace(/# digest: .*$/, ''));

  it('signed by a trusted key runs as signed', () => {
    expect(decideTrust({ path: 'seed.yaml', bytes: SEED }, { keys: [PD], allowUnsigned: false, bundledSha256: bundled })).toEqual({ kind: 'signed', signer: PD.name });
  });

  it('unsigned, foreign-key and tampered templates are refused, naming the rule and the way out', () => {
    const policy = { keys: [PD], allowUnsigned: false, bundledSha256: bundled };
    expect(() => decideTrust({ path: 'u.yaml', bytes: unsigned }, policy)).toThrowError(/^u\.yaml: refused: code templates must be signed by a trusted key, and this one is unsigned; pass --allow-unsigned/);
    expect(() => decideTrust({ path: 'k.yaml', bytes: Buffer.from(signTemplate(SEED.toString())) }, policy)).toThrowError(/^k\.yaml: refused: .*signed by an unknown key \(fragment [0-9a-f]{32}\).*--trusted-cert FILE/);
    expect(() => decideTrust({ path: 't.yaml', bytes: Buffer.from(SEED.toString().replace('high', 'low')) }, policy)).toThrowError(/^t\.yaml: refused: .*content changed after signing/);
  });

  it('allow-unsigned runs them and records why', () => {
    expect(decideTrust({ path: 'u.yaml', bytes: unsigned }, { keys: [PD], allowUnsigned: true, bundledSha256: bundled })).toEqual({ kind: 'allowed-unsigned', why: 'unsigned' });
  });

  it('a bundled template is trusted by its exact bytes only', () => {
    const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const policy = { keys: [PD], allowUnsigned: false, bundledSha256: new Set([hash(unsigned)]) };
    expect(decideTrust({ path: 'b.yaml', bytes: unsigned }, policy)).toEqual({ kind: 'bundled' });
    expect(() => decideTrust({ path: 'b.yaml', bytes: Buffer.concat([unsigned, Buffer.from('#')]) }, policy)).toThrowError(/refused/);
  });

  it('user certificates join ProjectDiscovery; an unreadable one is named', async () => {
    const keys = await loadTrustedKeys([TEST_CERT]);
    expect(keys.map((k) => k.name)).toEqual(['projectdiscovery/nuclei-templates', 'fleetprobe-test']);
    await expect(loadTrustedKeys(['missing.crt'])).rejects.toThrowError('missing.crt: cannot read trusted certificate (ENOENT)');
  });

  it('verify prints one line per file', () => {
    expect(verifyLine('a.yaml', { status: 'unsigned' })).toBe('a.yaml: unsigned');
    expect(verifyLine('a.yaml', { status: 'invalid', detail: 'x' })).toBe('a.yaml: invalid (x)');
  });
});
