// Who gets the probes: instance ids and tag selectors resolved through DescribeInstanceInformation, so that an
// id that is not managed, offline or not Linux is reported with its reason and never sent (one such id would
// fail a whole SendCommand with InvalidInstanceId). Resource groups can only be resolved by SSM at send time.
import type { Target, UnauditedReason } from '../../types.js';
import { errorName, type InstanceInfo, type SsmApi } from './client.js';
import type { Selector } from './selectors.js';

export interface Resolution {
  /** Online Linux instances, in the order asked. */
  send: Target[];
  /** Instances found that cannot run the probes (offline, not Linux). */
  unaudited: { target: Target; reason: UnauditedReason; detail: string }[];
  /** Every id found, in the order asked (ids first, then what the selectors found). */
  order: string[];
  /** Sent with Targets; their instances are learned from the invocations. */
  groups: Extract<Selector, { kind: 'resource-group' }>[];
  /** false when the selection found nothing and the scope has no managed instance at all. */
  managed: boolean;
}

/** Where a target lives. */
export interface Place {
  account: string;
  region: string;
}

export const BATCH = 50;

export function chunk<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Looks ids up; a batch the service rejects as a whole (InvalidInstanceId) is halved until the culprits stand alone. */
async function lookUp(api: SsmApi, ids: string[]): Promise<Map<string, InstanceInfo>> {
  try {
    return new Map((await api.describeInstances({ key: 'InstanceIds', values: ids })).map((i) => [i.id, i]));
  } catch (e) {
    if (errorName(e) !== 'InvalidInstanceId') throw e;
    if (ids.length === 1) return new Map();
    const half = Math.ceil(ids.length / 2);
    const [a, b] = await Promise.all([lookUp(api, ids.slice(0, half)), lookUp(api, ids.slice(half))]);
    return new Map([...a, ...b]);
  }
}

export function targetOf(id: string, where: Place, info?: InstanceInfo): Target {
  return { id, transport: 'ssm', account: where.account, region: where.region, ...(info?.name ? { name: info.name } : {}), ...(info?.platform ? { platform: info.platform } : {}) };
}

/**
 * The requested ids this scope knows. Listing the scope's managed instances (50 a page) costs no more calls than
 * looking the ids up (50 a call) while the scope holds no more instances than ids were asked, and in a run over many
 * scopes, where each id lives in one, most scopes are small. The listing stops at that budget and the ids it has
 * not seen are looked up: never more than twice the calls of the cheaper way.
 */
async function findIds(api: SsmApi, ids: readonly string[]): Promise<{ found: Map<string, InstanceInfo>; anyManaged: boolean }> {
  if (ids.length === 0) return { found: new Map(), anyManaged: false };
  const wanted = new Set(ids);
  const listing = await api.listInstances(Math.ceil(ids.length / BATCH));
  const found = new Map(listing.instances.filter((i) => wanted.has(i.id)).map((i) => [i.id, i]));
  if (!listing.complete) {
    const known = await Promise.all(chunk(ids.filter((id) => !found.has(id))).map((batch) => lookUp(api, batch)));
    for (const m of known) for (const [id, info] of m) found.set(id, info);
  }
  return { found, anyManaged: listing.instances.length > 0 };
}

export async function resolveTargets(api: SsmApi, where: Place, ids: readonly string[], selectors: readonly Selector[]): Promise<Resolution> {
  const { found, anyManaged } = await findIds(api, ids);
  const order = ids.filter((id) => found.has(id));
  for (const s of selectors) {
    if (s.kind === 'resource-group') continue;
    // Tag filters cannot be combined with PingStatus or platform filters, so those are checked here.
    const filter = s.kind === 'tag' ? { key: `tag:${s.key}`, values: s.values } : { key: 'tag-key', values: s.keys };
    for (const info of await api.describeInstances(filter)) {
      if (!found.has(info.id)) order.push(info.id);
      found.set(info.id, info);
    }
  }
  const groups = selectors.filter((s): s is Resolution['groups'][number] => s.kind === 'resource-group');
  // Nothing matched: one small call tells a scope without any managed instance (SSM not set up there) from one
  // where the selection just has no member.
  const managed = found.size > 0 || groups.length > 0 || anyManaged || (ids.length === 0 && (await api.listInstances(1)).instances.length > 0);
  const out: Resolution = { send: [], unaudited: [], order: [...new Set(order)], groups, managed };
  for (const id of out.order) {
    const info = found.get(id)!;
    const target = targetOf(id, where, info);
    if (info.pingStatus !== 'Online') out.unaudited.push({ target, reason: 'offline', detail: `the SSM agent is not reachable (ping status ${info.pingStatus})` });
    else if (info.platformType !== 'Linux') out.unaudited.push({ target, reason: 'wrong-platform', detail: `platform ${info.platformType}; code templates run on Linux` });
    else out.send.push(target);
  }
  return out;
}

/** Why a requested id has no outcome: no scope of the run knows it. */
export const NOT_MANAGED = 'not a managed instance that this role can see (no SSM agent registered, stopped or terminated, or no permission)';
