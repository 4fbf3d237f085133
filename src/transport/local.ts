// Runs every block of every template on this machine, the way nuclei runs a code block:
// `<engine> [args] <script file>`, the target on stdin, variables and earlier blocks' values in the environment.
// Each block runs under probe-process.ts's bounds (timeout, output caps, abort); its process group goes with it.
import { randomInt } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decodeOutput } from '../matchers/bytes.js';
import { scriptEnvironment } from '../matchers/evaluate.js';
import type { BlockRun, CodeBlock, ProbeRun, Target, Template, UnauditedReason } from '../types.js';
import { bytes, MAX_BLOCK_OUTPUT, MAX_ENV_STRING, MAX_HOST_OUTPUT } from './limits.js';
import { findOnPath } from './path.js';
import { runProbe, type OutputBudget } from './probe-process.js';
import { stopReason } from './stop.js';
import type { Transport, TransportReport } from './transport.js';

export interface LocalOptions {
  blockTimeoutMs: number;
  /** Output beyond this many bytes per stream of a block makes it incomplete rather than silently cut. */
  maxOutputBytes?: number;
  /** The same for everything this host returns in the run. */
  maxHostOutputBytes?: number;
  /** Where the run's deadline is stated, for the reason of what it stopped. */
  deadlineSeconds?: number;
  /** Templates run at once (nuclei's -concurrency); the blocks of one template always run in order. */
  concurrency?: number;
  /** Each template's outcome as it ends (the progress line). */
  onProgress?: (expected: number, runs: readonly ProbeRun[]) => void;
}

export function localTarget(): Target {
  const host = os.hostname();
  return { id: host, transport: 'local', name: host, platform: process.platform };
}

export class LocalTransport implements Transport {
  constructor(private readonly options: LocalOptions) {}

  async run(templates: readonly Template[], signal?: AbortSignal): Promise<TransportReport> {
    const target = localTarget();
    const runs: ProbeRun[] = new Array<ProbeRun>(templates.length);
    const host = { left: this.options.maxHostOutputBytes ?? MAX_HOST_OUTPUT };
    this.options.onProgress?.(1, []);
    // A few workers take the next template as each finishes: a slow template holds up one worker, not the run.
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < templates.length; i = next++) {
        const template = templates[i]!;
        let run: ProbeRun;
        if (signal?.aborted) {
          const { reason, detail } = this.stopped(signal);
          run = { target, templateId: template.id, unaudited: { reason, detail: `${detail} before this template ran` } };
        } else run = { target, templateId: template.id, blocks: await this.runTemplate(template, target, host, signal) };
        runs[i] = run;
        this.options.onProgress?.(0, [run]);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.options.concurrency ?? 1, templates.length)) }, worker));
    return { runs, commandIds: [] };
  }

  private stopped(signal: AbortSignal): { reason: UnauditedReason; detail: string } {
    return stopReason(signal, this.options.deadlineSeconds);
  }

  private async runTemplate(template: Template, target: Target, host: { left: number }, signal: AbortSignal | undefined): Promise<BlockRun[]> {
    const input = template.selfContained ? '' : target.id;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-'));
    try {
      // Like nuclei, the target reaches stdin from a file: a script that exits without reading it is fine.
      const stdin = path.join(dir, 'stdin');
      await writeFile(stdin, input, { mode: 0o600 });
      const runs: BlockRun[] = [];
      for (const block of template.blocks) {
        const budget = { perStream: this.options.maxOutputBytes ?? MAX_BLOCK_OUTPUT, host };
        const run = await this.runBlock(block, dir, scriptEnvironment(template, runs, input), stdin, budget, signal);
        runs.push(run);
        // A block that did not complete leaves the host without a verdict; later blocks cannot change that.
        if (run.failure) break;
      }
      return runs;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async runBlock(block: CodeBlock, dir: string, vars: Record<string, string>, stdin: string, budget: OutputBudget, signal: AbortSignal | undefined): Promise<BlockRun> {
    const started = Date.now();
    const engine = block.engines.map((e) => findOnPath(e)).find((p) => p !== undefined);
    if (!engine) return failed(started, 'engine-missing', `none of the engines ${block.engines.join(', ')} is on PATH`);
    const env = { ...(process.env as Record<string, string>), ...vars };
    const refused = environmentProblem(block, vars);
    if (refused) return failed(started, refused.reason, refused.detail);
    const script = path.join(dir, scriptName(block));
    await writeFile(script, block.source, { mode: 0o600 });

    const seconds = Math.max(1, Math.ceil(this.options.blockTimeoutMs / 1000));
    const outcome = await runProbe({ file: engine, args: [...block.args, script], env, stdin, dir, timeoutMs: this.options.blockTimeoutMs, budget, signal });
    switch (outcome.kind) {
      case 'finished':
        // Killed from outside (the OOM killer, an operator): what it printed may be half of what it meant to.
        if (outcome.signal) return failed(started, 'failed', `block ${block.index} was killed by ${outcome.signal} before it finished`);
        return { stdout: decodeOutput(outcome.stdout), stderr: decodeOutput(outcome.stderr), exitCode: outcome.exitCode, durationMs: Date.now() - started };
      case 'timed-out':
        return failed(started, 'timed-out', `block ${block.index} ran past its ${seconds}s timeout (or left its output open that long)`);
      case 'too-much-output':
        return failed(
          started,
          'incomplete-output',
          outcome.cap === 'block'
            ? `block ${block.index} wrote more than ${bytes(budget.perStream)} to ${outcome.stream}; reading stopped at ${bytes(outcome.seen)}`
            : `this host's output passed the ${bytes(this.options.maxHostOutputBytes ?? MAX_HOST_OUTPUT)} a run reads per host, in block ${block.index}'s ${outcome.stream}`,
        );
      case 'aborted': {
        const { reason, detail } = this.stopped(signal!);
        return failed(started, reason, `${detail} while block ${block.index} ran`);
      }
      case 'not-started':
        if (outcome.code === 'E2BIG') {
          const total = Object.entries(env).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v) + 2, 0);
          return failed(started, 'environment-too-large', `block ${block.index} could not start: its environment (${bytes(total)}) is more than this system lets a program start with (E2BIG)`);
        }
        return failed(started, 'failed', `could not start ${engine}: ${outcome.message}`);
    }
  }
}

/**
 * Why the kernel would refuse to start the block with these variables, as it refuses nuclei's exec: a value with a
 * NUL byte, or one string longer than MAX_ARG_STRLEN. (A total too large is found when the start fails, E2BIG.)
 */
export function environmentProblem(block: CodeBlock, vars: Record<string, string>): { reason: UnauditedReason; detail: string } | undefined {
  for (const [key, value] of Object.entries(vars)) {
    if (value.includes('\0')) return { reason: 'failed', detail: `block ${block.index} could not start: ${key} holds a NUL byte, which an environment variable cannot carry` };
    const size = Buffer.byteLength(key) + 1 + Buffer.byteLength(value) + 1;
    if (size > MAX_ENV_STRING) {
      return { reason: 'environment-too-large', detail: `block ${block.index} could not start: ${key} takes ${bytes(size - 1)}, more than the ${bytes(MAX_ENV_STRING - 1)} Linux allows one environment variable` };
    }
  }
  return undefined;
}

function failed(started: number, reason: UnauditedReason, detail: string): BlockRun {
  return { stdout: '', stderr: '', exitCode: null, durationMs: Date.now() - started, failure: { reason, detail } };
}

/** nuclei's `pattern` names the script file, `*` replaced by random digits (some interpreters care about the extension). */
function scriptName(block: CodeBlock): string {
  const pattern = block.pattern && !block.pattern.includes('/') ? block.pattern : `block-${block.index}-*`;
  return pattern.includes('*') ? pattern.replace('*', String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}
