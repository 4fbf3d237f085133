// Templates fetched from S3 by the serverless job: the keys a bucket lists are the user's input, and a key
// is only ever a file inside the run's template folder.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bucket } from '../../src/lambda/aws.js';
import { runRef } from '../../src/lambda/store.js';
import { snapshotTemplates } from '../../src/lambda/templates.js';
import { parseOptions } from '../../src/options.js';
import { TEST_CERT } from '../support/sign.js';

/** A bucket as S3 keeps one: keys are names, '..' and '//' included, never paths. */
function memoryBucket(name: string, objects: Map<string, string | Uint8Array>, reads?: number[]): Bucket {
  const bytes = (key: string) => (objects.has(key) ? Buffer.from(objects.get(key)!) : undefined);
  return {
    name,
    put: async (key, body) => void objects.set(key, body),
    get: async (key) => bytes(key)?.toString('utf8'),
    getBytes: async (key, limit) => {
      const body = bytes(key)?.subarray(0, limit);
      if (body) reads?.push(body.length);
      return body;
    },
    list: async (prefix) => [...objects.keys()].filter((k) => k.startsWith(prefix)).sort(),
  };
}

/** Plan's snapshot of `inputs` over a template bucket holding `objects`. */
function snapshot(objects: Map<string, string | Uint8Array>, inputs: Record<string, string>, reads?: number[]) {
  const options = parseOptions((name) => ({ transport: 'local', ...inputs })[name] ?? '');
  const buckets = new Map<string, Bucket>();
  const open = (name: string) => buckets.get(name) ?? (buckets.set(name, memoryBucket(name, name === 'tpl-bucket' ? objects : new Map(), reads)), buckets.get(name)!);
  return snapshotTemplates(options, runRef('job-bucket', 'run-1', '2026-11-30T00:00:00Z'), open);
}

const signed = () => readFileSync('fixtures/signed/smtp-open-relay.yaml', 'utf8');

const escaped = path.join(os.tmpdir(), `fleetprobe-escape-${process.pid}.yaml`);
afterEach(() => rmSync(escaped, { force: true }));

describe('S3 keys of a template folder', () => {
  it.each([
    ['..', `templates/mail/${'../'.repeat(12)}${escaped.slice(1)}`],
    ['.', 'templates/mail/./x.yaml'],
    ['an empty segment', 'templates/mail//x.yaml'],
  ])("a key with %s in its path is refused by name, and nothing is written outside the run's folder", async (_, key) => {
    const objects = new Map([
      ['templates/mail/smtp-open-relay.yaml', signed()],
      [key, 'id: x\n'],
    ]);
    await expect(snapshot(objects, { templates: 's3://tpl-bucket/templates/mail/', 'allow-unsigned': 'true' })).rejects.toThrow(`input templates: s3://tpl-bucket/templates/mail/: s3://tpl-bucket/${key}`);
    expect(existsSync(escaped)).toBe(false);
  });

  it("a folder named without its '/' is that folder: templates/mail takes nothing from templates/mailbox/", async () => {
    const objects = new Map([
      ['templates/mail/smtp-open-relay.yaml', signed()],
      ['templates/mailbox/smtp-open-relay.yaml', readFileSync('fixtures/templates/probes/both-vulnerable.yaml', 'utf8')],
      ['signer.pem', readFileSync(TEST_CERT, 'utf8')],
    ]);
    const loaded = await snapshot(objects, { templates: 's3://tpl-bucket/templates/mail', 'trusted-certs': 's3://tpl-bucket/signer.pem' });
    expect(loaded.templates.map((t) => t.path)).toEqual(['s3://tpl-bucket/templates/mail/smtp-open-relay.yaml']);
    expect(loaded.skipped).toEqual([]);
  });

  it('a key the loader takes as a template is fetched: RELAY.YAML runs here as it runs from a folder on disk', async () => {
    const objects = new Map([
      ['templates/mail/RELAY.YAML', signed()],
      ['signer.pem', readFileSync(TEST_CERT, 'utf8')],
    ]);
    const loaded = await snapshot(objects, { templates: 's3://tpl-bucket/templates/mail/', 'trusted-certs': 's3://tpl-bucket/signer.pem' });
    expect(loaded.templates.map((t) => t.path)).toEqual(['s3://tpl-bucket/templates/mail/RELAY.YAML']);
  });
});

describe('what a template brings from S3', () => {
  const imported = () => readFileSync('fixtures/signed/imported/imported.yaml');
  const probe = () => readFileSync('fixtures/signed/imported/probe.sh');
  const cert = () => readFileSync(TEST_CERT);

  it.each([
    ['a folder', 's3://tpl-bucket/checks/'],
    ['the template named alone', 's3://tpl-bucket/checks/imported.yaml'],
  ])("%s: a signed template's imported file is fetched, verified with it and is what runs", async (_, uri) => {
    const objects = new Map<string, string | Uint8Array>([
      ['checks/imported.yaml', imported()],
      ['checks/probe.sh', probe()],
      ['checks/', ''],
      ['signer.pem', cert()],
    ]);
    const loaded = await snapshot(objects, { templates: uri, 'trusted-certs': 's3://tpl-bucket/signer.pem' });
    expect(loaded.skipped).toEqual([]);
    expect(loaded.templates.map((t) => [t.path, t.blocks[0]!.source])).toEqual([['s3://tpl-bucket/checks/imported.yaml', probe().toString('utf8')]]);
    // The snapshot later steps verify again holds the imported file's exact bytes.
    expect(loaded.snapshot.sources[0]!.dir).toMatch(/templates\/0\/$/);
  });

  it('an imported file changed in S3 after signing is refused, as on disk', async () => {
    const objects = new Map<string, string | Uint8Array>([
      ['checks/imported.yaml', imported()],
      ['checks/probe.sh', Buffer.concat([probe(), Buffer.from('touch /tmp/pwned\n')])],
      ['signer.pem', cert()],
    ]);
    await expect(snapshot(objects, { templates: 's3://tpl-bucket/checks/imported.yaml', 'trusted-certs': 's3://tpl-bucket/signer.pem' })).rejects.toThrow(/s3:\/\/tpl-bucket\/checks\/imported\.yaml/);
  });

  it('bytes stay bytes: a template with invalid UTF-8 is refused by name as it is from a folder on disk', async () => {
    const bad = Buffer.concat([Buffer.from('id: bad-bytes\ninfo:\n  name: "x'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n  author: a\n  severity: low\n')]);
    const objects = new Map<string, string | Uint8Array>([
      ['checks/bad.yaml', bad],
      ['checks/imported.yaml', imported()],
      ['checks/probe.sh', probe()],
      ['signer.pem', cert()],
    ]);
    const loaded = await snapshot(objects, { templates: 's3://tpl-bucket/checks/', 'trusted-certs': 's3://tpl-bucket/signer.pem', 'allow-unsigned': 'true' });
    expect(loaded.templates.map((t) => t.id)).toEqual(['signed-imported-source']);
    expect(loaded.skipped.map((g) => g.file)).toEqual(['s3://tpl-bucket/checks/bad.yaml']);
    expect(loaded.skipped[0]!.reason).toMatch(/UTF-8/);
  });

  it('an object of any size costs at most one byte past the loader cap, and its template is a gap', async () => {
    const reads: number[] = [];
    const huge = Buffer.alloc(8 * 1024 * 1024, 0x61);
    const objects = new Map<string, string | Uint8Array>([
      ['checks/huge.yaml', huge],
      ['checks/imported.yaml', imported()],
      ['checks/probe.sh', probe()],
      ['signer.pem', cert()],
    ]);
    const loaded = await snapshot(objects, { templates: 's3://tpl-bucket/checks/', 'trusted-certs': 's3://tpl-bucket/signer.pem' }, reads);
    expect(Math.max(...reads)).toBe(1024 * 1024 + 1);
    expect(loaded.templates.map((t) => t.id)).toEqual(['signed-imported-source']);
    expect(loaded.skipped.map((g) => g.file)).toEqual(['s3://tpl-bucket/checks/huge.yaml']);
  });

  it('a source of more files than the job takes is refused by name before anything is loaded', async () => {
    const objects = new Map<string, string | Uint8Array>([['checks/imported.yaml', imported()]]);
    for (let i = 0; i < 5_000; i++) objects.set(`checks/data/${i}.txt`, 'x');
    await expect(snapshot(objects, { templates: 's3://tpl-bucket/checks/' })).rejects.toThrow(/^input templates: s3:\/\/tpl-bucket\/checks\/: .*more than 5000 files/);
  });

  it('a key below another key of the same name is refused in one line, not a crash mid-Plan', async () => {
    const objects = new Map<string, string | Uint8Array>([
      ['checks/imported.yaml', imported()],
      ['checks/probe.sh', probe()],
      ['checks/probe.sh/x.txt', 'x'],
    ]);
    await expect(snapshot(objects, { templates: 's3://tpl-bucket/checks/' })).rejects.toThrow('input templates: s3://tpl-bucket/checks/: s3://tpl-bucket/checks/probe.sh/x.txt lies below another object');
  });
});
