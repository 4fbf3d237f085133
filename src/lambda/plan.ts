// Step 1, Plan: the event's inputs checked as the action checks them, the templates fetched and verified, the
// (account, region) scopes listed. Everything later steps need goes to the run's work prefix; the state machine
// gets names only, and the scope list itself when it is small enough for an inline Map.
import { newBoundary } from '../transport/ssm/script.js';
import type { Scope } from '../transport/ssm/scopes/state.js';
import { s3Bucket } from './aws.js';
import type { JobConfig } from './config.js';
import { eventInputs, jobOptions, transportOf, type RunRecord } from './context.js';
import { putJson, runRef, type RunRef } from './store.js';
import { snapshotTemplates } from './templates.js';

export interface PlanEvent {
  inputs?: unknown;
  execution: string;
  startedAt: string;
}

export interface PlanOutput {
  run: RunRef;
  scopeCount: number;
  distributed: boolean;
  /** Key of the scope list (the Distributed Map reads it). */
  scopesKey: string;
  /** The scopes themselves, for the inline Map. */
  scopes?: Scope[];
}

export async function plan(event: PlanEvent, job: JobConfig): Promise<PlanOutput> {
  const inputs = eventInputs(event.inputs);
  const options = jobOptions(inputs, job);
  const run = runRef(job.bucket, event.execution, event.startedAt);
  // Skipped templates go to the function's log now; Merge reports them as gaps.
  const { snapshot } = await snapshotTemplates(options, run, (name) => s3Bucket(name, { ...job.session, region: job.region }), (m) => console.warn(m));
  const transport = transportOf(options, job);
  const scopes = await transport.plan(await transport.identify());

  const bucket = s3Bucket(job.bucket, { ...job.session, region: job.region });
  const record: RunRecord = { inputs, startedAt: event.startedAt, boundary: newBoundary(), snapshot };
  await putJson(bucket, `${run.work}run.json`, record);
  const scopesKey = `${run.work}scopes.json`;
  await putJson(bucket, scopesKey, scopes);
  const distributed = scopes.length > job.distributedThreshold;
  return { run, scopeCount: scopes.length, distributed, scopesKey, ...(distributed ? {} : { scopes }) };
}
