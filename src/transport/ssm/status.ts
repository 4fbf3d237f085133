// What an invocation's terminal state means for the user: every state SSM can end in has a named outcome.
import type { UnauditedReason } from '../../types.js';

export type Terminal =
  /** The script ran to its end: read its frames. */
  | { kind: 'ran' }
  /** It did not, for this reason; frames it wrote before stopping may still be whole. */
  | { kind: 'stopped'; reason: UnauditedReason; detail: string };

const RUNNING = new Set(['Pending', 'InProgress', 'Delayed', 'Cancelling']);

/** undefined while the invocation can still change. StatusDetails is free text ("Delivery Timed Out" or "DeliveryTimedOut"), so it is normalised. */
export function terminalState(status: string, statusDetails: string, responseCode?: number): Terminal | undefined {
  if (RUNNING.has(status)) return undefined;
  if (status === 'Success') return { kind: 'ran' };
  const details = statusDetails.replace(/\s+/g, '').toLowerCase();
  const stopped = (reason: UnauditedReason, detail: string): Terminal => ({ kind: 'stopped', reason, detail });
  switch (details) {
    case 'deliverytimedout':
      return stopped('delivery-timed-out', 'SSM could not deliver the command before delivery-timeout (the agent was unreachable)');
    case 'executiontimedout':
      return stopped('execution-timed-out', 'the probe script ran past execution-timeout and the agent stopped it');
    case 'undeliverable':
      return stopped('undeliverable', 'SSM could not deliver the command (the instance is missing or not responding)');
    case 'invalidplatform':
      return stopped('wrong-platform', 'SSM refused the command: AWS-RunShellScript does not run on this platform');
    case 'accessdenied':
      return stopped('access-denied', 'SSM refused the command for this instance (access denied)');
    case 'terminated':
      return stopped('terminated', 'SSM stopped the rollout before this instance (max-errors was reached)');
  }
  if (status === 'Cancelled') return stopped('cancelled', 'the command was cancelled');
  if (status === 'TimedOut') return stopped('timed-out', `the command timed out (${statusDetails || 'no detail'})`);
  // The probe script always exits 0, so a failure means it was killed or could not start.
  return stopped('failed', `the probe script did not finish on the host (${statusDetails || status}${responseCode !== undefined ? `, exit ${responseCode}` : ''})`);
}

/** Why hosts still outstanding when the run stopped have no verdict (shared with the local transport). */
export { stopReason } from '../stop.js';
