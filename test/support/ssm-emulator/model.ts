// The state behind the emulated SSM API: instances, commands and their invocations, moving through the
// statuses the user guide describes. Real instances run the received script with `sh` (host.ts); synthetic
// ones replay their profile's one cached real run after their own run time, so a 10,000-host bench measures
// the client and not 10,000 shells. Time-driven states (delivery timeouts, synthetic runs) are computed when read.
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { pluginOutput, standardError, standardOutput } from './agent-output.js';
import { materialize, runScript, type HostProfile, type MaterializedHost, type RunningScript, type ScriptRun } from './host.js';

export type Behaviour =
  /** The host stops responding mid-run (SIGSTOP); the agent's execution timeout ends it. */
  | { kind: 'hang'; afterMs?: number }
  /** The script is killed mid-run (SIGKILL), as by an OOM kill or a crash. */
  | { kind: 'die'; afterMs: number }
  /** The agent picks the command up late. */
  | { kind: 'slow'; delayMs: number }
  /** The agent picks the command up once the test lets it: a run outlasting as many polls as the test needs, on any machine. */
  | { kind: 'held'; until: Promise<void> }
  /** A hostile host: `bytes` of junk reach the agent's stdout (and so S3), after the script's first line or after all of it. */
  | { kind: 'flood'; bytes: number; at: 'start' | 'end' };

export interface EmulatedInstance {
  id: string;
  profile: HostProfile;
  platform?: 'Linux' | 'Windows' | 'MacOS';
  ping?: 'Online' | 'ConnectionLost';
  /** false: not registered with SSM (absent from DescribeInstanceInformation, InvalidInstanceId on send). */
  managed?: boolean;
  /** false: still listed Online by DescribeInstanceInformation, but SendCommand refuses it (terminated since). */
  sendable?: boolean;
  /** The caller's IAM policy excludes it (a tag condition): SendCommand naming it is AccessDenied as a whole. */
  denied?: boolean;
  tags?: Record<string, string>;
  resourceGroups?: string[];
  name?: string;
  behaviour?: Behaviour;
  /** Output replayed from the profile's cached real run; the run takes runMs. */
  synthetic?: { runMs: number };
}

export interface EmulatorOptions {
  workDir: string;
  region?: string;
  /** Invocations stay invisible this long after SendCommand (ListCommandInvocations empty, InvocationDoesNotExist). */
  visibilityDelayMs?: number;
  /** Real milliseconds per second of delivery timeout (SSM's minimum is 30 s; tests shrink it). */
  deliverySecondMs?: number;
  /** Time from send to start for a synthetic invocation. */
  syntheticLatencyMs?: number;
  /** Answer ThrottlingException to this request? `n` counts requests of that operation, from 1. */
  throttle?: (operation: string, n: number) => boolean;
  /** Real `sh` processes at once across all instances (two cores). */
  maxProcesses?: number;
  /** Hosts and replayed runs shared with other models (the scopes of one emulated cloud run the same scripts). */
  replay?: ReplayPool;
}

/** Materialized hosts by profile, and each profile's one real run of a script, replayed for synthetic instances. */
export interface ReplayPool {
  hosts: Map<string, Promise<MaterializedHost>>;
  cache: Map<string, Promise<ScriptRun>>;
  settled: Map<string, ScriptRun>;
}

export function replayPool(): ReplayPool {
  return { hosts: new Map(), cache: new Map(), settled: new Map() };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

type Status = 'Pending' | 'InProgress' | 'Delayed' | 'Success' | 'Cancelled' | 'TimedOut' | 'Failed' | 'Cancelling';
const TERMINAL = new Set<Status>(['Success', 'Cancelled', 'TimedOut', 'Failed']);

interface Invocation {
  instance: EmulatedInstance;
  status: Status;
  details: string;
  responseCode?: number;
  stdout: Buffer;
  stderr: Buffer;
  startedAt?: number;
  endedAt?: number;
  running?: RunningScript;
  /** Why the run ended, decided by whoever ended it (timeout, cancel, death). */
  endedBy?: { status: Status; details: string };
}

interface Command {
  id: string;
  requestedAt: number;
  visibleAt: number;
  expiresAt: number;
  script: string;
  executionTimeoutS: number;
  timeoutSeconds: number;
  maxConcurrency: number;
  maxErrors: number;
  bucket?: string;
  prefix?: string;
  comment: string;
  instanceIds: string[];
  targets: { Key: string; Values: string[] }[];
  invocations: Invocation[];
  queue: Invocation[];
  running: number;
  errors: number;
}

const ID = /^(i-(\w{8}|\w{17})|mi-\w{17})$/;
const CONCURRENCY = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
const ERRORS = /^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$/;

export class SsmModel {
  readonly instances = new Map<string, EmulatedInstance>();
  readonly commands = new Map<string, Command>();
  readonly s3 = new Map<string, Buffer>();
  readonly requests: Record<string, number> = {};
  readonly throttled: Record<string, number> = {};
  private readonly hosts: ReplayPool['hosts'];
  private readonly cache: ReplayPool['cache'];
  private readonly settled: ReplayPool['settled'];
  private processes = 0;
  private closed = false;
  /** Every script started, finished or not: teardown also kills what they left behind. */
  private readonly started: RunningScript[] = [];
  private readonly live = new Set<Promise<unknown>>();
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly options: EmulatorOptions,
    instances: readonly EmulatedInstance[],
  ) {
    for (const i of instances) this.instances.set(i.id, i);
    ({ hosts: this.hosts, cache: this.cache, settled: this.settled } = options.replay ?? replayPool());
  }

  /** One API request: counts it, maybe throttles it, dispatches it. */
  handle(operation: string, input: Record<string, unknown>): unknown {
    const n = (this.requests[operation] = (this.requests[operation] ?? 0) + 1);
    if (this.options.throttle?.(operation, n)) {
      this.throttled[operation] = (this.throttled[operation] ?? 0) + 1;
      throw new ApiError('ThrottlingException', 'Rate exceeded');
    }
    switch (operation) {
      case 'DescribeInstanceInformation':
        return this.describe(input);
      case 'SendCommand':
        return this.send(input);
      case 'ListCommandInvocations':
        return this.listInvocations(input);
      case 'GetCommandInvocation':
        return this.getInvocation(input);
      case 'ListCommands':
        return this.listCommands(input);
      case 'CancelCommand':
        return this.cancel(input);
      default:
        throw new ApiError('UnknownOperationException', `emulator does not implement ${operation}`);
    }
  }

  private describe(input: Record<string, unknown>): unknown {
    const filters = (input['Filters'] as { Key: string; Values: string[] }[] | undefined) ?? [];
    const max = (input['MaxResults'] as number | undefined) ?? 10;
    if (max < 5 || max > 50) throw new ApiError('ValidationException', '1 validation error detected: MaxResults must be between 5 and 50');
    const tagFilters = filters.filter((f) => f.Key.startsWith('tag:') || f.Key === 'tag-key');
    if (tagFilters.length > 0 && tagFilters.length < filters.length) throw new ApiError('InvalidFilterKey', 'Tag filters cannot be combined with other filter types');
    // An id filter is a lookup (the pre-flight of a 10,000-host bench makes 200 of these calls).
    const byId = filters.find((f) => f.Key === 'InstanceIds');
    const pool = byId ? byId.Values.flatMap((id) => this.instances.get(id) ?? []) : [...this.instances.values()];
    let list = pool.filter((i) => i.managed !== false);
    for (const f of filters) {
      if (f.Values.length < 1 || f.Values.length > 100) throw new ApiError('InvalidInstanceInformationFilterValue', `filter ${f.Key} needs 1 to 100 values`);
      if (f.Key === 'InstanceIds') list = list.filter((i) => f.Values.includes(i.id));
      else if (f.Key === 'PingStatus') list = list.filter((i) => f.Values.includes(i.ping ?? 'Online'));
      else if (f.Key === 'PlatformTypes') list = list.filter((i) => f.Values.includes(i.platform ?? 'Linux'));
      else if (f.Key === 'tag-key') list = list.filter((i) => f.Values.some((k) => i.tags?.[k] !== undefined));
      else if (f.Key.startsWith('tag:')) list = list.filter((i) => f.Values.includes(i.tags?.[f.Key.slice(4)] ?? '\u0000'));
      else throw new ApiError('InvalidFilterKey', `unknown filter key ${f.Key}`);
    }
    const start = Number((input['NextToken'] as string | undefined) ?? 0);
    const page = list.slice(start, start + max);
    return {
      InstanceInformationList: page.map((i) => ({
        InstanceId: i.id,
        PingStatus: i.ping ?? 'Online',
        LastPingDateTime: Date.now() / 1000,
        PlatformType: i.platform ?? 'Linux',
        PlatformName: i.platform === 'Windows' ? 'Microsoft Windows Server 2022' : 'Amazon Linux',
        PlatformVersion: i.platform === 'Windows' ? '10.0' : '2023',
        ResourceType: i.id.startsWith('mi-') ? 'ManagedInstance' : 'EC2Instance',
        ComputerName: i.name ?? `${i.id}.ec2.internal`,
        AgentVersion: '3.3.0.0',
      })),
      ...(start + max < list.length ? { NextToken: String(start + max) } : {}),
    };
  }

  private send(input: Record<string, unknown>): unknown {
    if (input['DocumentName'] !== 'AWS-RunShellScript') throw new ApiError('InvalidDocument', 'emulator only knows AWS-RunShellScript');
    const ids = (input['InstanceIds'] as string[] | undefined) ?? [];
    const targets = (input['Targets'] as { Key: string; Values: string[] }[] | undefined) ?? [];
    if ((ids.length > 0) === (targets.length > 0)) throw new ApiError('InvalidParameters', 'give InstanceIds or Targets');
    if (ids.length > 50) throw new ApiError('ValidationException', `1 validation error detected: Value at 'instanceIds' failed to satisfy constraint: Member must have length less than or equal to 50`);
    if (targets.length > 5) throw new ApiError('ValidationException', `Value at 'targets' failed to satisfy constraint: Member must have length less than or equal to 5`);
    const bad = ids.find((id) => !ID.test(id));
    if (bad) throw new ApiError('ValidationException', `Value '${bad}' at 'instanceIds' failed to satisfy constraint`);
    if (new Set(ids).size !== ids.length) throw new ApiError('DuplicateInstanceId', 'duplicate instance id');
    const params = (input['Parameters'] as Record<string, string[]> | undefined) ?? {};
    const script = (params['commands'] ?? []).join('\n');
    if (script === '') throw new ApiError('InvalidParameters', 'commands is required');
    if (Buffer.byteLength(JSON.stringify(params)) > 64 * 1024) throw new ApiError('MaxDocumentSizeExceeded', 'The size limit of a document is 64 KB.');
    const timeoutSeconds = (input['TimeoutSeconds'] as number | undefined) ?? 3600;
    if (timeoutSeconds < 30 || timeoutSeconds > 2_592_000) throw new ApiError('ValidationException', 'TimeoutSeconds must be between 30 and 2592000');
    const maxConcurrency = (input['MaxConcurrency'] as string | undefined) ?? '50';
    const maxErrors = (input['MaxErrors'] as string | undefined) ?? '0';
    if (!CONCURRENCY.test(maxConcurrency) || !ERRORS.test(maxErrors)) throw new ApiError('ValidationException', 'MaxConcurrency or MaxErrors malformed');
    const comment = (input['Comment'] as string | undefined) ?? '';
    if (comment.length > 100) throw new ApiError('ValidationException', 'Comment is at most 100 characters');

    // One unusable id fails the whole call (the reason pre-flight exists).
    const unusable = ids.filter((id) => { const i = this.instances.get(id); return !i || i.managed === false || i.sendable === false; });
    if (unusable.length > 0) throw new ApiError('InvalidInstanceId', `Instances [[${unusable.join(', ')}]] not in a valid state for account 123456789012`);
    const denied = ids.filter((id) => this.instances.get(id)?.denied);
    if (denied.length > 0) throw new ApiError('AccessDeniedException', `User is not authorized to perform: ssm:SendCommand on resource: arn:aws:ec2:us-east-1:123456789012:instance/${denied[0]}`);
    const chosen = ids.length > 0 ? ids.map((id) => this.instances.get(id)!) : this.resolveTargets(targets);

    const now = Date.now();
    const executionTimeoutS = Number((params['executionTimeout'] ?? ['3600'])[0]);
    const deliveryMs = this.options.deliverySecondMs ?? 1000;
    const count = (spec: string, of: number) => (spec.endsWith('%') ? Math.ceil((Number(spec.slice(0, -1)) / 100) * of) : Number(spec));
    const command: Command = {
      id: randomUUID(),
      requestedAt: now,
      visibleAt: now + (this.options.visibilityDelayMs ?? 0),
      expiresAt: now + timeoutSeconds * deliveryMs + executionTimeoutS * 1000,
      script,
      executionTimeoutS,
      timeoutSeconds,
      maxConcurrency: Math.max(1, count(maxConcurrency, chosen.length)),
      maxErrors: count(maxErrors, chosen.length),
      ...(input['OutputS3BucketName'] ? { bucket: input['OutputS3BucketName'] as string } : {}),
      ...(input['OutputS3KeyPrefix'] ? { prefix: input['OutputS3KeyPrefix'] as string } : {}),
      comment,
      instanceIds: ids,
      targets,
      invocations: chosen.map((instance) => ({ instance, status: 'Pending', details: 'Pending', stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) })),
      queue: [],
      running: 0,
      errors: 0,
    };
    this.commands.set(command.id, command);
    for (const inv of command.invocations) {
      const i = inv.instance;
      if ((i.platform ?? 'Linux') !== 'Linux') this.finish(command, inv, 'Failed', 'InvalidPlatform');
      else if ((i.ping ?? 'Online') !== 'Online') continue; // stays Pending until the delivery timeout (refresh)
      else if (i.synthetic) this.startSynthetic(command, inv);
      else command.queue.push(inv);
    }
    this.pump(command);
    return { Command: this.commandView(command) };
  }

  private resolveTargets(targets: { Key: string; Values: string[] }[]): EmulatedInstance[] {
    // Several keys are ANDed, several values under one key ORed.
    return [...this.instances.values()].filter(
      (i) =>
        i.managed !== false &&
        targets.every((t) => {
          if (t.Key.startsWith('tag:')) return t.Values.includes(i.tags?.[t.Key.slice(4)] ?? '\u0000');
          if (t.Key === 'tag-key') return t.Values.some((k) => i.tags?.[k] !== undefined);
          if (t.Key === 'resource-groups:Name') return t.Values.some((g) => i.resourceGroups?.includes(g));
          if (t.Key.toLowerCase() === 'instanceids') return t.Values.includes(i.id);
          throw new ApiError('InvalidParameters', `unsupported target key ${t.Key}`);
        }),
    );
  }

  private startSynthetic(command: Command, inv: Invocation): void {
    const key = `${inv.instance.profile.name}\u0000${command.script}`;
    if (!this.cache.has(key)) {
      // The profile's one real run, on the first synthetic instance that needs it.
      const run = this.realRun(inv.instance, command, `${command.id}-cache`).then((r) => r.done, (e: Error): ScriptRun => ({ stdout: Buffer.alloc(0), stderr: Buffer.from(e.message), exitCode: null }));
      this.cache.set(key, run);
      void run.then((r) => this.settled.set(key, r));
    }
    inv.startedAt = command.requestedAt + (this.options.syntheticLatencyMs ?? 100);
    inv.endedAt = inv.startedAt + inv.instance.synthetic!.runMs;
  }

  /** Starts queued real runs while the command's MaxConcurrency and the emulator's process cap allow. */
  private pump(command: Command): void {
    while (command.queue.length > 0 && command.running < command.maxConcurrency) {
      const inv = command.queue.shift()!;
      command.running++;
      void this.runReal(command, inv).catch(() => undefined).finally(() => {
        command.running--;
        this.pump(command);
      });
    }
  }

  private async realRun(instance: EmulatedInstance, command: Command, tag: string, frozen = false): Promise<RunningScript> {
    if (!this.hosts.has(instance.profile.name)) {
      this.hosts.set(instance.profile.name, mkdtemp(path.join(this.options.workDir, `${instance.profile.name}-`)).then((d) => materialize(instance.profile, d)));
    }
    const host = await this.hosts.get(instance.profile.name)!;
    if (this.closed) throw new Error('emulator closed');
    const running = await runScript(host, command.script, { instanceId: instance.id, region: this.options.region ?? 'us-east-1', workDir: path.join(host.dir, 'work', `${tag}-${instance.id}`), frozen, stackKb: instance.profile.stackKb, diskKb: instance.profile.diskKb });
    this.live.add(running.done);
    void running.done.then(() => this.live.delete(running.done));
    this.started.push(running);
    return running;
  }

  private async acquire(): Promise<void> {
    if (this.processes >= (this.options.maxProcesses ?? 8)) await new Promise<void>((r) => this.waiting.push(r));
    this.processes++;
  }

  private release(): void {
    this.processes--;
    this.waiting.shift()?.();
  }

  private async runReal(command: Command, inv: Invocation): Promise<void> {
    const b = inv.instance.behaviour;
    if (b?.kind === 'slow') await sleep(b.delayMs);
    if (b?.kind === 'held') await b.until;
    await this.acquire();
    try {
      if (TERMINAL.has(inv.status)) return; // cancelled or terminated while queued
      inv.status = 'InProgress';
      inv.details = 'InProgress';
      inv.startedAt = Date.now();
      const running = await this.realRun(inv.instance, command, command.id, b?.kind === 'hang' && !b.afterMs);
      inv.running = running;
      const timers = [
        setTimeout(() => {
          inv.endedBy ??= { status: 'TimedOut', details: 'ExecutionTimedOut' };
          running.kill();
        }, command.executionTimeoutS * 1000),
      ];
      if (b?.kind === 'hang' && b.afterMs) timers.push(setTimeout(() => running.freeze(), b.afterMs));
      if (b?.kind === 'die') {
        const die = () => {
          inv.endedBy ??= { status: 'Failed', details: 'Failed' };
          running.kill();
        };
        // At once when it dies from the start: a timer could fire after a quick script ended (a loaded machine).
        if (b.afterMs === 0) die();
        else timers.push(setTimeout(die, b.afterMs));
      }
      const run = await running.done;
      timers.forEach(clearTimeout);
      inv.running = undefined;
      if (TERMINAL.has(inv.status)) return; // cancelled meanwhile
      inv.stdout = b?.kind === 'flood' ? flood(run.stdout, b) : run.stdout;
      inv.stderr = run.stderr;
      const end = inv.endedBy ?? (run.exitCode === 0 ? { status: 'Success' as const, details: 'Success' } : { status: 'Failed' as const, details: 'Failed' });
      if (end.status === 'Success' || end.status === 'Failed') inv.responseCode = run.exitCode ?? 137;
      this.finish(command, inv, end.status, end.details);
    } finally {
      this.release();
    }
  }

  private finish(command: Command, inv: Invocation, status: Status, details: string): void {
    inv.status = status;
    inv.details = details;
    inv.endedAt = Date.now();
    if (command.bucket && (inv.stdout.length > 0 || inv.stderr.length > 0)) {
      const base = `${command.prefix ? `${command.prefix.replace(/\/+$/, '')}/` : ''}${command.id}/${inv.instance.id}/awsrunShellScript/0.awsrunShellScript`;
      this.s3.set(`${command.bucket}/${base}/stdout`, inv.stdout);
      if (inv.stderr.length > 0) this.s3.set(`${command.bucket}/${base}/stderr`, inv.stderr);
    }
    // MaxErrors: past it, nothing more is sent; what was never sent ends Terminated.
    if ((status === 'Failed' && details === 'Failed') || details === 'ExecutionTimedOut') {
      command.errors++;
      if (command.errors > command.maxErrors) {
        for (const q of command.queue.splice(0)) this.finish(command, q, 'Failed', 'Terminated');
      }
    }
  }

  /** Time-driven transitions, applied when a request looks. */
  private refresh(command: Command, now = Date.now()): void {
    for (const inv of command.invocations) {
      if (TERMINAL.has(inv.status)) continue;
      const i = inv.instance;
      if (i.synthetic && inv.startedAt !== undefined) {
        if (now < inv.startedAt) continue;
        inv.status = 'InProgress';
        inv.details = 'InProgress';
        const cached = this.settled.get(`${i.profile.name}\u0000${command.script}`);
        if (now >= inv.endedAt! && cached) {
          inv.stdout = cached.stdout;
          inv.stderr = cached.stderr;
          inv.responseCode = cached.exitCode ?? 137;
          this.finish(command, inv, cached.exitCode === 0 ? 'Success' : 'Failed', cached.exitCode === 0 ? 'Success' : 'Failed');
        }
      } else if (inv.status === 'Pending' && (i.ping ?? 'Online') !== 'Online' && now >= command.requestedAt + command.timeoutSeconds * (this.options.deliverySecondMs ?? 1000)) {
        this.finish(command, inv, 'TimedOut', 'DeliveryTimedOut');
      }
    }
  }

  private command(input: Record<string, unknown>): Command {
    const c = this.commands.get(String(input['CommandId'] ?? ''));
    if (!c) throw new ApiError('InvalidCommandId', 'Invalid command id.');
    return c;
  }

  private invocationView(c: Command, inv: Invocation, details: boolean): unknown {
    return {
      CommandId: c.id,
      InstanceId: inv.instance.id,
      InstanceName: inv.instance.name ?? '',
      Comment: c.comment,
      DocumentName: 'AWS-RunShellScript',
      DocumentVersion: '$DEFAULT',
      RequestedDateTime: c.requestedAt / 1000,
      Status: inv.status,
      StatusDetails: inv.details,
      TraceOutput: '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
      ...(details
        ? {
            CommandPlugins: [
              {
                Name: 'aws:runShellScript',
                Status: inv.status,
                StatusDetails: inv.details,
                ...(inv.responseCode !== undefined ? { ResponseCode: inv.responseCode } : {}),
                // The agent decodes output as UTF-8 for the API (invalid bytes become U+FFFD); S3 keeps the bytes.
                Output: TERMINAL.has(inv.status) ? pluginOutput(inv.stdout.toString('utf8'), inv.stderr.toString('utf8')) : '',
                ...(c.bucket ? { OutputS3BucketName: c.bucket, OutputS3KeyPrefix: c.prefix ?? '' } : {}),
              },
            ],
          }
        : {}),
    };
  }

  private listInvocations(input: Record<string, unknown>): unknown {
    const c = this.command(input);
    const max = (input['MaxResults'] as number | undefined) ?? 50;
    if (max < 1 || max > 50) throw new ApiError('ValidationException', 'MaxResults must be between 1 and 50');
    this.refresh(c);
    // Eventual consistency: a fresh command lists no invocations yet.
    const visible = Date.now() < c.visibleAt ? [] : c.invocations.filter((inv) => input['InstanceId'] === undefined || inv.instance.id === input['InstanceId']);
    const start = Number((input['NextToken'] as string | undefined) ?? 0);
    return {
      CommandInvocations: visible.slice(start, start + max).map((inv) => this.invocationView(c, inv, input['Details'] === true)),
      ...(start + max < visible.length ? { NextToken: String(start + max) } : {}),
    };
  }

  private getInvocation(input: Record<string, unknown>): unknown {
    const c = this.command(input);
    this.refresh(c);
    const inv = c.invocations.find((i) => i.instance.id === input['InstanceId']);
    if (!inv || Date.now() < c.visibleAt) throw new ApiError('InvocationDoesNotExist', 'An error occurred (InvocationDoesNotExist)');
    const done = TERMINAL.has(inv.status);
    return {
      CommandId: c.id,
      InstanceId: inv.instance.id,
      Comment: c.comment,
      DocumentName: 'AWS-RunShellScript',
      PluginName: 'aws:runShellScript',
      ResponseCode: inv.responseCode ?? -1,
      Status: inv.status,
      StatusDetails: inv.details,
      ...(inv.startedAt ? { ExecutionStartDateTime: new Date(inv.startedAt).toISOString() } : {}),
      StandardOutputContent: done ? standardOutput(inv.stdout.toString('utf8')) : '',
      StandardErrorContent: done ? standardError(inv.stderr.toString('utf8')) : '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
    };
  }

  private commandStatus(c: Command): Status {
    if (c.invocations.some((i) => !TERMINAL.has(i.status))) return c.invocations.some((i) => i.status !== 'Pending') ? 'InProgress' : 'Pending';
    if (c.invocations.some((i) => i.status === 'Cancelled')) return 'Cancelled';
    return c.invocations.length > 0 && c.invocations.every((i) => i.status === 'Success') ? 'Success' : 'Failed';
  }

  private commandView(c: Command): unknown {
    const done = c.invocations.filter((i) => TERMINAL.has(i.status));
    return {
      CommandId: c.id,
      DocumentName: 'AWS-RunShellScript',
      Comment: c.comment,
      ExpiresAfter: c.expiresAt / 1000,
      InstanceIds: c.instanceIds,
      Targets: c.targets,
      RequestedDateTime: c.requestedAt / 1000,
      Status: this.commandStatus(c),
      StatusDetails: c.invocations.length === 0 ? 'NoInstancesInTag' : this.commandStatus(c),
      TargetCount: c.invocations.length,
      CompletedCount: done.length,
      ErrorCount: c.errors,
      TimeoutSeconds: c.timeoutSeconds,
      ...(c.bucket ? { OutputS3BucketName: c.bucket, OutputS3KeyPrefix: c.prefix ?? '' } : {}),
    };
  }

  private listCommands(input: Record<string, unknown>): unknown {
    const list = input['CommandId'] ? [this.command(input)] : [...this.commands.values()];
    list.forEach((c) => this.refresh(c));
    return { Commands: list.slice(0, 50).map((c) => this.commandView(c)) };
  }

  private cancel(input: Record<string, unknown>): unknown {
    const c = this.command(input);
    this.refresh(c);
    const only = input['InstanceIds'] as string[] | undefined;
    for (const inv of c.invocations) {
      if (TERMINAL.has(inv.status) || (only && !only.includes(inv.instance.id))) continue;
      c.queue = c.queue.filter((q) => q !== inv);
      inv.running?.kill();
      this.finish(c, inv, 'Cancelled', 'Cancelled');
    }
    return {};
  }

  /** Kills every script still running and waits for them (test teardown). */
  async shutdown(): Promise<void> {
    this.closed = true;
    for (const r of this.started) r.killAll();
    await Promise.allSettled([...this.live]);
  }
}

function flood(stdout: Buffer, b: Extract<Behaviour, { kind: 'flood' }>): Buffer {
  const junk = Buffer.alloc(b.bytes, 'flood ');
  if (b.at === 'end') return Buffer.concat([stdout, junk]);
  const first = stdout.indexOf(0x0a) + 1;
  return Buffer.concat([stdout.subarray(0, first), junk, stdout.subarray(first)]);
}
