// The SSM and S3 calls fleetprobe makes in one account and region, in its own words. One SsmApi per scope: its
// own pacing (SSM's limits are per account and region), its own call counts (the bench and tests read them).
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CancelCommandCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  paginateDescribeInstanceInformation,
  SendCommandCommand,
  SSMClient,
  type DescribeInstanceInformationRequest,
  type SendCommandRequest,
} from '@aws-sdk/client-ssm';
import { clientSettings, errorName, Pacer, watch, type AwsSession, type Watch } from './sdk.js';

export { errorName } from './sdk.js';

export interface ClientConfig extends AwsSession {
  region: string;
  /** Most calls in flight at once in this scope; halved when the service throttles, grown back slowly. */
  maxInFlight?: number;
  /** The run's bound on calls in flight across all scopes. */
  global?: Pacer;
}

export interface InstanceInfo {
  id: string;
  pingStatus: string;
  platformType: string;
  name?: string;
  platform?: string;
}

export interface Invocation {
  instanceId: string;
  status: string;
  statusDetails: string;
  /** Plugin output as ListCommandInvocations gives it (stdout, then stderr after a separator; at most 2,500 characters). */
  output: string;
  responseCode: number | undefined;
  name?: string;
}

export interface FullInvocation {
  status: string;
  statusDetails: string;
  stdout: string;
  stderr: string;
}

export type Operation =
  | 'DescribeInstanceInformation'
  | 'SendCommand'
  | 'ListCommandInvocations'
  | 'GetCommandInvocation'
  | 'ListCommands'
  | 'CancelCommand'
  | 'S3GetObject';

export const OPERATIONS: readonly Operation[] = ['DescribeInstanceInformation', 'SendCommand', 'ListCommandInvocations', 'GetCommandInvocation', 'ListCommands', 'CancelCommand', 'S3GetObject'];

/** What the rest of the SSM transport needs from AWS, in its own words. */
export interface SsmApi {
  /** Every page of DescribeInstanceInformation for the filter. */
  describeInstances(filter: { key: string; values: string[] }): Promise<InstanceInfo[]>;
  /** The managed instances, at most `pages` pages of 50; `complete` when the listing ended within them. */
  listInstances(pages: number): Promise<{ instances: InstanceInfo[]; complete: boolean }>;
  sendCommand(input: SendCommandRequest): Promise<string>;
  listInvocations(commandId: string, nextToken?: string): Promise<{ invocations: Invocation[]; nextToken?: string }>;
  /** undefined while the service does not know the invocation yet (InvocationDoesNotExist, eventual consistency). */
  getInvocation(commandId: string, instanceId: string): Promise<FullInvocation | undefined>;
  commandStatus(commandId: string): Promise<{ status: string; targetCount: number } | undefined>;
  cancelCommand(commandId: string): Promise<void>;
  /**
   * At most `maxBytes` of an object (a ranged GET, read as a stream and stopped there) and the object's whole size;
   * undefined when it does not exist (the agent writes no object for empty output).
   */
  getS3Object(bucket: string, key: string, maxBytes: number): Promise<{ bytes: Buffer; size: number } | undefined>;
  readonly calls: Record<Operation, number>;
  /** Attempts the service answered with throttling (retries included). */
  throttledAttempts(): number;
  /**
   * Ends the reads in flight and their retries (the run was interrupted or its deadline passed). Sending and
   * cancelling are never cut off half-way: a command sent must be known, so that it can be cancelled.
   */
  signal: AbortSignal | undefined;
}

const DEFAULT_IN_FLIGHT = 8;
/** SendCommand and CancelCommand run to their end even after an interrupt, but not forever. */
const WRITE_TIMEOUT_MS = 30_000;

export function createSsmApi(config: ClientConfig): SsmApi {
  const settings = clientSettings(config, config.region);
  const ssm = new SSMClient(settings);
  // Built on first use: most runs never read S3, and a run over hundreds of scopes pays for every client it builds.
  let s3: S3Client | undefined;
  const s3Client = (): S3Client => {
    if (s3) return s3;
    // An endpoint override means an S3-compatible server addressed by host, where bucket subdomains do not resolve.
    const s3Override = config.endpoint ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    // The output bucket may live in another region than the instances (one bucket for a whole organisation).
    s3 = new S3Client({ ...settings, followRegionRedirects: true, ...(s3Override ? { forcePathStyle: true } : {}) });
    watch(s3.middlewareStack, { ...w, prefix: 'S3' });
    return s3;
  };
  const calls = Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<Operation, number>;
  const pacer = new Pacer(config.maxInFlight ?? DEFAULT_IN_FLIGHT);
  let throttledAttempts = 0;
  const w: Watch = {
    calls,
    pacers: config.global ? [pacer, config.global] : [pacer],
    onThrottle: () => {
      throttledAttempts++;
      pacer.throttled();
    },
  };
  watch(ssm.middlewareStack, w);

  const api: SsmApi = {
    calls,
    signal: undefined,
    throttledAttempts: () => throttledAttempts,
    async describeInstances(filter) {
      return (await describe({ Filters: [{ Key: filter.key, Values: filter.values }] }, Infinity)).instances;
    },
    listInstances(pages) {
      return describe({}, pages);
    },
    async sendCommand(input) {
      const out = await ssm.send(new SendCommandCommand(input), write());
      const id = out.Command?.CommandId;
      if (!id) throw new Error('SendCommand returned no command id');
      return id;
    },
    async listInvocations(commandId, nextToken) {
      const out = await ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true, MaxResults: 50, ...(nextToken ? { NextToken: nextToken } : {}) }), read());
      const invocations = (out.CommandInvocations ?? []).flatMap((i): Invocation[] => {
        if (!i.InstanceId) return [];
        const plugin = i.CommandPlugins?.[0];
        return [
          {
            instanceId: i.InstanceId,
            status: i.Status ?? 'Pending',
            statusDetails: i.StatusDetails ?? '',
            output: plugin?.Output ?? '',
            responseCode: plugin?.ResponseCode,
            ...(i.InstanceName ? { name: i.InstanceName } : {}),
          },
        ];
      });
      return { invocations, ...(out.NextToken ? { nextToken: out.NextToken } : {}) };
    },
    async getInvocation(commandId, instanceId) {
      try {
        const out = await ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }), read());
        return { status: out.Status ?? 'Pending', statusDetails: out.StatusDetails ?? '', stdout: out.StandardOutputContent ?? '', stderr: out.StandardErrorContent ?? '' };
      } catch (e) {
        if (errorName(e) === 'InvocationDoesNotExist') return undefined;
        throw e;
      }
    },
    async commandStatus(commandId) {
      const out = await ssm.send(new ListCommandsCommand({ CommandId: commandId }), read());
      const c = out.Commands?.[0];
      return c ? { status: c.Status ?? 'Pending', targetCount: c.TargetCount ?? 0 } : undefined;
    },
    async cancelCommand(commandId) {
      await ssm.send(new CancelCommandCommand({ CommandId: commandId }), write());
    },
    async getS3Object(bucket, key, maxBytes) {
      try {
        const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${maxBytes - 1}` }), read());
        const bytes = await readAtMost(out.Body as AsyncIterable<Uint8Array> | undefined, maxBytes);
        // "bytes 0-N/TOTAL" on a ranged answer; a server that ignores Range sends the whole object (ContentLength).
        const total = /\/(\d+)$/.exec(out.ContentRange ?? '')?.[1];
        return { bytes, size: total !== undefined ? Number(total) : Math.max(out.ContentLength ?? 0, bytes.length) };
      } catch (e) {
        if (errorName(e) === 'NoSuchKey') return undefined;
        // A range cannot be satisfied by an empty object.
        if (errorName(e) === 'InvalidRange') return { bytes: Buffer.alloc(0), size: 0 };
        throw e;
      }
    },
  };
  const read = () => (api.signal ? { abortSignal: api.signal } : {});
  const describe = async (input: DescribeInstanceInformationRequest, maxPages: number) => {
    const instances: InstanceInfo[] = [];
    let pages = 0;
    for await (const out of paginateDescribeInstanceInformation({ client: ssm, pageSize: 50, stopOnSameToken: true }, input, read())) {
      for (const i of out.InstanceInformationList ?? []) {
        if (!i.InstanceId) continue;
        instances.push({
          id: i.InstanceId,
          pingStatus: i.PingStatus ?? 'Unknown',
          platformType: i.PlatformType ?? 'Unknown',
          ...(i.ComputerName || i.Name ? { name: (i.ComputerName || i.Name)! } : {}),
          ...(i.PlatformName ? { platform: `${i.PlatformName}${i.PlatformVersion ? ` ${i.PlatformVersion}` : ''}` } : {}),
        });
      }
      if (++pages >= maxPages && out.NextToken) return { instances, complete: false };
    }
    return { instances, complete: true };
  };
  const write = () => ({ abortSignal: AbortSignal.timeout(WRITE_TIMEOUT_MS) });
  return api;
}

/** The first `max` bytes of a response body; the rest is never read (the stream is closed). */
async function readAtMost(body: AsyncIterable<Uint8Array> | undefined, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (body === undefined) return Buffer.alloc(0);
  for await (const chunk of body) {
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.length, max - size)));
    size += chunk.length;
    // Leaving the loop early closes the stream.
    if (size >= max) break;
  }
  return Buffer.concat(chunks);
}
