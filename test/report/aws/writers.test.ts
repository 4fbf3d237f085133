// The AWS-side report writers: pure functions of the AuditReport, checked on the shapes and limits AWS documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateAlert } from '../../../src/report/aws/alert.js';
import { complianceRequests } from '../../../src/report/aws/compliance.js';
import { summaryHtml } from '../../../src/report/aws/html.js';
import { auditMetrics } from '../../../src/report/aws/metrics.js';
import { findingId, importBatches, securityHubFindings, type AsffFinding } from '../../../src/report/aws/securityhub.js';
import { evaluateGate } from '../../../src/report/gate.js';
import { toSarif } from '../../../src/report/sarif.js';
import { finding, mixedFleet, report, result, ssmTarget, template } from '../factory.js';

const SCOPE = { account: '123456789012', region: 'eu-west-1' };

describe('SSM Compliance items', () => {
  const options = { complianceType: 'Custom:fleetprobe', executionId: 'run-1' };

  it('puts one COMPLETE list per instance, one item per template, and never marks an unaudited host compliant', () => {
    const requests = complianceRequests(mixedFleet(), options);
    expect(requests.map((r) => r.ResourceId)).toEqual(['i-0000000000000000a', 'i-0000000000000000b', 'i-0000000000000000c']);
    const [vulnerable, clean, offline] = requests.map((r) => r.Items);
    expect(vulnerable).toEqual([expect.objectContaining({ Id: 'smtp-open-relay', Severity: 'HIGH', Status: 'NON_COMPLIANT' })]);
    expect(vulnerable![0]!.Details['Matched']).toBe('sendmail, postfix');
    expect(clean).toEqual([expect.objectContaining({ Status: 'COMPLIANT', Details: expect.objectContaining({ Verdict: 'clean' }) })]);
    expect(offline![0]).toMatchObject({ Status: 'NON_COMPLIANT', Details: { Verdict: 'unaudited' } });
    expect(offline![0]!.Details['NotAudited']).toMatch(/^offline: PingStatus ConnectionLost/);
    for (const r of requests) {
      expect(r).toMatchObject({ ResourceType: 'ManagedInstance', ComplianceType: 'Custom:fleetprobe', UploadType: 'COMPLETE', account: '123456789012', region: 'eu-west-1' });
      expect(r.ExecutionSummary.ExecutionTime.toISOString()).toBe('2026-11-29T00:00:00.000Z');
      // Host text stays one line in the console.
      for (const item of r.Items) for (const v of Object.values(item.Details)) expect(v).not.toMatch(/[\r\n\u2028]/);
    }
  });

  it('keeps info findings as observations (compliant) and leaves out ids SSM never managed', () => {
    const info = template('banner', 'info');
    const high = template('relay');
    const requests = complianceRequests(
      report(
        [
          result(info, ssmTarget('i-0000000000000000a'), [finding('banner')]),
          result(high, ssmTarget('i-0000000000000000a'), 'clean'),
          result(high, ssmTarget('i-0000000000000000d'), { reason: 'not-managed', detail: 'no agent' }),
          result(high, { id: 'resource-groups:Name=mail', transport: 'ssm', region: 'eu-west-1' }, { reason: 'failed', detail: 'refused' }),
        ],
        [info, high],
      ),
      options,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]!.Items.map((i) => [i.Id, i.Severity, i.Status])).toEqual([
      ['banner', 'INFORMATIONAL', 'COMPLIANT'],
      ['relay', 'HIGH', 'COMPLIANT'],
    ]);
  });

  it('refuses a compliance type SSM would refuse', () => {
    expect(() => complianceRequests(mixedFleet(), { ...options, complianceType: 'fleetprobe' })).toThrow(/Custom:/);
    expect(() => complianceRequests(mixedFleet(), { ...options, complianceType: 'Custom:a b' })).toThrow(/Custom:/);
  });
});

describe('Security Hub findings', () => {
  const now = '2026-11-30T00:00:00.000Z';

  it('uses the SARIF fingerprint as the stable id and fills what ASFF requires', () => {
    const fleet = mixedFleet();
    const findings = securityHubFindings({ report: fleet, scope: SCOPE, active: [], runId: 'run-1', now });
    expect(findings).toHaveLength(2);
    const sarif = toSarif(fleet, { toolVersion: '0' }).log;
    const fingerprints = sarif.runs[0]!.results!.map((r) => r.partialFingerprints!['primaryLocationLineHash']);
    for (const [i, f] of findings.entries()) {
      expect(f.Id.endsWith(fingerprints[i]!)).toBe(true);
      expect(f).toMatchObject({
        SchemaVersion: '2018-10-08',
        ProductArn: 'arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default',
        GeneratorId: 'fleetprobe/smtp-open-relay',
        AwsAccountId: '123456789012',
        Severity: { Label: 'HIGH' },
        FindingProviderFields: { Severity: { Label: 'HIGH' } },
        Resources: [{ Type: 'AwsEc2Instance', Id: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0000000000000000a' }],
        Compliance: { Status: 'FAILED' },
        RecordState: 'ACTIVE',
        CreatedAt: now,
      });
      expect(f.Title.length).toBeLessThanOrEqual(256);
      expect(f.Description.length).toBeLessThanOrEqual(1024);
      expect(JSON.stringify(f)).not.toMatch(/\\r|\\n|\\u2028/);
    }
  });

  it('resolves a finding whose host was judged again without it, keeps its creation time, and leaves unaudited hosts alone', () => {
    const relay = template('smtp-open-relay');
    const a = ssmTarget('i-0000000000000000a');
    const c = ssmTarget('i-0000000000000000c');
    const before = securityHubFindings({ report: report([result(relay, a, [finding('postfix')]), result(relay, c, [finding('postfix')])], [relay]), scope: SCOPE, active: [], runId: 'run-1', now: '2026-11-01T00:00:00.000Z' });
    // GetFindings returns more than the provider sent; those fields must not be sent back.
    const returned = before.map((f) => ({ ...f, Workflow: { Status: 'NOTIFIED' }, ProductName: 'Default', ProductFields: { ...f.ProductFields, 'aws/securityhub/FindingId': 'x' } }) as AsffFinding);
    const after = securityHubFindings({ report: report([result(relay, a, 'clean'), result(relay, c, { reason: 'offline', detail: 'x' })], [relay]), scope: SCOPE, active: returned, runId: 'run-2', now });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ Id: before[0]!.Id, RecordState: 'ARCHIVED', Compliance: { Status: 'PASSED' }, UpdatedAt: now, CreatedAt: '2026-11-01T00:00:00.000Z' });
    expect(after[0]).not.toHaveProperty('Workflow');
    expect(Object.keys(after[0]!.ProductFields).every((k) => k.startsWith('fleetprobe/'))).toBe(true);

    const again = securityHubFindings({ report: report([result(relay, a, [finding('postfix')])], [relay]), scope: SCOPE, active: returned, runId: 'run-3', now });
    expect(again).toEqual([expect.objectContaining({ Id: before[0]!.Id, RecordState: 'ACTIVE', CreatedAt: '2026-11-01T00:00:00.000Z', FirstObservedAt: before[0]!.FirstObservedAt })]);
  });

  it('only writes the findings of the scope it is called for (the caller must own them)', () => {
    const relay = template('smtp-open-relay');
    const fleet = report([result(relay, ssmTarget('i-0000000000000000a', '111111111111'), [finding('x')]), result(relay, ssmTarget('i-0000000000000000b', '123456789012', 'us-east-1'), [finding('x')])], [relay]);
    expect(securityHubFindings({ report: fleet, scope: SCOPE, active: [], runId: 'r', now })).toEqual([]);
  });

  it('observations are warnings, hybrid nodes are SSM managed instances', () => {
    const info = template('banner', 'info');
    const [f] = securityHubFindings({ report: report([result(info, ssmTarget('mi-0123456789abcdef0'), [finding('b')])], [info]), scope: SCOPE, active: [], runId: 'r', now });
    expect(f).toMatchObject({ Severity: { Label: 'INFORMATIONAL' }, Compliance: { Status: 'WARNING' }, Resources: [{ Type: 'Other', Id: 'arn:aws:ssm:eu-west-1:123456789012:managed-instance/mi-0123456789abcdef0' }] });
  });

  it('batches by 100 findings and by bytes', () => {
    const one = securityHubFindings({ report: mixedFleet(), scope: SCOPE, active: [], runId: 'r', now })[0]!;
    const many = Array.from({ length: 250 }, (_, i) => ({ ...one, Id: `${one.Id}-${i}` }));
    expect(importBatches(many).map((b) => b.length)).toEqual([100, 100, 50]);
    const size = Buffer.byteLength(JSON.stringify(many[0]));
    expect(importBatches(many.slice(0, 10), 100, size * 3 + 10).map((b) => b.length)).toEqual([3, 3, 3, 1]);
  });

  it('ids are stable: the same host and matcher give the same id, any change gives another', () => {
    const relay = template('smtp-open-relay');
    const id = (account: string, region: string, host: string, matcher: string) => findingId(result(relay, ssmTarget(host, account, region), 'clean'), { matcherName: matcher });
    expect(id('1', 'r', 'i-1', 'm')).toBe(id('1', 'r', 'i-1', 'm'));
    expect(new Set([id('1', 'r', 'i-1', 'm'), id('2', 'r', 'i-1', 'm'), id('1', 's', 'i-1', 'm'), id('1', 'r', 'i-2', 'm'), id('1', 'r', 'i-1', 'n')]).size).toBe(5);
  });
});

describe('CloudWatch metrics', () => {
  const values = (data: ReturnType<typeof auditMetrics>, dimensions: string[]) =>
    Object.fromEntries(data.filter((d) => d.Dimensions.map((x) => x.Value).join('/') === dimensions.join('/')).map((d) => [d.MetricName, d.Value]));

  it('counts hosts by the shared target state, plus findings and gaps: the totals under the audit\'s name alone', () => {
    const fleet = mixedFleet();
    fleet.gaps.push({ kind: 'scope', account: '222222222222', region: 'eu-west-1', state: 'role-not-assumed', reason: 'AccessDenied' });
    const data = auditMetrics(fleet, 'mail-fleet', { perScope: false });
    expect(values(data, ['mail-fleet'])).toEqual({ VulnerableHosts: 1, CleanHosts: 1, UnauditedHosts: 1, Findings: 2, UnauditedScopes: 1, SkippedTemplates: 0 });
    for (const d of data) expect(d).toMatchObject({ Unit: 'Count', Dimensions: [{ Name: 'Audit', Value: 'mail-fleet' }] });
  });

  it('beside the totals, the same counts per (account, region) with hosts or a gap, adding up to the totals', () => {
    const fleet = mixedFleet();
    const relay = fleet.templates[0]!;
    fleet.results.push(result(template(relay.id), ssmTarget('i-0000000000000000d', '333333333333', 'us-east-1'), [finding('exim')]));
    fleet.gaps.push({ kind: 'scope', account: '222222222222', region: 'eu-west-1', state: 'role-not-assumed', reason: 'AccessDenied' });
    const data = auditMetrics(fleet, 'mail-fleet', { perScope: true });
    expect(values(data, ['mail-fleet'])).toEqual({ VulnerableHosts: 2, CleanHosts: 1, UnauditedHosts: 1, Findings: 3, UnauditedScopes: 1, SkippedTemplates: 0 });
    const scopes = {
      '123456789012/eu-west-1': { VulnerableHosts: 1, CleanHosts: 1, UnauditedHosts: 1, Findings: 2, UnauditedScopes: 0 },
      '333333333333/us-east-1': { VulnerableHosts: 1, CleanHosts: 0, UnauditedHosts: 0, Findings: 1, UnauditedScopes: 0 },
      '222222222222/eu-west-1': { VulnerableHosts: 0, CleanHosts: 0, UnauditedHosts: 0, Findings: 0, UnauditedScopes: 1 },
    };
    for (const [scope, expected] of Object.entries(scopes)) expect(values(data, ['mail-fleet', ...scope.split('/')]), scope).toEqual(expected);
    // Nothing else: no dimension set for a scope the run did not find anything in.
    expect(new Set(data.map((d) => d.Dimensions.map((x) => `${x.Name}=${x.Value}`).join()))).toEqual(
      new Set(['Audit=mail-fleet', ...Object.keys(scopes).map((s) => `Audit=mail-fleet,Account=${s.split('/')[0]},Region=${s.split('/')[1]}`)]),
    );
    for (const name of ['VulnerableHosts', 'CleanHosts', 'UnauditedHosts', 'Findings', 'UnauditedScopes']) {
      const perScope = data.filter((d) => d.MetricName === name && d.Dimensions.length === 3).reduce((sum, d) => sum + d.Value, 0);
      expect(perScope, name).toBe(values(data, ['mail-fleet'])[name]);
    }
  });
});

describe('HTML summary', () => {
  it('is one self-contained page in which host text stays text', () => {
    const fleet = mixedFleet();
    const page = summaryHtml(fleet, { gate: evaluateGate(fleet, 'high', true), files: ['fleetprobe.sarif'], runId: 'run<1>' });
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<b>x|src=|href=/i);
    expect(page).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(page).toContain('gate failed');
    expect(page).toContain('123456789012 / eu-west-1');
  });

  it('no text a host prints opens a tag or an attribute', () => {
    const relay = template('t');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const fleet = report([result(relay, { ...ssmTarget('i-0000000000000000a'), name: s }, [finding(s, s)]), result(relay, ssmTarget('i-0000000000000000b'), { reason: 'failed', detail: s })], [relay]);
        const page = summaryHtml(fleet, { gate: evaluateGate(fleet, 'none', false), files: [], runId: 'r' });
        const body = page.slice(page.indexOf('<body>'));
        // Only the page's own tags: every '<' starts one of them.
        for (const m of body.matchAll(/<\/?([a-z0-9]+)/g)) expect(['body', 'h1', 'h2', 'h3', 'p', 'code', 'strong', 'table', 'tr', 'th', 'td', 'ul', 'li', 'html']).toContain(m[1]);
        expect(body.split('<').length - 1).toBe((body.match(/<\/?(body|h1|h2|h3|p|code|strong|table|tr|th|td|ul|li|html)[ >]/g) ?? []).length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('SNS alert', () => {
  it('fits SNS: one ASCII line of subject under 100 characters, the gate and where the reports are', () => {
    const fleet = mixedFleet();
    fleet.results[0]!.target.id = `i-${'\u00e9'.repeat(200)}\n::x`;
    const alert = gateAlert(fleet, evaluateGate(fleet, 'high', false), { audit: 'mail', reports: 's3://b/results/2026/11/29/run/' });
    expect(alert.Subject.length).toBeLessThan(100);
    expect(alert.Subject).toMatch(/^[\x20-\x7e]+$/);
    expect(alert.Message).toContain('gate failed');
    expect(alert.Message).toContain('s3://b/results/2026/11/29/run/');
    // The host's line break stays inside its line.
    expect(alert.Message.split('\n').some((line) => line.startsWith('::x'))).toBe(false);
  });
});
