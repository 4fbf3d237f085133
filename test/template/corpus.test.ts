// The upstream compatibility corpus (104 Linux code templates, fixtures/corpus) loads as nuclei would:
// signed ones verify and compile, the odd ones are refused with the reason nuclei would refuse them for.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadTemplateFile } from '../../src/template/load.js';
import { projectDiscoveryKey } from '../../src/template/signature.js';

const CORPUS = path.resolve('fixtures/corpus/nuclei-templates');

async function corpus(): Promise<string[]> {
  return (await readdir(path.join(CORPUS, 'code'), { recursive: true })).filter((f) => f.endsWith('.yaml')).map((f) => path.join(CORPUS, 'code', f)).sort();
}

async function attempt(file: string, allowUnsigned: boolean): Promise<string> {
  return loadTemplateFile(file, { keys: [projectDiscoveryKey()], allowUnsigned }).then(
    (t) => `loaded:${t.trust.kind}`,
    (e: Error) => `refused:${e.message}`,
  );
}

describe('the upstream corpus', () => {
  it('every signed template loads and verifies; unsigned and foreign-key ones are refused by policy', async () => {
    const files = await corpus();
    expect(files).toHaveLength(104);
    const outcomes = await Promise.all(files.map(async (f) => [path.relative(CORPUS, f), await attempt(f, false)] as const));
    const loaded = outcomes.filter(([, o]) => o === 'loaded:signed');
    const refused = Object.fromEntries(outcomes.filter(([, o]) => o !== 'loaded:signed'));
    expect(loaded).toHaveLength(94);
    // Structure is checked before trust: the one template with flow + http is refused for that.
    expect(refused['code/cves/2020/CVE-2020-13935.yaml']).toMatch(/'flow:' is not supported: fleetprobe runs only 'code' templates/);
    const unsigned = Object.entries(refused).filter(([, o]) => /refused: .*unsigned/.test(o));
    expect(unsigned.map(([f]) => f).every((f) => f.startsWith('code/linux/audit/'))).toBe(true);
    // 9 are unsigned upstream. Trust is decided before anything is compiled, so the one whose regex Go
    // cannot compile is refused as unsigned: its regex is never looked at.
    expect(unsigned).toHaveLength(9);
    expect(refused['code/linux/audit/home-env-permission.yaml']).toMatch(/unsigned/);
    expect(Object.keys(refused)).toHaveLength(10);
  });

  it('with unsigned templates allowed, everything nuclei can load loads; a Go-invalid regex is refused at load', async () => {
    const files = await corpus();
    const outcomes = Object.fromEntries(await Promise.all(files.map(async (f) => [path.relative(CORPUS, f), await attempt(f, true)] as const)));
    const refused = Object.entries(outcomes).filter(([, o]) => o.startsWith('refused:'));
    expect(refused.map(([f]) => f).sort()).toEqual(['code/cves/2020/CVE-2020-13935.yaml', 'code/linux/audit/home-env-permission.yaml']);
    expect(outcomes['code/linux/audit/home-env-permission.yaml']).toMatch(/home-env-permission\.yaml:\d+: .*(look-?ahead|\(\?!)/i);
  });
});

describe('fleetprobe scan --template <the corpus directory>', () => {
  it('runs every template nuclei would run and lists every other one with its file, line and reason', { timeout: 900_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-corpus-'));
    try {
      let err = '';
      const jsonl = path.join(dir, 'corpus.jsonl');
      let out = '';
      // privesc-vi/view/vim wait for a terminal until the block timeout: 3 s instead of nuclei's 30 keeps this test short.
      const code = await main(['scan', '--template', CORPUS, '--jsonl', jsonl, '--sarif', path.join(dir, 'corpus.sarif'), '--matcher-status', '--timeout', '3'], {
        out: (t) => void (out += t),
        err: (t) => void (err += t),
        color: false,
        env: { PATH: process.env.PATH },
      });
      expect(code).toBe(0);
      // nuclei skips the unsigned ones (9) and the one using flow; everything signed by ProjectDiscovery runs.
      const skipped = err.trim().split('\n').map((l) => /^fleetprobe: warning: skipped template (\S+?)(?::(\d+))?: (.*)$/.exec(l));
      expect(skipped.every(Boolean)).toBe(true);
      const byFile = Object.fromEntries(skipped.map((m) => [path.relative(CORPUS, m![1]!), { line: m![2], reason: m![3]! }]));
      expect(Object.keys(byFile)).toHaveLength(10);
      expect(byFile['code/cves/2020/CVE-2020-13935.yaml']).toEqual({ line: '27', reason: "'flow:' is not supported: fleetprobe runs only 'code' templates" });
      const unsigned = Object.entries(byFile).filter(([, s]) => s.reason.startsWith('refused: unsigned code template'));
      expect(unsigned.map(([f]) => f).every((f) => f.startsWith('code/linux/audit/'))).toBe(true);
      expect(unsigned).toHaveLength(9);
      // Every other template ran on this host: a verdict (or a named reason) in the table and a matcher-status line.
      const expected = (await corpus()).filter((f) => !(path.relative(CORPUS, f) in byFile));
      expect(expected).toHaveLength(94);
      const ids = await Promise.all(expected.map(async (f) => /^id: (\S+)/m.exec(await readFile(f, 'utf8'))![1]!));
      for (const id of ids) expect(out, id).toMatch(new RegExp(`\\s${id}\\s+(vulnerable|clean|unaudited)`));
      const lines = (await readFile(jsonl, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { 'template-id': string });
      expect(new Set(lines.map((l) => l['template-id'])).size).toBeLessThanOrEqual(94);
      expect(lines.every((l) => ids.includes(l['template-id']))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
