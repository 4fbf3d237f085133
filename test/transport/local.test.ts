import { symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalTransport } from '../../src/transport/local.js';
import { findOnPath } from '../../src/transport/path.js';
import type { BlockRun, ProbeRun } from '../../src/types.js';
import { codeTemplate } from '../support/templates.js';
import { tempDir } from '../support/tmp.js';

const transport = (timeoutMs = 10_000, maxOutputBytes?: number) => new LocalTransport({ blockTimeoutMs: timeoutMs, ...(maxOutputBytes ? { maxOutputBytes } : {}) });

function blocksOf(run: ProbeRun | undefined): BlockRun[] {
  if (!run || !('blocks' in run)) throw new Error(`expected blocks, got ${JSON.stringify(run)}`);
  return run.blocks;
}

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

describe('local transport runs blocks as nuclei does', () => {
  it('captures stdout, stderr and the exit code separately; a failing script still reports', async () => {
    const t = codeTemplate('streams', [{ source: 'echo out-line\necho err-line >&2\nexit 3' }]);
    const { runs, commandIds } = await transport().run([t]);
    expect(commandIds).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.target).toMatchObject({ id: os.hostname(), transport: 'local' });
    const [b] = blocksOf(runs[0]);
    expect(b).toMatchObject({ stdout: 'out-line\n', stderr: 'err-line\n', exitCode: 3 });
    expect(b!.failure).toBeUndefined();
  });

  it('runs `<engine> <script file>` (not -c) with the target on stdin: empty when self-contained, the host otherwise', async () => {
    const probe = 'echo "argv0=$0"; printf "stdin=[%s]" "$(cat)"';
    const self = codeTemplate('self', [{ source: probe }]);
    const hosted = codeTemplate('hosted', [{ source: probe }], '');
    const { runs } = await transport().run([self, hosted]);
    const [a] = blocksOf(runs[0]);
    const [b] = blocksOf(runs[1]);
    expect(a!.stdout).toMatch(/argv0=\/.*fleetprobe-.*\/block-1-\d+/);
    expect(a!.stdout).toContain('stdin=[]');
    expect(b!.stdout).toContain(`stdin=[${os.hostname()}]`);
  });

  it('names the script after `pattern`', async () => {
    const t = codeTemplate('pattern', [{ source: 'echo "$0"', extra: '    pattern: "*.sh"\n' }]);
    const [b] = blocksOf((await transport().run([t])).runs[0]);
    expect(b!.stdout.trim()).toMatch(/\/\d+\.sh$/);
  });

  it('gives later blocks the earlier blocks\' values and the template variables as environment', async () => {
    const t = codeTemplate('env', [{ source: 'echo "  first  "' }, { source: 'echo "seen=[$code_1_response] port=[$port]"' }], 'self-contained: true\nvariables:\n  port: "25"\n');
    const blocks = blocksOf((await transport().run([t])).runs[0]);
    expect(blocks[1]!.stdout.trim()).toBe('seen=[first] port=[25]');
  });

  it('takes the first engine of the list found on PATH, and says when none is', async () => {
    const dir = await tempDir('fleetprobe-path-');
    await symlink(findOnPath('sh')!, path.join(dir, 'sh'));
    await symlink(findOnPath('timeout')!, path.join(dir, 'timeout'));
    process.env.PATH = dir;
    const fallback = codeTemplate('fallback', [{ engine: ['bash', 'sh'], source: 'echo ok' }]);
    const missing = codeTemplate('missing', [{ engine: ['bash'], source: 'echo never' }, { source: 'echo never' }]);
    const { runs } = await transport().run([fallback, missing]);
    expect(blocksOf(runs[0])[0]!.stdout).toBe('ok\n');
    const m = blocksOf(runs[1]);
    expect(m).toHaveLength(1);
    expect(m[0]!.failure).toEqual({ reason: 'engine-missing', detail: 'none of the engines bash is on PATH' });
  });

  it('kills a block that runs past its timeout and says so', async () => {
    const t = codeTemplate('slow', [{ source: 'echo started; sleep 30; echo never' }]);
    const started = Date.now();
    const [b] = blocksOf((await transport(1000).run([t])).runs[0]);
    expect(b!.failure?.reason).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses to cut output silently: beyond the cap the run is incomplete', async () => {
    const t = codeTemplate('loud', [{ source: 'head -c 50000 /dev/zero | tr "\\0" x' }]);
    const [b] = blocksOf((await transport(10_000, 1000).run([t])).runs[0]);
    expect(b!.failure?.reason).toBe('incomplete-output');
  });

  it('a cancelled run reports every template not run as cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { runs } = await transport().run([codeTemplate('a', [{ source: 'echo a' }])], controller.signal);
    expect(runs[0]).toMatchObject({ unaudited: { reason: 'cancelled' } });
  });
});
