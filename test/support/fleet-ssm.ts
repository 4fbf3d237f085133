// Drives the real SsmTransport against an emulator with test credentials, for the SSM test files.
import { vi } from 'vitest';
import { parseOptions, type RunOptions } from '../../src/options.js';
import { SsmTransport, type SsmTransportConfig } from '../../src/transport/ssm/index.js';
import type { BlockRun, ProbeRun } from '../../src/types.js';
import type { Emulator } from './ssm-emulator/server.js';

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' };

/** The environment a CLI or action run in this process sees: every AWS endpoint it uses is the emulator, with test credentials. */
export function stubEmulatorEnv(endpoint: string): void {
  for (const service of ['SSM', 'S3', 'STS']) vi.stubEnv(`AWS_ENDPOINT_URL_${service}`, endpoint);
  vi.stubEnv('AWS_ACCESS_KEY_ID', TEST_CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', TEST_CREDENTIALS.secretAccessKey);
  vi.stubEnv('AWS_SESSION_TOKEN', '');
  vi.stubEnv('AWS_PROFILE', '');
}

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
