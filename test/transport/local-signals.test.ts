// Ctrl-C, SIGTERM and the deadline against the shipped CLI (dist/cli.js) running a 30 s probe on this machine:
// the run ends promptly, the probe's whole process group is gone (checked in /proc), nothing is left in temp.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, groupMembers, pidsFrom, running } from '../support/procs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-signals-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;

/** Starts `fleetprobe scan` on a template whose one block sleeps 30 s (ignoring SIGTERM if asked). */
async function scan(options: { ignoreTerm?: boolean; flags?: string[] } = {}) {
  const id = `sleeper-${++n}`;
  const pids = path.join(dir, `${id}.pids`);
  const source = [options.ignoreTerm ? 'trap "" TERM' : '', `dirname "$0" > ${pids}.dir`, `echo $$ >> ${pids}`, 'sleep 30 &', `echo $! >> ${pids}`, 'wait'].filter(Boolean);
  const template = path.join(dir, `${id}.yaml`);
  await writeFile(template, `id: ${id}\ninfo:\n  name: ${id}\n  author: test\n  severity: high\nself-contained: true\ncode:\n  - engine: [bash]\n    source: |\n${source.map((l) => `      ${l}`).join('\n')}\n`);
  const child = spawn(process.execPath, ['dist/cli.js', 'scan', '--template', template, '--allow-unsigned', '--timeout', '60', '--jsonl', path.join(dir, `${id}.jsonl`), '--sarif', path.join(dir, `${id}.sarif`), ...(options.flags ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
  const [shell, sleeper] = await pidsFrom(pids, 2);
  const scripts = (await readFile(`${pids}.dir`, 'utf8')).trim();
  return { child, exited, shell: shell!, sleeper: sleeper!, scripts, output: () => out };
}

describe('stopping a local run from outside', () => {
  it('SIGINT during a 30 s block: the run ends within seconds, reports the block cancelled, its process group is gone', async () => {
    const run = await scan();
    const sent = Date.now();
    run.child.kill('SIGINT');
    const { at } = await run.exited;
    expect(at - sent).toBeLessThan(10_000);
    expect(run.output()).toContain('cancelled');
    expect(await eventually(() => groupMembers(run.shell).length === 0 && !running(run.sleeper))).toBe(true);
    expect(existsSync(run.scripts)).toBe(false);
  });

  it('a second SIGINT while the first is handled exits at once, and still leaves no probe running (even one ignoring SIGTERM)', async () => {
    const run = await scan({ ignoreTerm: true });
    const sent = Date.now();
    run.child.kill('SIGINT');
    // Apart, so the two are not merged into one pending signal; the probe ignores SIGTERM, so the first is still at work.
    await new Promise((r) => setTimeout(r, 50));
    run.child.kill('SIGINT');
    const { at } = await run.exited;
    expect(at - sent).toBeLessThan(10_000);
    expect(await eventually(() => groupMembers(run.shell).length === 0 && !running(run.sleeper))).toBe(true);
    expect(existsSync(run.scripts)).toBe(false);
  });

  it('SIGTERM ends the run the same way', async () => {
    const run = await scan({ ignoreTerm: true });
    const sent = Date.now();
    run.child.kill('SIGTERM');
    const { at } = await run.exited;
    expect(at - sent).toBeLessThan(10_000);
    expect(await eventually(() => groupMembers(run.shell).length === 0 && !running(run.sleeper))).toBe(true);
  });

  it('--deadline stops a 30 s block: deadline-exceeded, well before the block would have ended', async () => {
    const started = Date.now();
    const run = await scan({ flags: ['--deadline', '3'] });
    const { at } = await run.exited;
    expect(at - started).toBeLessThan(20_000);
    expect(run.output()).toContain('deadline-exceeded');
    expect(await eventually(() => groupMembers(run.shell).length === 0 && !running(run.sleeper))).toBe(true);
  });
});
