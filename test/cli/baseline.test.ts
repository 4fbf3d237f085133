// A scheduled audit against the previous run's JSONL, end to end through the SSM emulator: one host fixed, one
// broke, one still open, one gone offline; the CLI's table, the action's outputs and summary say exactly that.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { stubEmulatorEnv } from '../support/fleet-ssm.js';
import { instance, instanceId, PROFILES } from '../support/fleet.js';
import { startEmulator, type Emulator } from '../support/ssm-emulator/server.js';
import { tempDir } from '../support/tmp.js';

const core = vi.hoisted(() => ({ inputs: {} as Record<string, string>, outputs: {} as Record<string, string>, failed: [] as string[], summary: '' }));
vi.mock('@actions/core', () => ({
  getInput: (name: string) => core.inputs[name] ?? '',
  saveState: () => undefined,
  setOutput: (name: string, value: unknown) => void (core.outputs[name] = String(value)),
  setFailed: (m: string) => void core.failed.push(m),
  isDebug: () => false,
  info: () => undefined,
  warning: () => undefined,
  notice: () => undefined,
  error: () => undefined,
  summary: {
    addRaw(text: string) {
      core.summary += text;
      return this;
    },
    async write() {
      return this;
    },
  },
}));
const { run } = await import('../../src/main.js');

let emu: Emulator | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await emu?.close();
  emu = undefined;
});

async function fleet(instances: Parameters<typeof startEmulator>[0]): Promise<void> {
  await emu?.close();
  emu = await startEmulator(instances, { deliverySecondMs: 10, visibilityDelayMs: 50 });
  stubEmulatorEnv(emu.endpoint);
}

const ids = [1, 2, 3, 4].map((n) => instanceId(n));

async function scan(dir: string, jsonl: string, extra: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['scan', '--instance-ids', ids.join(','), '--aws-region', 'us-east-1', '--template', 'fixtures/templates/smtp-open-relay.yaml', '--matcher-status', '--jsonl', path.join(dir, jsonl), '--sarif', '', ...extra], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    color: false,
    env: { PATH: process.env['PATH'] },
  });
  return { code, out, err };
}

describe('a scheduled audit with a baseline', () => {
  it('marks the fixed host fixed, the broken one new, the open one still open and the offline one newly not audited', async () => {
    const dir = await tempDir();
    // Yesterday: 1 and 4 open relays, 2 safe, 3 idle.
    await fleet([instance(1, PROFILES.openRelay), instance(2, PROFILES.safeRelay), instance(3, PROFILES.idle), instance(4, PROFILES.openRelay)]);
    expect((await scan(dir, 'yesterday.jsonl')).code).toBe(0);
    // Today: 1 was fixed, 2 broke, 3 went offline, 4 is still open.
    await fleet([instance(1, PROFILES.safeRelay), instance(2, PROFILES.openRelay), instance(3, PROFILES.idle, { ping: 'ConnectionLost' }), instance(4, PROFILES.openRelay)]);
    const today = await scan(dir, 'today.jsonl', ['--baseline', path.join(dir, 'yesterday.jsonl')]);
    expect(today.code).toBe(0);
    expect(today.out).toContain(`SINCE ${path.join(dir, 'yesterday.jsonl')}: 1 new, 1 still open, 1 fixed, 0 not re-checked; 1 host newly not audited`);
    expect(today.out).toContain(`  new: ${ids[1]} smtp-open-relay/postfix (high)`);
    expect(today.out).toContain(`  fixed: ${ids[0]} smtp-open-relay/postfix (high)`);
    expect(today.out).toContain(`  newly not audited: ${ids[2]}`);

    // The action, with the same baseline: outputs and summary.
    core.inputs = { transport: 'ssm', 'instance-ids': ids.join(','), 'aws-region': 'us-east-1', templates: 'fixtures/templates/smtp-open-relay.yaml', baseline: path.join(dir, 'yesterday.jsonl'), 'jsonl-file': path.join(dir, 'action.jsonl'), 'sarif-file': path.join(dir, 'action.sarif') };
    vi.stubEnv('GITHUB_STEP_SUMMARY', path.join(dir, 'summary.md'));
    // Where the action records the commands it sends for its post step.
    vi.stubEnv('RUNNER_TEMP', dir);
    await run();
    expect(core.failed).toEqual([]);
    expect(core.outputs).toMatchObject({ 'new-findings': '1', 'fixed-findings': '1', 'newly-unaudited-targets': ids[2] });
    expect(core.summary).toContain('**1** new · **1** still open · **1** fixed · 0 not re-checked (no verdict this time) · **1** host newly not audited.');
  });

  it('a missing baseline is the first run: no comparison, said once; a broken one stops the run before any probe, naming its line', async () => {
    const dir = await tempDir();
    await fleet([instance(1, PROFILES.idle)]);
    const first = await scan(dir, 'first.jsonl', ['--baseline', path.join(dir, 'none.jsonl')]);
    expect(first.code).toBe(0);
    expect(first.err).toContain(`baseline ${path.join(dir, 'none.jsonl')} not found: nothing to compare with`);
    expect(first.out).not.toContain('SINCE');
    const broken = path.join(dir, 'broken.jsonl');
    await writeFile(broken, `${(await readFile(path.join(dir, 'first.jsonl'), 'utf8')).trim()}\n{"template-id": 5}\n`);
    const bad = await scan(dir, 'second.jsonl', ['--baseline', broken]);
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toBe(`fleetprobe: input baseline: ${broken}:5: 'template-id' is not a string; expected the JSONL of a previous fleetprobe run\n`);
    for (const [text, why] of [['not json', /:1: not JSON/], ['[1]', /:1: not a JSON object/], ['{"template-id":"t","host":"h"}', /'matcher-status' is not true or false/]] as const) {
      await writeFile(broken, `${text}\n`);
      expect((await scan(dir, 'third.jsonl', ['--baseline', broken])).err).toMatch(why);
    }
  });
});
