// dist/ is committed (GitHub runs it as is): it must be exactly what the build makes from src/.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name))).sort();
}

it('the committed dist/ matches a fresh build of src/', async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-dist-'));
  await run(process.execPath, ['scripts/build.mjs', out]);
  const built = await files(out);
  expect(await files('dist'), 'run `npm run build` and commit dist/').toEqual(built);
  for (const name of built) {
    const same = (await readFile(path.join(out, name))).equals(await readFile(path.join('dist', name)));
    expect(same, `dist/${name} differs from a fresh build: run \`npm run build\` and commit dist/`).toBe(true);
  }
});

it('the version comes from package.json alone: --version prints it and the bundle holds no other package.json field', async () => {
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  const { stdout } = await run(process.execPath, ['dist/cli.js', '--version']);
  expect(stdout.trim()).toBe(pkg.version);
  const bundled = await Promise.all((await files('dist')).filter((f) => f.endsWith('.js')).map((f) => readFile(path.join('dist', f), 'utf8')));
  // A dependency bump changes package.json but must not change dist/ (Dependabot's pull requests stay green).
  expect(bundled.some((text) => text.includes('"@types/sarif"'))).toBe(false);
});
