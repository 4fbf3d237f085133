// CloudWatch metrics of one audit run: host counts by target state (the one tally every report uses; a host can
// be vulnerable and unaudited at once), findings, and what the run could not cover. The totals carry one
// dimension, the audit's name, so an alarm on them is unaffected by what else is sent. Beside them, unless turned
// off, the same counts per (account, region) scope (dimensions Audit, Account, Region), so a dashboard shows where
// the hosts are. Each dimension set is a custom metric of its own, billed monthly: per-scope data go only to
// scopes with hosts or a gap, never to the empty regions of `regions: all`.
import type { AuditReport, Result } from '../../types.js';
import { skippedTemplates, unauditedScopes } from '../gaps.js';
import { tally } from '../tally.js';

export const NAMESPACE = 'fleetprobe';

export interface MetricDatum {
  MetricName: string;
  Dimensions: { Name: string; Value: string }[];
  Timestamp: Date;
  Value: number;
  Unit: 'Count';
}

/** The counts sent for each scope (the totals add SkippedTemplates, a property of the run). */
type ScopeCounts = Record<'VulnerableHosts' | 'CleanHosts' | 'UnauditedHosts' | 'Findings' | 'UnauditedScopes', number>;

// CloudWatch dimension values: 1 to 1024 characters.
const dimension = (Name: string, value: string) => ({ Name, Value: value.slice(0, 1024) || '-' });

function counts(results: readonly Result[], unaudited: number): ScopeCounts {
  const t = tally(results);
  return { VulnerableHosts: t.vulnerable.length, CleanHosts: t.clean.length, UnauditedHosts: t.unaudited.length, Findings: t.findings, UnauditedScopes: unaudited };
}

export function auditMetrics(report: AuditReport, audit: string, options: { perScope: boolean }): MetricDatum[] {
  const timestamp = new Date(report.finishedAt);
  const name = dimension('Audit', audit || 'fleetprobe');
  const data = (values: Record<string, number>, dimensions: MetricDatum['Dimensions']): MetricDatum[] =>
    Object.entries(values).map(([MetricName, Value]) => ({ MetricName, Dimensions: dimensions, Timestamp: timestamp, Value, Unit: 'Count' }));

  const gaps = unauditedScopes(report.gaps);
  const totals = data({ ...counts(report.results, gaps.length), SkippedTemplates: skippedTemplates(report.gaps).length }, [name]);
  if (!options.perScope) return totals;

  // A host the run could not place in a scope (an id no scope found, in a run of several) counts in the totals only.
  const scopes = new Map<string, { account: string; region: string; results: Result[]; gap: boolean }>();
  const scope = (account: string, region: string) => {
    const key = `${account}/${region}`;
    return scopes.get(key) ?? scopes.set(key, { account, region, results: [], gap: false }).get(key)!;
  };
  for (const r of report.results) if (r.target.account !== undefined && r.target.region !== undefined) scope(r.target.account, r.target.region).results.push(r);
  for (const g of gaps) scope(g.account, g.region).gap = true;
  const perScope = [...scopes.values()].flatMap((s) => data(counts(s.results, s.gap ? 1 : 0), [name, dimension('Account', s.account), dimension('Region', s.region)]));
  return [...totals, ...perScope];
}
