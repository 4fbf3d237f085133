// The built CLI (dist/cli.js) as a process: exit codes, signals, a reader that goes away, report paths checked
// before any probe runs, and nothing left behind (no probe process, no probe script) on any of these paths.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { alive } from '../support/processes.js';
import { tempDir } from '../support/tmp.js';

const CLI = path.resolve('dist/cli.js');
const MARKER = path.resolve('fixtures/templates/gate/marker.yaml');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI with its own TMPDIR (checked empty afterwards) and, when asked, a marker the probe writes its pids to. */
async function start(args: string[], options: { sleep?: number; closeStdout?: boolean; preload?: string } = {}) {
  const dir = await tempDir();
  const tmp = path.join(dir, 'tmp');
  await mkdir(tmp);
  const mark = path.join(dir, 'mark');
  const env = { PATH: process.env['PATH']!, HOME: dir, TMPDIR: tmp, FLEETPROBE_TEST_MARK: mark, FLEETPROBE_TEST_SLEEP: String(options.sleep ?? 0) };
  const child = spawn(process.execPath, [...(options.preload ? ['--import', options.preload] : []), CLI, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  if (options.closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (b: Buffer) => void (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => void (stderr += b.toString()));
  const exited = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return {
    child,
    dir,
    tmp,
    mark,
    exited,
    /** The probe's pids, once it has started. */
    async probePids(): Promise<number[]> {
      for (let waited = 0; waited < 30_000; waited += 50) {
        const text = await readFile(mark, 'utf8').catch(() => '');
        if (/^\d+ \d+\n$/.test(text)) return text.trim().split(' ').map(Number);
        await sleep(50);
      }
      throw new Error(`the probe never started; stderr so far: ${stderr}`);
    },
  };
}

const scan = (...extra: string[]) => ['scan', '--template', MARKER, '--allow-unsigned', '--timeout', '60', ...extra];

describe('report paths are checked before any probe runs', () => {
  it.each([
    [['--jsonl', 'same.out', '--sarif', './same.out'], /^fleetprobe: inputs jsonl-file and sarif-file both name same\.out; give each report its own file\n$/],
    [['--jsonl', `${MARKER}/out.jsonl`], /^fleetprobe: input jsonl-file: cannot write .*marker\.yaml\/out\.jsonl \(.*marker\.yaml is not a directory\)\n$/],
    [['--sarif', '.'], /^fleetprobe: input sarif-file: cannot write \. \(it is a directory\)\n$/],
    [['--jsonl', '/proc/fleetprobe-test.jsonl'], /^fleetprobe: input jsonl-file: cannot write \/proc\/fleetprobe-test\.jsonl \(E[A-Z]+\)\n$/],
  ])('%j: exit 2, one line, no probe ran', async (flags, message) => {
    const run = await start([...scan(...(flags as string[]))]);
    const { code, stderr } = await run.exited;
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
    expect(existsSync(run.mark)).toBe(false);
    expect(await readdir(run.dir)).toEqual(['tmp']);
  });
});

describe('a reader that goes away', () => {
  it('`scan | head -1`: no EPIPE crash; the run finishes, writes its files and exits with its own code', async () => {
    // Closing stdout before anything is written makes every write fail with EPIPE, not just some.
    for (let i = 0; i < 3; i++) {
      const run = await start(scan('--jsonl', 'out.jsonl', '--sarif', '', '--fail-on', 'high'), { closeStdout: true });
      const { code, stderr } = await run.exited;
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(existsSync(path.join(run.dir, 'out.jsonl'))).toBe(true);
    }
  });
});

describe('signals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s during a 30 s block: the block is killed, the reports of what finished say interrupted, exit 130 within 2 s', async (name) => {
    const run = await start(scan('--jsonl', 'out.jsonl', '--sarif', 'out.sarif', '--matcher-status'), { sleep: 30 });
    const pids = await run.probePids();
    const sent = Date.now();
    run.child.kill(name);
    const { code, stdout, stderr } = await run.exited;
    const took = Date.now() - sent;
    expect(code).toBe(130);
    expect(took).toBeLessThan(2000);
    for (const pid of pids) expect(alive(pid), `probe process ${pid}`).toBe(false);
    expect(stdout).toContain(`INTERRUPTED (${name})`);
    expect(stderr).toMatch(new RegExp(`gate failed: the run was interrupted \\(${name}\\)`));
    const line = JSON.parse((await readFile(path.join(run.dir, 'out.jsonl'), 'utf8')).trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ 'template-id': 'marker', 'matcher-status': false, error: expect.stringMatching(/^not audited: cancelled/) });
    const sarif = JSON.parse(await readFile(path.join(run.dir, 'out.sarif'), 'utf8')) as { runs: { invocations: Record<string, unknown>[] }[] };
    expect(sarif.runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 130, exitSignalName: name });
    expect(await readdir(run.tmp)).toEqual([]);
  });

  it('a second signal stops at once: no probe left running, no probe script left in TMPDIR', async () => {
    const run = await start(scan('--jsonl', 'out.jsonl', '--sarif', ''), { sleep: 30 });
    const pids = await run.probePids();
    run.child.kill('SIGINT');
    // Two of the same signal sent back to back may arrive as one.
    await sleep(200);
    run.child.kill('SIGINT');
    const { code, stderr } = await run.exited;
    expect(code).toBe(130);
    expect(stderr).toMatch(/SIGINT again: stopping now, without reports\n$/);
    for (const pid of pids) expect(alive(pid), `probe process ${pid}`).toBe(false);
    expect(await readdir(run.tmp)).toEqual([]);
  });
});

describe('a crash', () => {
  it('is one line and exit 3 (the stack with --debug), and leaves no probe running and no probe script behind', async () => {
    // Injected from outside (node --import): once the probe runs, something throws where nothing catches it.
    const dir = await tempDir();
    const preload = path.join(dir, 'crash.mjs');
    await writeFile(preload, `import { existsSync } from 'node:fs';\nconst t = setInterval(() => { if (existsSync(process.env.FLEETPROBE_TEST_MARK)) { clearInterval(t); setTimeout(() => { throw new RangeError('injected crash'); }, 100); } }, 20);\nt.unref();\n`);
    for (const debug of [false, true]) {
      const run = await start(scan('--jsonl', '', '--sarif', '', ...(debug ? ['--debug'] : [])), { sleep: 30, preload });
      const pids = await run.probePids();
      const { code, stderr } = await run.exited;
      expect(code).toBe(3);
      if (debug) expect(stderr).toMatch(/^fleetprobe: internal error: RangeError: injected crash\n\s+at /);
      else expect(stderr).toBe('fleetprobe: internal error (a bug in fleetprobe, please report it): RangeError: injected crash; --debug shows the stack\n');
      for (const pid of pids) expect(alive(pid), `probe process ${pid}`).toBe(false);
      expect(await readdir(run.tmp)).toEqual([]);
    }
  });
});
