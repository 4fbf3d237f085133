// dist/ is committed (GitHub runs it as is): it must be exactly what the build makes from src/.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectLicences, renderLicences } from '../scripts/licenses.mjs';

const run = promisify(execFile);

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name))).sort();
}

it('the committed dist/ matches a fresh build of src/', async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-dist-'));
  try {
    await run(process.execPath, ['scripts/build.mjs', out]);
    const built = await files(out);
    expect(built).toContain('licenses.txt');
    expect(await files('dist'), 'run `npm run build` and commit dist/').toEqual(built);
    for (const name of built) {
      const same = (await readFile(path.join(out, name))).equals(await readFile(path.join('dist', name)));
      expect(same, `dist/${name} differs from a fresh build: run \`npm run build\` and commit dist/`).toBe(true);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

it('the version comes from package.json alone: --version prints it, SARIF records it, the bundle holds no other package.json field', async () => {
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  const { stdout } = await run(process.execPath, ['dist/cli.js', '--version']);
  expect(stdout.trim()).toBe(pkg.version);
  const out = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-version-'));
  try {
    const sarif = path.join(out, 'f.sarif');
    await run(process.execPath, [path.resolve('dist/cli.js'), 'scan', '--sarif', sarif, '--jsonl', path.join(out, 'f.jsonl')], { cwd: out });
    const log = JSON.parse(await readFile(sarif, 'utf8')) as { runs: { tool: { driver: { version: string; semanticVersion: string } } }[] };
    expect(log.runs[0]?.tool.driver).toMatchObject({ version: pkg.version, semanticVersion: pkg.version });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  const bundled = await Promise.all((await files('dist')).filter((f) => f.endsWith('.js')).map((f) => readFile(path.join('dist', f), 'utf8')));
  // A dependency bump changes package.json but must not change dist/ (Dependabot's pull requests stay green).
  expect(bundled.some((text) => text.includes('"@types/sarif"'))).toBe(false);
});

describe('dist/licenses.txt', () => {
  it('names every package whose code is in the bundle, each with its licence text', async () => {
    const js = (await Promise.all((await files('dist')).filter((f) => f.endsWith('.js')).map((f) => readFile(path.join('dist', f), 'utf8')))).join('\n');
    // esbuild names each module's source path in the bundle; this reads them independently of the build's metafile.
    const bundled = new Set([...js.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)].map((m) => m[1]));
    const notices = await readFile('dist/licenses.txt', 'utf8');
    const listed = new Map([...notices.matchAll(/^={100}\n(\S+) (\S+) \(([^)]+)\)\n/gm)].map((m) => [m[1], m[3]]));
    expect([...bundled].sort()).toEqual([...listed.keys()].sort());
    expect(bundled.size).toBeGreaterThan(10);
    // The AWS SDK is Apache-2.0: the licence's full text ships, with Amazon's copyright line.
    expect(listed.get('@aws-sdk/client-ssm')).toBe('Apache-2.0');
    expect(notices).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect(notices).toMatch(/Copyright \d{4} Amazon\.com, Inc\. or its affiliates/);
    // The bundled template is derived from nuclei-templates, MIT; the HTML entity table is Go's, BSD-3-Clause.
    expect(notices).toContain('Copyright (c) 2020 ProjectDiscovery, Inc.');
    expect(notices).toMatch(/^Go's html entity table .*\(BSD-3-Clause\)\n[\s\S]*Copyright 2009 The Go Authors\./m);
  });

  describe('collecting', () => {
    let root: string;
    beforeEach(async () => {
      root = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-licences-'));
    });
    afterEach(async () => {
      await rm(root, { recursive: true, force: true });
    });
    const pkg = async (name: string, license: string | undefined, files: Record<string, string>) => {
      const dir = path.join(root, 'node_modules', name);
      await mkdir(path.join(dir, 'lib'), { recursive: true });
      await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...(license ? { license } : {}) }));
      for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
      return path.join(dir, 'lib', 'index.js');
    };
    const metafile = (...inputs: string[]) => ({ outputs: { 'out.js': { inputs: Object.fromEntries(inputs.map((i) => [i, { bytesInOutput: 10 }])) } } });

    it('ships NOTICE files in full, refers to a repeated licence text, and covers a package without a licence file', async () => {
      const a = await pkg('a', 'Apache-2.0', { LICENSE: 'Apache text', NOTICE: 'A notice' });
      const b = await pkg('b', 'Apache-2.0', { 'LICENSE.txt': 'Apache text', NOTICE: 'B notice' });
      const c = await pkg('c', 'Apache-2.0', {});
      const text = renderLicences(await collectLicences(metafile(a, b, c)));
      expect(text.match(/Apache text/g)).toHaveLength(1);
      expect(text).toContain('A notice');
      expect(text).toContain('B notice');
      expect(text).toContain("LICENSE.txt: the same text as a 1.0.0's LICENSE above.");
      expect(text).toContain("ships no licence file; it is licensed under Apache-2.0, whose text is the one given for a 1.0.0's LICENSE");
    });

    it('refuses a bundled package with no licence at all, or one whose licence text nobody ships', async () => {
      await expect(collectLicences(metafile(await pkg('nolicence', undefined, {})))).rejects.toThrow(/nolicence 1\.0\.0: bundled, but its package.json names no licence/);
      const lone = await collectLicences(metafile(await pkg('lone', 'BSD-3-Clause', {})));
      expect(() => renderLicences(lone)).toThrow(/lone 1\.0\.0: ships no licence file, and no other bundled package gives the BSD-3-Clause text/);
    });

    it('leaves out packages that put no code into the bundle', async () => {
      const used = await pkg('used', 'MIT', { LICENSE: 'MIT text' });
      const shaken = await pkg('shaken', 'MIT', { LICENSE: 'other' });
      const entries = await collectLicences({ outputs: { 'o.js': { inputs: { [used]: { bytesInOutput: 5 }, [shaken]: { bytesInOutput: 0 } } } } });
      expect(entries.map((e) => e.name)).toEqual(['used 1.0.0']);
    });
  });
});
