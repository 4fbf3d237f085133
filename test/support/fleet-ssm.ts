// Drives the real SsmTransport against an emulator with test credentials, for the SSM test files.
import { parseOptions, type RunOptions } from '../../src/options.js';
import { SsmTransport, type SsmTransportConfig } from '../../src/transport/ssm/index.js';
import type { BlockRun, ProbeRun } from '../../src/types.js';
import type { Emulator } from './ssm-emulator/server.js';

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' };

/** RunOptions as the action would parse them, transport ssm. */
export function ssmOptions(inputs: Record<string, string>): RunOptions {
  return parseOptions((name) => ({ transport: 'ssm', 'aws-region': 'us-east-1', ...inputs })[name], {});
}

export function transportFor(emu: Emulator, inputs: Record<string, string>, config: SsmTransportConfig = {}): SsmTransport {
  return new SsmTransport(ssmOptions(inputs), { endpoint: emu.endpoint, credentials: TEST_CREDENTIALS, poll: { minMs: 50, maxMs: 200 }, ...config });
}

export function blocksOf(run: ProbeRun | undefined): BlockRun[] {
  if (!run || !('blocks' in run)) throw new Error(`expected blocks, got ${JSON.stringify(run)}`);
  return run.blocks;
}

/** runs indexed by "instance/template". */
export function byKey(runs: readonly ProbeRun[]): Map<string, ProbeRun> {
  const m = new Map<string, ProbeRun>();
  for (const r of runs) {
    const key = `${r.target.id}/${r.templateId}`;
    if (m.has(key)) throw new Error(`duplicate outcome for ${key}`);
    m.set(key, r);
  }
  return m;
}
