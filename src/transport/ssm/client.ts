// The only module that sees the AWS SDK: the calls fleetprobe makes, their retry policy and pacing,
// and a count of calls per operation (the bench and tests read it; it is also cheap evidence in logs).
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient,
  type SendCommandRequest,
} from '@aws-sdk/client-ssm';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { DeserializeMiddleware, MiddlewareStack } from '@smithy/types';

export interface ClientConfig {
  region: string;
  /** Explicit endpoint (tests, emulators); otherwise the SDK's own resolution, which honours AWS_ENDPOINT_URL_SSM / _S3. */
  endpoint?: string;
  credentials?: AwsCredentialIdentity;
  /** Attempts per call, first try included. Fleet polling meets throttling, so more than the SDK's 3. */
  maxAttempts?: number;
  /** Most calls in flight at once; the pacer halves its limit when the service throttles and grows it back slowly. */
  maxInFlight?: number;
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

/** What the rest of the SSM transport needs from AWS, in its own words. */
export interface SsmApi {
  describeInstances(filter: { key: string; values: string[] }): Promise<InstanceInfo[]>;
  sendCommand(input: SendCommandRequest): Promise<string>;
  listInvocations(commandId: string, nextToken?: string): Promise<{ invocations: Invocation[]; nextToken?: string }>;
  /** undefined while the service does not know the invocation yet (InvocationDoesNotExist, eventual consistency). */
  getInvocation(commandId: string, instanceId: string): Promise<FullInvocation | undefined>;
  commandStatus(commandId: string): Promise<{ status: string; targetCount: number } | undefined>;
  cancelCommand(commandId: string): Promise<void>;
  /** undefined when the object does not exist (the agent writes no stderr object for empty stderr). */
  getS3Text(bucket: string, key: string): Promise<string | undefined>;
  readonly calls: Record<Operation, number>;
  /** Attempts the service answered with throttling (retries included). */
  throttledAttempts(): number;
}

const DEFAULT_MAX_ATTEMPTS = 10;
const DEFAULT_IN_FLIGHT = 8;

export function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

export function createSsmApi(config: ClientConfig): SsmApi {
  const common = {
    region: config.region,
    maxAttempts: config.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    // Standard retries (exponential backoff with jitter, 500 ms base for throttling) plus our own pacer below.
    // The SDK's 'adaptive' mode was measured: no faster under a rate quota, and 14x slower (376 s against 27 s)
    // when one request in five is throttled whatever the rate, its client-side rate having fallen to 0.5/s.
    retryMode: 'standard' as const,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  };
  const ssm = new SSMClient(common);
  // An endpoint override means an S3-compatible server addressed by host, where bucket subdomains do not resolve.
  const s3Override = config.endpoint ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  const s3 = new S3Client({ ...common, ...(s3Override ? { forcePathStyle: true } : {}) });
  const calls: Record<Operation, number> = {
    DescribeInstanceInformation: 0,
    SendCommand: 0,
    ListCommandInvocations: 0,
    GetCommandInvocation: 0,
    ListCommands: 0,
    CancelCommand: 0,
    S3GetObject: 0,
  };
  const pacer = new Pacer(config.maxInFlight ?? DEFAULT_IN_FLIGHT);
  let throttledAttempts = 0;
  const onThrottle = () => {
    throttledAttempts++;
    pacer.throttled();
  };
  watchThrottles(ssm.middlewareStack, onThrottle);
  watchThrottles(s3.middlewareStack, onThrottle);
  const call = <T>(op: Operation, fn: () => Promise<T>): Promise<T> =>
    pacer.run(() => {
      calls[op]++;
      return fn();
    });

  return {
    calls,
    throttledAttempts: () => throttledAttempts,
    async describeInstances(filter) {
      const found: InstanceInfo[] = [];
      let token: string | undefined;
      // Bounded: each page holds up to 50 and the service ends the listing; 10,000 pages is far past any fleet.
      for (let page = 0; page < 10_000; page++) {
        const out = await call('DescribeInstanceInformation', () =>
          ssm.send(new DescribeInstanceInformationCommand({ Filters: [{ Key: filter.key, Values: filter.values }], MaxResults: 50, NextToken: token })),
        );
        for (const i of out.InstanceInformationList ?? []) {
          if (!i.InstanceId) continue;
          found.push({
            id: i.InstanceId,
            pingStatus: i.PingStatus ?? 'Unknown',
            platformType: i.PlatformType ?? 'Unknown',
            ...(i.ComputerName || i.Name ? { name: (i.ComputerName || i.Name)! } : {}),
            ...(i.PlatformName ? { platform: `${i.PlatformName}${i.PlatformVersion ? ` ${i.PlatformVersion}` : ''}` } : {}),
          });
        }
        token = out.NextToken;
        if (!token) break;
      }
      return found;
    },
    async sendCommand(input) {
      const out = await call('SendCommand', () => ssm.send(new SendCommandCommand(input)));
      const id = out.Command?.CommandId;
      if (!id) throw new Error('SendCommand returned no command id');
      return id;
    },
    async listInvocations(commandId, nextToken) {
      const out = await call('ListCommandInvocations', () =>
        ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true, MaxResults: 50, ...(nextToken ? { NextToken: nextToken } : {}) })),
      );
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
        const out = await call('GetCommandInvocation', () => ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId })));
        return { status: out.Status ?? 'Pending', statusDetails: out.StatusDetails ?? '', stdout: out.StandardOutputContent ?? '', stderr: out.StandardErrorContent ?? '' };
      } catch (e) {
        if (errorName(e) === 'InvocationDoesNotExist') return undefined;
        throw e;
      }
    },
    async commandStatus(commandId) {
      const out = await call('ListCommands', () => ssm.send(new ListCommandsCommand({ CommandId: commandId })));
      const c = out.Commands?.[0];
      return c ? { status: c.Status ?? 'Pending', targetCount: c.TargetCount ?? 0 } : undefined;
    },
    async cancelCommand(commandId) {
      await call('CancelCommand', () => ssm.send(new CancelCommandCommand({ CommandId: commandId })));
    },
    async getS3Text(bucket, key) {
      try {
        const out = await call('S3GetObject', () => s3.send(new GetObjectCommand({ Bucket: bucket, Key: key })));
        return (await out.Body?.transformToString('utf8')) ?? '';
      } catch (e) {
        if (errorName(e) === 'NoSuchKey') return undefined;
        throw e;
      }
    },
  };
}

/** Sees every attempt (the deserialize step sits inside the SDK's retry loop), so retried throttles count too. */
function watchThrottles<I extends object, O extends object>(stack: MiddlewareStack<I, O>, onThrottle: () => void): void {
  const middleware: DeserializeMiddleware<I, O> = (next) => async (args) => {
    try {
      return await next(args);
    } catch (e) {
      if (THROTTLING.has(errorName(e)) || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 429) onThrottle();
      throw e;
    }
  };
  stack.add(middleware, { step: 'deserialize', name: 'fleetprobePacer', priority: 'high' });
}

const THROTTLING = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown', 'RequestThrottled', 'RequestThrottledException']);

/**
 * Our own pacing: at most `limit` calls in flight, the rest wait in order. A throttle halves the limit (at most
 * once a second); every `limit` calls that finish without one add one back, up to the configured maximum.
 */
export class Pacer {
  private limit: number;
  private active = 0;
  private streak = 0;
  private lastCut = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly max: number) {
    this.limit = max;
  }

  get current(): number {
    return this.limit;
  }

  throttled(now = Date.now()): void {
    this.streak = 0;
    if (now - this.lastCut < 1000) return;
    this.lastCut = now;
    this.limit = Math.max(1, Math.floor(this.limit / 2));
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    // A waiter is handed its slot by release(), already counted in `active`.
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.active++;
    try {
      const out = await fn();
      if (++this.streak >= this.limit && this.limit < this.max) {
        this.streak = 0;
        this.limit++;
      }
      return out;
    } finally {
      this.active--;
      while (this.active < this.limit && this.queue.length > 0) {
        this.active++;
        this.queue.shift()!();
      }
    }
  }
}
