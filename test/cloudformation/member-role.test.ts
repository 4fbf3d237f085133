// The member-role CloudFormation template, checked offline against what fleetprobe really calls: a run using every
// feature records each call in the emulated cloud (caller, action, resource, instance tags); the template, rendered
// for given parameters, must allow each member-role call and grant nothing no call used. The central role's policy
// in the README is held to the same rule for the calls made with the central credentials.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SsmTransport } from '../../src/transport/ssm/index.js';
import type { CallRecord } from '../support/ssm-emulator/cloud.js';
import { allowing, parseCloudFormation, render, sendCommandCalls, type Call, type Statement } from '../support/iam.js';
import { ssmOptions, TEST_CREDENTIALS } from '../support/fleet-ssm.js';
import { instance, PROFILES } from '../support/fleet.js';
import { startCloud } from '../support/ssm-emulator/server.js';
import { codeTemplate } from '../support/templates.js';

const TEMPLATE = parseCloudFormation(readFileSync('cloudformation/member-role.yaml', 'utf8'));
const CENTRAL = '999999999999';
const AUDIT_ROLE = `arn:aws:iam::${CENTRAL}:role/fleetprobe-audit`;
const MEMBER = '111111111111';

interface Role {
  Type: string;
  Properties: { RoleName: string; MaxSessionDuration: number; AssumeRolePolicyDocument: { Statement: Statement[] }; Policies: { PolicyDocument: { Statement: Statement[] } }[] };
}

function memberRole(params: Record<string, string>): Role {
  const resources = render(TEMPLATE, { AuditRoleArn: AUDIT_ROLE, ...params }, { account: MEMBER });
  expect(Object.keys(resources)).toEqual(['MemberRole']);
  return resources['MemberRole'] as Role;
}

const statementsOf = (role: Role) => role.Properties.Policies.flatMap((p) => p.PolicyDocument.Statement);
const actionsOf = (statements: readonly Statement[]) => new Set(statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));

/** A run using every feature that needs a permission, with the cloud recording each call. */
async function recordedRun(): Promise<{ calls: CallRecord[]; sends: Call[] }> {
  const audited = { fleetprobe: 'audit', Role: 'mail' };
  const emu = await startCloud({
    caller: { accessKeyId: TEST_CREDENTIALS.accessKeyId, arn: `arn:aws:sts::${CENTRAL}:assumed-role/fleetprobe-audit/GitHubActions` },
    accounts: {
      [MEMBER]: {
        role: { name: 'fleetprobe-member', externalId: 'fleetprobe-ext-1' },
        regions: {
          'eu-west-1': [instance(1, PROFILES.idle, { tags: audited }), instance(2, PROFILES.idle, { tags: { fleetprobe: 'audit' }, resourceGroups: ['mail-fleet'] })],
          'us-east-1': [instance(3, PROFILES.idle, { tags: audited, behaviour: { kind: 'hang' } })],
        },
      },
    },
    organization: { management: CENTRAL, root: 'r-root' },
    buckets: { 'org-ssm-output': 'eu-west-1' },
    record: true,
    options: { deliverySecondMs: 10 },
  });
  try {
    const large = codeTemplate('large', [{ source: 'head -c 30000 /dev/zero | tr "\\0" l; echo' }]);
    const options = ssmOptions({
      'aws-region': 'eu-west-1',
      targets: 'tag:Role=mail\nresource-groups:Name=mail-fleet',
      accounts: 'organization',
      regions: 'all',
      'member-role': 'fleetprobe-member',
      'external-id': 'fleetprobe-ext-1',
      'output-s3-bucket': 'org-ssm-output',
      'output-s3-key-prefix': 'fleetprobe',
      'execution-timeout': '60',
    });
    // The hanging host keeps its command open until the run's deadline cancels it: the deadline "passes" once the
    // other hosts' output has been read (a round ends after its reads), whatever the machine's speed.
    const deadline = new AbortController();
    const t: SsmTransport = new SsmTransport(options, {
      endpoint: emu.endpoint,
      credentials: TEST_CREDENTIALS,
      poll: { minMs: 50, maxMs: 100 },
      onRound: () => {
        if (t.api.calls.S3GetObject >= 2) deadline.abort(new DOMException('the deadline', 'TimeoutError'));
      },
    });
    const { runs } = await t.run([large], AbortSignal.any([deadline.signal, AbortSignal.timeout(60_000)]));
    expect(runs.map((r) => ('blocks' in r ? 'ran' : r.unaudited.reason)).sort()).toEqual(['deadline-exceeded', 'ran', 'ran']);
    return { calls: emu.cloud.calls, sends: sendCommandCalls(emu.cloud).map(({ account: _account, ...call }) => call) };
  } finally {
    await emu.close();
  }
}

describe('cloudformation/member-role.yaml', () => {
  it('is a template CloudFormation can read: known functions, every reference and condition defined, parameters checked', () => {
    expect(TEMPLATE['AWSTemplateFormatVersion']).toBe('2010-09-09');
    for (const params of [{}, { ExternalId: 'x-1', OutputBucket: 'org-ssm-output', OutputKeyPrefix: 'fleetprobe/' }] as Record<string, string>[]) {
      const role = memberRole(params);
      expect(role.Type).toBe('AWS::IAM::Role');
      expect(role.Properties.RoleName).toBe('fleetprobe-member');
    }
    expect(() => memberRole({ AuditRoleArn: 'arn:aws:iam::999999999999:user/someone' })).toThrow(/does not match/);
    expect(() => memberRole({ OutputBucket: 'Bad_Bucket' })).toThrow(/does not match/);
  });

  it('trusts the audit role alone, with the external id when one is set, for chained sessions of an hour', () => {
    const plain = memberRole({}).Properties;
    expect(plain.MaxSessionDuration).toBe(3600);
    expect(plain.AssumeRolePolicyDocument.Statement).toEqual([{ Sid: 'OnlyTheAuditRole', Effect: 'Allow', Principal: { AWS: AUDIT_ROLE }, Action: 'sts:AssumeRole' }]);
    expect(memberRole({ ExternalId: 'x-1' }).Properties.AssumeRolePolicyDocument.Statement[0]!.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'x-1' } });
  });

  it('allows every call fleetprobe makes with the member role, on its resources, and nothing it does not use', async () => {
    const { calls, sends } = await recordedRun();
    const statements = statementsOf(memberRole({ ExternalId: 'fleetprobe-ext-1', OutputBucket: 'org-ssm-output', OutputKeyPrefix: 'fleetprobe/' }));
    const member = calls.filter((c) => c.account === MEMBER && c.arn.includes(':assumed-role/fleetprobe-member/')).filter((c) => c.action !== 'ssm:SendCommand');
    const made: Call[] = [...member.map((c) => ({ action: c.action, ...(c.resource ? { resource: c.resource } : {}) })), ...sends];
    expect(new Set(made.map((c) => c.action))).toEqual(
      new Set(['ssm:DescribeInstanceInformation', 'ssm:SendCommand', 'ssm:ListCommandInvocations', 'ssm:GetCommandInvocation', 'ssm:ListCommands', 'ssm:CancelCommand', 's3:GetObject', 'account:ListRegions']),
    );
    for (const call of made) expect(allowing(statements, call), JSON.stringify(call)).not.toEqual([]);
    // Least privilege: each action the policy grants was needed by some call.
    expect(actionsOf(statements)).toEqual(new Set(made.map((c) => c.action)));
    // ...and the grants are narrow: another document, an instance not tagged for audit, another prefix are refused.
    expect(allowing(statements, { action: 'ssm:SendCommand', resource: 'arn:aws:ssm:eu-west-1::document/AWS-RunPowerShellScript' })).toEqual([]);
    expect(allowing(statements, { action: 'ssm:SendCommand', resource: `arn:aws:ec2:eu-west-1:${MEMBER}:instance/i-0123456789abcdef0`, context: { 'ssm:resourceTag/Role': 'mail' } })).toEqual([]);
    expect(allowing(statements, { action: 's3:GetObject', resource: 'arn:aws:s3:::org-ssm-output/other/key' })).toEqual([]);
    // Without an output bucket there is no S3 grant at all.
    expect(actionsOf(statementsOf(memberRole({})))).not.toContain('s3:GetObject');

    // The central role: AssumeRole into the member roles and the Organizations listing (GetCallerIdentity needs no permission).
    const central = JSON.parse(/\*\*The central audit role's permission policy\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))![1]!) as { Statement: Statement[] };
    const ownCalls = calls.filter((c) => c.account === CENTRAL && c.action !== 'sts:GetCallerIdentity');
    const centralCalls: Call[] = ownCalls.map((c) => (c.action === 'sts:AssumeRole' ? { action: c.action, resource: `arn:aws:iam::${MEMBER}:role/fleetprobe-member` } : { action: c.action }));
    expect(new Set(centralCalls.map((c) => c.action))).toEqual(new Set(['sts:AssumeRole', 'organizations:ListAccounts']));
    for (const call of centralCalls) expect(allowing(central.Statement, call), JSON.stringify(call)).not.toEqual([]);
    expect(allowing(central.Statement, { action: 'sts:AssumeRole', resource: `arn:aws:iam::${MEMBER}:role/Admin` })).toEqual([]);
  });
});
