// GitHub shows at most 10 annotations of each kind per step and drops the rest silently:
// emit up to 10 per kind, then one roll-up that says how many more and where to look.
import type { AuditReport, Result, Severity } from '../types.js';
import { describeGap } from './gaps.js';
import { hostPath, templateUri } from './sarif.js';
import { oneLine } from './untrusted.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

const LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice', unknown: 'notice' };

export function annotations(report: AuditReport, options: { perKind: number } = { perKind: 10 }): Annotation[] {
  const all: Annotation[] = [
    // Gaps first: a hole in the audit matters more than any single host.
    ...report.gaps.map((g) => ({
      level: 'warning' as const,
      title: g.kind === 'template' ? 'template skipped' : 'scope not audited',
      message: describeGap(g),
      ...(g.kind === 'template' ? { file: templateUri(g.file), startLine: g.line ?? 1 } : {}),
    })),
    ...report.results.flatMap((r) => r.findings.map((f) => ({
      level: LEVEL[r.template.info.severity],
      title: `${r.template.id}${f.matcherName ? `/${f.matcherName}` : ''} on ${oneLine(r.target.id, 80)}`,
      message: `${r.template.info.name} (${r.template.info.severity}) on ${oneLine(r.target.id, 80)}: ${oneLine(f.evidence)}`,
      file: hostPath(r.target),
      startLine: 1,
    }))),
    ...report.results.filter((r) => r.verdict === 'unaudited').map((r: Result) => ({
      level: 'warning' as const,
      title: `${r.template.id} not audited on ${oneLine(r.target.id, 80)}`,
      message: `${r.unaudited!.reason}: ${oneLine(r.unaudited!.detail)}`,
    })),
  ];
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofKind = all.filter((a) => a.level === level);
    // Keep room for the roll-up inside GitHub's 10.
    const shown = ofKind.length > options.perKind ? ofKind.slice(0, options.perKind - 1) : ofKind;
    out.push(...shown);
    if (shown.length < ofKind.length) {
      out.push({ level, title: `${ofKind.length - shown.length} more`, message: `${ofKind.length - shown.length} more ${level} annotations are not shown (GitHub shows ${options.perKind} per kind); see the job summary, the SARIF upload or the JSONL report` });
    }
  }
  return out;
}
