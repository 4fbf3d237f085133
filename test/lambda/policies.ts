// The serverless job's own AWS calls held to the policies it is deployed with: each call the emulated cloud
// recorded (caller, action, resource, condition keys) must be allowed by the caller's policy as the deployed
// templates grant it: the audit account's roles from the committed stack template (identical to the CDK app's
// synthesis, test/infra/stack.test.ts), the member role from cloudformation/member-role.yaml with ResultWrites.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Cloud } from '../support/ssm-emulator/cloud.js';
import { allowing, parseCloudFormation, render, sendCommandCalls, type Call, type Statement } from '../support/iam.js';

const STACK = JSON.parse(readFileSync('infra/fleetprobe-audit.template.json', 'utf8')) as { Resources: Record<string, { Type: string; Properties: any }> };
const STACK_NAME = 'FleetprobeAudit';
const MEMBER_TEMPLATE = parseCloudFormation(readFileSync('cloudformation/member-role.yaml', 'utf8'));

/** The logical id CDK gave a construct (its path plus a hash). */
function logicalId(prefix: string, type: string): string {
  const found = Object.keys(STACK.Resources).filter((id) => id.startsWith(prefix) && STACK.Resources[id]!.Type === type);
  if (found.length !== 1) throw new Error(`the stack has ${found.length} ${type} named ${prefix}*`);
  return found[0]!;
}

export interface AuditRole {
  logical: string;
  arn: string;
  /** The session the emulated cloud knows (a Lambda or state machine runs with its role's session). */
  caller: { accessKeyId: string; arn: string };
  credentials: { accessKeyId: string; secretAccessKey: string };
}

function auditRole(account: string, prefix: string, accessKeyId: string): AuditRole {
  const logical = logicalId(prefix, 'AWS::IAM::Role');
  // CloudFormation names an unnamed role <stack>-<logical id>-<suffix>.
  const name = `${STACK_NAME}-${logical}-EMU`;
  return { logical, arn: `arn:aws:iam::${account}:role/${name}`, caller: { accessKeyId, arn: `arn:aws:sts::${account}:assumed-role/${name}/${prefix}` }, credentials: { accessKeyId, secretAccessKey: `secret-${accessKeyId}` } };
}

/** The stack's roles a run uses: Plan and Scope's, Merge's, and the state machine's (the Distributed Map's reads). */
export function auditRoles(account: string): { job: AuditRole; merge: AuditRole; machine: AuditRole } {
  return { job: auditRole(account, 'JobRole', 'AKIDJOBROLE'), merge: auditRole(account, 'MergeRole', 'AKIDMERGEROLE'), machine: auditRole(account, 'AuditRole', 'AKIDMACHINEROLE') };
}

export interface Deployment {
  account: string;
  region: string;
  bucket: string;
  topic: string;
  /** Stack parameters the run was deployed with (the rest: their defaults). */
  parameters: Record<string, string>;
  memberRole: string;
  /** Member-role template parameters beyond the role and its trust (the job deploys it with ResultWrites=true). */
  memberParameters: Record<string, string>;
}

/** Every statement of the policies attached to the role, rendered for the deployment. */
function auditStatements(d: Deployment, role: AuditRole, roles: ReturnType<typeof auditRoles>): Statement[] {
  const results = logicalId('Results', 'AWS::S3::Bucket');
  const values: Record<string, string> = { [results]: d.bucket, [`${results}.Arn`]: `arn:aws:s3:::${d.bucket}`, [logicalId('Alerts', 'AWS::SNS::Topic')]: d.topic };
  for (const r of Object.values(roles)) values[`${r.logical}.Arn`] = r.arn;
  const resources = Object.values(render(STACK, d.parameters, { account: d.account, region: d.region, stackName: STACK_NAME }, values)) as { Type: string; Properties: any }[];
  const policies = resources.filter((r) => r.Type === 'AWS::IAM::Policy' && (r.Properties.Roles as string[]).includes(`<${role.logical}>`));
  return policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}

function memberStatements(d: Deployment, account: string, roles: ReturnType<typeof auditRoles>): Statement[] {
  const resources = render(MEMBER_TEMPLATE, { AuditRoleArn: roles.job.arn, RoleName: d.memberRole, ...d.memberParameters }, { account }) as { MemberRole: { Properties: { Policies: { PolicyDocument: { Statement: Statement[] } }[] } } };
  return resources.MemberRole.Properties.Policies.flatMap((p) => p.PolicyDocument.Statement);
}

const asCall = (c: { action: string; resource?: string; context?: Record<string, string> }): Call => ({ action: c.action, ...(c.resource ? { resource: c.resource } : {}), ...(c.context ? { context: c.context } : {}) });

/**
 * Checks every call the run made against its caller's policy; returns the actions each role used. SendCommand is
 * authorized per document and per instance reached (test/support/iam.ts), so its calls come from the commands.
 */
export function expectCallsAllowed(cloud: Cloud, d: Deployment): Record<'job' | 'merge' | 'machine' | 'member', Set<string>> {
  const roles = auditRoles(d.account);
  // GetCallerIdentity needs no permission.
  const calls = cloud.calls.filter((c) => c.action !== 'sts:GetCallerIdentity');
  const used = { job: new Set<string>(), merge: new Set<string>(), machine: new Set<string>(), member: new Set<string>() };
  const check = (statements: readonly Statement[], call: Call, who: string) => expect(allowing(statements, call), `${who}: ${JSON.stringify(call)}`).not.toEqual([]);

  for (const name of ['job', 'merge', 'machine'] as const) {
    const statements = auditStatements(d, roles[name], roles);
    for (const c of calls.filter((c) => c.arn === roles[name].caller.arn)) {
      check(statements, asCall(c), name);
      used[name].add(c.action);
    }
  }
  const session = `:assumed-role/${d.memberRole}/`;
  const memberCalls = [...calls.filter((c) => c.arn.includes(session) && c.action !== 'ssm:SendCommand'), ...sendCommandCalls(cloud)];
  for (const c of memberCalls) {
    check(memberStatements(d, c.account, roles), asCall(c), `member role in ${c.account}`);
    used.member.add(c.action);
  }
  // Nobody else called anything: every call is one of these roles', SendCommand included.
  const known = new Set(Object.values(roles).map((r) => r.caller.arn));
  expect(calls.filter((c) => !known.has(c.arn) && !c.arn.includes(session)).map((c) => `${c.arn} ${c.action}`)).toEqual([]);
  return used;
}

/** The actions the role's policies grant, for a least-privilege check. */
export function grantedActions(d: Deployment, name: 'job' | 'merge'): Set<string> {
  const roles = auditRoles(d.account);
  return new Set(auditStatements(d, roles[name], roles).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}
