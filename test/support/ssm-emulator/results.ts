// The services the serverless job writes its results to, emulated beside SSM on the same port: S3 PutObject,
// SSM Compliance (PutComplianceItems, ListComplianceItems), Security Hub (BatchImportFindings, GetFindings),
// CloudWatch PutMetricData and SNS Publish. Each request is routed by the service and region in its SigV4
// credential scope, and kept under the caller's account, so tests can check that every write landed where AWS
// requires it (Compliance and Security Hub in the instance's own account and region). Limits and validations are
// the documented ones, so a writer that breaks them fails here as it would on AWS.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseSignature } from './cloud.js';

export interface ComplianceRecord {
  account: string;
  region: string;
  resourceId: string;
  type: string;
  executionTime: number;
  executionId: string;
  items: { Id: string; Title?: string; Severity: string; Status: string; Details?: Record<string, string> }[];
}

export interface StoredFinding {
  account: string;
  region: string;
  finding: Record<string, unknown> & { Id: string; RecordState?: string; Workflow?: { Status: string } };
}

export interface MetricRecord {
  account: string;
  region: string;
  namespace: string;
  name: string;
  value: number;
  dimensions: { Name: string; Value: string }[];
}

export interface Message {
  account: string;
  region: string;
  topic: string;
  subject?: string;
  message: string;
}

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const COMPLIANCE_TYPE = /^([A-Za-z0-9_-]\w+|Custom:[a-zA-Z0-9_-]\w+)$/;
const ITEM_SEVERITY = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNSPECIFIED'];
const ASFF_REQUIRED = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'CreatedAt', 'UpdatedAt', 'Title', 'Description', 'Resources'];

export class ResultServices {
  /** By `account/region/resource/type`: a COMPLETE put replaces the record. */
  readonly compliance = new Map<string, ComplianceRecord>();
  readonly findings = new Map<string, StoredFinding>();
  readonly metrics: MetricRecord[] = [];
  readonly messages: Message[] = [];
  readonly calls: Record<string, number> = {};

  /** Objects written with PutObject (bucket/key → text); S3 reads see them beside the agents' output. */
  readonly objects = new Map<string, string>();

  constructor(
    /** The account a request's access key belongs to; undefined for a key the emulator never issued. */
    private readonly accountOf: (accessKeyId: string) => string | undefined,
  ) {}

  /** Answers the request if it is one of these services; false leaves it to SSM and S3 reads. */
  serve(req: IncomingMessage, res: ServerResponse, body: string): boolean {
    const signed = parseSignature(req.headers.authorization);
    if (!signed) return false;
    const { accessKeyId: key, region, service } = signed;
    const operation = operationOf(service, req, body);
    if (operation === undefined) return false;
    const account = this.accountOf(key);
    if (account === undefined) {
      res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnrecognizedClientException' }).end(JSON.stringify({ __type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }));
      return true;
    }
    this.calls[operation] = (this.calls[operation] ?? 0) + 1;
    try {
      switch (operation) {
        case 'PutComplianceItems':
          return json(res, service, this.putCompliance(account, region, JSON.parse(body)));
        case 'ListComplianceItems':
          return json(res, service, this.listCompliance(account, region, JSON.parse(body)));
        case 'PutMetricData':
          return json(res, service, this.putMetrics(account, region, JSON.parse(body)));
        case 'BatchImportFindings':
          return json(res, service, this.importFindings(account, region, JSON.parse(body)));
        case 'GetFindings':
          return json(res, service, this.getFindings(account, region, JSON.parse(body)));
        case 'Publish':
          return xml(res, 'Publish', `<MessageId>${this.publish(account, region, new URLSearchParams(body))}</MessageId>`);
        case 'PutObject':
          this.putObject(req, body);
          return void res.writeHead(200, { etag: `"${randomUUID()}"` }).end(), true;
        default:
          throw new Refusal('UnknownOperationException', `emulator does not implement ${service} ${operation}`);
      }
    } catch (e) {
      const err = e instanceof Refusal ? e : new Refusal('InternalFailure', (e as Error).message, 500);
      if (service === 'sns' || service === 's3') {
        res.writeHead(err.status, { 'content-type': 'text/xml' }).end(`<ErrorResponse><Error><Type>Sender</Type><Code>${err.code}</Code><Message>${escape(err.message)}</Message></Error></ErrorResponse>`);
      } else {
        res.writeHead(err.status, { 'content-type': 'application/json', 'x-amzn-errortype': err.code }).end(JSON.stringify({ __type: err.code, message: err.message }));
      }
      return true;
    }
  }

  private putCompliance(account: string, region: string, input: Record<string, unknown>): unknown {
    const type = String(input['ComplianceType'] ?? '');
    if (input['ResourceType'] !== 'ManagedInstance') throw new Refusal('InvalidResourceType', 'ResourceType must be ManagedInstance');
    if (!COMPLIANCE_TYPE.test(type) || type.length > 100) throw new Refusal('ValidationException', `ComplianceType '${type}' does not match the pattern`);
    const items = (input['Items'] as ComplianceRecord['items'] | undefined) ?? [];
    if (items.length > 10_000) throw new Refusal('ValidationException', 'Items has more than 10000 entries');
    for (const item of items) {
      if (!ITEM_SEVERITY.includes(item.Severity) || !['COMPLIANT', 'NON_COMPLIANT'].includes(item.Status)) throw new Refusal('InvalidItemContentException', `item ${item.Id}: bad Severity or Status`);
      if ((item.Title ?? '').length > 500) throw new Refusal('ItemSizeLimitExceededException', `item ${item.Id}: Title over 500 characters`);
      for (const [k, v] of Object.entries(item.Details ?? {})) if (k.length < 1 || k.length > 64 || v.length > 4096) throw new Refusal('ItemSizeLimitExceededException', `item ${item.Id}: detail ${k} too long`);
    }
    if ((input['UploadType'] ?? 'COMPLETE') !== 'COMPLETE') throw new Refusal('ValidationException', 'PARTIAL is only for association compliance');
    const summary = input['ExecutionSummary'] as { ExecutionTime?: number; ExecutionId?: string } | undefined;
    if (summary?.ExecutionTime === undefined) throw new Refusal('ValidationException', 'ExecutionSummary.ExecutionTime is required');
    const resourceId = String(input['ResourceId'] ?? '');
    const types = new Set([...this.compliance.values()].filter((c) => c.account === account && c.region === region && c.resourceId === resourceId && c.type.startsWith('Custom:')).map((c) => c.type));
    if (type.startsWith('Custom:') && !types.has(type) && types.size >= 10) throw new Refusal('ComplianceTypeCountLimitExceededException', 'at most 10 custom compliance types per resource');
    // COMPLETE: the new list replaces every item of this type on the resource.
    this.compliance.set(`${account}/${region}/${resourceId}/${type}`, { account, region, resourceId, type, executionTime: summary.ExecutionTime, executionId: summary.ExecutionId ?? '', items });
    return {};
  }

  private listCompliance(account: string, region: string, input: Record<string, unknown>): unknown {
    const ids = (input['ResourceIds'] as string[] | undefined) ?? [];
    const records = [...this.compliance.values()].filter((c) => c.account === account && c.region === region && (ids.length === 0 || ids.includes(c.resourceId)));
    return {
      ComplianceItems: records.flatMap((c) =>
        c.items.map((i) => ({ ComplianceType: c.type, ResourceType: 'ManagedInstance', ResourceId: c.resourceId, Id: i.Id, Title: i.Title, Status: i.Status, Severity: i.Severity, ExecutionSummary: { ExecutionTime: c.executionTime, ExecutionId: c.executionId }, Details: i.Details })),
      ),
    };
  }

  private putMetrics(account: string, region: string, input: Record<string, unknown>): unknown {
    const data = (input['MetricData'] as { MetricName: string; Value: number; Dimensions?: MetricRecord['dimensions'] }[] | undefined) ?? [];
    if (data.length > 1000) throw new Refusal('InvalidParameterValue', 'MetricData has more than 1000 items');
    const namespace = String(input['Namespace'] ?? '');
    if (namespace === '' || namespace.startsWith('AWS/')) throw new Refusal('InvalidParameterValue', `namespace '${namespace}' is reserved or empty`);
    for (const d of data) {
      if ((d.Dimensions ?? []).length > 30) throw new Refusal('InvalidParameterValue', 'more than 30 dimensions');
      this.metrics.push({ account, region, namespace, name: d.MetricName, value: d.Value, dimensions: d.Dimensions ?? [] });
    }
    return {};
  }

  private importFindings(account: string, region: string, input: Record<string, unknown>): unknown {
    const findings = (input['Findings'] as StoredFinding['finding'][] | undefined) ?? [];
    if (findings.length < 1 || findings.length > 100) throw new Refusal('InvalidInputException', 'Findings must hold 1 to 100 findings');
    const failed: { Id: string; ErrorCode: string; ErrorMessage: string }[] = [];
    for (const f of findings) {
      const missing = ASFF_REQUIRED.find((k) => f[k] === undefined);
      if (missing) failed.push({ Id: f.Id, ErrorCode: 'InvalidInput', ErrorMessage: `missing ${missing}` });
      else if (f['AwsAccountId'] !== account) failed.push({ Id: f.Id, ErrorCode: 'AccessDeniedException', ErrorMessage: `finding for account ${String(f['AwsAccountId'])} imported from ${account}` });
      else if (f['ProductArn'] !== `arn:aws:securityhub:${region}:${account}:product/${account}/default`) failed.push({ Id: f.Id, ErrorCode: 'InvalidInput', ErrorMessage: `ProductArn ${String(f['ProductArn'])} is not this account's default product in ${region}` });
      else if (Buffer.byteLength(JSON.stringify(f)) > 240 * 1024) failed.push({ Id: f.Id, ErrorCode: 'InvalidInput', ErrorMessage: 'finding over 240 KB' });
      else this.storeFinding(account, region, f);
    }
    return { FailedCount: failed.length, SuccessCount: findings.length - failed.length, FailedFindings: failed };
  }

  /** The customer-owned workflow follows Security Hub's documented rules; a provider cannot set it after creation. */
  private storeFinding(account: string, region: string, f: StoredFinding['finding']): void {
    const key = `${account}/${region}/${String(f['ProductArn'])}/${f.Id}`;
    const before = this.findings.get(key)?.finding;
    let workflow = before?.Workflow ?? { Status: 'NEW' };
    const compliance = (x: StoredFinding['finding'] | undefined) => (x?.['Compliance'] as { Status?: string } | undefined)?.Status;
    if (before && ((before.RecordState === 'ARCHIVED' && f.RecordState !== 'ARCHIVED') || (compliance(before) === 'PASSED' && compliance(f) !== 'PASSED'))) workflow = { Status: 'NEW' };
    else if (before && compliance(f) === 'PASSED' && compliance(before) !== 'PASSED') workflow = { Status: 'RESOLVED' };
    const { Workflow: _ignored, ...sent } = f;
    this.findings.set(key, { account, region, finding: { ...sent, RecordState: f.RecordState ?? 'ACTIVE', Workflow: workflow, ProductName: 'Default', CompanyName: 'Personal', Region: region } });
  }

  private getFindings(account: string, region: string, input: Record<string, unknown>): unknown {
    type Filter = { Value: string; Comparison: 'EQUALS' | 'PREFIX' };
    const filters = (input['Filters'] as Record<string, Filter[]> | undefined) ?? {};
    const max = (input['MaxResults'] as number | undefined) ?? 100;
    if (max < 1 || max > 100) throw new Refusal('InvalidInputException', 'MaxResults must be 1 to 100');
    const matches = (f: StoredFinding['finding']) =>
      Object.entries(filters).every(([field, conditions]) => conditions.some((c) => (c.Comparison === 'PREFIX' ? String(f[field] ?? '').startsWith(c.Value) : String(f[field] ?? '') === c.Value)));
    const all = [...this.findings.values()].filter((s) => s.account === account && s.region === region && matches(s.finding)).map((s) => s.finding);
    const start = Number((input['NextToken'] as string | undefined) ?? 0);
    return { Findings: all.slice(start, start + max), ...(start + max < all.length ? { NextToken: String(start + max) } : {}) };
  }

  private publish(account: string, region: string, form: URLSearchParams): string {
    const topic = form.get('TopicArn') ?? '';
    if (!topic.startsWith(`arn:aws:sns:${region}:`)) throw new Refusal('NotFound', `Topic does not exist: ${topic}`, 404);
    const subject = form.get('Subject') ?? undefined;
    if (subject !== undefined && (subject.length >= 100 || /[^\x20-\x7e]/.test(subject))) throw new Refusal('InvalidParameter', 'Invalid parameter: Subject');
    const message = form.get('Message') ?? '';
    if (message === '' || Buffer.byteLength(message) > 256 * 1024) throw new Refusal('InvalidParameter', 'Invalid parameter: Message');
    this.messages.push({ account, region, topic, ...(subject !== undefined ? { subject } : {}), message });
    return randomUUID();
  }

  private putObject(req: IncomingMessage, body: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [bucket = '', ...rest] = url.pathname.slice(1).split('/').map(decodeURIComponent);
    this.objects.set(`${bucket}/${rest.join('/')}`, String(req.headers['content-encoding'] ?? '').includes('aws-chunked') ? unchunk(body) : body);
  }
}

/** The operation of a request these services answer; undefined for any other (SSM Run Command, S3 reads, STS...). */
function operationOf(service: string, req: IncomingMessage, body: string): string | undefined {
  const target = String(req.headers['x-amz-target'] ?? '');
  if (service === 'ssm') return /\.(PutComplianceItems|ListComplianceItems)$/.test(target) ? target.split('.')[1] : undefined;
  if (service === 'monitoring') return target.split('.')[1] ?? '';
  if (service === 'securityhub') return req.url?.startsWith('/findings/import') ? 'BatchImportFindings' : req.url?.startsWith('/findings') ? 'GetFindings' : '';
  if (service === 'sns') return new URLSearchParams(body).get('Action') ?? '';
  if (service === 's3' && req.method === 'PUT') return 'PutObject';
  return undefined;
}

/** aws-chunked: `<hex size>[;chunk-signature=...]\r\n<data>\r\n` ... `0\r\n<trailers>\r\n\r\n`. */
function unchunk(body: string): string {
  const bytes = Buffer.from(body, 'utf8');
  const parts: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const eol = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, eol).toString().split(';')[0]!, 16);
    if (!(size > 0)) break;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts).toString('utf8');
}

function json(res: ServerResponse, service: string, out: unknown): true {
  const type = service === 'monitoring' ? 'application/x-amz-json-1.0' : service === 'ssm' ? 'application/x-amz-json-1.1' : 'application/json';
  res.writeHead(200, { 'content-type': type, 'x-amzn-requestid': randomUUID() }).end(JSON.stringify(out));
  return true;
}

function xml(res: ServerResponse, action: string, result: string): true {
  res
    .writeHead(200, { 'content-type': 'text/xml' })
    .end(`<${action}Response xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`);
  return true;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
