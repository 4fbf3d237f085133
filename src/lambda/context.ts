// What every step of a run rebuilds from the run's objects: its options (parsed as the action parses its
// inputs), its templates (from the verified snapshot), who it is in AWS, and the scope context of the SSM
// transport, so each step is the same code path as an in-process run, only split across invocations.
import { UserError } from '../errors.js';
import { INPUTS, parseOptions, type RunOptions } from '../options.js';
import { SsmTransport } from '../transport/ssm/index.js';
import type { Accounts } from '../transport/ssm/scopes/identity.js';
import type { ScopeContext } from '../transport/ssm/scopes/scope.js';
import type { Loaded } from '../template/load.js';
import type { Template } from '../types.js';
import { s3Bucket, type Bucket } from './aws.js';
import type { JobConfig } from './config.js';
import { getJson, type RunRef } from './store.js';
import { restoreTemplates, type TemplateSnapshot } from './templates.js';

/** work/<run>/run.json: what Plan decided, for every later step. */
export interface RunRecord {
  inputs: Record<string, string>;
  startedAt: string;
  /** The run's frame boundary: every scope's scripts and parsing use it. */
  boundary: string;
  snapshot: TemplateSnapshot;
}

export interface RunContext {
  run: RunRef;
  record: RunRecord;
  options: RunOptions;
  templates: Template[];
  /** Templates found in an S3 folder that could not load: gaps of the run. */
  skipped: Loaded['skipped'];
  bucket: Bucket;
  accounts: Accounts;
  scopes: ScopeContext;
}

/**
 * The event's inputs as the action's: strings, or JSON lists and booleans written naturally. An input name the
 * action does not have is refused, so a typo cannot silently drop a setting.
 */
export function eventInputs(raw: unknown): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UserError('event inputs: expected a JSON object of the action\'s inputs, like {"targets": "tag:Role=mail"}');
  const known = new Set(INPUTS.map((i) => i.name));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!known.has(name)) throw new UserError(`event inputs: '${name.slice(0, 80)}' is not an input of fleetprobe (see the README's input table)`);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[name] = value.join('\n');
    else if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') out[name] = String(value);
    else throw new UserError(`event inputs: ${name} must be a string, a number, a boolean or a list of strings`);
  }
  return out;
}

/**
 * The serverless job runs probes through SSM only, and report files go to the job's bucket. The member role is a
 * deployment setting (the stack's IAM allows assuming that one role): it is the default `member-role`, and
 * naming another is refused here rather than by AccessDenied in every account.
 */
export function jobOptions(inputs: Record<string, string>, job: JobConfig): RunOptions {
  if (inputs['transport'] !== undefined && inputs['transport'] !== 'ssm') throw new UserError(`input transport: the serverless job runs probes through SSM only (got '${inputs['transport'].slice(0, 20)}')`);
  const role = inputs['member-role'];
  if (role !== undefined && role !== job.memberRole) {
    throw new UserError(job.memberRole === undefined ? `input member-role: the job's stack was deployed without a member role (parameter MemberRoleName), so it audits its own account only` : `input member-role: the job's stack may assume '${job.memberRole}' only (parameter MemberRoleName), not '${role.slice(0, 80)}'`);
  }
  const all = job.memberRole === undefined ? inputs : { ...inputs, 'member-role': job.memberRole };
  return parseOptions((name) => all[name], { AWS_REGION: job.region });
}

/** The SSM transport of the run, whose pre-flight, planning and scope context every step reuses. */
export function transportOf(options: RunOptions, job: JobConfig): SsmTransport {
  return new SsmTransport(options, job.session);
}

export async function loadRun(run: RunRef, job: JobConfig): Promise<RunContext> {
  const bucket = s3Bucket(run.bucket, { ...job.session, region: job.region });
  const record = await getJson<RunRecord>(bucket, `${run.work}run.json`);
  if (!record) throw new Error(`the run's record ${run.work}run.json is missing`);
  const options = jobOptions(record.inputs, job);
  const { templates, skipped } = await restoreTemplates(record.snapshot, options, bucket);
  const transport = transportOf(options, job);
  const accounts = await transport.identify();
  const scopes = transport.context(accounts, templates, record.boundary);
  return { run, record, options, templates, skipped, bucket, accounts, scopes };
}
