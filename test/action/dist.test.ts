// Runs dist/index.js as GitHub does: INPUT_* environment, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_STATE files.
import { execFile, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/options.js';
import { allSarifErrors } from '../report/validate.js';
import { alive } from '../support/processes.js';
import { tempDir } from '../support/tmp.js';

const run = promisify(execFile);

/** Runs the action; `during` may act on the running process (send it a signal) while it runs. */
async function action(
  inputs: Record<string, string>,
  extra: { env?: Record<string, string>; during?: (child: ChildProcess) => Promise<void> } = {},
): Promise<{ code: number; stdout: string; outputs: Record<string, string>; summary: string; state: string }> {
  const dir = await tempDir('fleetprobe-gha-');
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state' };
  for (const f of Object.values(files)) await writeFile(path.join(dir, f), '');
  const env: Record<string, string> = { PATH: process.env.PATH!, HOME: dir, TMPDIR: os.tmpdir(), ...extra.env };
  for (const [k, f] of Object.entries(files)) env[k] = path.join(dir, f);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const running = run(process.execPath, [path.resolve('dist/index.js')], { env, cwd: path.resolve('.') });
  await extra.during?.(running.child);
  const result = await running.then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses name<<delimiter blocks.
  for (const m of (await readFile(env['GITHUB_OUTPUT']!, 'utf8')).matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { ...result, outputs, summary: await readFile(env['GITHUB_STEP_SUMMARY']!, 'utf8'), state: await readFile(env['GITHUB_STATE']!, 'utf8') };
}

describe('dist/index.js under a GitHub-like runner', () => {
  it('audits with the local transport, sets outputs, writes the summary, and fails the gate with exit 1', async () => {
    const dir = await tempDir('fleetprobe-gha-out-');
    const r = await action({ transport: 'local', templates: 'fixtures/templates/probes/both-vulnerable.yaml', 'allow-unsigned': 'true', 'fail-on': 'medium', 'sarif-file': path.join(dir, 'f.sarif'), 'jsonl-file': path.join(dir, 'f.jsonl') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::gate failed: 2 findings at or above medium on 1 target');
    expect(r.outputs).toMatchObject({ findings: '2', 'vulnerable-targets': os.hostname(), 'sarif-file': path.join(dir, 'f.sarif') });
    expect(r.summary).toContain('## fleetprobe audit');
    expect(JSON.parse(await readFile(path.join(dir, 'f.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('the open-relay template, unsigned but allowed: one verdict for this machine, SARIF valid for code scanning', async () => {
    const dir = await tempDir('fleetprobe-gha-out-');
    const r = await action({ transport: 'local', templates: 'fixtures/templates/smtp-open-relay.yaml', 'allow-unsigned': 'true', 'sarif-file': path.join(dir, 'f.sarif'), 'jsonl-file': path.join(dir, 'f.jsonl') });
    expect(r.code).toBe(0);
    expect(['vulnerable-targets', 'clean-targets', 'unaudited-targets'].map((k) => r.outputs[k]).filter(Boolean)).toEqual([os.hostname()]);
    expect(r.outputs).toMatchObject({ 'sarif-file': path.join(dir, 'f.sarif'), 'jsonl-file': path.join(dir, 'f.jsonl'), 'command-ids': '' });
    expect(r.summary).toMatch(/^## fleetprobe audit: ✅ gate passed\n\n> gate passed \(fail-on none\): \d vulnerable, \d clean, \d unaudited of 1 target\n/);
    expect(r.state).toBe('');
    expect(await allSarifErrors(JSON.parse(await readFile(path.join(dir, 'f.sarif'), 'utf8')))).toEqual([]);
  });

  it('host output that looks like workflow commands stays inert in the real log', async () => {
    const dir = await tempDir('fleetprobe-gha-out-');
    const r = await action({ transport: 'local', templates: 'fixtures/templates/probes/hostile-output.yaml', 'allow-unsigned': 'true', 'sarif-file': path.join(dir, 'f.sarif'), 'jsonl-file': path.join(dir, 'f.jsonl') });
    expect(r.code).toBe(0);
    const lines = r.stdout.split(/\r?\n/);
    const token = lines.map((l) => /^::stop-commands::(.+)$/.exec(l)?.[1]).find(Boolean);
    // The only command lines are the fence and the annotations fleetprobe itself writes.
    const commands = lines.filter((l) => /^\s*(::|##\[)/.test(l));
    expect(commands.filter((l) => l !== `::stop-commands::${token}` && l !== `::${token}::` && !l.startsWith('::error title=hostile-output/hostile on '))).toEqual([]);
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(await allSarifErrors(JSON.parse(await readFile(path.join(dir, 'f.sarif'), 'utf8')))).toEqual([]);
  });

  it('the bundled template on this machine passes with the defaults of a local run', async () => {
    const dir = await tempDir('fleetprobe-gha-out-');
    const r = await action({ transport: 'local', 'sarif-file': path.join(dir, 'f.sarif'), 'jsonl-file': path.join(dir, 'f.jsonl') });
    expect(r.code).toBe(0);
    // This one machine ends in exactly one of the three lists.
    expect(['vulnerable-targets', 'clean-targets', 'unaudited-targets'].map((k) => r.outputs[k]).filter(Boolean)).toEqual([os.hostname()]);
    expect(r.outputs['findings']).toMatch(/^\d+$/);
  });

  it('a cancelled workflow (SIGINT): the probe is killed, outputs and summary of what finished are written, the step fails saying interrupted', async () => {
    const dir = await tempDir('fleetprobe-gha-out-');
    const mark = path.join(dir, 'mark');
    let pids: number[] = [];
    const r = await action(
      { transport: 'local', templates: 'fixtures/templates/gate/marker.yaml', 'allow-unsigned': 'true', timeout: '60', 'sarif-file': path.join(dir, 'f.sarif'), 'jsonl-file': path.join(dir, 'f.jsonl') },
      {
        env: { FLEETPROBE_TEST_MARK: mark, FLEETPROBE_TEST_SLEEP: '30' },
        async during(child) {
          for (let waited = 0; pids.length === 0 && waited < 30_000; waited += 50) {
            pids = /^\d+ \d+\n$/.test(await readFile(mark, 'utf8').catch(() => '')) ? (await readFile(mark, 'utf8')).trim().split(' ').map(Number) : [];
            if (pids.length === 0) await sleep(50);
          }
          child.kill('SIGINT');
        },
      },
    );
    expect(pids).toHaveLength(2);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::gate failed: the run was interrupted \(SIGINT\) before every target finished/);
    expect(r.outputs).toMatchObject({ 'unaudited-targets': os.hostname(), 'jsonl-file': path.join(dir, 'f.jsonl') });
    expect(r.summary).toContain('**Interrupted (SIGINT)**');
    for (const pid of pids) expect(alive(pid), `probe process ${pid}`).toBe(false);
  });

  it('a bad input fails the step with its one-line message and no stack trace', async () => {
    const r = await action({ transport: 'local', 'fail-on': 'severe' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error::input fail-on: 'severe' is not allowed");
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, with the same defaults, and runs on node24', async () => {
    const meta = parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, { default?: string; description: string }>; outputs: Record<string, unknown>; runs: Record<string, string> };
    expect(Object.keys(meta.inputs).sort()).toEqual(INPUTS.map((i) => i.name).sort());
    for (const input of INPUTS) {
      expect(meta.inputs[input.name]!.default, input.name).toBe(input.default);
      expect(meta.inputs[input.name]!.description.length, input.name).toBeGreaterThan(10);
    }
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' });
  });
});
