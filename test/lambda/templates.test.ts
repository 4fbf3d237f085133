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
function memoryBucket(name: string, objects: Map<string, string>): Bucket {
  return {
    name,
    put: async (key, body) => void objects.set(key, body),
    get: async (key) => objects.get(key),
    list: async (prefix) => [...objects.keys()].filter((k) => k.startsWith(prefix)).sort(),
  };
}

/** Plan's snapshot of `inputs` over a template bucket holding `objects`. */
function snapshot(objects: Map<string, string>, inputs: Record<string, string>) {
  const options = parseOptions((name) => ({ transport: 'local', ...inputs })[name] ?? '');
  const buckets = new Map<string, Bucket>();
  const open = (name: string) => buckets.get(name) ?? (buckets.set(name, memoryBucket(name, name === 'tpl-bucket' ? objects : new Map())), buckets.get(name)!);
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
