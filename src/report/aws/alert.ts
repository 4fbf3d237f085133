// The SNS alert sent when the gate fails: a subject SNS accepts (ASCII, one line, under 100 characters) and a
// short plain-text message pointing at the run's reports. Host ids in it are one line and bounded.
import type { AuditReport } from '../../types.js';
import type { Gate } from '../gate.js';
import { describeGap } from '../gaps.js';
import { tally, totalsLine } from '../tally.js';
import { oneLine } from '../untrusted.js';

const LISTED = 20;

export function gateAlert(report: AuditReport, gate: Gate, where: { audit: string; reports: string }): { Subject: string; Message: string } {
  const t = tally(report.results);
  const subject = `fleetprobe ${where.audit}: gate failed (${t.vulnerable.length} vulnerable, ${t.unaudited.length} not audited)`;
  const list = (label: string, ids: string[]) =>
    ids.length === 0 ? [] : [`${label} (${ids.length}): ${ids.slice(0, LISTED).map((id) => oneLine(id, 120)).join(', ')}${ids.length > LISTED ? ', ...' : ''}`];
  const gaps = report.gaps.map(describeGap);
  const message = [
    oneLine(gate.message, 1000),
    totalsLine(report, t),
    '',
    ...list('Vulnerable', t.vulnerable),
    ...list('Not audited', t.unaudited),
    ...gaps.slice(0, LISTED),
    ...(gaps.length > LISTED ? [`... and ${gaps.length - LISTED} more gaps`] : []),
    '',
    `Reports: ${where.reports}`,
    `Run: ${report.startedAt} to ${report.finishedAt}`,
  ].join('\n');
  // Printable ASCII only (SNS refuses control characters and line breaks in a subject).
  return { Subject: subject.replace(/[^\x20-\x7e]/g, '?').slice(0, 99), Message: message };
}
