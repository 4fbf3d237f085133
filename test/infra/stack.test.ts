// The audit account's CDK stack: the committed template is what the app synthesizes (Lambda asset hash included),
// cdk-nag's AwsSolutions pack passes (an unacknowledged finding fails synthesis itself), and the resources keep
// the promises the README makes (encrypted private bucket, least-privilege roles, the schedule, the alarms).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../infra/app.js';
import { auditDefinition, INLINE_CONCURRENCY } from '../../infra/definition.js';

const BUNDLE = 'dist/lambda.js';
const COMMITTED = 'infra/fleetprobe-audit.template.json';
const MEMBER_ROLE = 'cloudformation/member-role.yaml';

let template: Record<string, any>;
let outdir: string;
beforeAll(() => {
  outdir = mkdtempSync(path.join(os.tmpdir(), 'fleetprobe-cdk-test-'));
  template = synthesize({ bundle: BUNDLE, memberRoleTemplate: MEMBER_ROLE, outdir }).template;
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const resources = (type: string) => Object.entries(template['Resources'] as Record<string, any>).filter(([, r]) => r.Type === type);

describe('the committed template', () => {
  it('is exactly what the CDK app synthesizes (run `npm run build` after changing src/ or infra/)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(template);
  });

  it('names the Lambda asset by the bundle\'s content alone: not its file times, not its folder', () => {
    const keys = (t: Record<string, any>) => new Set(Object.values(t['Resources'] as Record<string, any>).filter((r) => r.Type === 'AWS::Lambda::Function').map((r) => r.Properties.Code.S3Key['Fn::If'][2]));
    expect([...keys(template)]).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.zip$/)]);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'fleetprobe-bundle-'));
    const copy = path.join(elsewhere, 'lambda.js');
    copyFileSync(BUNDLE, copy);
    utimesSync(copy, new Date('2001-01-01'), new Date('2001-01-01'));
    const out = mkdtempSync(path.join(os.tmpdir(), 'fleetprobe-cdk-test-'));
    try {
      expect(synthesize({ bundle: copy, memberRoleTemplate: MEMBER_ROLE, outdir: out }).template).toEqual(template);
      writeFileSync(copy, `${readFileSync(BUNDLE, 'utf8')}\n`);
      expect(keys(synthesize({ bundle: copy, memberRoleTemplate: MEMBER_ROLE, outdir: out }).template)).not.toEqual(keys(template));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the README', () => {
  it('lists every stack parameter with its default (the code location pair in the text: it is for deploys without CDK)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /### Configuration \(stack parameters\)\n([\s\S]*?)\n### /.exec(readme)![1]!;
    const rows = [...section.matchAll(/^\| `(\w+)` \| (?:(`[^`]*`) )?\|/gm)].map(([, name, value]) => [name, value === undefined ? '' : value.slice(1, -1)]);
    const parameters = Object.entries(template['Parameters'] as Record<string, { Default?: unknown }>).filter(([name]) => !name.startsWith('LambdaCode'));
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(parameters.map(([name, p]) => [name, String(p.Default ?? '')])));
    for (const name of ['LambdaCodeBucket', 'LambdaCodeKey']) expect(readme).toContain(`\`${name}\``);
  });
});

describe('the stack', () => {
  it('runs the very state machine definition the handler test walks', () => {
    const [[, machine]] = resources('AWS::StepFunctions::StateMachine') as [[string, any]];
    // The definition is a Fn::Join of text and the functions' ARNs: put placeholders for the ARNs and compare.
    const parts = machine.Properties.DefinitionString['Fn::Join'][1] as (string | { 'Fn::GetAtt': [string, string] })[];
    const text = parts.map((p) => (typeof p === 'string' ? p : `arn:${p['Fn::GetAtt'][0]}`)).join('');
    const logical = (prefix: string) => Object.keys(template['Resources']).find((k) => k.startsWith(prefix) && template['Resources'][k].Type === 'AWS::Lambda::Function')!;
    expect(JSON.parse(text)).toEqual(auditDefinition({ plan: `arn:${logical('Plan')}`, scope: `arn:${logical('Scope')}`, merge: `arn:${logical('Merge')}` }, 100));
    expect(INLINE_CONCURRENCY).toBe(40);
    expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: true });
    expect(machine.Properties.LoggingConfiguration.Level).toBe('ALL');
  });

  it('keeps the results bucket encrypted, private, TLS-only, with configurable retention', () => {
    const t = Template.fromJSON(template);
    t.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: { Rules: [{ Prefix: 'results/', ExpirationInDays: { Ref: 'ResultsRetentionDays' }, Status: 'Enabled' }, { Prefix: 'work/', ExpirationInDays: 7, Status: 'Enabled' }] },
      LoggingConfiguration: { LogFilePrefix: 'results/' },
    });
    for (const [, policy] of resources('AWS::S3::BucketPolicy')) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    }
  });

  it('gives each role only its step\'s actions: no managed policy, no Action "*", writes only under its own prefixes', () => {
    for (const [, role] of resources('AWS::IAM::Role')) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = (prefix: string) => resources('AWS::IAM::Policy').filter(([id]) => id.startsWith(prefix)).flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const actions = (prefix: string) => new Set(statements(prefix).flatMap((s) => [s.Action].flat()));
    for (const [, p] of resources('AWS::IAM::Policy')) for (const s of p.Properties.PolicyDocument.Statement) expect([s.Action].flat()).not.toContain('*');
    const logsAndBucket = ['logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetObject', 's3:ListBucket', 's3:PutObject'];
    // Plan and Scope share the audit role, the one principal member roles trust.
    expect([...actions('JobRoleDefault')].sort()).toEqual([...logsAndBucket, 'organizations:ListAccounts', 'organizations:ListAccountsForParent', 'organizations:ListOrganizationalUnitsForParent'].sort());
    expect([...actions('MergeRole')].sort()).toEqual([...logsAndBucket, 'cloudwatch:PutMetricData', 'kms:Decrypt', 'kms:GenerateDataKey', 'sns:Publish'].sort());
    const writes = (prefix: string) => statements(prefix).filter((s) => [s.Action].flat().includes('s3:PutObject')).flatMap((s) => [s.Resource].flat()).map((r) => JSON.stringify(r));
    expect(writes('JobRoleDefault').every((r) => r.includes('/work/*'))).toBe(true);
    expect(writes('MergeRole').every((r) => r.includes('/results/*'))).toBe(true);
    expect(statements('MergeRole').find((s) => s.Action === 'cloudwatch:PutMetricData').Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': 'fleetprobe' } });
  });

  it('reaches other accounts only through the member role, and its own account only when there is none', () => {
    const policy = (prefix: string) => resources('AWS::IAM::Policy').find(([id]) => id.startsWith(prefix))![1];
    expect(policy('AssumeMemberRole')).toMatchObject({
      Condition: 'WithMemberRole',
      Properties: { PolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::*:role/', { Ref: 'MemberRoleName' }]] } }] } },
    });
    const own = policy('OwnAccountAudit');
    expect(own.Condition).toBe('OwnAccountOnly');
    const sendToInstances = own.Properties.PolicyDocument.Statement.find((s: any) => s.Action === 'ssm:SendCommand' && s.Condition);
    expect(sendToInstances.Condition).toEqual({ StringEquals: { 'ssm:resourceTag/fleetprobe': 'audit' } });
    expect(template['Conditions']['OwnAccountOnly']).toEqual({ 'Fn::Equals': [{ Ref: 'MemberRoleName' }, ''] });
  });

  it('deploys the member role from the very template the action uses, trusting the job role, when OUs are given', () => {
    const [[, set]] = resources('AWS::CloudFormation::StackSet') as [[string, any]];
    expect(set.Condition).toBe('DeployMemberRoles');
    expect(set.Properties.TemplateBody).toBe(readFileSync(MEMBER_ROLE, 'utf8'));
    expect(set.Properties).toMatchObject({ PermissionModel: 'SERVICE_MANAGED', Capabilities: ['CAPABILITY_NAMED_IAM'], AutoDeployment: { Enabled: true } });
    const params = Object.fromEntries(set.Properties.Parameters.map((p: any) => [p.ParameterKey, p.ParameterValue]));
    expect(params).toEqual({ AuditRoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^JobRole/), 'Arn'] }, RoleName: { Ref: 'MemberRoleName' }, ResultWrites: 'true' });
  });

  it('starts the state machine on the configured schedule with the configured inputs', () => {
    Template.fromJSON(template).hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: { Ref: 'ScheduleExpression' },
      ScheduleExpressionTimezone: { Ref: 'ScheduleTimezone' },
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Input: { 'Fn::Sub': ['{"inputs":${Inputs}}', { Inputs: { Ref: 'AuditInputs' } }] } },
    });
  });

  it('alarms on failed and timed-out audits to the encrypted alert topic, and runs the functions on a current runtime', () => {
    const t = Template.fromJSON(template);
    t.resourceCountIs('AWS::CloudWatch::Alarm', 2);
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ExecutionsFailed', Namespace: 'AWS/States' });
    t.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: {} });
    for (const [, fn] of resources('AWS::Lambda::Function')) expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Handler: expect.stringMatching(/^lambda\.(plan|scope|merge)$/) });
    // Per-scope metrics are Merge's to send, as the ScopeMetrics parameter says; the alarms stay on executions.
    t.hasResourceProperties('AWS::Lambda::Function', { Handler: 'lambda.merge', Environment: { Variables: { FLEETPROBE_SCOPE_METRICS: { Ref: 'ScopeMetrics' } } } });
    expect(template['Parameters']['ScopeMetrics']).toMatchObject({ Default: 'true', AllowedValues: ['true', 'false'] });
  });
});
