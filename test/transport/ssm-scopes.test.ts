// Whole organisations: many accounts and regions in one run, through the real STS, Organizations, Account, SSM and
// S3 clients against the emulated cloud (routing by each request's signature), real probe scripts under `sh`.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { judge } from '../../src/audit.js';
import { SsmTransport } from '../../src/transport/ssm/index.js';
import type { ProbeRun, Template } from '../../src/types.js';
import { ssmOptions, TEST_CREDENTIALS } from '../support/fleet-ssm.js';
import { instance, PROFILES } from '../support/fleet.js';
import { startCloud, type CloudEmulator, type CloudSpec } from '../support/ssm-emulator/server.js';
import { templateFromYaml } from '../support/templates.js';

const SMTP = templateFromYaml(readFileSync('fixtures/templates/smtp-open-relay.yaml', 'utf8'), 'fixtures/templates/smtp-open-relay.yaml');
const CENTRAL = '999999999999';
const CALLER = { accessKeyId: TEST_CREDENTIALS.accessKeyId, arn: `arn:aws:sts::${CENTRAL}:assumed-role/fleetprobe-audit/GitHubActions` };
const [A, B, C] = ['111111111111', '222222222222', '333333333333'] as const;
const MEMBER = { name: 'fleetprobe-member' };

let emu: CloudEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function cloud(spec: Omit<CloudSpec, 'options' | 'caller'> & { caller?: CloudSpec['caller'] }): Promise<CloudEmulator> {
  emu = await startCloud({ caller: CALLER, ...spec, options: { deliverySecondMs: 10 } });
  return emu;
}

function transport(e: CloudEmulator, inputs: Record<string, string>): SsmTransport {
  return new SsmTransport(ssmOptions({ 'aws-region': 'eu-west-1', ...inputs }), { endpoint: e.endpoint, credentials: TEST_CREDENTIALS, poll: { minMs: 50, maxMs: 200 } });
}

function outcomes(runs: readonly ProbeRun[], template: Template): Record<string, string> {
  return Object.fromEntries(
    runs.map((r) => {
      const result = judge(template, r, 'now');
      return [`${r.target.account}/${r.target.region}/${r.target.id}`, result.verdict === 'unaudited' ? `unaudited:${result.unaudited!.reason}` : result.verdict];
    }),
  );
}

describe('ssm scopes: accounts × regions', () => {
  it('audits 3 accounts × 2 regions: every host once with its account and region; the role that cannot be assumed and the empty region are gaps', async () => {
    const mail = { tags: { Role: 'mail' } };
    const e = await cloud({
      accounts: {
        [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(1, PROFILES.openRelay, mail), instance(2, PROFILES.safeRelay, mail), instance(3, PROFILES.idle)], 'us-east-1': [instance(4, PROFILES.sendmailOpen, mail), instance(5, PROFILES.idle, { ...mail, ping: 'ConnectionLost' })] } },
        [B]: { regions: { 'eu-west-1': [instance(6, PROFILES.openRelay, mail)], 'us-east-1': [instance(7, PROFILES.idle, mail)] } },
        [C]: { role: MEMBER, regions: { 'eu-west-1': [instance(8, PROFILES.idle, mail), instance(9, PROFILES.openRelay, mail)], 'us-east-1': [] } },
      },
    });
    const t = transport(e, { targets: 'tag:Role=mail', accounts: [A, B, C].join(','), regions: 'eu-west-1,us-east-1', 'member-role': 'fleetprobe-member' });
    const report = await t.run([SMTP]);
    expect(outcomes(report.runs, SMTP)).toEqual({
      [`${A}/eu-west-1/i-00000000000000001`]: 'vulnerable',
      [`${A}/eu-west-1/i-00000000000000002`]: 'clean',
      [`${A}/us-east-1/i-00000000000000004`]: 'vulnerable',
      [`${A}/us-east-1/i-00000000000000005`]: 'unaudited:offline',
      [`${C}/eu-west-1/i-00000000000000008`]: 'clean',
      [`${C}/eu-west-1/i-00000000000000009`]: 'vulnerable',
    });
    expect(report.runs).toHaveLength(6);
    expect(report.gaps).toEqual([
      { kind: 'scope', account: B, region: 'eu-west-1', state: 'role-not-assumable', reason: expect.stringContaining(`is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${B}:role/fleetprobe-member`) },
      { kind: 'scope', account: B, region: 'us-east-1', state: 'role-not-assumable', reason: expect.stringContaining('AccessDenied') },
      { kind: 'scope', account: C, region: 'us-east-1', state: 'no-managed-instances', reason: expect.stringContaining('no instance') },
    ]);
    // Each scope's SSM calls were signed with its own account's credentials and region.
    expect(e.cloud.model(B, 'eu-west-1').requests).toEqual({});
    expect(e.cloud.model(A, 'us-east-1').requests['SendCommand']).toBe(1);
    expect(e.cloud.requests['STS.AssumeRole']).toBe(3);
  });
});
