import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/report/sarif.js';
import type { AuditReport, Target } from '../../src/types.js';
import { finding, HOSTILE, mixedFleet, report, result, ssmTarget, template } from './factory.js';
import { allSarifErrors, locationErrors, multitoolErrors, quickErrors, schemaErrors } from './validate.js';

type Log = { runs: { tool: { driver: { rules: any[] } }; results: any[]; invocations: any[]; automationDetails: { id: string } }[] };
/** Every log this file makes, for one multitool pass at the end (the schema and location checks run on each at once). */
const produced: unknown[] = [];
const sarif = (r = mixedFleet(), opts = {}) => {
  const out = toSarif(r, { toolVersion: '0.1.0', ...opts }) as { log: Log; notes: string[] };
  produced.push(out.log);
  return out;
};
const quick = async (log: Log) => expect(await quickErrors(log)).toEqual([]);

describe('SARIF for code scanning', () => {
  it('is valid against the official schema and GitHub location rules (the multitool checks every log at the end)', async () => {
    await quick(sarif().log);
  });

  it('one rule per template with severity, precision, help and tags', () => {
    const [rule] = sarif().log.runs[0]!.tool.driver.rules;
    expect(rule).toMatchObject({
      id: 'smtp-open-relay',
      name: 'SmtpOpenRelay',
      shortDescription: { text: 'Check smtp-open-relay' },
      fullDescription: { text: 'Description of smtp-open-relay.' },
      properties: { 'security-severity': '8.0', precision: 'high', tags: ['security', 'linux', 'audit'] },
    });
    expect((rule!['help'] as { markdown: string }).markdown).toContain('## Remediation\n\nFix it.');
  });

  it('one result per finding, each with a host pseudo-path, line 1, and the host in logical locations', () => {
    const { results } = sarif().log.runs[0]!;
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r['locations'][0].physicalLocation).toEqual({ artifactLocation: { uri: 'fleet/123456789012/eu-west-1/i-0000000000000000a' }, region: { startLine: 1 } });
      expect(r['locations'][0].logicalLocations[0].name).toBe('i-0000000000000000a');
      expect(r['level']).toBe('error');
    }
    expect(results.map((r) => r['message'].text)).toEqual([
      'Check smtp-open-relay [sendmail] on i-0000000000000000a: [VULNERABLE] relay open',
      expect.stringMatching(/^Check smtp-open-relay \[postfix\] on i-0000000000000000a: ::error::forged/),
    ]);
    // Host text stays one line, controls escaped, inside a JSON string.
    expect(results[1]!['message'].text).not.toMatch(/[\r\n\u001b\u0007\u2028]/);
  });

  it('fingerprints are stable across runs and distinct across hosts and matchers', () => {
    const fp = (log: Log) => log.runs[0]!.results.map((r) => r['partialFingerprints'].primaryLocationLineHash as string);
    const first = fp(sarif().log);
    expect(fp(sarif().log)).toEqual(first);
    expect(new Set(first).size).toBe(2);
    const t = template('smtp-open-relay');
    const other = report([result(t, ssmTarget('i-0000000000000000a', '999999999999'), [finding('sendmail')]), result(t, ssmTarget('i-0000000000000000d'), [finding('sendmail')])], [t]);
    const fps = fp(sarif(other).log);
    expect(fps).not.toContain(first[0]);
    expect(new Set(fps).size).toBe(2);
  });

  it('unaudited hosts are tool execution notifications; the run still succeeded, so GitHub processes its findings', () => {
    const [invocation] = sarif().log.runs[0]!.invocations;
    // executionSuccessful false makes code scanning reject the analysis as an "unsuccessful execution".
    expect(invocation!['executionSuccessful']).toBe(true);
    expect(invocation!['toolExecutionNotifications']).toHaveLength(1);
    expect(invocation!['toolExecutionNotifications'][0].message.text).toMatch(/^i-0000000000000000c not audited for smtp-open-relay: offline: PingStatus ConnectionLost/);
    const clean = report([result(template('a'), ssmTarget('i-0000000000000000b'), 'clean')], [template('a')]);
    expect(sarif(clean).log.runs[0]!.invocations[0]!['executionSuccessful']).toBe(true);
  });

  it('the category defaults from the selection and can be set', () => {
    expect(sarif().log.runs[0]!.automationDetails.id).toBe('fleetprobe/ssm/eu-west-1/instance-ids/');
    expect(sarif(mixedFleet(), { category: 'mail fleet' }).log.runs[0]!.automationDetails.id).toBe('mail-fleet/');
  });

  it('local hosts and bundled templates get colon-free relative paths', async () => {
    const t = { ...template('x'), path: 'bundled:smtp-open-relay.yaml' };
    const local = report([result(t, { id: 'my:host', transport: 'local' }, [finding(undefined, HOSTILE)])], [t], { selection: 'local' });
    const log = sarif(local).log;
    expect(log.runs[0]!.results[0]!['locations'][0].physicalLocation.artifactLocation.uri).toBe('fleet/local/my_host');
    expect(log.runs[0]!.results[0]!['relatedLocations'][0].physicalLocation.artifactLocation.uri).toBe('templates/smtp-open-relay.yaml');
    await quick(log);
  });

  it('beyond GitHub limits keeps the most severe, records what was dropped, and says so', async () => {
    const low = template('low-check', 'low');
    const crit = template('crit-check', 'critical');
    const results = Array.from({ length: 30 }, (_, i) => result(i % 3 === 0 ? crit : low, ssmTarget(`i-${String(i).padStart(17, '0')}`), [finding('m')]));
    const { log, notes } = sarif(report(results, [low, crit]), { maxResults: 12 });
    const kept = log.runs[0]!.results;
    expect(kept).toHaveLength(12);
    expect(kept.slice(0, 10).every((r) => r['ruleId'] === 'crit-check')).toBe(true);
    expect(notes[0]).toMatch(/kept the 12 most severe of 30 results/);
    expect(log.runs[0]!.invocations[0]!['toolExecutionNotifications'].at(-1).message.text).toMatch(/18 less severe results were left out/);
    const small = sarif(report(results, [low, crit]), { maxGzipBytes: 1500 });
    expect(gzipSync(JSON.stringify(small.log)).length).toBeLessThanOrEqual(1500);
    expect(small.notes).toHaveLength(1);
    await quick(log);
    await quick(small.log);
  });

  it('hostile host names and template paths still give relative, colon-free, scheme-free paths', async () => {
    const t = { ...template('x'), path: '/etc/../../outside/x.yaml' };
    const hosts: Target[] = [
      { id: 'https://evil.example/x', transport: 'local' },
      { id: '..', transport: 'local' },
      { id: 'i-0000000000000000a', transport: 'ssm', account: 'arn:aws:iam::1', region: 'C:\\' },
      { id: '', transport: 'ssm' },
    ];
    const log = sarif(report(hosts.map((h) => result(t, h, [finding('m', HOSTILE)])), [t])).log;
    expect(log.runs[0]!.results.map((r) => r['locations'][0].physicalLocation.artifactLocation.uri)).toEqual([
      'fleet/local/https___evil.example_x',
      'fleet/local/_',
      'fleet/arn_aws_iam__1/C__/i-0000000000000000a',
      'fleet/unknown-account/unknown-region/_',
    ]);
    expect(log.runs[0]!.results[0]!['relatedLocations'][0].physicalLocation.artifactLocation.uri).toBe('x.yaml');
    await quick(log);
  });

  it('whatever the hosts and their output, the log is valid JSON SARIF with usable locations and one line per message', async () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(HOSTILE, '::error::x', '\r::error::x', '%0A::warning::x', '##[error]x', 'a:b', 'file:///etc'));
    const target: fc.Arbitrary<Target> = fc.record({ id: text, transport: fc.constantFrom('local' as const, 'ssm' as const), account: text, region: text }, { requiredKeys: ['id', 'transport'] });
    const severity = fc.constantFrom('info' as const, 'low' as const, 'medium' as const, 'high' as const, 'critical' as const, 'unknown' as const);
    const outcome = fc.oneof(
      fc.array(fc.record({ matcher: fc.option(text, { nil: undefined }), evidence: text }), { minLength: 1, maxLength: 3 }).map((fs) => fs.map((f) => finding(f.matcher, f.evidence))),
      fc.constant('clean' as const),
      text.map((detail) => ({ reason: 'offline' as const, detail })),
    );
    const fleet = fc.tuple(severity, fc.array(fc.tuple(target, outcome), { maxLength: 8 })).map(([sev, rows]): AuditReport => {
      const t = template('generated', sev);
      return report(rows.map(([h, o]) => result(t, h, o)), [t]);
    });
    let sampled = 0;
    await fc.assert(
      fc.asyncProperty(fleet, async (r) => {
        const { log } = toSarif(r, { toolVersion: '0.1.0' }) as { log: Log };
        const again = JSON.parse(JSON.stringify(log)) as Log;
        expect(await schemaErrors(again)).toEqual([]);
        expect(locationErrors(again)).toEqual([]);
        const messages = [...again.runs[0]!.results.map((res) => res['message'].text as string), ...again.runs[0]!.invocations[0]!['toolExecutionNotifications'].map((n: { message: { text: string } }) => n.message.text)];
        for (const text of messages) expect(text).not.toMatch(/[\r\n\u2028\u2029\u001b]/);
        if (sampled++ < 5) produced.push(log);
      }),
      { numRuns: 150 },
    );
  });
});

describe('SARIF for what a run could not cover', () => {
  const t = template('t');
  const gaps: AuditReport['gaps'] = [
    { kind: 'template', file: 'audits/old.yaml', line: 7, reason: `unsigned ${HOSTILE}` },
    { kind: 'template', file: '/abs/elsewhere/x.yaml', reason: 'not a code template' },
    { kind: 'scope', account: '210987654321', region: 'ap-south-2', state: 'unreachable', reason: 'AccessDenied on sts:AssumeRole' },
  ];

  it('skipped templates are configuration notifications at their file and line; scopes are execution notifications', async () => {
    const log = sarif(report([result(t, ssmTarget('i-0000000000000000b'), 'clean')], [t], { gaps })).log;
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation!['executionSuccessful']).toBe(true);
    expect(invocation!['toolConfigurationNotifications'].map((n: any) => [n.descriptor.id, n.locations[0].physicalLocation.artifactLocation.uri, n.locations[0].physicalLocation.region.startLine])).toEqual([
      ['template-skipped', 'audits/old.yaml', 7],
      ['template-skipped', 'x.yaml', 1],
    ]);
    expect(invocation!['toolExecutionNotifications'][0]).toEqual({ level: 'error', message: { text: 'scope 210987654321/ap-south-2 not audited (unreachable): AccessDenied on sts:AssumeRole' }, descriptor: { id: 'scope-not-audited' }, locations: [] });
    for (const n of invocation!['toolConfigurationNotifications']) expect(n.message.text).not.toMatch(/[\r\n\u001b]/);
    await quick(log);
  });

  it('an interrupted run says so and is not passed off as a successful execution', async () => {
    const log = sarif(report([result(t, ssmTarget('i-0000000000000000b'), { reason: 'cancelled', detail: 'the run was interrupted' })], [t], { interrupted: 'SIGINT' })).log;
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation).toMatchObject({ executionSuccessful: false, exitCode: 130, exitSignalName: 'SIGINT' });
    expect(invocation!['toolExecutionNotifications'][0].descriptor.id).toBe('interrupted');
    await quick(log);
  });
});

describe('the validators bite', () => {
  it('a result without a region, or with a scheme or colon in its uri, is reported', async () => {
    const { log } = sarif();
    const broken = JSON.parse(JSON.stringify(log)) as Log;
    broken.runs[0]!.results[0]!['locations'][0].physicalLocation = { artifactLocation: { uri: 'https://example.invalid/host' } };
    broken.runs[0]!.results[1]!['locations'][0].physicalLocation.artifactLocation.uri = 'arn:aws:ec2/i-1';
    const errors = await allSarifErrors(broken);
    expect(errors).toContain('GH1005: runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri https://example.invalid/host');
    expect(errors).toContain('result 1: uri arn:aws:ec2/i-1 is not a relative, scheme-free, colon-free path');
    expect(errors).toContain('result 0: no startLine');
  });

  it('the schema rejects what SARIF does not allow', async () => {
    const broken = JSON.parse(JSON.stringify(sarif().log)) as Log;
    broken.runs[0]!.results[0]!['level'] = 'severe';
    expect(await schemaErrors(broken)).toEqual([expect.stringMatching(/^\/runs\/0\/results\/0\/level must be equal to one of the allowed values/)]);
  });
});

// Last in the file: runs the multitool once over every log the tests above made.
describe('every SARIF', () => {
  it('every SARIF this file produced passes the multitool with GitHub rules GH1001-GH1005 on', async () => {
    expect(produced.length).toBeGreaterThan(10);
    const errors = await multitoolErrors(produced);
    expect(errors.flatMap((list, i) => list.map((e) => `log ${i}: ${e}`))).toEqual([]);
    // One .NET process over every log: 40 s alone on a loaded 2-core machine, over 60 s beside the other files.
  }, 240_000);
});
