// The action's post step against the emulator: the state main saved in, CancelCommand out for what still runs.
import { SendCommandCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_CREDENTIALS } from '../support/fleet-ssm.js';
import { instance, PROFILES } from '../support/fleet.js';
import { startEmulator, type Emulator } from '../support/ssm-emulator/server.js';

const state: Record<string, string> = {};
const inputs: Record<string, string> = {};
const logs: string[] = [];
vi.mock('@actions/core', () => ({
  getState: (name: string) => state[name] ?? '',
  getInput: (name: string) => inputs[name] ?? '',
  info: (m: string) => logs.push(`info: ${m}`),
  warning: (m: string) => logs.push(`warning: ${m}`),
  setFailed: (m: string) => logs.push(`failed: ${m}`),
}));

let emu: Emulator | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await emu?.close();
  emu = undefined;
  logs.length = 0;
  for (const k of Object.keys(state)) delete state[k];
});

describe('post step', () => {
  it('cancels the saved commands that still run, leaves finished ones alone, never fails the job', async () => {
    const hang = instance(1, PROFILES.idle, { behaviour: { kind: 'hang' } });
    const quick = instance(2, PROFILES.idle);
    emu = await startEmulator([hang, quick]);
    const client = new SSMClient({ region: 'us-east-1', endpoint: emu.endpoint, credentials: TEST_CREDENTIALS });
    const send = async (id: string) => (await client.send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: [id], Parameters: { commands: ['echo hi'] } }))).Command!.CommandId!;
    const running = await send(hang.id);
    const finished = await send(quick.id);
    // Bounded wait for the quick command to end.
    for (let i = 0; i < 100 && emu.model.commands.get(finished)!.invocations[0]!.status !== 'Success'; i++) await new Promise((r) => setTimeout(r, 50));
    client.destroy();

    vi.stubEnv('AWS_ENDPOINT_URL_SSM', emu.endpoint);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', TEST_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', TEST_CREDENTIALS.secretAccessKey);
    state['command-ids'] = `${running},${finished},00000000-0000-0000-0000-000000000000`;
    const { run } = await import('../../src/post.js');
    await run();
    expect(emu.model.commands.get(running)!.invocations[0]!.status).toBe('Cancelled');
    expect(emu.model.commands.get(finished)!.invocations[0]!.status).toBe('Success');
    expect(emu.model.requests['CancelCommand']).toBe(1);
    expect(logs).toContainEqual(`info: fleetprobe post: cancelled command ${running} (was InProgress)`);
    expect(logs.some((l) => l.startsWith('warning: fleetprobe post: could not cancel command 00000000'))).toBe(true);
    expect(logs.some((l) => l.startsWith('failed'))).toBe(false);
  });

  it('does nothing without saved commands', async () => {
    const { run } = await import('../../src/post.js');
    await run();
    expect(logs).toEqual([]);
  });
});
