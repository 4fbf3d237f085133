// Picks the transport the options ask for.
import type { RunOptions } from '../options.js';
import type { ProbeRun } from '../types.js';
import type { Transport } from './transport.js';

export interface TransportHooks {
  /** Called as soon as a command is sent (with its SSM account and region), so the action can save ids for its post step. */
  onCommand?: (commandId: string, where?: { account: string; region: string }) => void;
  /** As the run goes (the progress line): `expected` more targets became known, and these outcomes are final. */
  onProgress?: (expected: number, runs: readonly ProbeRun[]) => void;
}

export async function createTransport(options: RunOptions, hooks: TransportHooks = {}): Promise<Transport> {
  if (options.transport === 'local') {
    const { LocalTransport } = await import('./local.js');
    return new LocalTransport({ blockTimeoutMs: options.timeout * 1000, deadlineSeconds: options.deadline, concurrency: options.concurrency, ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}) });
  }
  const { SsmTransport } = await import('./ssm/index.js');
  return new SsmTransport(options, { ...(hooks.onCommand ? { onCommand: hooks.onCommand } : {}), ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}) });
}
