// The upstream compatibility corpus (104 Linux code templates, fixtures/corpus) loads as nuclei would:
// signed ones verify and compile, the odd ones are refused with the reason nuclei would refuse them for.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
