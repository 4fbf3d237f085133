// Why targets still outstanding when a run stopped have no verdict: its deadline passed, or it was cancelled
// (Ctrl-C, SIGTERM, a cancelled workflow). Both transports name it the same way.
import type { UnauditedReason } from '../types.js';

export function stopReason(signal: AbortSignal | undefined, deadlineSeconds: number | undefined): { reason: UnauditedReason; detail: string } {
  const reason = signal?.reason as { name?: string } | undefined;
  return reason?.name === 'TimeoutError'
    ? { reason: 'deadline-exceeded', detail: `the run's deadline${deadlineSeconds === undefined ? '' : ` (${deadlineSeconds}s)`} passed` }
    : { reason: 'cancelled', detail: 'the run was cancelled' };
}
