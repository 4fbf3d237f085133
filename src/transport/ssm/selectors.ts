// What the user asked to audit, checked before any API call: instance ids and target selectors.
import { UserError } from '../../errors.js';

/**
 * Instance ids as AWS issues them: `i-` and 8 or 17 lower-case hex digits (EC2 User Guide, "Resource IDs"), or
 * `mi-` and 17 (a hybrid node: the SSM API Reference's ManagedInstanceId pattern `^mi-[0-9a-f]{17}$`). SendCommand's
 * own pattern (`\w`) is looser and lets `i-0123456789ABCDEF0` through to fail as an unknown instance.
 */
const INSTANCE_ID = /^(i-([0-9a-f]{8}|[0-9a-f]{17})|mi-[0-9a-f]{17})$/;
/** Tag keys as SSM Targets accept them (letters, spaces, digits and `_.:/=+-@`), at most 128 characters. */
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const MAX_VALUES = 50;

/**
 * One line of the `targets` input. Tags are resolved to instance ids with DescribeInstanceInformation
 * (so they get the same pre-flight and batching as ids); a resource group can only be resolved by SSM itself.
 */
export type Selector =
  | { kind: 'tag'; key: string; values: string[]; text: string }
  | { kind: 'tag-key'; keys: string[]; text: string }
  | { kind: 'resource-group'; name: string; text: string };

/** Distinct, validated ids in the order given (a repeated id would make SendCommand fail with DuplicateInstanceId). */
export function parseInstanceIds(ids: readonly string[]): string[] {
  const bad = ids.filter((id) => !INSTANCE_ID.test(id));
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map((id) => `'${id}'`).join(', ');
    const hint = bad.some((id) => INSTANCE_ID.test(id.toLowerCase())) ? ', x a lower-case hex digit' : '';
    throw new UserError(`input instance-ids: ${shown}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''} ${bad.length === 1 ? 'is not an instance id' : 'are not instance ids'} (expected i-xxxxxxxx, i-xxxxxxxxxxxxxxxxx or mi-xxxxxxxxxxxxxxxxx${hint})`);
  }
  return [...new Set(ids)];
}

export function parseSelector(line: string): Selector {
  const text = line.trim();
  const eq = text.indexOf('=');
  const bad = (why: string) => new UserError(`input targets: '${text}': ${why} (expected tag:Key=v1,v2, tag-key=Key or resource-groups:Name=group)`);
  if (eq <= 0) throw bad('no =');
  const key = text.slice(0, eq).trim();
  const values = text
    .slice(eq + 1)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.length === 0) throw bad('no value after =');
  if (values.length > MAX_VALUES) throw bad(`${values.length} values; SSM allows at most ${MAX_VALUES}`);
  if (key.startsWith('tag:')) {
    const tag = key.slice(4);
    if (!TAG_KEY.test(tag)) throw bad(`'${tag}' is not a valid tag key`);
    return { kind: 'tag', key: tag, values, text };
  }
  if (key === 'tag-key') {
    const badKey = values.find((k) => !TAG_KEY.test(k));
    if (badKey !== undefined) throw bad(`'${badKey}' is not a valid tag key`);
    return { kind: 'tag-key', keys: values, text };
  }
  if (key === 'resource-groups:Name') {
    if (values.length !== 1) throw bad('SSM takes exactly one resource group name per selector');
    return { kind: 'resource-group', name: values[0]!, text };
  }
  throw bad(`unknown key '${key}'`);
}

export function parseSelectors(lines: readonly string[]): Selector[] {
  return lines.map(parseSelector);
}
