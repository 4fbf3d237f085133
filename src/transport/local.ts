// Runs every block of every template on this machine, the way nuclei runs a code block:
// `<engine> [args] <script file>`, the target on stdin, variables and earlier blocks' values in the environment.
import { getExecOutput } from '@actions/exec';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scriptEnvironment } from '../matchers/evaluate.js';
import type { BlockRun, CodeBlock, ProbeRun, Target, Template } from '../types.js';
import { findOnPath } from './path.js';
import type { Transport, TransportReport } from './transport.js';

export interface LocalOptions {
  blockTimeoutMs: number;
  /** Output beyond this many bytes per stream makes the run incomplete rather than silently cut. */
  maxOutputBytes?: number;
}

const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;
// coreutils `timeout` exits 124 when it stopped the command, 137 when it had to SIGKILL it.
const TIMED_OUT = new Set([124, 137]);

export function localTarget(): Target {
  const host = os.hostname();
  return { id: host, transport: 'local', name: host, platform: process.platform };
}

export class LocalTransport implements Transport {
  constructor(private readonly options: LocalOptions) {}

  async run(templates: readonly Template[], signal?: AbortSignal): Promise<TransportReport> {
    const target = localTarget();
    const runs: ProbeRun[] = [];
    for (const template of templates) {
      if (signal?.aborted) {
        runs.push({ target, templateId: template.id, unaudited: { reason: 'cancelled', detail: 'the run was cancelled before this template ran' } });
        continue;
      }
      runs.push({ target, templateId: template.id, blocks: await this.runTemplate(template, target) });
    }
    return { runs, commandIds: [] };
  }

  private async runTemplate(template: Template, target: Target): Promise<BlockRun[]> {
    const input = template.selfContained ? '' : target.id;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-'));
    try {
      // Like nuclei, the target reaches stdin from a file: a script that exits without reading it is fine.
      const stdin = path.join(dir, 'stdin');
      await writeFile(stdin, input, { mode: 0o600 });
      const runs: BlockRun[] = [];
      for (const block of template.blocks) {
        const run = await this.runBlock(block, dir, scriptEnvironment(template, runs, input), stdin);
        runs.push(run);
        // A block that did not complete leaves the host without a verdict; later blocks cannot change that.
        if (run.failure) break;
      }
      return runs;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async runBlock(block: CodeBlock, dir: string, vars: Record<string, string>, stdin: string): Promise<BlockRun> {
    const started = Date.now();
    const engine = block.engines.map((e) => findOnPath(e)).find((p) => p !== undefined);
    if (!engine) return failed(started, 'engine-missing', `none of the engines ${block.engines.join(', ')} is on PATH`);
    const script = path.join(dir, scriptName(block));
    await writeFile(script, block.source, { mode: 0o600 });

    const limit = this.options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const stdout = new Capture(limit);
    const stderr = new Capture(limit);
    const seconds = Math.max(1, Math.ceil(this.options.blockTimeoutMs / 1000));
    // `sh -c 'exec "$@" <file'` only redirects stdin, then becomes `<engine> [args] <script>` itself.
    const command = ['--kill-after=5', String(seconds), 'sh', '-c', 'exec "$@" < "$0"', stdin, engine, ...block.args, script];
    const result = await getExecOutput('timeout', command, {
      env: { ...(process.env as Record<string, string>), ...vars },
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: (b) => stdout.add(b), stderr: (b) => stderr.add(b) },
    }).catch((e: Error) => ({ exitCode: -1, error: e.message }));
    const durationMs = Date.now() - started;
    if ('error' in result) return failed(started, 'failed', `could not start ${engine}: ${result.error}`);
    if (TIMED_OUT.has(result.exitCode) && durationMs >= seconds * 1000 - 50) {
      return failed(started, 'timed-out', `block ${block.index} ran past its ${seconds}s timeout`);
    }
    if (stdout.overflow || stderr.overflow) return failed(started, 'incomplete-output', `block ${block.index} wrote more than ${limit} bytes`);
    return { stdout: stdout.text(), stderr: stderr.text(), exitCode: result.exitCode, durationMs };
  }
}

function failed(started: number, reason: NonNullable<BlockRun['failure']>['reason'], detail: string): BlockRun {
  return { stdout: '', stderr: '', exitCode: null, durationMs: Date.now() - started, failure: { reason, detail } };
}

/** nuclei's `pattern` names the script file, `*` replaced by random digits (some interpreters care about the extension). */
function scriptName(block: CodeBlock): string {
  const pattern = block.pattern && !block.pattern.includes('/') ? block.pattern : `block-${block.index}-*`;
  return pattern.includes('*') ? pattern.replace('*', String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}

class Capture {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  overflow = false;
  constructor(private readonly limit: number) {}
  add(chunk: Buffer): void {
    if (this.size + chunk.length > this.limit) this.overflow = true;
    else this.chunks.push(chunk);
    this.size += chunk.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
