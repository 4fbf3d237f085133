// The serverless job's AWS edges through the real SDK clients against the emulated services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditWrites, memberWrites, s3Bucket } from '../../src/lambda/aws.js';
import { gateAlert } from '../../src/report/aws/alert.js';
import { complianceRequests } from '../../src/report/aws/compliance.js';
import { auditMetrics, NAMESPACE } from '../../src/report/aws/metrics.js';
import { productArn, securityHubFindings } from '../../src/report/aws/securityhub.js';
import { evaluateGate } from '../../src/report/gate.js';
import { mixedFleet } from '../report/factory.js';
import { TEST_CREDENTIALS } from '../support/fleet-ssm.js';
import { startEmulator, type Emulator } from '../support/ssm-emulator/server.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator([]);
});
afterAll(async () => emu?.close());

const where = () => ({ region: 'eu-west-1', endpoint: emu.endpoint, credentials: TEST_CREDENTIALS });

describe('the job bucket', () => {
  it('puts, gets, lists, and tells a missing key from an empty object', async () => {
    const bucket = s3Bucket('job', where());
    await bucket.put('runs/a/x.json', '{"a":1}');
    await bucket.put('runs/a/empty', '', 'text/plain');
    await bucket.put('runs/b/y.txt', 'é\n::x', 'text/plain');
    expect(await bucket.get('runs/a/x.json')).toBe('{"a":1}');
    expect(await bucket.get('runs/a/empty')).toBe('');
    expect(await bucket.get('runs/b/y.txt')).toBe('é\n::x');
    expect(await bucket.get('runs/nope')).toBeUndefined();
    expect((await bucket.list('runs/a/')).sort()).toEqual(['runs/a/empty', 'runs/a/x.json']);
  });
});

describe('member-account writes', () => {
  it('SSM Compliance: a COMPLETE put replaces the instance\'s items of that type', async () => {
    const member = memberWrites(where());
    const [first] = complianceRequests(mixedFleet(), { complianceType: 'Custom:fleetprobe', executionId: 'run-1' });
    await member.putCompliance(first!);
    await member.putCompliance({ ...first!, Items: first!.Items.map((i) => ({ ...i, Status: 'COMPLIANT' as const })) });
    const record = emu.results.compliance.get('123456789012/eu-west-1/i-0000000000000000a/Custom:fleetprobe');
    expect(record?.items).toEqual([expect.objectContaining({ Id: 'smtp-open-relay', Status: 'COMPLIANT', Severity: 'HIGH' })]);
    expect(record?.executionTime).toBe(Date.parse('2026-11-29T00:00:00Z') / 1000);
  });

  it('Security Hub: imports, reads back the active ones, archives the fixed', async () => {
    const member = memberWrites(where());
    const scope = { account: '123456789012', region: 'eu-west-1' };
    const findings = securityHubFindings({ report: mixedFleet(), scope, active: [], runId: 'run-1', now: '2026-11-30T00:00:00.000Z' });
    expect(await member.importFindings(findings)).toEqual([]);
    const active = await member.activeFindings(productArn(scope));
    expect(active.map((f) => f.Id).sort()).toEqual(findings.map((f) => f.Id).sort());
    const fixed = mixedFleet();
    fixed.results[0] = { ...fixed.results[0]!, verdict: 'clean', findings: [] };
    const update = securityHubFindings({ report: fixed, scope, active, runId: 'run-2', now: '2026-12-01T00:00:00.000Z' });
    expect(await member.importFindings(update)).toEqual([]);
    expect(await member.activeFindings(productArn(scope))).toEqual([]);
    const stored = [...emu.results.findings.values()].map((s) => s.finding);
    expect(stored.every((f) => f.RecordState === 'ARCHIVED' && f.Workflow?.Status === 'RESOLVED')).toBe(true);
    // Someone else's account in a finding is refused per finding, not for the batch.
    const foreign = { ...findings[0]!, AwsAccountId: '999999999999' };
    expect(await member.importFindings([foreign])).toEqual([{ id: foreign.Id, error: expect.stringMatching(/^AccessDeniedException/) }]);
  });
});

describe('audit-account writes', () => {
  it('CloudWatch metrics and the SNS alert', async () => {
    const audit = auditWrites(where());
    const fleet = mixedFleet();
    await audit.putMetrics(NAMESPACE, auditMetrics(fleet, 'mail', { perScope: true }));
    expect(emu.results.metrics.map((m) => [m.name, m.value])).toContainEqual(['VulnerableHosts', 1]);
    await audit.publish('arn:aws:sns:eu-west-1:123456789012:fleetprobe', gateAlert(fleet, evaluateGate(fleet, 'high', false), { audit: 'mail', reports: 's3://b/p/' }));
    expect(emu.results.messages).toEqual([expect.objectContaining({ topic: 'arn:aws:sns:eu-west-1:123456789012:fleetprobe', subject: expect.stringContaining('gate failed') })]);
  });
});
