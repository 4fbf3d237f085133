// One (account, region) scope between dispatch and collection, as plain JSON: what was sent, what was read, how it
// ended. The in-process fan-out keeps it in memory; a serverless run can keep it in a state machine between polls.
import type { Gap, Target } from '../../../types.js';
import { track, type Tracked } from '../collect.js';

export interface Scope {
  account: string;
  /** `*` when the account's regions could not be listed (regions: all). */
  region: string;
  /**
   * The user named both the account and the region (or took the defaults), so they expect hosts there: a scope
   * with no managed instance is then a gap. Scopes found by `organization`, OUs or `regions: all` may be empty.
   */
  named: boolean;
  /** Known before anything is sent: the scope cannot be audited (its role could not be assumed...). */
  failed?: { status: ScopeStatus; detail: string };
}

/**
 * How a scope ended (`running` until then). Every state but `audited` means hosts there have no verdict and the
 * run says so as a gap; `no-managed-instances` does only for named scopes.
 */
export type ScopeStatus =
  | 'running'
  | 'audited'
  | 'role-not-assumable'
  | 'regions-not-listed'
  | 'region-not-enabled'
  | 'access-denied'
  | 'ssm-unreachable'
  | 'throttled-out'
  | 'ssm-error'
  | 'no-managed-instances'
  | 'cancelled'
  | 'deadline-exceeded';

/** States in which the scope's pre-flight failed: nothing could be learned or sent there. */
export const PREFLIGHT_FAILURES: readonly ScopeStatus[] = ['role-not-assumable', 'regions-not-listed', 'region-not-enabled', 'access-denied', 'ssm-unreachable', 'throttled-out', 'ssm-error'];

export interface CommandState {
  commandId: string;
  /** Index of the script part (its templates) the command carries. */
  part: number;
  /** The resource group it was sent to; its targets are learned from the invocations. */
  group?: string;
  /** Every target known so far. */
  targets: Target[];
  /** Targets whose outcome was read. */
  read: string[];
  finished: boolean;
  /** Consecutive looks that failed. */
  failures: number;
}

export interface ScopeState {
  scope: Scope;
  status: ScopeStatus;
  /** Why the scope could not be audited, in AWS's words where AWS gave some. */
  detail?: string;
  /** The run's frame boundary: the scripts (and so the frames to parse) depend on it. */
  boundary: string;
  /** Epoch ms when its commands were sent: polling backs off from there. */
  dispatchedAt: number;
  commands: CommandState[];
}

export function toTracked(c: CommandState): Tracked {
  const t = track({ commandId: c.commandId, part: c.part, ...(c.group === undefined ? { targets: c.targets } : { group: c.group }) });
  for (const target of c.targets) t.targets.set(target.id, target);
  for (const id of c.read) t.read.add(id);
  t.finished = c.finished;
  t.failures = c.failures;
  return t;
}

export function fromTracked(t: Tracked): CommandState {
  return {
    commandId: t.sent.commandId,
    part: t.sent.part,
    ...(t.sent.group === undefined ? {} : { group: t.sent.group }),
    targets: [...t.targets.values()],
    read: [...t.read],
    finished: t.finished,
    failures: t.failures,
  };
}

/** A scope that could not be audited, as the reports name it; undefined when it was. */
export function scopeGap(state: ScopeState): Gap | undefined {
  if (state.status === 'audited' || state.status === 'running') return undefined;
  if (state.status === 'no-managed-instances' && !state.scope.named) return undefined;
  return { kind: 'scope', account: state.scope.account, region: state.scope.region, state: state.status, reason: state.detail ?? state.status };
}

export function where(scope: Pick<Scope, 'account' | 'region'>): string {
  return `${scope.account}/${scope.region}`;
}
