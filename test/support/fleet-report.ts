// A synthetic audit at fleet scale (no transport): templates × hosts with findings, observations and every kind of
// unaudited host, deterministic, for the report tests and the report bench.
import { verdictOf } from '../../src/report/tally.js';
import type { AuditReport, Result, Severity, Target } from '../../src/types.js';

const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
const REGIONS = ['eu-west-1', 'us-east-1'];

export interface Shape {
  templates: number;
  hosts: number;
  /** An organisation: host h in account h mod accounts, region ⌊h / accounts⌋ mod regions (hosts spread evenly). */
  accounts?: number;
  regions?: readonly string[];
}

/**
 * Host h fails template t about one time in 50; every 97th host is offline (no verdict at all); one pair in 500
 * timed out; info templates match on one host in three (observations). Evidence lines are realistic lengths.
 */
export function syntheticFleet({ templates, hosts, accounts, regions }: Shape): AuditReport {
  const tpl = Array.from({ length: templates }, (_, t) => ({
    id: `linux-audit-check-${String(t).padStart(3, '0')}`,
    path: `/home/runner/nuclei-templates/code/linux/audit/linux-audit-check-${t}.yaml`,
    sha256: '0'.repeat(64),
    trust: { kind: 'signed' as const, signer: 'projectdiscovery/nuclei-templates' },
    info: {
      name: `Linux audit check ${t}: a setting that weakens the host`,
      author: ['fleetprobe'],
      tags: ['linux', 'audit'],
      severity: SEVERITIES[t % SEVERITIES.length]!,
      reference: ['https://example.invalid/benchmark'],
      description: `Checks setting ${t} against the hardening benchmark; a weak value lets a local user escalate.`,
      remediation: `Set option ${t} to its hardened value and restart the service.`,
    },
  }));
  const accountIds = accounts === undefined ? ACCOUNTS : Array.from({ length: accounts }, (_, a) => String(100_000_000_000 + a));
  const regionNames = regions ?? REGIONS;
  const targets: Target[] = Array.from({ length: hosts }, (_, h) => ({
    id: `i-${h.toString(16).padStart(17, '0')}`,
    transport: 'ssm',
    account: accountIds[h % accountIds.length]!,
    region: accounts === undefined ? regionNames[h % regionNames.length]! : regionNames[Math.floor(h / accountIds.length) % regionNames.length]!,
  }));
  const refs = tpl.map((template) => ({ id: template.id, path: template.path, info: template.info }));
  const offline = { reason: 'offline' as const, detail: 'PingStatus ConnectionLost since 2026-11-28T21:04:00Z' };
  const timedOut = { reason: 'timed-out' as const, detail: 'block 1 ran past its 30s timeout' };
  const results: Result[] = [];
  for (const [h, target] of targets.entries()) {
    const commandId = `cmd-${h % 200}`;
    for (const [t, template] of refs.entries()) {
      const timestamp = '2026-11-29T00:00:00.000Z';
      if (h % 97 === 0 || (h + t) % 500 === 0) {
        results.push({ target, template, timestamp, commandId, verdict: 'unaudited', findings: [], unaudited: h % 97 === 0 ? offline : timedOut });
        continue;
      }
      const hit = template.info.severity === 'info' ? h % 3 === 0 : (h * 7 + t * 13) % 50 === 0;
      const findings = hit ? [{ matcherName: t % 2 === 0 ? 'weak-setting' : 'missing-setting', extracted: [], block: 1, evidence: `[VULNERABLE] option ${t} is set to a weak value in /etc/security/limits.d/${t}.conf` }] : [];
      results.push({ target, template, timestamp, commandId, verdict: verdictOf(template.info.severity, findings), findings });
    }
  }
  return { results, gaps: [], templates: tpl, commandIds: Array.from({ length: Math.min(200, hosts) }, (_, i) => `cmd-${i}`), selection: 'ssm/org/tag:Role=web', startedAt: '2026-11-29T00:00:00.000Z', finishedAt: '2026-11-29T00:12:34.000Z' };
}
