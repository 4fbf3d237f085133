// The local transport against probes written to stall, flood or escape it (issue: a compromised host cannot bend or
// stall the audit). Real bash; bounds are generous (two loaded cores): "bounded" means far below the probe's own time.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/audit.js';
import { fromText, toBuffer } from '../../src/matchers/bytes.js';
import { LocalTransport, type LocalOptions } from '../../src/transport/local.js';
import { killProbesNow } from '../../src/transport/process-group.js';
import type { BlockRun, ProbeRun, Template } from '../../src/types.js';
import { eventually, groupMembers, killQuietly, pidsFrom, respawner, running, stillRunning } from '../support/procs.js';
import { codeTemplate, templateFromYaml } from '../support/templates.js';

/** The bytes a block's output stands for. */
const bytesOf = (text: string) => toBuffer(fromText(text));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const local = (options: Partial<LocalOptions> = {}) => new LocalTransport({ blockTimeoutMs: 2000, ...options });
let files = 0;
const pidFile = () => path.join(dir, `pids-${++files}`);

function blocksOf(run: ProbeRun | undefined): BlockRun[] {
  if (!run || !('blocks' in run)) throw new Error(`expected blocks, got ${JSON.stringify(run)}`);
  return run.blocks;
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await f();
  return { value, ms: Date.now() - started };
}

/** The temp dir the probe's script ran from (it wrote it to `file.dir`). */
async function scriptDir(file: string): Promise<string> {
  return (await readFile(`${file}.dir`, 'utf8')).trim();
}

describe('local transport: honest timeouts', () => {
  it('a probe that ignores SIGTERM is timed out and its whole group killed', async () => {
    const f = pidFile();
    const t = codeTemplate('stubborn', [{ source: `trap "" TERM\necho $$ > ${f}\nsleep 40 &\necho $! >> ${f}\nwhile :; do sleep 1; done` }]);
    const { value, ms } = await timed(() => local().run([t]));
    const [b] = blocksOf(value.runs[0]);
    expect(b!.failure?.reason).toBe('timed-out');
    expect(ms).toBeLessThan(15_000);
    const [shell, child] = await pidsFrom(f, 2);
    expect(await eventually(() => groupMembers(shell!).length === 0)).toBe(true);
    expect(running(child!)).toBe(false);
  });

  it('a daemon that escapes the group (setsid) and holds stdout open: timed out, killed, the run not held', async () => {
    const f = pidFile();
    const t = codeTemplate('daemon', [{ source: `setsid sh -c 'echo $$ >> ${f}; exec sleep 40' &\necho main-done` }]);
    const { value, ms } = await timed(() => local().run([t]));
    expect(blocksOf(value.runs[0])[0]!.failure?.reason).toBe('timed-out');
    expect(ms).toBeLessThan(15_000);
    const [daemon] = await pidsFrom(f);
    expect(await eventually(() => !running(daemon!))).toBe(true);
  });

  it('a daemon that leaves stdout alone does not delay the verdict, and is killed when the block ends', async () => {
    const f = pidFile();
    const t = codeTemplate('quiet-daemon', [{ source: `setsid sh -c 'echo $$ >> ${f}; exec sleep 40' >/dev/null 2>&1 &\nsleep 0.2\necho found` }]);
    const { value } = await timed(() => local({ blockTimeoutMs: 20_000 }).run([t]));
    const [b] = blocksOf(value.runs[0]);
    expect(b).toMatchObject({ stdout: 'found\n', exitCode: 0 });
    expect(b!.failure).toBeUndefined();
    const [daemon] = await pidsFrom(f);
    expect(await eventually(() => !running(daemon!))).toBe(true);
  });

  it('a daemon that also drops the marker cannot be killed (documented), but it does not hold the run past the timeout', async () => {
    const f = pidFile();
    const t = codeTemplate('hidden-daemon', [{ source: `env -u FLEETPROBE_PROBE setsid sh -c 'echo $$ >> ${f}; exec sleep 40' &\necho main-done` }]);
    const { value, ms } = await timed(() => local().run([t]));
    const [daemon] = await pidsFrom(f);
    try {
      expect(blocksOf(value.runs[0])[0]!.failure?.reason).toBe('timed-out');
      expect(ms).toBeLessThan(15_000);
    } finally {
      killQuietly(daemon!);
    }
  });

  it('a daemon that keeps starting a new one of itself is gone when the block ends', async () => {
    const f = pidFile();
    const t = codeTemplate('respawn', [{ source: respawner(f) }]);
    try {
      const [b] = blocksOf((await local({ blockTimeoutMs: 30_000 }).run([t])).runs[0]);
      expect(b).toMatchObject({ stdout: 'started\n', exitCode: 0 });
      await pidsFrom(f, 8);
      expect(await eventually(() => stillRunning(f).length === 0)).toBe(true);
    } finally {
      stillRunning(f).forEach(killQuietly);
    }
  });

  it('a background child holding stdout is waited for, as Go\'s exec waits, and its output kept', async () => {
    const t = codeTemplate('late-writer', [{ source: '(sleep 1; echo late) &\necho early' }]);
    const [b] = blocksOf((await local({ blockTimeoutMs: 20_000 }).run([t])).runs[0]);
    expect(b).toMatchObject({ stdout: 'early\nlate\n', exitCode: 0 });
  });
});

describe('local transport: bounded output', () => {
  it('endless output (`yes`) stops at the cap: incomplete-output with the size seen, no crash', async () => {
    const t = codeTemplate('endless', [{ source: 'yes' }]);
    const next = codeTemplate('after', [{ source: 'echo still-runs' }]);
    const { value, ms } = await timed(() => local({ blockTimeoutMs: 60_000 }).run([t, next]));
    const [b] = blocksOf(value.runs[0]);
    expect(b!.failure).toMatchObject({ reason: 'incomplete-output', detail: expect.stringMatching(/block 1 wrote more than 16,777,216 bytes to stdout; reading stopped at [\d,]+ bytes/) });
    expect(ms).toBeLessThan(30_000);
    expect(blocksOf(value.runs[1])[0]!.stdout).toBe('still-runs\n');
  });

  it('the host\'s cap counts every block of every template; past it the rest is incomplete-output', async () => {
    const print = (id: string) => codeTemplate(id, [{ source: 'head -c 3000 /dev/zero | tr "\\0" x' }]);
    const { runs } = await local({ maxOutputBytes: 5000, maxHostOutputBytes: 7000 }).run([print('one'), print('two'), print('three')]);
    expect(blocksOf(runs[0])[0]!.stdout).toHaveLength(3000);
    expect(blocksOf(runs[1])[0]!.stdout).toHaveLength(3000);
    expect(blocksOf(runs[2])[0]!.failure).toMatchObject({ reason: 'incomplete-output', detail: expect.stringContaining('7,000 bytes a run reads per host') });
  });
});

describe('local transport: earlier blocks\' values in the environment', () => {
  const twoBlocks = (size: number) => codeTemplate(`env-${size}`, [{ source: `head -c ${size} /dev/zero | tr "\\0" x` }, { source: 'printf %s "$code_1_response" | wc -c' }]);

  it('a value under Linux\'s per-string limit reaches the next block whole', async () => {
    const blocks = blocksOf((await local().run([twoBlocks(100_000)])).runs[0]);
    expect(blocks[1]!.stdout.trim()).toBe('100000');
  });

  it('a value over it makes the next block environment-too-large, naming the variable and its size; never clean', async () => {
    const t = twoBlocks(200_000);
    const run = (await local().run([t])).runs[0]!;
    const blocks = blocksOf(run);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]!.failure).toEqual({ reason: 'environment-too-large', detail: 'block 2 could not start: code_1_response takes 200,016 bytes, more than the 131,071 bytes Linux allows one environment variable' });
    expect(judge(t, run, 'now')).toMatchObject({ verdict: 'unaudited', unaudited: { reason: 'environment-too-large' } });
  });

  it('many values that fit one by one but not together: the start fails with E2BIG and says so', async () => {
    const yaml = `id: many\ninfo:\n  name: many\n  author: test\n  severity: high\nself-contained: true\ncode:\n${Array.from({ length: 60 }, (_, i) => `  - engine: [bash]\n    source: |\n      head -c 120000 /dev/zero | tr "\\\\0" ${i % 10}\n`).join('')}`;
    const t = templateFromYaml(yaml);
    const blocks = blocksOf((await local().run([t])).runs[0]);
    const last = blocks.at(-1)!;
    expect(last.failure).toMatchObject({ reason: 'environment-too-large', detail: expect.stringContaining('E2BIG') });
    expect(blocks.length).toBeLessThan(60);
  });

  it('a NUL byte in an earlier block\'s output: the next block cannot start, and says why', async () => {
    const t = codeTemplate('nul', [{ source: 'printf "a\\0b"' }, { source: 'echo never' }]);
    const blocks = blocksOf((await local().run([t])).runs[0]);
    expect(blocks[1]!.failure).toEqual({ reason: 'failed', detail: 'block 2 could not start: code_1_response holds a NUL byte, which an environment variable cannot carry' });
  });
});

describe('local transport: bytes as the host wrote them', () => {
  it('invalid UTF-8 is kept byte for byte and touches only its own template', async () => {
    const bad = codeTemplate('bad-bytes', [{ source: 'printf "\\346\\227 ok \\377"' }]);
    const good = codeTemplate('good', [{ source: 'echo fine' }]);
    const { runs } = await local().run([bad, good]);
    expect(bytesOf(blocksOf(runs[0])[0]!.stdout)).toEqual(Buffer.from([0xe6, 0x97, 0x20, 0x6f, 0x6b, 0x20, 0xff]));
    expect(blocksOf(runs[1])[0]!.stdout).toBe('fine\n');
  });
});

describe('local transport: output as through nuclei\'s pipes', () => {
  it('a probe reopening /dev/stdout and /dev/stderr (`echo x > /dev/stderr`) keeps that output, in order', async () => {
    const t = codeTemplate('reopen', [{ source: 'echo first; echo second > /dev/stdout; echo third; echo one >&2; echo two > /dev/stderr' }]);
    const [b] = blocksOf((await local().run([t])).runs[0]);
    expect(b).toMatchObject({ stdout: 'first\nsecond\nthird\n', stderr: 'one\ntwo\n', exitCode: 0 });
  });
});

describe('local transport: stopping a run', () => {
  const sleeper = (f: string): Template => codeTemplate('sleeper', [{ source: `dirname "$0" > ${f}.dir\necho $$ > ${f}\nsleep 30 &\necho $! >> ${f}\nwait` }]);

  it('an abort during a 30 s block ends it within a second or so: group gone, cancelled, later templates cancelled', async () => {
    const f = pidFile();
    const controller = new AbortController();
    const pending = local({ blockTimeoutMs: 60_000 }).run([sleeper(f), codeTemplate('later', [{ source: 'echo later' }])], controller.signal);
    const [shell, child] = await pidsFrom(f, 2);
    const { value, ms } = await timed(async () => {
      controller.abort(new Error('interrupted'));
      return pending;
    });
    expect(ms).toBeLessThan(10_000);
    expect(blocksOf(value.runs[0])[0]!.failure).toMatchObject({ reason: 'cancelled', detail: 'the run was cancelled while block 1 ran' });
    expect(value.runs[1]).toMatchObject({ unaudited: { reason: 'cancelled', detail: 'the run was cancelled before this template ran' } });
    expect(await eventually(() => groupMembers(shell!).length === 0 && !running(child!))).toBe(true);
    expect(existsSync(await scriptDir(f))).toBe(false);
  });

  it('the deadline stops a block the same way, as deadline-exceeded', async () => {
    const f = pidFile();
    const { value, ms } = await timed(() => local({ blockTimeoutMs: 60_000, deadlineSeconds: 2 }).run([sleeper(f)], AbortSignal.timeout(2000)));
    expect(ms).toBeLessThan(15_000);
    expect(blocksOf(value.runs[0])[0]!.failure).toMatchObject({ reason: 'deadline-exceeded', detail: "the run's deadline (2s) passed while block 1 ran" });
    const [shell] = await pidsFrom(f);
    expect(await eventually(() => groupMembers(shell!).length === 0)).toBe(true);
  });

  it('killProbesNow (an entry exiting at once) kills every live probe group and removes its files synchronously', async () => {
    const f = pidFile();
    const pending = local({ blockTimeoutMs: 60_000 }).run([sleeper(f)]);
    const [shell, child] = await pidsFrom(f, 2);
    const scripts = await scriptDir(f);
    killProbesNow();
    expect(existsSync(scripts)).toBe(false);
    expect(await eventually(() => groupMembers(shell!).length === 0 && !running(child!))).toBe(true);
    // The run itself still ends, the block killed before it finished: no verdict.
    expect(blocksOf((await pending).runs[0])[0]!.failure).toMatchObject({ reason: 'failed', detail: 'block 1 was killed by SIGKILL before it finished' });
  });
});
