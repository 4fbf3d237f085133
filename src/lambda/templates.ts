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
import { MAX_TEMPLATE_BYTES } from '../template/text.js';
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

/** What one run may fetch: enough for nuclei's whole template tree many times over; a Lambda's /tmp and memory stay safe. */
const MAX_FILES = 5_000;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/**
 * A template or imported file is read up to one byte past the loader's cap: the loader then refuses one over it
 * (a gap named by its key) exactly as it refuses such a file on disk, and no object costs more than that here.
 */
const READ_LIMIT = MAX_TEMPLATE_BYTES + 1;

type File = { key: string; body: Uint8Array };

/** Plan: fetches the sources, loads and verifies them, and stores the snapshot. */
export async function snapshotTemplates(options: RunOptions, run: RunRef, open: (bucket: string) => Bucket, warn?: (message: string) => void): Promise<Loaded & { snapshot: TemplateSnapshot }> {
  const snapshot: TemplateSnapshot = { sources: [], certs: [] };
  const files: File[] = [];
  let total = 0;
  const take = (uri: string, file: File) => {
    total += file.body.length;
    if (files.length >= MAX_FILES || total > MAX_TOTAL_BYTES) throw new UserError(`input templates: ${uri}: the templates and their imported files come to more than ${MAX_FILES} files or ${MAX_TOTAL_BYTES / 1024 / 1024} MiB; name the folders the job needs`);
    files.push(file);
  };
  for (const [i, uri] of options.templates.entries()) {
    const { bucket, key } = parseS3Uri(uri, 'templates');
    const source = open(bucket);
    const isFile = /\.ya?ml$/.test(key);
    // A folder is what is below `prefix/`: `templates/mail` must not take `templates/mailbox/` along.
    const folder = isFile ? key.slice(0, key.length - path.posix.basename(key).length) : key === '' || key.endsWith('/') ? key : `${key}/`;
    // The loader takes `.YAML` as `.yaml` (as nuclei does): a key it would take must not be left behind here.
    const isTemplate = (k: string) => /\.ya?ml$/i.test(k);
    // Every other object below the folder comes along: a template's `source: probe.sh` is part of what was signed
    // and of what runs, as the files beside a template on disk are. A named file brings its folder's other files,
    // not its sibling templates. Keys ending in '/' are the console's folder markers, not files.
    const listed = (await source.list(folder)).filter((k) => !k.endsWith('/'));
    const keys = isFile ? [key, ...listed.filter((k) => k !== key && !isTemplate(k))] : listed;
    if (!keys.some(isTemplate)) throw new UserError(`input templates: ${uri} holds no *.yaml template`);
    const dir = `${run.work}templates/${i}/`;
    // S3 can hold `a/probe.sh` beside `a/probe.sh/x`; a folder on disk cannot, and writing both would fail mid-Plan.
    const names = new Set(keys);
    const clash = keys.find((k) => k.split('/').slice(0, -1).some((_, n, parts) => names.has(parts.slice(0, n + 1).join('/'))));
    if (clash) throw new UserError(`input templates: ${uri}: s3://${bucket}/${clash} lies below another object of the same name; a template folder's keys must be files of one folder tree`);
    for (const k of keys) {
      const name = k.slice(folder.length);
      // An S3 key is a name, not a path: '..', '.' or '//' in it would become a file elsewhere on this machine
      // (or the same file as another key) once written out. A folder on disk cannot hold such names either.
      if (name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new UserError(`input templates: ${uri}: s3://${bucket}/${k} has an empty, '.' or '..' part in its key; a template folder's keys must name files below it`);
      }
      const body = await source.getBytes(k, READ_LIMIT);
      if (body === undefined) throw new UserError(`input templates: ${uri}: s3://${bucket}/${k} is not there`);
      take(uri, { key: `${dir}${name}`, body });
    }
    snapshot.sources.push(isFile ? { uri: `s3://${bucket}/${folder}`, dir, file: path.posix.basename(key) } : { uri, dir });
  }
  for (const [i, uri] of options.trustedCerts.entries()) {
    const { bucket, key } = parseS3Uri(uri, 'trusted-certs');
    const body = await open(bucket).getBytes(key, READ_LIMIT);
    if (body === undefined) throw new UserError(`input trusted-certs: ${uri} is not there`);
    if (body.length === READ_LIMIT) throw new UserError(`input trusted-certs: ${uri} is over ${MAX_TEMPLATE_BYTES} bytes; a PEM certificate is a few kilobytes`);
    const at = `${run.work}certs/${i}.pem`;
    take(uri, { key: at, body });
    snapshot.certs.push(at);
  }
  const loaded = await loadFrom(files, snapshot, options, warn);
  const own = open(run.bucket);
  // The snapshot keeps the bytes as fetched: later steps verify exactly what Plan verified.
  for (const f of files) await own.put(f.key, f.body, 'application/octet-stream');
  return { ...loaded, snapshot };
}

/** Later steps: the same templates, from the snapshot, verified again. */
export async function restoreTemplates(snapshot: TemplateSnapshot, options: RunOptions, bucket: Bucket): Promise<Loaded> {
  const keys = [...(await Promise.all(snapshot.sources.map((s) => bucket.list(s.dir)))).flat(), ...snapshot.certs];
  const files = await Promise.all(
    keys.map(async (key) => {
      const body = await bucket.getBytes(key, READ_LIMIT);
      if (body === undefined) throw new Error(`the run's template snapshot lost ${key}`);
      return { key, body };
    }),
  );
  return loadFrom(files, snapshot, options);
}

/** Writes the files to a temporary folder and loads them with the run's own loader, exactly as local files. */
async function loadFrom(files: readonly File[], snapshot: TemplateSnapshot, options: RunOptions, warn?: (message: string) => void): Promise<Loaded> {
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
