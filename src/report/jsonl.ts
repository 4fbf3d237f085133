// nuclei-compatible JSONL: one object per finding, with nuclei's field names and order, so existing
// nuclei tooling reads it. With matcherStatus (nuclei -ms) clean and unaudited targets get a line too,
// and so do the unaudited ones of an interrupted run.
import type { AuditReport, Finding, Result, TemplateInfo } from '../types.js';

export interface JsonlOptions {
  matcherStatus: boolean;
}

export function toJsonl(report: AuditReport, options: JsonlOptions): string {
  const lines: string[] = [];
  for (const result of report.results) {
    // Observations (info findings on a clean result) are findings too, as nuclei writes them.
    if (result.findings.length > 0) {
      for (const finding of result.findings) lines.push(JSON.stringify(event(result, finding)));
    } else if (options.matcherStatus || (report.interrupted && result.verdict === 'unaudited')) {
      // An interrupted run's file must not read as complete: the hosts it did not finish get their error line even without -ms.
      lines.push(JSON.stringify(event(result, undefined)));
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function event(result: Result, finding: Finding | undefined): Record<string, unknown> {
  const host = result.target.id;
  return {
    'template-id': result.template.id,
    'template-path': result.template.path,
    info: info(result.template.info),
    ...(finding?.matcherName ? { 'matcher-name': finding.matcherName } : {}),
    ...(finding?.extractorName ? { 'extractor-name': finding.extractorName } : {}),
    type: 'code',
    host,
    'matched-at': host,
    ...(finding && finding.extracted.length > 0 ? { 'extracted-results': finding.extracted } : {}),
    meta: {
      transport: result.target.transport,
      ...(result.target.account ? { account: result.target.account } : {}),
      ...(result.target.region ? { region: result.target.region } : {}),
      ...(result.target.name ? { name: result.target.name } : {}),
      ...(result.commandId ? { 'command-id': result.commandId } : {}),
      verdict: result.verdict,
      ...(finding ? { block: finding.block, evidence: finding.evidence } : {}),
    },
    timestamp: result.timestamp,
    'matcher-status': finding !== undefined,
    ...(result.unaudited ? { error: `not audited: ${result.unaudited.reason}: ${result.unaudited.detail}` } : {}),
  };
}

// nuclei's info field order.
function info(i: TemplateInfo): Record<string, unknown> {
  return {
    name: i.name,
    author: i.author,
    tags: i.tags,
    ...(i.description ? { description: i.description } : {}),
    ...(i.impact ? { impact: i.impact } : {}),
    ...(i.reference.length > 0 ? { reference: i.reference } : {}),
    severity: i.severity,
    ...(i.metadata ? { metadata: i.metadata } : {}),
    ...(i.classification ? { classification: i.classification } : {}),
    ...(i.remediation ? { remediation: i.remediation } : {}),
  };
}
