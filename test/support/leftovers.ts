// vitest globalSetup: the suite must leave nothing behind. Every test file, and every process a test starts, gets
// a private TMPDIR (os.tmpdir(), mktemp), which must be empty again at the end; the repository's top level must
// hold the same entries as before. A leftover fails the run and is named.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export default async function setup(): Promise<() => Promise<void>> {
  const root = process.cwd();
  const before = new Set(await readdir(root));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-tests-'));
  // Set before vitest starts its workers, which inherit it (and pass it on to every child they spawn).
  process.env['TMPDIR'] = tmp;
  return async () => {
    const leftTmp = await readdir(tmp);
    const leftRoot = (await readdir(root)).filter((name) => !before.has(name));
    await rm(tmp, { recursive: true, force: true });
    const problems = [...leftTmp.map((n) => `temp ${n}`), ...leftRoot.map((n) => `repository ${n}`)];
    if (problems.length > 0) {
      console.error(`\ntests left files behind (write into a temp dir and remove it): ${problems.join(', ')}\n`);
      process.exitCode = 1;
    }
  };
}
