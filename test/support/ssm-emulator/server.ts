// The emulator's wire: SSM's awsJson1_1 protocol (POST /, x-amz-target: AmazonSSM.<Operation>) and enough of
// S3's REST API (path-style GetObject, ListObjectsV2) for the real SDK clients, on 127.0.0.1 only.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApiError, SsmModel, type EmulatedInstance, type EmulatorOptions } from './model.js';

export interface Emulator {
  /** http://127.0.0.1:PORT, for both SSM and S3. */
  endpoint: string;
  model: SsmModel;
  close(): Promise<void>;
}

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

function s3(model: SsmModel, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [bucket = '', ...rest] = url.pathname.slice(1).split('/').map(decodeURIComponent);
  const key = rest.join('/');
  const error = (status: number, code: string, message: string) =>
    res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xml(message)}</Message></Error>`);
  if (req.method !== 'GET') return void error(405, 'MethodNotAllowed', 'emulator serves GET only');
  if (key === '' && url.searchParams.get('list-type') === '2') {
    const prefix = url.searchParams.get('prefix') ?? '';
    const keys = [...model.s3.keys()].filter((k) => k.startsWith(`${bucket}/${prefix}`)).map((k) => k.slice(bucket.length + 1));
    const contents = keys.map((k) => `<Contents><Key>${xml(k)}</Key><Size>${Buffer.byteLength(model.s3.get(`${bucket}/${k}`)!)}</Size></Contents>`).join('');
    return void res
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(`<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${xml(bucket)}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
  }
  const object = model.s3.get(`${bucket}/${key}`);
  if (object === undefined) return void error(404, 'NoSuchKey', 'The specified key does not exist.');
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': Buffer.byteLength(object) }).end(object);
}

export async function startEmulator(instances: readonly EmulatedInstance[], options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const workDir = options.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-emu-')));
  const model = new SsmModel({ ...options, workDir }, instances);
  const server = createServer((req, res) => {
    // Counters for a bench driving the emulator from another process.
    if (req.url === '/__emulator/stats') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ requests: model.requests, throttled: model.throttled }));
    void readBody(req).then((body) => (req.headers['x-amz-target'] ? ssm(model, req, res, body) : s3(model, req, res)));
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    model,
    async close() {
      await model.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.workDir) await rm(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

export type { EmulatedInstance, EmulatorOptions } from './model.js';
export type { HostProfile } from './host.js';
