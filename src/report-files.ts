// The report files a run writes: checked before any probe runs (each writable, no two the same file), so a
// typo in a path costs nothing, and written at the end. Errors name the input and the path.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, realpath, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './errors.js';

export interface ReportFile {
  /** The input that names it (`jsonl-file`), for messages. */
  input: string;
  file: string;
}

/** Throws UserError when a file cannot be written or two inputs name the same file. Leaves nothing behind. */
export async function checkReportFiles(files: readonly ReportFile[]): Promise<void> {
  const seen = new Map<string, ReportFile>();
  for (const f of files) {
    const where = await writableAt(f);
    const first = seen.get(where);
    if (first) throw new UserError(`inputs ${first.input} and ${f.input} both name ${first.file}; give each report its own file`);
    seen.set(where, f);
  }
}

export async function writeReportFile(f: ReportFile, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(f.file)), { recursive: true });
    await writeFile(f.file, text);
  } catch (e) {
    throw new UserError(`input ${f.input}: cannot write ${f.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * The file's canonical path (symlinks resolved as far as the path exists), once it is known to be writable: by
 * opening it (an existing file, without truncating it), or by creating and removing a file beside it. Permission bits alone
 * would pass root everywhere, even on a read-only mount or under /proc.
 */
async function writableAt(f: ReportFile): Promise<string> {
  const cannot = (why: string) => new UserError(`input ${f.input}: cannot write ${f.file} (${why})`);
  const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);
  const target = path.resolve(f.file);
  const info = await stat(target).catch(() => undefined);
  if (info) {
    if (info.isDirectory()) throw cannot('it is a directory');
    await (await open(target, 'r+').catch((e: unknown) => {
      throw cannot(code(e));
    })).close();
    return realpath(target);
  }
  const parent = await stat(path.dirname(target)).catch(() => undefined);
  if (parent?.isDirectory()) {
    // A file of our own beside it, so two runs checking the same path never trip over each other.
    const probe = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.check`);
    await (await open(probe, 'wx').catch((e: unknown) => {
      throw cannot(code(e));
    })).close();
    await unlink(probe);
    return path.join(await realpath(path.dirname(target)), path.basename(target));
  }
  // Directories to create first: the nearest one that exists must be a directory we may write in.
  let dir = path.dirname(target);
  for (;;) {
    const d = await stat(dir).catch(() => undefined);
    if (d) {
      if (!d.isDirectory()) throw cannot(`${dir} is not a directory`);
      await access(dir, constants.W_OK | constants.X_OK).catch(() => {
        throw cannot(`${dir} is not writable`);
      });
      return path.join(await realpath(dir), path.relative(dir, target));
    }
    dir = path.dirname(dir);
  }
}
