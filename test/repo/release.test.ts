// scripts/release.mjs in a temporary clone of this repository: the dry run changes nothing, a release bumps,
// rebuilds, commits and tags, the next one moves the major tag, and every precondition refuses with one line.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, appendFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const SCRIPT = path.resolve('scripts/release.mjs');
let clone: string;
let major: string;
let next: string[];

const git = async (...args: string[]) => (await exec('git', args, { cwd: clone })).stdout.trim();
const release = (...args: string[]) =>
  exec(process.execPath, [SCRIPT, ...args], { cwd: clone }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
const commitOf = (ref: string) => git('rev-parse', `${ref}^{commit}`);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  clone = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-release-'));
  await exec('git', ['clone', '--quiet', '--no-tags', path.resolve('.'), clone]);
  await git('checkout', '--quiet', '-B', 'release-test');
  await git('config', 'user.name', 'release test');
  await git('config', 'user.email', 'release-test@example.invalid');
  await git('config', 'commit.gpgsign', 'false');
  await git('config', 'tag.gpgsign', 'false');
  // The build needs esbuild; the clone borrows this checkout's dependencies.
  await symlink(path.resolve('node_modules'), path.join(clone, 'node_modules'));
  await appendFile(path.join(clone, '.git', 'info', 'exclude'), 'node_modules\n');
  // Right after a real release the repository's Unreleased section is empty: the clone gets a change to release.
  const changelog = path.join(clone, 'CHANGELOG.md');
  const text = await readFile(changelog, 'utf8');
  if (/^## \[Unreleased\]\n\s*(?=^## \[|(?![\s\S]))/m.test(text)) {
    await writeFile(changelog, text.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Added\n- a change to release\n'));
    await git('commit', '--quiet', '-am', 'a change to release');
  }
  const version = (JSON.parse(await readFile(path.join(clone, 'package.json'), 'utf8')) as { version: string }).version;
  const [maj = '0', minor = '0'] = version.split('.');
  major = maj;
  next = [`${maj}.${Number(minor) + 1}.0`, `${maj}.${Number(minor) + 2}.0`];
}, 120_000);

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

describe('npm run release', () => {
  it('--dry-run prints the plan and changes nothing', async () => {
    const head = await git('rev-parse', 'HEAD');
    const r = await release(next[0]!, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`dry run, nothing changes v${next[0]}:`);
    expect(r.out).toContain(`CHANGELOG.md: Unreleased becomes '## [${next[0]}] - ${today()}'`);
    expect(r.out).toContain(`git tag v${next[0]}; creates v${major}`);
    expect(await git('status', '--porcelain')).toBe('');
    expect(await git('rev-parse', 'HEAD')).toBe(head);
    expect(await git('tag', '--list')).toBe('');
  });

  it('a release bumps the version, rebuilds dist/, dates the changelog, commits and tags vX.Y.Z and vX', async () => {
    const before = await git('rev-parse', 'HEAD');
    const r = await release(next[0]!);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`git push origin HEAD v${next[0]} && git push --force origin v${major}`);
    const head = await git('rev-parse', 'HEAD');
    expect(await git('rev-parse', 'HEAD~1')).toBe(before);
    expect(await git('log', '-1', '--format=%s')).toBe(`Release v${next[0]}`);
    expect(await commitOf(`v${next[0]}`)).toBe(head);
    expect(await commitOf(`v${major}`)).toBe(head);
    expect(await git('status', '--porcelain')).toBe('');
    const pkg = JSON.parse(await readFile(path.join(clone, 'package.json'), 'utf8')) as { version: string };
    const lock = JSON.parse(await readFile(path.join(clone, 'package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version: string }> };
    expect([pkg.version, lock.version, lock.packages['']?.version]).toEqual([next[0], next[0], next[0]]);
    expect(await readFile(path.join(clone, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## \\[Unreleased\\]\\n\\n## \\[${next[0]!.replaceAll('.', '\\.')}\\] - ${today()}\\n`, 'm'));
    // The committed dist/ carries the new version: what --version prints and SARIF records.
    const { stdout } = await exec(process.execPath, ['dist/cli.js', '--version'], { cwd: clone });
    expect(stdout.trim()).toBe(next[0]);
  }, 120_000);

  it('refuses, with one line and no change, what would make a wrong release', async () => {
    const head = await git('rev-parse', 'HEAD');
    const cases: [string[], RegExp][] = [
      [[], /^release: usage: npm run release -- X\.Y\.Z/],
      [['1.2'], /usage/],
      [['v1.2.3'], /usage/],
      [[next[0]!], new RegExp(`tag v${next[0]!.replaceAll('.', '\\.')} already exists`)],
      [[`${major}.0.0`], /does not follow/],
      // Right after a release, Unreleased is empty.
      [[next[1]!], /Unreleased section is empty/],
      [[`${Number(major) + 1}.0.0`], /Unreleased section is empty|README\.md's uses: lines name/],
    ];
    for (const [args, message] of cases) {
      const r = await release(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    await writeFile(path.join(clone, 'stray.txt'), 'x');
    expect((await release(next[1]!)).err).toMatch(/the working tree has changes/);
    await rm(path.join(clone, 'stray.txt'));
    expect(await git('rev-parse', 'HEAD')).toBe(head);
  });

  it('the next release moves the major tag and leaves the previous release tag where it was', async () => {
    const previous = await commitOf(`v${next[0]}`);
    const changelog = path.join(clone, 'CHANGELOG.md');
    await writeFile(changelog, (await readFile(changelog, 'utf8')).replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n- something\n'));
    await git('commit', '--quiet', '-am', 'a fix');
    const r = await release(next[1]!);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`moves v${major} from ${previous.slice(0, 7)}`);
    const head = await git('rev-parse', 'HEAD');
    expect(await commitOf(`v${next[1]}`)).toBe(head);
    expect(await commitOf(`v${major}`)).toBe(head);
    expect(await commitOf(`v${next[0]}`)).toBe(previous);
  }, 120_000);

  it('refuses a new major while the README still names the old one', async () => {
    const changelog = path.join(clone, 'CHANGELOG.md');
    await writeFile(changelog, (await readFile(changelog, 'utf8')).replace('## [Unreleased]\n', '## [Unreleased]\n\n### Changed\n- breaking\n'));
    await git('commit', '--quiet', '-am', 'a breaking change');
    const r = await release(`${Number(major) + 1}.0.0`);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`this release moves v${Number(major) + 1}: update them first`);
  });
});
