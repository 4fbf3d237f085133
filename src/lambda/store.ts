// Where a run keeps its things in the job's bucket. Step Functions passes only these names between states
// (its payloads stop at 256 KiB); everything else lives here:
//   work/<run>/run.json                          the run: its inputs, start, frame boundary, template snapshot
//   work/<run>/templates/<n>/..., certs/<n>.pem  the templates and certificates as verified at plan time
//   work/<run>/scopes.json                       the (account, region) scopes (a Distributed Map reads it)
//   work/<run>/scope/<account>/<region>/state.json, runs-<n>.json, published.json
//   results/YYYY/MM/DD/<run>/                    the reports
import type { Bucket } from './aws.js';

/** A run's name as every state passes it on. */
export interface RunRef {
  id: string;
  bucket: string;
  /** work/<run>/ */
  work: string;
  /** results/YYYY/MM/DD/<run>/ */
  results: string;
}

export interface ScopeRef {
  account: string;
  region: string;
}

export function runRef(bucket: string, execution: string, startedAt: string): RunRef {
  // Execution names are 1-80 characters of letters, digits, - and _ (and a few more); keep keys plain.
  const id = execution.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 80) || 'run';
  const day = startedAt.slice(0, 10).split('-').join('/');
  return { id, bucket, work: `work/${id}/`, results: `results/${day}/${id}/` };
}

export function scopeKey(run: RunRef, scope: ScopeRef, name: string): string {
  return `${run.work}scope/${scope.account}/${scope.region}/${name}`;
}

export async function getJson<T>(bucket: Bucket, key: string): Promise<T | undefined> {
  const text = await bucket.get(key);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

export async function putJson(bucket: Bucket, key: string, value: unknown): Promise<void> {
  await bucket.put(key, JSON.stringify(value));
}
