// The action's post step against the emulator: the state main saved in, CancelCommand out for what still runs.
import { SendCommandCommand, SSMClient } from '@aws-sdk/client-ssm';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordSent, type SentCommand } from '../../src/sent-commands.js';
import { TEST_CREDENTIALS } from '../support/fleet-ssm.js';
import { instance, PROFILES } from '../support/fleet.js';
import { startCloud, startEmulator, type CloudEmulator, type Emulator } from '../support/ssm-emulator/server.js';
import { tempDir } from '../support/tmp.js';

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

let emu: Emulator | CloudEmulator | undefined;
let dir: string;
beforeEach(async () => {
  dir = await tempDir('fleetprobe-post-');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emu?.close();
  emu = undefined;
  for (const k of Object.keys(inputs)) delete inputs[k];
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
    // The main step's record: the last line cut short by a kill still leaves the others.
    state['commands-file'] = await record([{ id: running }, { id: finished }, { id: '00000000-0000-0000-0000-000000000000' }], '{"id":"cut-sh');
    const { run } = await import('../../src/post.js');
    await run();
    expect(emu.model.commands.get(running)!.invocations[0]!.status).toBe('Cancelled');
    expect(emu.model.commands.get(finished)!.invocations[0]!.status).toBe('Success');
    expect(emu.model.requests['CancelCommand']).toBe(1);
    expect(logs).toContainEqual(`info: fleetprobe post: cancelled command ${running} (was InProgress)`);
    expect(logs.some((l) => l.startsWith('warning: fleetprobe post: could not cancel command 00000000'))).toBe(true);
    expect(logs.some((l) => l.startsWith('failed'))).toBe(false);
    // Done with: the record is removed.
    expect(existsSync(state['commands-file'])).toBe(false);
  });

  it('cancels commands of other accounts and regions there, through the member role main used', async () => {
    const [a, b] = ['111111111111', '222222222222'];
    const role = { name: 'fleetprobe-member' };
    const cloud = await startCloud({
      caller: { accessKeyId: TEST_CREDENTIALS.accessKeyId, arn: 'arn:aws:sts::999999999999:assumed-role/audit/GitHubActions' },
      accounts: { [a]: { role, regions: { 'eu-west-1': [instance(1, PROFILES.idle, { behaviour: { kind: 'hang' } })] } }, [b]: { role, regions: { 'us-east-1': [instance(2, PROFILES.idle, { behaviour: { kind: 'hang' } })] } } },
    });
    emu = cloud;
    const send = async (account: string, region: string, id: string) => {
      const model = cloud.cloud.model(account, region);
      const client = new SSMClient({ region, endpoint: cloud.endpoint, credentials: await assumed(cloud.endpoint, account) });
      const commandId = (await client.send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: [id], Parameters: { commands: ['echo hi'] } }))).Command!.CommandId!;
      client.destroy();
      expect(model.commands.has(commandId)).toBe(true);
      return commandId;
    };
    const inA = await send(a, 'eu-west-1', instance(1, PROFILES.idle).id);
    const inB = await send(b, 'us-east-1', instance(2, PROFILES.idle).id);
    vi.stubEnv('AWS_ENDPOINT_URL', cloud.endpoint);
    vi.stubEnv('AWS_ACCESS_KEY_ID', TEST_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', TEST_CREDENTIALS.secretAccessKey);
    inputs['aws-region'] = 'eu-west-1';
    inputs['member-role'] = 'fleetprobe-member';
    state['commands-file'] = await record([
      { id: inA, account: a, region: 'eu-west-1' },
      { id: inB, account: b, region: 'us-east-1' },
    ]);
    const { run } = await import('../../src/post.js');
    await run();
    expect(cloud.cloud.model(a, 'eu-west-1').commands.get(inA)!.invocations[0]!.status).toBe('Cancelled');
    expect(cloud.cloud.model(b, 'us-east-1').commands.get(inB)!.invocations[0]!.status).toBe('Cancelled');
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('does nothing without saved commands, or when nothing was sent', async () => {
    const { run } = await import('../../src/post.js');
    await run();
    state['commands-file'] = path.join(dir, 'never-written.jsonl');
    await run();
    expect(logs).toEqual([]);
  });
});

/** The file the main step writes (one line per command sent), in this test's temp dir. */
async function record(commands: SentCommand[], tail = ''): Promise<string> {
  const file = path.join(dir, 'commands.jsonl');
  for (const c of commands) recordSent(file, c);
  if (tail) await appendFile(file, tail);
  return file;
}

/** The member role's credentials in the account, as the main step got them (AssumeRole against the emulator). */
async function assumed(endpoint: string, account: string) {
  const sts = new STSClient({ region: 'eu-west-1', endpoint, credentials: TEST_CREDENTIALS });
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/fleetprobe-member`, RoleSessionName: 'fleetprobe' }));
  sts.destroy();
  return { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! };
}
