// The run policy: which code templates may run, and what a refusal tells the user to do about it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTrustedKey, projectDiscoveryKey } from '../../src/template/signature.js';
import { checkTrust, decideTrust, loadTrustedKeys, verifyLine } from '../../src/template/trust.js';
import { TEST_CERT } from '../support/sign.js';

const SEED = readFileSync('fixtures/templates/smtp-open-relay.yaml');
const FOREIGN = readFileSync('fixtures/signed/smtp-open-relay.yaml');
const PD = projectDiscoveryKey();
const TEST = loadTrustedKey(readFileSync(TEST_CERT, 'utf8'), TEST_CERT);
const UNSIGNED = Buffer.from(SEED.toString().replace(/# digest: .*$/, ''));
const TAMPERED = Buffer.from(SEED.toString().replace('severity: high', 'severity: low'));
const MALFORMED = Buffer.from(`${UNSIGNED.toString()}# digest: zz:${PD.fragment}`);
const HOW_TO = '; pass --allow-unsigned (action input allow-unsigned: true) to run it, or --trusted-cert FILE (trusted-certs) to trust its signer';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const strict = { keys: [PD], allowUnsigned: false, bundledSha256: new Set<string>() };
const lenient = { ...strict, allowUnsigned: true };

describe('decideTrust', () => {
  it('a signature by a trusted key runs as signed, naming the signer', () => {
    expect(decideTrust({ path: 'seed.yaml', bytes: SEED }, strict)).toEqual({ kind: 'signed', signer: PD.name });
    expect(decideTrust({ path: 'mine.yaml', bytes: FOREIGN }, { ...strict, keys: [PD, TEST] })).toEqual({ kind: 'signed', signer: 'fleetprobe-test' });
  });

  it('imported files take part in the decision', () => {
    const input = { path: 'imported.yaml', bytes: readFileSync('fixtures/signed/imported/imported.yaml') };
    const keys = { ...strict, keys: [TEST] };
    expect(decideTrust({ ...input, imported: [readFileSync('fixtures/signed/imported/probe.sh')] }, keys)).toEqual({ kind: 'signed', signer: 'fleetprobe-test' });
    expect(() => decideTrust({ ...input, imported: [Buffer.from('rm -rf /\n')] }, keys)).toThrowError(/refused: changed after signing/);
  });

  it('refuses each failing rule in one line, naming the rule and the way out', () => {
    const refusal = (path: string, bytes: Buffer) => {
      try {
        decideTrust({ path, bytes }, strict);
      } catch (e) {
        expect((e as Error).name).toBe('UserError');
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal('u.yaml', UNSIGNED)).toBe(`u.yaml: refused: unsigned code template${HOW_TO}`);
    expect(refusal('k.yaml', FOREIGN)).toBe(`k.yaml: refused: signed by an unknown key ${TEST.fragment}${HOW_TO}`);
    expect(refusal('t.yaml', TAMPERED)).toBe(`t.yaml: refused: changed after signing (the signature by key ${PD.fragment} does not match)${HOW_TO}`);
    expect(refusal('m.yaml', MALFORMED)).toBe(`m.yaml: refused: malformed digest line (the signature is not hex)${HOW_TO}`);
    for (const message of [UNSIGNED, FOREIGN, TAMPERED, MALFORMED].map((b) => refusal('x.yaml', b))) expect(message).not.toContain('\n');
  });

  it('allow-unsigned runs them and records why', () => {
    const why = (bytes: Buffer) => decideTrust({ path: 'x.yaml', bytes }, lenient);
    expect(why(UNSIGNED)).toEqual({ kind: 'allowed-unsigned', why: 'unsigned code template' });
    expect(why(FOREIGN)).toEqual({ kind: 'allowed-unsigned', why: `signed by an unknown key ${TEST.fragment}` });
    expect(why(TAMPERED)).toEqual({ kind: 'allowed-unsigned', why: `changed after signing (the signature by key ${PD.fragment} does not match)` });
    expect(why(MALFORMED)).toEqual({ kind: 'allowed-unsigned', why: 'malformed digest line (the signature is not hex)' });
    // A valid signature is still reported as signed when unsigned templates are allowed.
    expect(why(SEED)).toEqual({ kind: 'signed', signer: PD.name });
  });

  it('a bundled template is trusted by its exact bytes only', () => {
    const policy = { ...strict, bundledSha256: new Set([sha256(UNSIGNED), sha256(TAMPERED)]) };
    expect(decideTrust({ path: 'bundled:a.yaml', bytes: UNSIGNED }, policy)).toEqual({ kind: 'bundled' });
    expect(decideTrust({ path: 'bundled:b.yaml', bytes: TAMPERED }, policy)).toEqual({ kind: 'bundled' });
    expect(() => decideTrust({ path: 'edited.yaml', bytes: Buffer.concat([UNSIGNED, Buffer.from('#')]) }, policy)).toThrowError(/^edited\.yaml: refused: unsigned code template/);
  });
});

describe('loadTrustedKeys', () => {
  it("user certificates join ProjectDiscovery's, in order", async () => {
    expect((await loadTrustedKeys([])).map((k) => k.name)).toEqual([PD.name]);
    expect((await loadTrustedKeys([TEST_CERT])).map((k) => [k.name, k.fragment])).toEqual([
      [PD.name, PD.fragment],
      ['fleetprobe-test', TEST.fragment],
    ]);
  });

  it('a missing or unusable file is named', async () => {
    await expect(loadTrustedKeys(['missing.crt'])).rejects.toThrowError('missing.crt: cannot read trusted certificate (ENOENT)');
    await expect(loadTrustedKeys(['fixtures/keys/test-signer.key'])).rejects.toThrowError(/^fixtures\/keys\/test-signer\.key: .*expected a PEM certificate/);
    await expect(loadTrustedKeys(['fixtures/keys/rsa.pub'])).rejects.toThrowError(/^fixtures\/keys\/rsa\.pub: the key is rsa/);
  });
});

describe('verifyLine', () => {
  it('prints one line per file for `fleetprobe verify`, naming the rule that applied', () => {
    const line = (name: string, bytes: Buffer, bundled = new Set<string>()) => verifyLine(name, checkTrust({ bytes }, [PD], bundled));
    expect(line('seed.yaml', SEED)).toBe(`seed.yaml: trusted: signed by ${PD.name} (key ${PD.fragment})`);
    expect(line('k.yaml', FOREIGN)).toBe(`k.yaml: not trusted: signed by an unknown key ${TEST.fragment}`);
    expect(line('t.yaml', TAMPERED)).toBe(`t.yaml: not trusted: changed after signing (the signature by key ${PD.fragment} does not match)`);
    expect(line('u.yaml', UNSIGNED)).toBe('u.yaml: not trusted: unsigned code template');
    expect(line('m.yaml', MALFORMED)).toBe('m.yaml: not trusted: malformed digest line (the signature is not hex)');
    expect(line('b.yaml', UNSIGNED, new Set([sha256(UNSIGNED)]))).toBe('b.yaml: trusted: bundled with fleetprobe (trusted by its exact content hash)');
  });
});
