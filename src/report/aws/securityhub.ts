// AWS Security Hub: each finding (host × matched matcher) as an ASFF finding for BatchImportFindings, with the
// same fingerprint SARIF gives code scanning, so a finding keeps one id across runs and is updated in place.
// A finding that was active and whose host was audited again without it is sent once more, RecordState ARCHIVED
// and Compliance PASSED: Security Hub then treats it as resolved (and reopens it, workflow NEW, if it comes back).
// A host not audited this time resolves nothing: no evidence, no change.
import type { AuditReport, Finding, Result, Severity, Target } from '../../types.js';
import { isVulnerability } from '../tally.js';
import { fingerprint } from '../sarif.js';
import { oneLine } from '../untrusted.js';

export type SeverityLabel = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/** The part of ASFF fleetprobe writes (the SDK's AwsSecurityFinding accepts it as is). */
export interface AsffFinding {
  SchemaVersion: '2018-10-08';
  Id: string;
  ProductArn: string;
  GeneratorId: string;
  AwsAccountId: string;
  Types: string[];
  CreatedAt: string;
  UpdatedAt: string;
  FirstObservedAt?: string;
  LastObservedAt?: string;
  Severity: { Label: SeverityLabel; Original: string };
  FindingProviderFields: { Severity: { Label: SeverityLabel; Original: string }; Types: string[] };
  Title: string;
  Description: string;
  Remediation?: { Recommendation: { Text: string; Url?: string } };
  ProductFields: Record<string, string>;
  Resources: { Type: string; Id: string; Partition: string; Region: string }[];
  Compliance: { Status: 'PASSED' | 'WARNING' | 'FAILED' };
  RecordState: 'ACTIVE' | 'ARCHIVED';
}

export interface SecurityHubScope {
  account: string;
  region: string;
  partition?: string;
}

const LABEL: Record<Severity, SeverityLabel> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFORMATIONAL', unknown: 'INFORMATIONAL' };
const TYPE = 'Software and Configuration Checks/Vulnerabilities';
/** ProductFields keys (≤128 characters) fleetprobe reads back to know what an earlier finding was about. */
export const FIELD = { template: 'fleetprobe/TemplateId', host: 'fleetprobe/InstanceId', matcher: 'fleetprobe/Matcher', evidence: 'fleetprobe/Evidence', run: 'fleetprobe/Run' } as const;

export function productArn(scope: SecurityHubScope): string {
  return `arn:${scope.partition ?? 'aws'}:securityhub:${scope.region}:${scope.account}:product/${scope.account}/default`;
}

/** Every template's findings share a generator; the ids are what GetFindings filters earlier findings by. */
export function generatorId(templateId: string): string {
  return `fleetprobe/${templateId}`.slice(0, 512);
}

/** The finding's id: the SARIF fingerprint, under the scope it lives in (≤512 characters). */
export function findingId(r: Pick<Result, 'template' | 'target'>, f: Pick<Finding, 'matcherName' | 'extractorName'>): string {
  return `fleetprobe/${r.target.region ?? 'unknown-region'}/${r.target.id.slice(0, 100)}/${fingerprint(r, f)}`;
}

export interface FindingsInput {
  /** The results of one (account, region) scope: Security Hub takes only findings of the calling account. */
  report: Pick<AuditReport, 'results'>;
  scope: SecurityHubScope;
  /** Findings fleetprobe imported before that are still ACTIVE (GetFindings), to resolve those not seen again. */
  active: readonly AsffFinding[];
  runId: string;
  now: string;
}

/** What to import: this run's findings (new or updated) and the earlier ones now fixed. */
export function securityHubFindings(input: FindingsInput): AsffFinding[] {
  const { scope, now } = input;
  const earlier = new Map(input.active.map((f) => [f.Id, f]));
  const current: AsffFinding[] = [];
  for (const r of input.report.results) {
    if (r.target.account !== scope.account || r.target.region !== scope.region) continue;
    for (const f of r.findings) current.push(finding(r, f, scope, input.runId, now, earlier.get(findingId(r, f))));
  }
  // Judged again (clean, or vulnerable through other matchers) and this finding not among them: fixed.
  const judged = new Set(input.report.results.filter((r) => r.verdict !== 'unaudited').map((r) => `${r.target.id}\u0000${r.template.id}`));
  const seen = new Set(current.map((f) => f.Id));
  const resolved = input.active
    .filter((f) => f.RecordState === 'ACTIVE' && !seen.has(f.Id) && judged.has(`${f.ProductFields[FIELD.host]}\u0000${f.ProductFields[FIELD.template]}`))
    .map((f): AsffFinding => ({ ...pick(f), UpdatedAt: now, Compliance: { Status: 'PASSED' }, RecordState: 'ARCHIVED' }));
  return [...current, ...resolved];
}

function finding(r: Result, f: Finding, scope: SecurityHubScope, runId: string, now: string, before: AsffFinding | undefined): AsffFinding {
  const { info } = r.template;
  const severity = { Label: LABEL[info.severity], Original: info.severity };
  const matcher = f.matcherName ?? f.extractorName;
  const evidence = oneLine(f.evidence, 500);
  const description = `${oneLine(info.description ?? info.name, 400)}${evidence ? ` Evidence from the host: ${evidence}` : ''}`;
  return {
    SchemaVersion: '2018-10-08',
    Id: findingId(r, f),
    ProductArn: productArn(scope),
    GeneratorId: generatorId(r.template.id),
    AwsAccountId: scope.account,
    Types: [TYPE],
    CreatedAt: before?.CreatedAt ?? now,
    UpdatedAt: now,
    FirstObservedAt: before?.FirstObservedAt ?? r.timestamp,
    LastObservedAt: r.timestamp,
    Severity: severity,
    FindingProviderFields: { Severity: severity, Types: [TYPE] },
    Title: oneLine(`${info.name}${matcher ? ` [${matcher}]` : ''} on ${r.target.id}`, 256),
    Description: description.slice(0, 1024),
    ...(info.remediation ? { Remediation: { Recommendation: { Text: oneLine(info.remediation, 512), ...(info.reference[0] ? { Url: info.reference[0].slice(0, 512) } : {}) } } } : {}),
    ProductFields: {
      [FIELD.template]: r.template.id.slice(0, 2048),
      [FIELD.host]: r.target.id.slice(0, 2048),
      ...(matcher ? { [FIELD.matcher]: oneLine(matcher, 2048) } : {}),
      ...(evidence ? { [FIELD.evidence]: evidence } : {}),
      [FIELD.run]: runId.slice(0, 2048),
    },
    Resources: [resource(r.target, scope)],
    // Observations (info, unknown) are not failures of the check: a warning, like the target state's rule.
    Compliance: { Status: isVulnerability(info.severity) ? 'FAILED' : 'WARNING' },
    RecordState: 'ACTIVE',
  };
}

/** EC2 instances by ARN; hybrid nodes (mi-) are SSM managed instances. */
function resource(t: Target, scope: SecurityHubScope): AsffFinding['Resources'][number] {
  const partition = scope.partition ?? 'aws';
  return t.id.startsWith('mi-')
    ? { Type: 'Other', Id: `arn:${partition}:ssm:${scope.region}:${scope.account}:managed-instance/${t.id}`, Partition: partition, Region: scope.region }
    : { Type: 'AwsEc2Instance', Id: `arn:${partition}:ec2:${scope.region}:${scope.account}:instance/${t.id}`, Partition: partition, Region: scope.region };
}

/** What fleetprobe sent, from a finding as GetFindings returns it (which adds fields the provider must not send back). */
function pick(f: AsffFinding): AsffFinding {
  return {
    SchemaVersion: f.SchemaVersion,
    Id: f.Id,
    ProductArn: f.ProductArn,
    GeneratorId: f.GeneratorId,
    AwsAccountId: f.AwsAccountId,
    Types: f.Types,
    CreatedAt: f.CreatedAt,
    UpdatedAt: f.UpdatedAt,
    ...(f.FirstObservedAt ? { FirstObservedAt: f.FirstObservedAt } : {}),
    ...(f.LastObservedAt ? { LastObservedAt: f.LastObservedAt } : {}),
    Severity: f.Severity,
    FindingProviderFields: f.FindingProviderFields,
    Title: f.Title,
    Description: f.Description,
    ...(f.Remediation ? { Remediation: f.Remediation } : {}),
    ProductFields: Object.fromEntries(Object.entries(f.ProductFields).filter(([k]) => k.startsWith('fleetprobe/'))),
    Resources: f.Resources.map(({ Type, Id, Partition, Region }) => ({ Type, Id, Partition, Region })),
    Compliance: { Status: f.Compliance.Status },
    RecordState: f.RecordState,
  };
}

/** BatchImportFindings takes 100 findings and 6 MB per call (every field above is bounded, far below 240 KB a finding). */
export function importBatches(findings: readonly AsffFinding[], maxCount = 100, maxBytes = 6_000_000): AsffFinding[][] {
  const batches: AsffFinding[][] = [];
  let batch: AsffFinding[] = [];
  let bytes = 0;
  for (const f of findings) {
    const size = Buffer.byteLength(JSON.stringify(f));
    if (batch.length === maxCount || bytes + size > maxBytes) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(f);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
