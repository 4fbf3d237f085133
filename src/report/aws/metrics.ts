// CloudWatch metrics of one audit run: host counts by target state (the one tally every report uses; a host can
// be vulnerable and unaudited at once), findings, and what the run could not cover. One dimension, the audit's name, so each metric is one custom metric
// (per-account dimensions would multiply the monthly metric charge by the number of scopes).
import type { AuditReport } from '../../types.js';
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

export function auditMetrics(report: AuditReport, audit: string): MetricDatum[] {
  const t = tally(report.results);
  const values: Record<string, number> = {
    VulnerableHosts: t.vulnerable.length,
    CleanHosts: t.clean.length,
    UnauditedHosts: t.unaudited.length,
    Findings: t.findings,
    UnauditedScopes: unauditedScopes(report.gaps).length,
    SkippedTemplates: skippedTemplates(report.gaps).length,
  };
  const timestamp = new Date(report.finishedAt);
  // CloudWatch dimension values: 1 to 1024 characters.
  const dimensions = [{ Name: 'Audit', Value: audit.slice(0, 1024) || 'fleetprobe' }];
  return Object.entries(values).map(([MetricName, Value]) => ({ MetricName, Dimensions: dimensions, Timestamp: timestamp, Value, Unit: 'Count' }));
}
