// Runs the probe script (script.ts) with the real `sh` on one emulated host and reads it back with frames.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildScripts, newBoundary } from '../../src/transport/ssm/script.js';
import { parseFrames, toBlockRuns } from '../../src/transport/ssm/frames.js';
import type { Template } from '../../src/types.js';
import { materialize, runScript, type HostProfile } from './ssm-emulator/host.js';

export async function runOnHost(templates: Template[], opts: { timeout?: number; instanceId?: string; boundary?: string; profile?: Partial<HostProfile> } = {}) {
  const boundary = opts.boundary ?? newBoundary();
  const { parts } = buildScripts(templates, boundary, opts.timeout ?? 10);
  if (parts.length !== 1) throw new Error(`expected one script, got ${parts.length}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-script-'));
  try {
    const host = await materialize({ name: 'plain', ...opts.profile }, dir);
    const running = await runScript(host, parts[0]!.script, { instanceId: opts.instanceId ?? 'i-0123456789abcdef0', region: 'us-east-1', workDir: path.join(dir, 'work'), stackKb: opts.profile?.stackKb, diskKb: opts.profile?.diskKb });
    const run = await running.done;
    const parsed = parseFrames(run.stdout, boundary, templates.length);
    return { run, parsed, boundary, blocks: (t: number) => toBlockRuns(parsed.templates[t]!, templates[t]!, opts.timeout ?? 10) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
