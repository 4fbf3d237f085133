// Systems Manager Compliance: one PutComplianceItems request per managed instance, one item per template, so
// the audit shows in the Compliance console and AWS Config next to patch and association compliance.
//
// A put with UploadType COMPLETE (the only kind allowed for a Custom: type) replaces every item of that type on
// the instance. So each request carries the instance's full list for this audit's templates, and:
// - a template that gave no verdict on the instance is NON_COMPLIANT with the reason, never COMPLIANT and never
//   left out (leaving it out would delete last run's item and with it the last known state);
// - an instance absent from this run (its scope failed, it left the selection) gets no request at all: its items
//   keep the execution time of the audit that wrote them, which the console shows;
// - two audits with different template sets must use different compliance types, or each replaces the other's items.
import type { AuditReport, Result, Severity } from '../../types.js';
import { isVulnerability } from '../tally.js';
import { oneLine } from '../untrusted.js';

export type ComplianceSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'UNSPECIFIED';

export interface ComplianceItem {
  Id: string;
  Title: string;
  Severity: ComplianceSeverity;
  Status: 'COMPLIANT' | 'NON_COMPLIANT';
  Details: Record<string, string>;
}

/** The PutComplianceItems request for one instance (the SDK's shape, so the edge passes it as is). */
export interface ComplianceRequest {
  ResourceId: string;
  ResourceType: 'ManagedInstance';
  ComplianceType: string;
  ExecutionSummary: { ExecutionTime: Date; ExecutionId: string; ExecutionType: 'Command' };
  Items: ComplianceItem[];
  UploadType: 'COMPLETE';
  /** Where the request must be made: the instance's own account and region. */
  account: string | undefined;
  region: string | undefined;
}

export interface ComplianceOptions {
  /** `Custom:` and a name (SSM: `Custom:[a-zA-Z0-9_-]\w+`, at most 100 characters). */
  complianceType: string;
  /** Names this audit run in each summary (at most 100 characters): the Step Functions execution name. */
  executionId: string;
}

export const COMPLIANCE_TYPE = /^Custom:[a-zA-Z0-9_-]\w+$/;
const MAX_ITEMS = 10_000;
const MAX_DETAIL = 4_096;
// Managed nodes only: an id that is not one (a resource group SendCommand refused) has nothing to attach items to.
const MANAGED_NODE = /^(i-(\w{8}|\w{17})|mi-\w{17})$/;

const SEVERITY: Record<Severity, ComplianceSeverity> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFORMATIONAL', unknown: 'UNSPECIFIED' };

export function complianceRequests(report: AuditReport, options: ComplianceOptions): ComplianceRequest[] {
  if (!COMPLIANCE_TYPE.test(options.complianceType) || options.complianceType.length > 100) {
    throw new Error(`compliance type '${options.complianceType}' is not Custom:<letters, digits, _ or -> of at most 100 characters`);
  }
  if (report.templates.length > MAX_ITEMS) throw new Error(`${report.templates.length} templates: SSM Compliance takes at most ${MAX_ITEMS} items per instance`);
  const byTarget = new Map<string, Result[]>();
  for (const r of report.results) {
    // SSM never knew an instance that is not managed: it has no compliance to record (InvalidResourceId).
    if (!MANAGED_NODE.test(r.target.id) || r.unaudited?.reason === 'not-managed') continue;
    const key = `${r.target.account ?? ''}/${r.target.region ?? ''}/${r.target.id}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), r]);
  }
  const executionTime = new Date(report.startedAt);
  executionTime.setMilliseconds(0); // SSM's yyyy-MM-dd'T'HH:mm:ss'Z'
  return [...byTarget.values()].map((results) => ({
    ResourceId: results[0]!.target.id,
    ResourceType: 'ManagedInstance',
    ComplianceType: options.complianceType,
    ExecutionSummary: { ExecutionTime: executionTime, ExecutionId: options.executionId.slice(0, 100), ExecutionType: 'Command' },
    Items: results.map(item),
    UploadType: 'COMPLETE',
    account: results[0]!.target.account,
    region: results[0]!.target.region,
  }));
}

/**
 * Vulnerable (a finding at low or higher) is NON_COMPLIANT; `info`/`unknown` findings are observations (the one
 * target state of src/report/tally.ts: the verdict is clean) and stay COMPLIANT, with what was observed in the details.
 */
function item(r: Result): ComplianceItem {
  const severity = r.template.info.severity;
  const details: Record<string, string> = { Verdict: r.verdict, Template: r.template.path };
  if (r.commandId) details['CommandId'] = r.commandId;
  let status: ComplianceItem['Status'] = 'COMPLIANT';
  if (r.verdict === 'unaudited') {
    status = 'NON_COMPLIANT';
    details['NotAudited'] = detail(`${r.unaudited!.reason}: ${r.unaudited!.detail}`);
  } else if (r.findings.length > 0) {
    if (r.verdict === 'vulnerable') status = 'NON_COMPLIANT';
    details[isVulnerability(severity) ? 'Matched' : 'Observed'] = detail(r.findings.map((f) => f.matcherName ?? f.extractorName ?? 'match').join(', '));
    // Host output: one line, bounded (the console shows it as text).
    details['Evidence'] = detail(r.findings[0]?.evidence ?? '');
  }
  return { Id: r.template.id.slice(0, 100), Title: r.template.info.name.slice(0, 500), Severity: SEVERITY[severity], Status: status, Details: details };
}

function detail(text: string): string {
  return oneLine(text, MAX_DETAIL);
}
