import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { INPUTS } from '../../src/options.js';
import { tempDir } from '../support/tmp.js';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await tempDir('fleetprobe-cli-');
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), color: false, env: { PATH: process.env.PATH } });
  return { code, out, err };
}

async function jsonl(file: string): Promise<Record<string, unknown>[]> {
  return (await readFile(file, 'utf8')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('fleetprobe scan on this machine', () => {
  it('runs the upstream seed template and writes nuclei-shaped JSONL', async () => {
    const out = path.join(dir, 'seed.jsonl');
    const r = await cli('scan', '--template', 'fixtures/templates/smtp-open-relay.yaml', '--jsonl', out, '--sarif', path.join(dir, 'seed.sarif'), '--matcher-status');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = await jsonl(out);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) {
      expect(line).toMatchObject({ 'template-id': 'smtp-open-relay', 'template-path': path.resolve('fixtures/templates/smtp-open-relay.yaml'), type: 'code', host: os.hostname(), 'matched-at': os.hostname() });
      expect(line['info']).toMatchObject({ name: 'Linux SMTP Open Relay Misconfigured', author: ['songyaeji'], severity: 'high' });
      expect(typeof line['matcher-status']).toBe('boolean');
      expect(new Date(line['timestamp'] as string).toString()).not.toBe('Invalid Date');
    }
  });

  it('reports one finding per matched named matcher, and the gate fails at or above --fail-on', async () => {
    const out = path.join(dir, 'both.jsonl');
    const r = await cli('scan', '--template', 'fixtures/templates/probes/both-vulnerable.yaml', '--allow-unsigned', '--jsonl', out, '--sarif', '', '--fail-on', 'high');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/gate failed: 2 findings at or above high on 1 target \(1 vulnerable, 0 clean, 0 unaudited of 1 target\)/);
    const lines = await jsonl(out);
    expect(lines.map((l) => l['matcher-name'])).toEqual(['sendmail', 'postfix']);
    expect(lines.every((l) => l['matcher-status'] === true)).toBe(true);
    expect((lines[1]!['fleetprobe'] as Record<string, unknown>)['evidence']).toBe('[VULNERABLE] Postfix relay restrictions are missing or misconfigured.');
    expect(r.out).toContain('both-vulnerable');
    const lenient = await cli('scan', '--template', 'fixtures/templates/probes/both-vulnerable.yaml', '--allow-unsigned', '--jsonl', out, '--sarif', '', '--fail-on', 'critical');
    expect(lenient.code).toBe(0);
  });

  it('a low finding and a critical template that timed out: the gate fails on the unaudited host, and both counts say so', async () => {
    const r = await cli('scan', '--template', 'fixtures/templates/gate/low-match.yaml', '--template', 'fixtures/templates/gate/critical-slow.yaml', '--allow-unsigned', '--timeout', '1', '--fail-on', 'high', '--fail-on-unaudited', '--jsonl', '', '--sarif', '');
    expect(r.code).toBe(1);
    expect(r.err).toBe('fleetprobe: gate failed: 1 target not audited (1 vulnerable, 0 clean, 1 unaudited of 1 target)\n');
    expect(r.out).toMatch(/critical-slow\s+unaudited\s+timed-out/);
    expect(r.out).toContain('1 vulnerable, 0 clean, 1 unaudited of 1 target; 1 finding');
  });

  it('an info observation is reported but leaves the host clean', async () => {
    const out = path.join(dir, 'info.jsonl');
    const r = await cli('scan', '--template', 'fixtures/templates/gate/info-observation.yaml', '--allow-unsigned', '--fail-on', 'low', '--jsonl', out, '--sarif', '');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/info-observation\s+clean\s+\[info-observation\] \[INFO\] kernel seen \(info: observation\)/);
    expect(r.out).toContain('0 vulnerable, 1 clean, 0 unaudited of 1 target; 1 finding');
    expect((await jsonl(out)).map((l) => l['matcher-status'])).toEqual([true]);
    expect((await cli('scan', '--template', 'fixtures/templates/gate/info-observation.yaml', '--allow-unsigned', '--fail-on', 'info', '--jsonl', '', '--sarif', '')).code).toBe(1);
  });

  it('refuses an unsigned template without --allow-unsigned, with exit 2 and one line', async () => {
    const r = await cli('scan', '--template', 'fixtures/templates/probes/both-vulnerable.yaml', '--jsonl', '');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/both-vulnerable\.yaml: refused/);
  });

  it('host output cannot forge JSONL lines', async () => {
    const out = path.join(dir, 'hostile.jsonl');
    const r = await cli('scan', '--template', 'fixtures/templates/probes/hostile-output.yaml', '--allow-unsigned', '--jsonl', out, '--sarif', '');
    expect(r.code).toBe(0);
    const lines = await jsonl(out);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ 'template-id': 'hostile-output', 'matcher-name': 'hostile' });
  });

  it.each([
    [['scan', '--fail-on', 'severe'], /input fail-on: 'severe' is not allowed; expected one of none, info, low, medium, high, critical/],
    [['scan', '--bogus'], /scan: Unknown option '--bogus'/],
    [['scan', '--timeout', 'soon'], /input timeout: 'soon' is not allowed/],
    [['scan', '--transport', 'ssm'], /transport ssm needs instance-ids or targets/],
    [['scan', '--template', 'nope.yaml'], /nope\.yaml: no such template file or directory/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('usage error %j exits 2 with one clear line', async (argv, pattern) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('a template whose aliases would expand without bound is a user error: exit 2, one line, no stack', async () => {
    const bomb = path.join(dir, 'aliases.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    await writeFile(bomb, `id: bomb\ninfo:\n  name: x\n  author: a\n  severity: low\n${levels.join('\n')}\ncode:\n  - engine: [sh]\n    source: echo hi\n`);
    const r = await cli('scan', '--template', bomb, '--allow-unsigned', '--jsonl', '', '--sarif', '');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fleetprobe: .*aliases\.yaml.*: malformed YAML: Excessive alias count/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('an internal error is exit 3 and one line; --debug adds the stack', async () => {
    const spy = vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new TypeError('simulated bug');
    });
    try {
      const r = await cli('scan', '--template', 'fixtures/templates/gate/low-match.yaml', '--allow-unsigned', '--jsonl', path.join(dir, 'bug.jsonl'), '--sarif', '');
      const debug = await cli('scan', '--debug', '--template', 'fixtures/templates/gate/low-match.yaml', '--allow-unsigned', '--jsonl', path.join(dir, 'bug.jsonl'), '--sarif', '');
      spy.mockRestore();
      expect(r).toMatchObject({ code: 3, err: 'fleetprobe: internal error (a bug in fleetprobe, please report it): TypeError: simulated bug; --debug shows the stack\n' });
      expect(debug.code).toBe(3);
      expect(debug.err).toMatch(/^fleetprobe: internal error: TypeError: simulated bug\n\s+at /);
    } finally {
      spy.mockRestore();
    }
  });

  it('--help explains every flag: each input of the action (README and action.yml list the same), with its default', async () => {
    const r = await cli('scan', '--help');
    expect(r.code).toBe(0);
    for (const flag of ['--template', '--transport', '--jsonl', '--sarif', '--fail-on', '--allow-unsigned', '--trusted-cert', '--instance-ids', '--matcher-status']) expect(r.out).toContain(flag);
    for (const input of INPUTS) {
      const line = r.out.split('\n').find((l) => l.startsWith(`  --${input.name} `) || l.startsWith(`  --${input.name},`));
      expect(line, input.name).toBeDefined();
      if (input.default !== undefined && input.name !== 'transport') expect(line, input.name).toContain(`(default: ${input.default})`);
    }
  });
});

describe('fleetprobe verify', () => {
  it('says trusted for the seed and exits 0; unsigned exits 1', async () => {
    const ok = await cli('verify', 'fixtures/templates/smtp-open-relay.yaml');
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('fixtures/templates/smtp-open-relay.yaml: trusted: signed by projectdiscovery/nuclei-templates (key 922c64590222798bb761d5b6d8e72950)\n');
    const mixed = await cli('verify', 'fixtures/templates/smtp-open-relay.yaml', 'fixtures/templates/probes/both-vulnerable.yaml');
    expect(mixed.code).toBe(1);
    expect(mixed.out).toMatch(/both-vulnerable\.yaml: not trusted: unsigned code template/);
  });
});

describe('the built CLI (dist/cli.js), as a newcomer runs it', () => {
  it('audits this machine with the bundled template and writes fleetprobe.jsonl', async () => {
    const cwd = await tempDir('fleetprobe-start-');
    const { stdout } = await run(process.execPath, [path.resolve('dist/cli.js'), 'scan', '--matcher-status'], { cwd });
    expect(stdout).toContain('smtp-open-relay');
    const lines = await jsonl(path.join(cwd, 'fleetprobe.jsonl'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l['template-id'] === 'smtp-open-relay' && l['template-path'] === path.resolve('templates/smtp-open-relay.yaml'))).toBe(true);
  });
});
