// The scheduled compliance job end to end, without AWS: the Lambda handlers driven through the state machine's
// own definition (infra/definition.ts, walked by test/support/states.ts) against the emulated cloud: real STS,
// SSM, S3, SSM Compliance, Security Hub, CloudWatch and SNS clients, real probe scripts under `sh`. Each function
// runs with its own role of the stack, and every call it makes is checked against that role's policy as deployed
// (policies.ts).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditDefinition } from '../../infra/definition.js';
import { s3Bucket } from '../../src/lambda/aws.js';
import type { JobConfig } from '../../src/lambda/config.js';
import { createHandlers, type Handlers } from '../../src/lambda/handlers.js';
import { instance, PROFILES } from '../support/fleet.js';
import { startCloud, type CloudEmulator, type CloudSpec } from '../support/ssm-emulator/server.js';
import { TEST_CERT } from '../support/sign.js';
import { execute, type Trace } from '../support/states.js';
import { auditRoles, expectCallsAllowed, grantedActions, type Deployment } from './policies.js';

const AUDIT = '111111111111';
const [A, B] = ['222222222222', '333333333333'] as const;
// Each function and the state machine run with their own role of the stack; the member role trusts the job's.
const ROLES = auditRoles(AUDIT);
const MEMBER = { name: 'fleetprobe-member', trusts: (arn: string) => arn.startsWith(ROLES.job.arn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/') + '/') };
const BUCKET = 'fleetprobe-job';
const TOPIC = `arn:aws:sns:eu-west-1:${AUDIT}:fleetprobe-alerts`;
/** What the run's calls are checked against: the stack deployed with Security Hub on, the member role with result writes. */
const DEPLOYED: Deployment = { account: AUDIT, region: 'eu-west-1', bucket: BUCKET, topic: TOPIC, parameters: { SecurityHubFindings: 'true', MemberRoleName: MEMBER.name }, memberRole: MEMBER.name, memberParameters: { ResultWrites: 'true' } };
const callers = { caller: ROLES.job.caller, otherCallers: [ROLES.merge.caller, ROLES.machine.caller], record: true };
const ARNS = { plan: 'arn:aws:lambda:eu-west-1:111111111111:function:Plan', scope: 'arn:aws:lambda:eu-west-1:111111111111:function:Scope', merge: 'arn:aws:lambda:eu-west-1:111111111111:function:Merge' };
const audited = { tags: { fleetprobe: 'audit' } };

let emu: CloudEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

function job(e: CloudEmulator, extra: Partial<JobConfig> = {}): JobConfig {
  return {
    bucket: BUCKET,
    region: 'eu-west-1',
    distributedThreshold: 40,
    securityHub: true,
    complianceType: 'Custom:fleetprobe',
    topicArn: TOPIC,
    auditName: 'mail-fleet',
    scopeMetrics: true,
    memberRole: MEMBER.name,
    session: { endpoint: e.endpoint, credentials: ROLES.job.credentials },
    // One-second waits between polls; the interpreter makes a second 100 ms.
    poll: { minMs: 1000, maxMs: 1000 },
    ...extra,
  };
}

/** The handlers as deployed: Plan and Scope with the job's role, Merge with its own. */
function handlersFor(e: CloudEmulator, extra: Partial<JobConfig> = {}): Handlers {
  const merge = createHandlers(() => job(e, { ...extra, session: { endpoint: e.endpoint, credentials: ROLES.merge.credentials } })).merge;
  return { ...createHandlers(() => job(e, extra)), merge };
}

/** Runs one scheduled execution the way Step Functions would, from the Scheduler's input on. */
async function runJob(handlers: Handlers, inputs: Record<string, string>, name: string): Promise<{ output: any; trace: Trace }> {
  return execute(auditDefinition(ARNS, 100), { inputs }, {
    tasks: { [ARNS.plan]: (i) => handlers.plan(i as never), [ARNS.scope]: (i) => handlers.scope(i as never), [ARNS.merge]: (i) => handlers.merge(i as never) },
    // The Distributed Map's item reader reads with the state machine's role.
    getObject: async (bucket, key) => (await s3Bucket(bucket, { region: 'eu-west-1', endpoint: emu!.endpoint, credentials: ROLES.machine.credentials }).get(key)) ?? '',
    wait: (seconds) => new Promise((r) => setTimeout(r, seconds * 100)),
    execution: { Name: name, StartTime: new Date().toISOString() },
  });
}

// Templates from S3, signed by a key the job is told to trust, verified exactly as the action verifies them.
const INPUTS = {
  templates: `s3://${BUCKET}/templates/mail/`,
  'trusted-certs': `s3://${BUCKET}/templates/signer.pem`,
  accounts: `${A},${B}`,
  regions: 'eu-west-1,us-east-1',
  targets: 'tag:fleetprobe=audit',
  'fail-on': 'high',
  'fail-on-unaudited': 'true',
  'delivery-timeout': '30',
  'execution-timeout': '120',
};

/** Host 2 starts only after its scope was polled three times: the run outlives several invocations whatever the machine's speed. */
function heldUntilPolled(times: number): { until: Promise<void>; polled: (event: { step: string; scope: { account: string; region: string } }) => void } {
  let release!: () => void;
  const until = new Promise<void>((resolve) => (release = resolve));
  let polls = 0;
  return { until, polled: (event) => void (event.step === 'poll' && event.scope.account === A && event.scope.region === 'eu-west-1' && ++polls === times && release()) };
}

function cloudSpec(held: Promise<void> = Promise.resolve()): Omit<CloudSpec, 'options'> {
  return {
    ...callers,
    accounts: {
      [A]: {
        role: MEMBER,
        regions: {
          // The held host keeps its scope polling over several invocations.
          'eu-west-1': [instance(1, PROFILES.openRelay, audited), instance(2, PROFILES.safeRelay, { ...audited, behaviour: { kind: 'held', until: held } })],
          'us-east-1': [instance(3, PROFILES.sendmailOpen, audited), instance(4, PROFILES.idle, audited)],
        },
      },
      [B]: {
        role: MEMBER,
        regions: { 'eu-west-1': [instance(5, PROFILES.idle, audited), instance(6, PROFILES.openRelay)], 'us-east-1': [instance(7, PROFILES.openRelay, audited)] },
        // SSM refuses the member role in this region: the scope that fails.
        ssm: { 'us-east-1': { deny: true } },
      },
    },
  };
}

describe('the scheduled compliance job', () => {
  it('audits 2 accounts × 2 regions through the state machine and writes S3 reports, Compliance, Security Hub, metrics and the alert', async () => {
    const gate = heldUntilPolled(3);
    emu = await startCloud({ ...cloudSpec(gate.until), options: { deliverySecondMs: 10 } });
    upload(emu);
    const real = handlersFor(emu!);
    const handlers: Handlers = { ...real, scope: (event, context) => (gate.polled(event), real.scope(event, context)) };
    const { output, trace } = await runJob(handlers, INPUTS, 'nightly-1');

    // The run: a Map over the four scopes, the slow scope polled again and again, one merge.
    expect(trace.maps).toEqual([{ name: 'Scopes', mode: 'INLINE', items: 4 }]);
    const polls = trace.states.filter((s) => s.name === 'Poll');
    expect(Math.max(...Object.values(countBy(polls.map((p) => String(p.item)))))).toBeGreaterThanOrEqual(3);
    expect(trace.states.filter((s) => s.name === 'Merge')).toHaveLength(1);
    const day = new Date().toISOString().slice(0, 10).split('-').join('/');
    expect(output).toEqual({ gate: { failed: true, message: expect.stringMatching(/^gate failed/) }, reports: `s3://${BUCKET}/results/${day}/nightly-1/` });

    // S3: the four reports under the dated prefix.
    const files = emu.results.objects;
    const at = (name: string) => files.get(`${BUCKET}/results/${day}/nightly-1/${name}`);
    const sarif = JSON.parse(at('fleetprobe.sarif')!);
    const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual([`fleet/${A}/eu-west-1/i-00000000000000001`, `fleet/${A}/us-east-1/i-00000000000000003`]);
    const jsonl = at('fleetprobe.jsonl')!.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((l) => `${l.fleetprobe.account}/${l.fleetprobe.region}/${l.host}`).sort()).toEqual([`${A}/eu-west-1/i-00000000000000001`, `${A}/us-east-1/i-00000000000000003`]);
    expect(at('summary.md')).toContain(`${B}/us-east-1`);
    // The unsigned template beside the signed one was skipped, as nuclei skips it in a directory, and named by its S3 key.
    expect(at('summary.md')).toContain(`s3://${BUCKET}/templates/mail/unsigned.yaml`);
    expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(['smtp-open-relay']);
    expect(at('summary.html')).toMatch(/^<!doctype html>[\s\S]*333333333333\/us-east-1[\s\S]*<\/html>\n$/);

    // SSM Compliance: each instance of an audited scope, written in its own account and region.
    const compliance = [...emu.results.compliance.values()].map((c) => [c.account, c.region, c.resourceId, c.items.map((i) => `${i.Id}:${i.Status}`).join()]);
    expect(compliance.sort()).toEqual(
      [
        [A, 'eu-west-1', 'i-00000000000000001', 'smtp-open-relay:NON_COMPLIANT'],
        [A, 'eu-west-1', 'i-00000000000000002', 'smtp-open-relay:COMPLIANT'],
        [A, 'us-east-1', 'i-00000000000000003', 'smtp-open-relay:NON_COMPLIANT'],
        [A, 'us-east-1', 'i-00000000000000004', 'smtp-open-relay:COMPLIANT'],
        [B, 'eu-west-1', 'i-00000000000000005', 'smtp-open-relay:COMPLIANT'],
      ].sort(),
    );

    // Security Hub: the two findings, in the account and region of their hosts, ids from the SARIF fingerprints.
    const findings = [...emu.results.findings.values()];
    expect(findings.map((f) => [f.account, f.region, f.finding.RecordState]).sort()).toEqual([[A, 'eu-west-1', 'ACTIVE'], [A, 'us-east-1', 'ACTIVE']]);
    const fingerprints = sarif.runs[0].results.map((r: any) => r.partialFingerprints.primaryLocationLineHash);
    for (const f of findings) expect(fingerprints.some((fp: string) => f.finding.Id.endsWith(fp))).toBe(true);

    // CloudWatch and SNS, in the audit account.
    const metrics = (...where: string[]) => Object.fromEntries(emu!.results.metrics.filter((m) => m.dimensions.map((d) => d.Value).join('/') === ['mail-fleet', ...where].join('/')).map((m) => [m.name, m.value]));
    expect(metrics()).toEqual({ VulnerableHosts: 2, CleanHosts: 3, UnauditedHosts: 0, Findings: 2, UnauditedScopes: 1, SkippedTemplates: 1 });
    // Beside the totals, per account and region (the failed scope shows as such).
    expect(metrics(A, 'eu-west-1')).toEqual({ VulnerableHosts: 1, CleanHosts: 1, UnauditedHosts: 0, Findings: 1, UnauditedScopes: 0 });
    expect(metrics(A, 'us-east-1')).toEqual({ VulnerableHosts: 1, CleanHosts: 1, UnauditedHosts: 0, Findings: 1, UnauditedScopes: 0 });
    expect(metrics(B, 'eu-west-1')).toEqual({ VulnerableHosts: 0, CleanHosts: 1, UnauditedHosts: 0, Findings: 0, UnauditedScopes: 0 });
    expect(metrics(B, 'us-east-1')).toEqual({ VulnerableHosts: 0, CleanHosts: 0, UnauditedHosts: 0, Findings: 0, UnauditedScopes: 1 });
    expect(new Set(emu.results.metrics.map((m) => `${m.account}/${m.region}/${m.namespace}`))).toEqual(new Set([`${AUDIT}/eu-west-1/fleetprobe`]));
    expect(emu.results.messages).toEqual([expect.objectContaining({ account: AUDIT, topic: TOPIC, subject: expect.stringContaining('gate failed'), message: expect.stringContaining(`${B}/us-east-1`) })]);

    // Nothing is left running in any scope.
    for (const m of emu.cloud.models.values()) for (const c of m.commands.values()) for (const inv of c.invocations) expect(['Success', 'Failed', 'Cancelled', 'TimedOut']).toContain(inv.status);

    // Every call was allowed to the role that made it, as deployed: the member role (ResultWrites) for the writes in
    // the member accounts, the stack's roles for the rest.
    const used = expectCallsAllowed(emu.cloud, DEPLOYED);
    expect(used.member).toEqual(new Set(['ssm:DescribeInstanceInformation', 'ssm:SendCommand', 'ssm:ListCommandInvocations', 'ssm:PutComplianceItems', 'securityhub:GetFindings', 'securityhub:BatchImportFindings']));
    // Least privilege: the stack's roles grant what the run used, besides what the emulator cannot see (the
    // functions' logs, SNS's use of the topic's key) and the Organizations listing (this run names its accounts).
    const unseen = /^(logs|kms|organizations):/;
    expect(used.job).toEqual(new Set([...grantedActions(DEPLOYED, 'job')].filter((a) => !unseen.test(a))));
    expect(used.merge).toEqual(new Set([...grantedActions(DEPLOYED, 'merge')].filter((a) => !unseen.test(a))));
    // The check bites: without ResultWrites the member role refuses the writes; another bucket, the steps' S3 calls.
    expect(() => expectCallsAllowed(emu!.cloud, { ...DEPLOYED, memberParameters: {} })).toThrow(/member role in \d{12}: .*ssm:PutComplianceItems/);
    expect(() => expectCallsAllowed(emu!.cloud, { ...DEPLOYED, bucket: 'another-bucket' })).toThrow(/job: .*s3:/);
  }, 240_000);
});

describe('later runs, large organisations, failures', () => {
  it('a later run over the Distributed Map archives fixed findings, updates Compliance, and turns a crashed scope into a gap with its commands cancelled', async () => {
    emu = await startCloud({ ...cloudSpec(), options: { deliverySecondMs: 10 } });
    upload(emu);
    await runJob(handlersFor(emu!), INPUTS, 'nightly-1');
    const before = new Map([...emu.results.findings.values()].map((f) => [String((f.finding['ProductFields'] as Record<string, string>)['fleetprobe/InstanceId']), f.finding.Id]));

    // Host 1 is fixed; host 3 now takes long, and every poll of its scope crashes (past the state's retries).
    emu.cloud.model(A, 'eu-west-1').instances.get('i-00000000000000001')!.profile = PROFILES.safeRelay;
    emu.cloud.model(A, 'us-east-1').instances.get('i-00000000000000003')!.behaviour = { kind: 'hang' };
    const real = handlersFor(emu!, { distributedThreshold: 1 });
    const crashing: Handlers = {
      ...real,
      scope: async (event, context) => {
        if (event.step === 'poll' && event.scope.account === A && event.scope.region === 'us-east-1') throw new Error('Runtime exited with error: signal: killed');
        return real.scope(event, context);
      },
    };
    const { output, trace } = await runJob(crashing, INPUTS, 'nightly-2');

    expect(trace.maps).toEqual([{ name: 'Scopes (distributed)', mode: 'DISTRIBUTED', items: 4 }]);
    expect(trace.states.filter((s) => s.name === 'Scope failed')).toHaveLength(1);
    expect(output.gate.failed).toBe(true);
    const summary = emu.results.objects.get(`${output.reports.replace(`s3://${BUCKET}/`, `${BUCKET}/`)}summary.md`)!;
    expect(summary).toContain(`${A}/us-east-1 not audited (ssm-error): the scope&#39;s step failed: Error: Runtime exited with error: signal: killed`);
    // The crashed scope's command was cancelled, not left running on the host.
    for (const c of emu.cloud.model(A, 'us-east-1').commands.values()) for (const inv of c.invocations) expect(['Success', 'Failed', 'Cancelled', 'TimedOut']).toContain(inv.status);

    const findings = new Map([...emu.results.findings.values()].map((f) => [String((f.finding['ProductFields'] as Record<string, string>)['fleetprobe/InstanceId']), f.finding]));
    // Fixed: the same finding, archived, and Security Hub's workflow resolved it.
    expect(findings.get('i-00000000000000001')).toMatchObject({ Id: before.get('i-00000000000000001'), RecordState: 'ARCHIVED', Compliance: { Status: 'PASSED' }, Workflow: { Status: 'RESOLVED' } });
    // Not judged this time (its scope failed): left as it was, never resolved on no evidence.
    expect(findings.get('i-00000000000000003')).toMatchObject({ RecordState: 'ACTIVE', Compliance: { Status: 'FAILED' } });

    const compliance = (account: string, region: string, id: string) => emu!.results.compliance.get(`${account}/${region}/${id}/Custom:fleetprobe`)!;
    expect(compliance(A, 'eu-west-1', 'i-00000000000000001')).toMatchObject({ executionId: 'nightly-2', items: [expect.objectContaining({ Status: 'COMPLIANT' })] });
    expect(compliance(A, 'us-east-1', 'i-00000000000000003')).toMatchObject({ executionId: 'nightly-1', items: [expect.objectContaining({ Status: 'NON_COMPLIANT' })] });

    // The cancellation too was the member role's; the Distributed Map read its items with the state machine's role.
    const used = expectCallsAllowed(emu.cloud, DEPLOYED);
    expect(used.member).toContain('ssm:CancelCommand');
    expect(used.machine).toEqual(new Set(['s3:GetObject']));
  }, 240_000);

  it('cancels what still runs when the run\'s deadline passes, and reports those hosts as deadline-exceeded', async () => {
    emu = await startCloud({ ...callers, accounts: { [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(1, PROFILES.idle, audited), instance(2, PROFILES.idle, { ...audited, behaviour: { kind: 'hang' } })] } } }, options: { deliverySecondMs: 10 } });
    upload(emu);
    const { output } = await runJob(handlersFor(emu!), { ...INPUTS, accounts: A, regions: 'eu-west-1', deadline: '15' }, 'short');
    const jsonl = emu.results.objects.get(`${output.reports.replace(`s3://${BUCKET}/`, `${BUCKET}/`)}fleetprobe.jsonl`)!;
    expect(jsonl).toBe('');
    const summary = emu.results.objects.get(`${output.reports.replace(`s3://${BUCKET}/`, `${BUCKET}/`)}summary.md`)!;
    expect(summary).toMatch(/i-00000000000000002.*deadline-exceeded/);
    // Totals: 2 targets, none vulnerable, the hung one not audited, the other judged clean.
    expect(summary).toContain('| 2 | 0 | 1 | 1 | 0 |');
    for (const c of emu.cloud.model(A, 'eu-west-1').commands.values()) for (const inv of c.invocations) expect(inv.status).not.toBe('InProgress');
    expect(emu.results.compliance.get(`${A}/eu-west-1/i-00000000000000002/Custom:fleetprobe`)?.items).toEqual([expect.objectContaining({ Status: 'NON_COMPLIANT', Details: expect.objectContaining({ Verdict: 'unaudited' }) })]);
    expect(expectCallsAllowed(emu.cloud, DEPLOYED).member).toContain('ssm:CancelCommand');
  }, 120_000);

  it('makes the same few S3 requests at every poll, however many polls a scope takes (the README\'s cost estimate)', async () => {
    const gate = heldUntilPolled(6);
    emu = await startCloud({ ...callers, accounts: { [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(1, PROFILES.openRelay, audited), instance(2, PROFILES.safeRelay, { ...audited, behaviour: { kind: 'held', until: gate.until } })] } } }, options: { deliverySecondMs: 10 } });
    upload(emu);
    const real = handlersFor(emu);
    // One scope: the steps run one after another, so the calls between a step's start and end are its own.
    const steps: { step: string; s3: Record<string, number> }[] = [];
    const counted = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
      const before = emu!.cloud.calls.length;
      try {
        return await run();
      } finally {
        steps.push({ step, s3: countBy(emu!.cloud.calls.slice(before).filter((c) => c.action.startsWith('s3:')).map((c) => c.action)) });
      }
    };
    const handlers: Handlers = {
      plan: (e) => counted('plan', () => real.plan(e)),
      scope: (e, c) => (gate.polled(e), counted(e.step, () => real.scope(e, c))),
      merge: (e) => counted('merge', () => real.merge(e)),
    };
    await runJob(handlers, { ...INPUTS, accounts: A, regions: 'eu-west-1' }, 'polls');
    const polls = steps.filter((s) => s.step === 'poll').map((s) => s.s3);
    const dispatch = steps.find((s) => s.step === 'dispatch')!.s3;
    expect(polls.length).toBeGreaterThanOrEqual(6);
    // Each poll reads what Dispatch read (the run's record, its verified templates) and the scope's state...
    for (const p of polls) expect([p['s3:GetObject'], p['s3:ListBucket']]).toEqual([dispatch['s3:GetObject']! + 1, dispatch['s3:ListBucket']]);
    // ...and writes the state, plus the outcomes of the hosts that finished since the last poll.
    for (const p of polls) expect(p['s3:PutObject']).toBeOneOf([1, 2]);
    // One outcome file per poll in which hosts finished: two hosts, so one or two files in all.
    expect(polls.reduce((n, p) => n + p['s3:PutObject']! - 1, 0)).toBeOneOf([1, 2]);
    expectCallsAllowed(emu.cloud, DEPLOYED);
  }, 120_000);

  it('refuses a template that does not verify, or an input the action does not have, at Plan: one line, nothing sent', async () => {
    emu = await startCloud({ ...cloudSpec(), options: { deliverySecondMs: 10 } });
    upload(emu);
    const text = emu.results.objects.get(`${BUCKET}/templates/mail/smtp-open-relay.yaml`)!;
    emu.results.objects.set(`${BUCKET}/templates/mail/smtp-open-relay.yaml`, text.replace('Linux SMTP Open Relay', 'Linux SMTP Relay'));
    const handlers = handlersFor(emu!);
    // In a folder, a template that does not verify is skipped (as nuclei does); with nothing left, the run stops.
    await expect(runJob(handlers, INPUTS, 'tampered')).rejects.toMatchObject({ error: 'UserError', cause: expect.stringContaining('no template could be loaded') });
    // Named as one file, it stops the run with the reason, naming the S3 object.
    await expect(runJob(handlers, { ...INPUTS, templates: `s3://${BUCKET}/templates/mail/smtp-open-relay.yaml` }, 'tampered-file')).rejects.toMatchObject({
      error: 'UserError',
      cause: expect.stringContaining(`s3://${BUCKET}/templates/mail/smtp-open-relay.yaml`),
    });
    await expect(runJob(handlers, { ...INPUTS, 'instance-idz': 'i-1' }, 'typo')).rejects.toMatchObject({ error: 'UserError', cause: expect.stringContaining("'instance-idz' is not an input") });
    await expect(runJob(handlers, { ...INPUTS, 'member-role': 'admin' }, 'role')).rejects.toMatchObject({ error: 'UserError', cause: expect.stringContaining("may assume 'fleetprobe-member' only") });
    for (const m of emu.cloud.models.values()) expect(m.commands.size).toBe(0);
    expectCallsAllowed(emu.cloud, DEPLOYED);
  }, 120_000);
});

function upload(e: CloudEmulator): void {
  e.results.objects.set(`${BUCKET}/templates/mail/smtp-open-relay.yaml`, readFileSync('fixtures/signed/smtp-open-relay.yaml', 'utf8'));
  e.results.objects.set(`${BUCKET}/templates/signer.pem`, readFileSync(TEST_CERT, 'utf8'));
  e.results.objects.set(`${BUCKET}/templates/mail/unsigned.yaml`, readFileSync('fixtures/templates/probes/both-vulnerable.yaml', 'utf8'));
}

function countBy(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
