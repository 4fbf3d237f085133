// Picks the transport the options ask for. The SSM transport is filled in by the SSM work (issue 3).
import { UserError } from '../errors.js';
import type { RunOptions } from '../options.js';
import type { Transport } from './transport.js';

export interface TransportHooks {
  /** Called as soon as a command is sent, so the action can save ids for its post step. */
  onCommand?: (commandId: string) => void;
}

export async function createTransport(options: RunOptions, hooks: TransportHooks = {}): Promise<Transport> {
  if (options.transport === 'local') {
    const { LocalTransport } = await import('./local.js');
    return new LocalTransport({ blockTimeoutMs: options.timeout * 1000 });
  }
  void hooks;
  throw new UserError('transport ssm is not available yet');
}
