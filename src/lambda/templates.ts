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
import { loadRunTemplates } from '../run.js';
import type { Loaded } from '../template/load.js';
import type { Bucket } from './aws.js';
import type { RunRef } from './store.js';

export interface TemplateSnapshot {
  /**
   * Per `templates` entry: the S3 folder it names (or holds the file it names), the snapshot folder with its files,
   * and the file's name when it names one file (loaded as a file named explicitly: it must load, or the run stops).
   */
  sources: { uri: string; dir: string; file?: string }[];
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
export async function snapshotTemplates(options: RunOptions, run: RunRef, open: (bucket: string) => Bucket, warn?: (message: string) => void): Promise<Loaded & { snapshot: TemplateSnapshot }> {
  const snapshot: TemplateSnapshot = { sources: [], certs: [] };
  const files: { key: string; body: string }[] = [];
  for (const [i, uri] of options.templates.entries()) {
    const { bucket, key } = parseS3Uri(uri, 'templates');
    const source = open(bucket);
    const isFile = /\.ya?ml$/.test(key);
    // A folder is what is below `prefix/`: `templates/mail` must not take `templates/mailbox/` along.
    const folder = isFile || key === '' || key.endsWith('/') ? key : `${key}/`;
    // The loader takes `.YAML` as `.yaml` (as nuclei does): a key it would take must not be left behind here.
    const keys = isFile ? [key] : (await source.list(folder)).filter((k) => /\.ya?ml$/i.test(k));
    if (keys.length === 0) throw new UserError(`input templates: ${uri} holds no *.yaml template`);
    const dir = `${run.work}templates/${i}/`;
    for (const k of keys) {
      const name = isFile ? path.posix.basename(k) : k.slice(folder.length);
      // An S3 key is a name, not a path: '..', '.' or '//' in it would become a file elsewhere on this machine
      // (or the same file as another key) once written out. A folder on disk cannot hold such names either.
      if (name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new UserError(`input templates: ${uri}: s3://${bucket}/${k} has an empty, '.' or '..' part in its key; a template folder's keys must name files below it`);
      }
      const body = await source.get(k);
      if (body === undefined) throw new UserError(`input templates: ${uri}: s3://${bucket}/${k} is not there`);
      files.push({ key: `${dir}${name}`, body });
    }
    snapshot.sources.push(isFile ? { uri: uri.slice(0, uri.length - path.posix.basename(key).length), dir, file: path.posix.basename(key) } : { uri, dir });
  }
  for (const [i, uri] of options.trustedCerts.entries()) {
    const { bucket, key } = parseS3Uri(uri, 'trusted-certs');
    const body = await open(bucket).get(key);
    if (body === undefined) throw new UserError(`input trusted-certs: ${uri} is not there`);
    const at = `${run.work}certs/${i}.pem`;
    files.push({ key: at, body });
    snapshot.certs.push(at);
  }
  const loaded = await loadFrom(files, snapshot, options, warn);
  const own = open(run.bucket);
  for (const f of files) await own.put(f.key, f.body, 'text/plain');
  return { ...loaded, snapshot };
}

/** Later steps: the same templates, from the snapshot, verified again. */
export async function restoreTemplates(snapshot: TemplateSnapshot, options: RunOptions, bucket: Bucket): Promise<Loaded> {
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

/** Writes the files to a temporary folder and loads them with the run's own loader, exactly as local files. */
async function loadFrom(files: readonly { key: string; body: string }[], snapshot: TemplateSnapshot, options: RunOptions, warn?: (message: string) => void): Promise<Loaded> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-templates-'));
  try {
    const local = (key: string) => path.join(root, ...key.split('/'));
    for (const f of files) {
      await mkdir(path.dirname(local(f.key)), { recursive: true });
      await writeFile(local(f.key), f.body);
    }
    for (const s of snapshot.sources) await mkdir(local(s.dir), { recursive: true });
    // Reports, gaps, warnings and errors name a template by where the user keeps it, not by the temporary copy.
    const named = (text: string) => snapshot.sources.reduce((t, s) => t.replaceAll(`${local(s.dir)}${path.sep}`, s.uri.replace(/\/*$/, '/')), text);
    const paths = snapshot.sources.map((s) => local(s.file === undefined ? s.dir : `${s.dir}${s.file}`));
    try {
      const loaded = await loadRunTemplates(paths, { trustedCerts: snapshot.certs.map(local), allowUnsigned: options.allowUnsigned }, warn && ((m) => warn(named(m))));
      return { templates: loaded.templates.map((t) => ({ ...t, path: named(t.path) })), skipped: loaded.skipped.map((g) => ({ ...g, file: named(g.file) })) };
    } catch (e) {
      if (e instanceof UserError) throw new UserError(named(e.message));
      throw e;
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
