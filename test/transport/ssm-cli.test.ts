// `fleetprobe scan --transport ssm` and the action's run(), end to end: the CLI / action entry, the real SDK
// (pointed at the emulator through AWS_ENDPOINT_URL_SSM), the real script under `sh` per emulated instance.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { parseSent } from '../../src/sent-commands.js';
import { stubEmulatorEnv } from '../support/fleet-ssm.js';
import { instance, instanceId, PROFILES } from '../support/fleet.js';
import { startEmulator, type Emulator } from '../support/ssm-emulator/server.js';
import { tempDir } from '../support/tmp.js';

const core = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  state: {} as Record<string, string>,
  outputs: {} as Record<string, string>,
  failed: [] as string[],
}));
vi.mock('@actions/core', () => ({
  getInput: (name: string) => core.inputs[name] ?? '',
  saveState: (name: string, value: string) => void (core.state[name] = value),
  getState: (name: string) => core.state[name] ?? '',
  setOutput: (name: string, value: unknown) => void (core.outputs[name] = String(value)),
  setFailed: (m: string) => void core.failed.push(m),
  info: () => undefined,
  warning: () => undefined,
  notice: () => undefined,
  error: () => undefined,
  summary: { addRaw() { return this; }, async write() { return this; } },
}));

let emu: Emulator;
let dir: string;
beforeEach(async () => {
  dir = await tempDir('fleetprobe-ssm-cli-');
  // Where the action records the commands it sends for its post step.
  vi.stubEnv('RUNNER_TEMP', dir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emu?.close();
});

async function fleetAt(instances: Parameters<typeof startEmulator>[0]): Promise<void> {
  emu = await startEmulator(instances, { deliverySecondMs: 10, visibilityDelayMs: 200 });
  stubEmulatorEnv(emu.endpoint);
}

async function scan(...argv: string[]): Promise<{ code: number; out: string; err: string; lines: Record<string, unknown>[] }> {
  let out = '';
  let err = '';
  const jsonl = path.join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  const code = await main(['scan', '--aws-region', 'us-east-1', '--jsonl', jsonl, '--sarif', '', '--allow-unsigned', '--template', 'fixtures/templates/smtp-open-relay.yaml', ...argv], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    color: false,
    env: { PATH: process.env.PATH },
  });
  const text = await readFile(jsonl, 'utf8').catch(() => '');
  return { code, out, err, lines: text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

function statusByHost(lines: Record<string, unknown>[]): Record<string, string> {
  return Object.fromEntries(lines.map((l) => [l['host'] as string, l['error'] ? String(l['error']).split(':').slice(0, 2).join(':') : `matcher-status:${String(l['matcher-status'])}`]));
}

describe('fleetprobe scan --transport ssm', () => {
  it('writes one JSONL line per target with --matcher-status: findings, clean hosts, and the reason a host was not audited', async () => {
    await fleetAt([
      instance(1, PROFILES.openRelay),
      instance(2, PROFILES.safeRelay),
      instance(3, PROFILES.idle, { ping: 'ConnectionLost' }),
      instance(4, PROFILES.idle, { platform: 'Windows' }),
      instance(5, PROFILES.idle, { behaviour: { kind: 'hang' } }),
    ]);
    const ids = [1, 2, 3, 4, 5, 6].map((n) => instanceId(n));
    const r = await scan('--transport', 'ssm', '--instance-ids', ids.slice(0, 3).join(','), '--instance-ids', ids.slice(3).join('\n'), '--matcher-status', '--execution-timeout', '2');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(statusByHost(r.lines)).toEqual({
      [ids[0]!]: 'matcher-status:true',
      [ids[1]!]: 'matcher-status:false',
      [ids[2]!]: 'not audited: offline',
      [ids[3]!]: 'not audited: wrong-platform',
      [ids[4]!]: 'not audited: execution-timed-out',
      [ids[5]!]: 'not audited: not-managed',
    });
    expect(r.lines[0]).toMatchObject({ 'template-id': 'smtp-open-relay', 'matcher-name': 'postfix', host: ids[0], fleetprobe: { transport: 'ssm', region: 'us-east-1' } });
  });

  it('batches more than 50 ids and audits tag selectors; --fail-on-unaudited fails the run', async () => {
    const many = Array.from({ length: 125 }, (_, n) => instance(100 + n, n % 5 === 0 ? PROFILES.openRelay : PROFILES.idle, { synthetic: { runMs: 100 }, tags: n < 10 ? { Role: 'mail' } : {} }));
    await fleetAt([...many, instance(999, PROFILES.idle, { tags: { Role: 'mail' }, ping: 'ConnectionLost' })]);
    const all = await scan('--instance-ids', many.map((i) => i.id).join(','), '--matcher-status');
    expect(all.code).toBe(0);
    expect(all.lines).toHaveLength(125);
    expect(new Set(all.lines.map((l) => l['host'])).size).toBe(125);
    expect(all.lines.filter((l) => l['matcher-status'] === true)).toHaveLength(25);
    expect(emu.model.requests['SendCommand']).toBe(3);

    const tagged = await scan('--targets', 'tag:Role=mail', '--matcher-status', '--fail-on-unaudited');
    expect(tagged.lines).toHaveLength(11);
    expect(statusByHost(tagged.lines)[instanceId(999)]).toBe('not audited: offline');
    expect(tagged.code).toBe(1);
  });

  it('refuses a malformed id with one line and exit 2, before any API call', async () => {
    await fleetAt([]);
    const r = await scan('--instance-ids', 'i-0123456789abcdef0,web-1');
    expect(r.code).toBe(2);
    expect(r.err).toBe("fleetprobe: input instance-ids: 'web-1' is not an instance id (expected i-xxxxxxxx, i-xxxxxxxxxxxxxxxxx or mi-xxxxxxxxxxxxxxxxx)\n");
    expect(emu.model.requests).toEqual({});
  });
});

describe('the action against the emulator', () => {
  it('saves command ids for the post step as they are sent and reports targets in its outputs', async () => {
    await fleetAt([instance(1, PROFILES.openRelay), instance(2, PROFILES.idle), instance(3, PROFILES.idle, { managed: false })]);
    core.inputs = {
      transport: 'ssm',
      'instance-ids': [1, 2, 3].map((n) => instanceId(n)).join('\n'),
      'aws-region': 'us-east-1',
      templates: 'fixtures/templates/smtp-open-relay.yaml',
      'allow-unsigned': 'true',
      'sarif-file': path.join(dir, 'a.sarif'),
      'jsonl-file': path.join(dir, 'a.jsonl'),
    };
    const { run } = await import('../../src/main.js');
    await run();
    expect(core.failed).toEqual([]);
    expect(core.outputs['vulnerable-targets']).toBe(instanceId(1));
    expect(core.outputs['clean-targets']).toBe(instanceId(2));
    expect(core.outputs['unaudited-targets']).toBe(instanceId(3));
    const sent = parseSent(await readFile(core.state['commands-file']!, 'utf8'));
    expect(sent.map((c) => c.id).join(',')).toBe(core.outputs['command-ids']);
    expect(sent).toEqual([{ id: expect.stringMatching(/^[0-9a-f-]{36}$/), account: expect.stringMatching(/^\d{12}$/), region: 'us-east-1' }]);
  });
});
