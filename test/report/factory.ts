// Builds AuditReports directly, so report tests need no engine or transport.
import { verdictOf } from '../../src/report/tally.js';
import type { AuditReport, Finding, Result, Severity, Target, Template } from '../../src/types.js';

export const HOSTILE = '::error::forged\r\n::add-mask::secret %0A::warning::enc ##[error]x \u001b[31mred\u001b]0;t\u0007 | <b>x</b> `tick` \u2028next';

export function template(id: string, severity: Severity = 'high', extra: Partial<Template['info']> = {}): AuditReport['templates'][number] {
  return {
    id,
    path: `templates/${id}.yaml`,
    sha256: '0'.repeat(64),
    trust: { kind: 'bundled' },
    info: { name: `Check ${id}`, author: ['fleetprobe'], tags: ['linux', 'audit'], severity, reference: ['https://example.invalid/ref'], description: `Description of ${id}.`, remediation: 'Fix it.', ...extra },
  };
}

export function ssmTarget(id: string, account = '123456789012', region = 'eu-west-1'): Target {
  return { id, transport: 'ssm', account, region };
}

export function finding(matcherName: string | undefined, evidence = '[VULNERABLE] relay open'): Finding {
  return { ...(matcherName ? { matcherName } : {}), extracted: [], block: 2, evidence };
}

export function result(t: AuditReport['templates'][number], target: Target, outcome: Finding[] | 'clean' | { reason: NonNullable<Result['unaudited']>['reason']; detail: string }): Result {
  const base = { target, template: { id: t.id, path: t.path, info: t.info }, timestamp: '2026-11-29T00:00:00.000Z' };
  if (outcome === 'clean') return { ...base, verdict: 'clean', findings: [] };
  if (Array.isArray(outcome)) return { ...base, verdict: verdictOf(t.info.severity, outcome), findings: outcome };
  return { ...base, verdict: 'unaudited', findings: [], unaudited: outcome };
}

export function report(results: Result[], templates: AuditReport['templates'], extra: Partial<AuditReport> = {}): AuditReport {
  return { results, gaps: [], templates, commandIds: [], selection: 'ssm/eu-west-1/instance-ids', startedAt: '2026-11-29T00:00:00.000Z', finishedAt: '2026-11-29T00:01:00.000Z', ...extra };
}

/** A mixed fleet: vulnerable (two matchers), clean, unaudited. */
export function mixedFleet(): AuditReport {
  const relay = template('smtp-open-relay');
  return report(
    [
      result(relay, ssmTarget('i-0000000000000000a'), [finding('sendmail'), finding('postfix', HOSTILE)]),
      result(relay, ssmTarget('i-0000000000000000b'), 'clean'),
      result(relay, ssmTarget('i-0000000000000000c'), { reason: 'offline', detail: `PingStatus ConnectionLost ${HOSTILE}` }),
    ],
    [relay],
    { commandIds: ['11111111-2222-3333-4444-555555555555'] },
  );
}
