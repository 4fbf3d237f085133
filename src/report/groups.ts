// The fleet-scale views the summary and the terminal table share, each one linear pass over the results:
// findings grouped by template and matcher, the hosts that need attention, the unaudited grouped by reason, and
// the targets grouped by (account, region) scope.
import type { AuditReport, Gap, Result, Severity, Target, UnauditedReason } from '../types.js';
import { unauditedScopes } from './gaps.js';
import { isVulnerability, severityRank, type TargetState } from './tally.js';

type ReportTemplate = AuditReport['templates'][number];

export interface FindingGroup {
  template: Pick<ReportTemplate, 'id' | 'info'>;
  /** The matcher (or extractor) that matched; undefined for an unnamed match. */
  matcher: string | undefined;
  /** Each host once, in the order results name them. */
  hosts: Target[];
  findings: number;
  /** The first few hosts' evidence lines (untrusted text). */
  examples: { target: Target; evidence: string }[];
}

const EXAMPLES = 3;

/** Most severe first, then most hosts, then template id and matcher. */
export function findingsByTemplate(results: readonly Result[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { seen: Set<string> }>();
  for (const r of results) {
    for (const f of r.findings) {
      const matcher = f.matcherName ?? f.extractorName;
      const key = JSON.stringify([r.template.id, matcher ?? null]);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { template: r.template, matcher, hosts: [], findings: 0, examples: [], seen: new Set() }));
      g.findings++;
      if (g.seen.has(r.target.id)) continue;
      g.seen.add(r.target.id);
      g.hosts.push(r.target);
      if (g.examples.length < EXAMPLES) g.examples.push({ target: r.target, evidence: f.evidence });
    }
  }
  return [...groups.values()]
    .map(({ seen: _seen, ...g }) => g)
    .sort((a, b) => severityRank(b.template.info.severity) - severityRank(a.template.info.severity) || b.hosts.length - a.hosts.length || a.template.id.localeCompare(b.template.id) || (a.matcher ?? '').localeCompare(b.matcher ?? ''));
}

export interface HostAttention {
  target: Target;
  /** The most severe finding at low or above; undefined when the host is only unaudited. */
  worst: Severity | undefined;
  /** Findings by severity, observations included. */
  findings: Partial<Record<Severity, number>>;
  /** The templates that gave it no verdict, and why. */
  unaudited: { templateId: string; reason: UnauditedReason }[];
}

/** Vulnerable or unaudited hosts (each once): most severe first, then those with no verdict, then by id. */
export function hostsNeedingAttention(results: readonly Result[]): HostAttention[] {
  const hosts = new Map<string, HostAttention>();
  const entry = (t: Target) => {
    let h = hosts.get(t.id);
    if (!h) hosts.set(t.id, (h = { target: t, worst: undefined, findings: {}, unaudited: [] }));
    return h;
  };
  for (const r of results) {
    if (r.verdict === 'unaudited') entry(r.target).unaudited.push({ templateId: r.template.id, reason: r.unaudited!.reason });
    else if (r.verdict === 'vulnerable') {
      const h = entry(r.target);
      const s = r.template.info.severity;
      if (h.worst === undefined || severityRank(s) > severityRank(h.worst)) h.worst = s;
    }
  }
  // Observations on a host that needs attention anyway are counted with its findings.
  for (const r of results) {
    const h = hosts.get(r.target.id);
    if (h && r.findings.length > 0) h.findings[r.template.info.severity] = (h.findings[r.template.info.severity] ?? 0) + r.findings.length;
  }
  const rank = (h: HostAttention) => (h.worst === undefined ? -1 : severityRank(h.worst));
  return [...hosts.values()].sort((a, b) => rank(b) - rank(a) || b.unaudited.length - a.unaudited.length || a.target.id.localeCompare(b.target.id));
}

export interface ReasonGroup {
  reason: UnauditedReason;
  /** Target × template pairs with this reason. */
  pairs: number;
  /** Each host once. */
  hosts: Target[];
  templates: number;
  /** The first pair's detail (untrusted text). */
  example: Result;
}

/** Most hosts first. */
export function unauditedByReason(results: readonly Result[]): ReasonGroup[] {
  const groups = new Map<UnauditedReason, ReasonGroup & { seenHosts: Set<string>; seenTemplates: Set<string> }>();
  for (const r of results) {
    if (r.verdict !== 'unaudited') continue;
    const reason = r.unaudited!.reason;
    let g = groups.get(reason);
    if (!g) groups.set(reason, (g = { reason, pairs: 0, hosts: [], templates: 0, example: r, seenHosts: new Set(), seenTemplates: new Set() }));
    g.pairs++;
    if (!g.seenHosts.has(r.target.id)) {
      g.seenHosts.add(r.target.id);
      g.hosts.push(r.target);
    }
    g.seenTemplates.add(r.template.id);
    g.templates = g.seenTemplates.size;
  }
  return [...groups.values()].map(({ seenHosts: _h, seenTemplates: _t, ...g }) => g).sort((a, b) => b.hosts.length - a.hosts.length || a.reason.localeCompare(b.reason));
}

/** Findings by severity, most severe first (observations under info/unknown): the summary's chart and the totals. */
export function findingsBySeverity(results: readonly Result[]): { severity: Severity; findings: number; vulnerability: boolean }[] {
  const counts = new Map<Severity, number>();
  for (const r of results) if (r.findings.length > 0) counts.set(r.template.info.severity, (counts.get(r.template.info.severity) ?? 0) + r.findings.length);
  return [...counts]
    .sort(([a], [b]) => severityRank(b) - severityRank(a))
    .map(([severity, findings]) => ({ severity, findings, vulnerability: isVulnerability(severity) }));
}

/** `critical 2, high 1, info 20`: a host's findings by severity, most severe first. */
export function severityCounts(findings: Partial<Record<Severity, number>>): string {
  return (Object.entries(findings) as [Severity, number][])
    .sort(([a], [b]) => severityRank(b) - severityRank(a))
    .map(([s, k]) => `${s} ${k}`)
    .join(', ');
}

export interface ScopeGroup {
  account: string;
  region: string;
  hosts: number;
  vulnerable: number;
  /** Hosts some template gave no verdict (some may also be vulnerable). */
  unaudited: number;
  clean: number;
  /** Why the scope itself could not be audited (from report.gaps), when it could not. */
  gap?: { state: string; reason: string };
}

/**
 * SSM targets by (account, region), with the scopes not audited (they have no hosts, only a reason); by account,
 * then region. Local targets belong to no scope.
 */
export function byScope(targets: readonly TargetState[], gaps: readonly Gap[]): ScopeGroup[] {
  const scopes = new Map<string, ScopeGroup>();
  const entry = (account: string, region: string) => {
    const key = JSON.stringify([account, region]);
    let s = scopes.get(key);
    if (!s) scopes.set(key, (s = { account, region, hosts: 0, vulnerable: 0, unaudited: 0, clean: 0 }));
    return s;
  };
  for (const t of targets) {
    if (t.target.transport !== 'ssm') continue;
    const s = entry(t.target.account ?? '?', t.target.region ?? '?');
    s.hosts++;
    if (t.vulnerable) s.vulnerable++;
    if (t.unaudited) s.unaudited++;
    if (!t.vulnerable && !t.unaudited) s.clean++;
  }
  for (const g of unauditedScopes(gaps)) entry(g.account, g.region).gap ??= { state: g.state, reason: g.reason };
  return [...scopes.values()].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
}
