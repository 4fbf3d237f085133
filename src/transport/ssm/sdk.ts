// How every AWS client fleetprobe builds behaves, in one place: retries that end with the run, our own pacing
// and call counts (paginators included, since they sit in the client's middleware), one-line errors.
import { StandardRetryStrategy } from '@smithy/core/retry';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { DeserializeMiddleware, InitializeMiddleware, MiddlewareStack, RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@smithy/types';

// The SDK warns on every run under Node 20 that its 2027 releases will need Node 22. Our users cannot act on
// it (the action runs on node24; the CLI works on 20), so it stays out of their logs unless they chose otherwise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** What every client of a run shares: where AWS is, whose credentials, and when to stop. */
export interface AwsSession {
  /** Explicit endpoint for every service (tests, emulators); otherwise the SDK's resolution (AWS_ENDPOINT_URL_<SERVICE>). */
  endpoint?: string;
  /** Explicit credentials; otherwise the SDK's default chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per call, first try included. Fleet polling meets throttling, so more than the SDK's 3. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 10;
/** A call that got no answer at all (DNS, refused, reset) is tried this often: an endpoint that is not there stays so. */
const CONNECTION_ATTEMPTS = 3;

/** The SDK's standard retries (exponential backoff with jitter), but connection failures give up after a few tries. */
class Retries implements RetryStrategyV2 {
  private readonly inner: StandardRetryStrategy;
  constructor(maxAttempts: number) {
    this.inner = new StandardRetryStrategy(maxAttempts);
  }
  acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return this.inner.acquireInitialRetryToken(scope);
  }
  async refreshRetryTokenForRetry(token: StandardRetryToken, info: RetryErrorInfo): Promise<StandardRetryToken> {
    // Refusing a token ends the retries; the SDK then throws the call's own error.
    if (noAnswer(info.error) && token.getRetryCount() + 1 >= CONNECTION_ATTEMPTS) throw new Error('no retry left for a call that got no answer');
    return this.inner.refreshRetryTokenForRetry(token, info);
  }
  recordSuccess(token: StandardRetryToken): void {
    this.inner.recordSuccess(token);
  }
}

/** Constructor settings every client gets. Each call also carries the run's AbortSignal, which ends its retries. */
export function clientSettings(session: AwsSession, region: string) {
  const maxAttempts = session.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  return {
    region,
    maxAttempts,
    // Standard retries plus our own pacer. The SDK's 'adaptive' mode was measured: no faster under a rate quota, and
    // 14x slower (376 s against 27 s) when one request in five is throttled whatever the rate.
    retryStrategy: new Retries(maxAttempts),
    ...(session.endpoint ? { endpoint: session.endpoint } : {}),
    ...(session.credentials ? { credentials: session.credentials } : {}),
  };
}

export type CallCounts = Record<string, number>;

export interface Watch {
  /** Calls by operation name (`DescribeInstanceInformation`, `S3GetObject`, ...); retries are one call. */
  calls: CallCounts;
  /** Paces the calls (ours per account and region, then the run's global bound). */
  pacers: readonly Pacer[];
  /** Every attempt the service answered with throttling. */
  onThrottle?: () => void;
  /** Prefix for operation names, so S3's GetObject reads `S3GetObject`. */
  prefix?: string;
}

/** Counts, paces and watches for throttling every call the client makes, paginators included. */
export function watch<I extends object, O extends object>(stack: MiddlewareStack<I, O>, w: Watch): void {
  const paced: InitializeMiddleware<I, O> = (next, context) => (args) => {
    const op = `${w.prefix ?? ''}${String(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
    const go = () => {
      w.calls[op] = (w.calls[op] ?? 0) + 1;
      return next(args);
    };
    return w.pacers.reduceRight<() => ReturnType<typeof go>>((inner, pacer) => () => pacer.run(inner), go)();
  };
  stack.add(paced, { step: 'initialize', name: 'fleetprobePacing', priority: 'high' });
  if (!w.onThrottle) return;
  const onThrottle = w.onThrottle;
  // The deserialize step sits inside the SDK's retry loop, so it sees every attempt, retried throttles too.
  const throttles: DeserializeMiddleware<I, O> = (next) => async (args) => {
    try {
      return await next(args);
    } catch (e) {
      if (THROTTLING.has(errorName(e)) || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 429) onThrottle();
      throw e;
    }
  };
  stack.add(throttles, { step: 'deserialize', name: 'fleetprobeThrottles', priority: 'high' });
}

export const THROTTLING = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown', 'RequestThrottled', 'RequestThrottledException']);

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

export function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

/** `Name: message`, first line, bounded: how AWS errors reach reports and the terminal. */
export function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const name = errorName(e);
  const code = (e as { code?: unknown } | undefined)?.code;
  const label = name && name !== 'Error' ? name : typeof code === 'string' ? code : name || 'Error';
  return `${label}: ${text}`.split('\n')[0]!.slice(0, 300);
}

/** The request got no HTTP answer: the name did not resolve, the connection was refused or dropped, or it timed out. */
export function noAnswer(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== undefined) return false;
  const code = (e as { code?: unknown }).code;
  return (typeof code === 'string' && /^(E[A-Z_]+|UND_ERR_\w+|ERR_TLS_\w+|CERT_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_\w+)$/.test(code)) || errorName(e) === 'TimeoutError';
}

/** The run's signal ended the call (interrupt or deadline), as opposed to AWS answering. */
export function aborted(e: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && (errorName(e) === 'AbortError' || e === signal.reason);
}
