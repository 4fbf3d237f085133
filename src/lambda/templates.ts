// Templates and trusted certificates for the serverless job. They come bundled (no `templates` input) or from
// S3 (`s3://bucket/prefix/`, `s3://bucket/key.pem`). Plan downloads them, loads them with the same loader and
// the same trust rules as the action and the CLI, and keeps a snapshot of the exact bytes it verified in the
// run's work prefix; every later step loads that snapshot again (and verifies it again), so a template changed
// in S3 mid-run cannot reach some scopes and not others, and nothing unverified ever runs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RunOptions } from '../options.js';
import { loadTemplates } from '../template/load.js';
import { loadTrustedKeys } from '../template/trust.js';
import type { Template } from '../types.js';
import type { Bucket } from './aws.js';
import type { RunRef } from './store.js';

export interface TemplateSnapshot {
  /** Per `templates` entry: its S3 URI and the folder of the snapshot holding its files. */
  sources: { uri: string; dir: string }[];
  /** Snapshot keys of the trusted certificates, in the order given. */
  certs: string[];
}

const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.*)$/;

export function parseS3Uri(uri: string, input: string): { bucket: string; key: string } {
  const m = S3_URI.exec(uri);
  if (!m) throw new UserError(`input ${input}: '${uri}' is not an s3:// location; the serverless job reads templates and certificates from S3 (s3://bucket/prefix/), or uses the bundled templates when templates is empty`);
  return { bucket: m[1]!, key: m[2]! };
}

/** Plan: fetches the sources, loads and verifies them, and stores the snapshot. */
export async function snapshotTemplates(options: RunOptions, run: RunRef, open: (bucket: string) => Bucket): Promise<{ templates: Template[]; snapshot: TemplateSnapshot }> {
  const snapshot: TemplateSnapshot = { sources: [], certs: [] };
  const files: { key: string; body: string }[] = [];
  for (const [i, uri] of options.templates.entries()) {
    const { bucket, key } = parseS3Uri(uri, 'templates');
    const source = open(bucket);
    const isFile = /\.ya?ml$/.test(key);
    const keys = isFile ? [key] : (await source.list(key)).filter((k) => /\.ya?ml$/.test(k));
    if (keys.length === 0) throw new UserError(`input templates: ${uri} holds no *.yaml template`);
    const dir = `${run.work}templates/${i}/`;
    for (const k of keys) {
      const body = await source.get(k);
      if (body === undefined) throw new UserError(`input templates: ${uri}: s3://${bucket}/${k} is not there`);
      files.push({ key: `${dir}${isFile ? path.posix.basename(k) : k.slice(key.length).replace(/^\/+/, '')}`, body });
    }
    snapshot.sources.push({ uri: isFile ? uri.slice(0, uri.length - path.posix.basename(key).length) : uri, dir });
  }
  for (const [i, uri] of options.trustedCerts.entries()) {
    const { bucket, key } = parseS3Uri(uri, 'trusted-certs');
    const body = await open(bucket).get(key);
    if (body === undefined) throw new UserError(`input trusted-certs: ${uri} is not there`);
    const at = `${run.work}certs/${i}.pem`;
    files.push({ key: at, body });
    snapshot.certs.push(at);
  }
  const templates = await loadFrom(files, snapshot, options);
  const own = open(run.bucket);
  for (const f of files) await own.put(f.key, f.body, 'text/plain');
  return { templates, snapshot };
}

/** Later steps: the same templates, from the snapshot, verified again. */
export async function restoreTemplates(snapshot: TemplateSnapshot, options: RunOptions, bucket: Bucket): Promise<Template[]> {
  const keys = [...(await Promise.all(snapshot.sources.map((s) => bucket.list(s.dir)))).flat(), ...snapshot.certs];
  const files = await Promise.all(
    keys.map(async (key) => {
      const body = await bucket.get(key);
      if (body === undefined) throw new Error(`the run's template snapshot lost ${key}`);
      return { key, body };
    }),
  );
  return loadFrom(files, snapshot, options);
}

/** Writes the files to a temporary folder and runs the project's loader on it, exactly as for local files. */
async function loadFrom(files: readonly { key: string; body: string }[], snapshot: TemplateSnapshot, options: RunOptions): Promise<Template[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-templates-'));
  try {
    const local = (key: string) => path.join(root, ...key.split('/'));
    for (const f of files) {
      await mkdir(path.dirname(local(f.key)), { recursive: true });
      await writeFile(local(f.key), f.body);
    }
    const keys = await loadTrustedKeys(snapshot.certs.map(local));
    const dirs = snapshot.sources.map((s) => local(s.dir));
    for (const d of dirs) await mkdir(d, { recursive: true });
    const templates = await loadTemplates(dirs, { keys, allowUnsigned: options.allowUnsigned });
    // Reports name a template by where the user keeps it, not by the temporary copy.
    return templates.map((t) => {
      const source = snapshot.sources.find((s) => t.path.startsWith(local(s.dir)));
      return source ? { ...t, path: `${source.uri.replace(/\/*$/, '/')}${path.relative(local(source.dir), t.path).split(path.sep).join('/')}` } : t;
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
