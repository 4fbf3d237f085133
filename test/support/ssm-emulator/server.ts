// The emulator's wire: SSM's awsJson1_1 protocol (POST /, x-amz-target: AmazonSSM.<Operation>) and enough of
// S3's REST API (path-style GetObject with Range, ListObjectsV2) for the real SDK clients, on 127.0.0.1 only; STS (awsQuery),
// Organizations (awsJson1_1) and Account (restJson1) beside them. Each request goes where its signature says.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Cloud, parseSignature, type CloudSpec, type Signed, type XmlValue } from './cloud.js';
import { ApiError, type EmulatedInstance, type EmulatorOptions, type SsmModel } from './model.js';
import { ResultServices } from './results.js';

export interface Emulator {
  /** http://127.0.0.1:PORT, for every service. */
  endpoint: string;
  /** The SSM model of the single account and region (startEmulator). */
  model: SsmModel;
  /** Where the serverless job's result writes land (results.ts). */
  results: ResultServices;
  /** Bytes of output objects S3 GetObject has answered with (what a reader's memory bound is checked against). */
  s3BytesServed(): number;
  close(): Promise<void>;
}

export interface CloudEmulator {
  endpoint: string;
  cloud: Cloud;
  /** Where the serverless job's result writes land (results.ts). */
  results: ResultServices;
  s3BytesServed(): number;
  close(): Promise<void>;
}

/** The account and key startEmulator's single-account cloud knows (the test credentials). */
export const EMULATED_ACCOUNT = '123456789012';
export const EMULATED_CALLER = { accessKeyId: 'AKIDEMULATOR', arn: `arn:aws:iam::${EMULATED_ACCOUNT}:user/emulator` };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

let requestCounter = 0;

function ssm(model: SsmModel, req: IncomingMessage, res: ServerResponse, body: string): void {
  const target = String(req.headers['x-amz-target'] ?? '');
  const operation = target.replace(/^AmazonSSM\./, '');
  const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `emu-${++requestCounter}` };
  try {
    const out = model.handle(operation, body === '' ? {} : (JSON.parse(body) as Record<string, unknown>));
    res.writeHead(200, headers).end(JSON.stringify(out));
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('InternalServerError', (e as Error).message, 500);
    res.writeHead(err.status, { ...headers, 'x-amzn-errortype': err.code }).end(JSON.stringify({ __type: err.code, message: err.message }));
  }
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function s3(objects: Map<string, Buffer>, served: { bytes: number }, req: IncomingMessage, res: ServerResponse, bucketRegion?: (bucket: string) => string | undefined, signed?: Signed): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [bucket = '', ...rest] = url.pathname.slice(1).split('/').map(decodeURIComponent);
  const key = rest.join('/');
  const error = (status: number, code: string, message: string) =>
    res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xml(message)}</Message></Error>`);
  if (req.method !== 'GET') return void error(405, 'MethodNotAllowed', 'emulator serves GET only');
  // A request signed for another region than the bucket's is redirected, as S3 does; the SDK follows it.
  const home = bucketRegion?.(bucket);
  if (home && signed && home !== signed.region) {
    return void res
      .writeHead(301, { 'content-type': 'application/xml', 'x-amz-bucket-region': home })
      .end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>PermanentRedirect</Code><Message>The bucket is in this region: ${home}.</Message></Error>`);
  }
  if (key === '' && url.searchParams.get('list-type') === '2') {
    const prefix = url.searchParams.get('prefix') ?? '';
    const keys = [...objects.keys()].filter((k) => k.startsWith(`${bucket}/${prefix}`)).map((k) => k.slice(bucket.length + 1));
    const contents = keys.map((k) => `<Contents><Key>${xml(k)}</Key><Size>${objects.get(`${bucket}/${k}`)!.length}</Size></Contents>`).join('');
    return void res
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(`<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${xml(bucket)}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
  }
  const object = objects.get(`${bucket}/${key}`);
  if (object === undefined) return void error(404, 'NoSuchKey', 'The specified key does not exist.');
  // Range: bytes=A-B (the one form the transport sends), answered 206 with Content-Range as S3 does.
  const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
  if (range) {
    const start = Number(range[1]);
    if (start >= object.length) return void error(416, 'InvalidRange', 'The requested range is not satisfiable');
    const end = Math.min(object.length - 1, range[2] === '' ? object.length - 1 : Number(range[2]));
    const slice = object.subarray(start, end + 1);
    served.bytes += slice.length;
    return void res.writeHead(206, { 'content-type': 'application/octet-stream', 'content-length': slice.length, 'content-range': `bytes ${start}-${end}/${object.length}` }).end(slice);
  }
  served.bytes += object.length;
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': object.length }).end(object);
}

function xmlOf(value: XmlValue): string {
  if (typeof value === 'string') return xml(value);
  return Object.entries(value)
    .map(([k, v]) => `<${k}>${xmlOf(v)}</${k}>`)
    .join('');
}

/** STS's awsQuery protocol: form-encoded in, XML out. */
function sts(cloud: Cloud, signed: Signed | undefined, res: ServerResponse, body: string): void {
  const params = new URLSearchParams(body);
  const action = params.get('Action') ?? '';
  const ns = 'https://sts.amazonaws.com/doc/2011-06-15/';
  const requestId = `emu-${++requestCounter}`;
  try {
    const out = cloud.sts(signed, params);
    res.writeHead(200, { 'content-type': 'text/xml' }).end(`<${action}Response xmlns="${ns}"><${action}Result>${xmlOf(out)}</${action}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('InternalFailure', (e as Error).message, 500);
    res.writeHead(err.status, { 'content-type': 'text/xml' }).end(`<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>${err.code}</Code><Message>${xml(err.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`);
  }
}

/** JSON protocols (Organizations' awsJson1_1, Account's restJson1): the error code travels in x-amzn-errortype. */
function json(res: ServerResponse, contentType: string, answer: () => unknown): void {
  const headers = { 'content-type': contentType, 'x-amzn-requestid': `emu-${++requestCounter}` };
  try {
    const out = JSON.stringify(answer());
    res.writeHead(200, headers).end(out);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('InternalServerError', (e as Error).message, 500);
    res.writeHead(err.status, { ...headers, 'x-amzn-errortype': err.code }).end(JSON.stringify({ __type: err.code, message: err.message }));
  }
}

function route(cloud: Cloud, results: ResultServices, served: { bytes: number }, req: IncomingMessage, res: ServerResponse, body: string): void {
  const signed = parseSignature(req.headers.authorization);
  const target = String(req.headers['x-amz-target'] ?? '');
  const input = () => (body === '' ? {} : (JSON.parse(body) as Record<string, unknown>));
  const service = signed?.service ?? (target.startsWith('AmazonSSM.') ? 'ssm' : 's3');
  if (cloud.spec.record) cloud.record(signed, ...iamAction(service, req, target, body, { account: cloud.principal(signed)?.account ?? '', region: signed?.region ?? '' }));
  // The serverless job's result services (S3 writes, Compliance, Security Hub, CloudWatch, SNS): results.ts.
  if (results.serve(req, res, body)) return;
  switch (service) {
    case 'sts':
      return sts(cloud, signed, res, body);
    case 'organizations':
      return json(res, 'application/x-amz-json-1.1', () => cloud.organizations(signed, target.replace(/^AWSOrganizationsV20161128\./, ''), input()));
    case 'account':
      return json(res, 'application/json', () => {
        if (req.url !== '/listRegions') throw new ApiError('UnknownOperationException', `emulator does not implement ${req.url}`, 404);
        return cloud.listRegions(signed, input());
      });
    case 's3':
      return s3(new Map([...cloud.s3Objects(), ...[...results.objects].map(([k, v]) => [k, Buffer.from(v)] as const)]), served, req, res, (bucket) => cloud.spec.buckets?.[bucket], signed);
    default: {
      let model: SsmModel | 'drop';
      try {
        model = cloud.ssmFor(signed);
      } catch (e) {
        return json(res, 'application/x-amz-json-1.1', () => {
          throw e;
        });
      }
      // An endpoint that does not answer: the connection closes without a response.
      if (model === 'drop') return void req.socket.destroy();
      return ssm(model, req, res, body);
    }
  }
}

/** The IAM action a request asks for, the resource IAM authorizes it on when it has one, and the condition keys it carries. */
function iamAction(service: string, req: IncomingMessage, target: string, body: string, caller: { account: string; region: string }): [string, string?, Record<string, string>?] {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const { account, region } = caller;
  // A body the service would refuse authorizes nothing in particular (the service's answer is the refusal).
  const json = (): Record<string, unknown> => {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  switch (service) {
    case 'sts': {
      const params = new URLSearchParams(body);
      return params.get('Action') === 'AssumeRole' ? ['sts:AssumeRole', params.get('RoleArn') ?? ''] : [`sts:${params.get('Action') ?? ''}`];
    }
    case 'account':
      return [`account:${req.url === '/listRegions' ? 'ListRegions' : req.url ?? ''}`];
    case 's3': {
      const [bucket = '', ...key] = url.pathname.slice(1).split('/').map(decodeURIComponent);
      if (key.join('') === '') return ['s3:ListBucket', `arn:aws:s3:::${bucket}`, { 's3:prefix': url.searchParams.get('prefix') ?? '' }];
      return [req.method === 'PUT' ? 's3:PutObject' : 's3:GetObject', `arn:aws:s3:::${bucket}/${key.join('/')}`];
    }
    case 'monitoring':
      return [`cloudwatch:${target.split('.')[1] ?? ''}`, undefined, { 'cloudwatch:namespace': String(json()['Namespace'] ?? '') }];
    case 'securityhub': {
      // Imports are authorized on the product the findings name; reads on the account's hub.
      if (url.pathname === '/findings/import') return ['securityhub:BatchImportFindings', String((json()['Findings'] as { ProductArn?: string }[] | undefined)?.[0]?.ProductArn ?? '')];
      return [url.pathname === '/findings' ? 'securityhub:GetFindings' : `securityhub:${url.pathname}`, `arn:aws:securityhub:${region}:${account}:hub/default`];
    }
    case 'sns': {
      const params = new URLSearchParams(body);
      return [`sns:${params.get('Action') ?? ''}`, params.get('TopicArn') ?? undefined];
    }
    default: {
      const operation = target.replace(/^[^.]*\./, '');
      if (operation !== 'PutComplianceItems') return [`${service}:${operation}`];
      // Compliance is written on the instance itself: an EC2 instance, or a hybrid managed node (mi-).
      const id = String(json()['ResourceId'] ?? '');
      return ['ssm:PutComplianceItems', id.startsWith('mi-') ? `arn:aws:ssm:${region}:${account}:managed-instance/${id}` : `arn:aws:ec2:${region}:${account}:instance/${id}`];
    }
  }
}

/** Serves an emulated cloud of accounts and regions (see cloud.ts). */
export async function startCloud(spec: Omit<CloudSpec, 'options'> & { options?: Partial<EmulatorOptions> }): Promise<CloudEmulator> {
  const workDir = spec.options?.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-emu-')));
  const cloud = new Cloud({ ...spec, options: { ...spec.options, workDir } });
  const results = new ResultServices((accessKeyId) => cloud.principal({ accessKeyId, region: '', service: '' })?.account);
  const served = { bytes: 0 };
  const server = createServer((req, res) => {
    // Counters for a bench driving the emulator from another process.
    if (req.url === '/__emulator/stats') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats(cloud)));
    void readBody(req).then((body) => route(cloud, results, served, req, res, body));
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    cloud,
    results,
    s3BytesServed: () => served.bytes,
    async close() {
      await cloud.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!spec.options?.workDir) await rm(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

/** One account, one region (options.region, default us-east-1), the caller's own credentials: the single-scope run. */
export async function startEmulator(instances: readonly EmulatedInstance[], options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const region = options.region ?? 'us-east-1';
  const emu = await startCloud({ caller: EMULATED_CALLER, accounts: { [EMULATED_ACCOUNT]: { regions: { [region]: instances } } }, options });
  return { endpoint: emu.endpoint, model: emu.cloud.model(EMULATED_ACCOUNT, region), results: emu.results, s3BytesServed: () => emu.s3BytesServed(), close: () => emu.close() };
}

/** Requests and throttles summed over every SSM model, and the other services' requests. */
function stats(cloud: Cloud): { requests: Record<string, number>; throttled: Record<string, number> } {
  const requests: Record<string, number> = { ...cloud.requests };
  const throttled: Record<string, number> = {};
  for (const m of cloud.models.values()) {
    for (const [op, n] of Object.entries(m.requests)) requests[op] = (requests[op] ?? 0) + n;
    for (const [op, n] of Object.entries(m.throttled)) throttled[op] = (throttled[op] ?? 0) + n;
  }
  return { requests, throttled };
}

export type { EmulatedInstance, EmulatorOptions } from './model.js';
export type { HostProfile } from './host.js';
export type { CloudAccount, CloudSpec } from './cloud.js';
