// The inputs of a run, shared by the action (core.getInput) and the CLI (--flags of the same names),
// so both validate the same way and run the same code. action.yml is checked against INPUTS by a test.
import { UserError } from './errors.js';
import { parseScopeInputs, SCOPE_INPUTS, type ScopeInputs } from './transport/ssm/scopes/inputs.js';
import { SEVERITIES, type Severity } from './types.js';

/** `int` is a number of seconds; `count` a number of things. */
type Kind = 'string' | 'list' | 'lines' | 'int' | 'count' | 'bool' | 'percent-or-int' | 'enum';

export interface InputSpec {
  name: string;
  kind: Kind;
  default?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  description: string;
}

export const FAIL_ON = ['none', ...SEVERITIES] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const INPUTS: readonly InputSpec[] = [
  { name: 'templates', kind: 'list', description: 'Template files or directories (newline- or comma-separated). Default: the bundled templates.' },
  { name: 'transport', kind: 'enum', values: ['ssm', 'local'], default: 'ssm', description: 'Where probes run: `ssm` (Run Command on the targets) or `local` (this machine).' },
  { name: 'instance-ids', kind: 'list', description: 'Instance ids (`i-…`, `mi-…`), newline- or comma-separated, any count.' },
  { name: 'targets', kind: 'lines', description: 'Target selectors, one per line: `tag:Role=mail,relay`, `tag-key=Owner`, `resource-groups:Name=mail-fleet` (at most 5).' },
  { name: 'aws-region', kind: 'string', description: 'AWS region. Default: `AWS_REGION` or `AWS_DEFAULT_REGION`.' },
  ...SCOPE_INPUTS,
  { name: 'max-concurrency', kind: 'percent-or-int', default: '50', description: 'SSM MaxConcurrency per command: a count or a percentage.' },
  { name: 'max-errors', kind: 'percent-or-int', default: '100%', description: 'SSM MaxErrors per command; 100% so one failing host never stops the rollout.' },
  { name: 'delivery-timeout', kind: 'int', default: '600', min: 30, max: 2592000, description: 'Seconds SSM may take to deliver a command to a host (SendCommand TimeoutSeconds).' },
  { name: 'execution-timeout', kind: 'int', default: '600', min: 1, max: 172800, description: 'Seconds the probe script may run on a host.' },
  { name: 'deadline', kind: 'int', min: 1, description: 'Overall seconds for the whole run; outstanding commands are cancelled past it. Default: delivery-timeout + execution-timeout + 120.' },
  { name: 'concurrency', kind: 'count', default: '25', min: 1, max: 1000, description: 'Templates run at once on the local transport, as nuclei\'s -concurrency (the blocks of one template run in order).' },
  { name: 'timeout', kind: 'int', default: '30', min: 1, max: 86400, description: 'Seconds one code block may run (per block, as nuclei\'s code timeout).' },
  { name: 'output-s3-bucket', kind: 'string', description: 'S3 bucket for full command output (needed to read outputs over 24,000 characters).' },
  { name: 'output-s3-key-prefix', kind: 'string', description: 'Key prefix inside output-s3-bucket.' },
  { name: 'comment', kind: 'string', default: 'fleetprobe audit', description: 'SSM command comment (at most 100 characters).' },
  { name: 'allow-unsigned', kind: 'bool', default: 'false', description: 'Run code templates whose signature is missing or not trusted.' },
  { name: 'trusted-certs', kind: 'list', description: 'Extra signer certificate files (PEM) whose signatures are trusted, besides ProjectDiscovery\'s.' },
  { name: 'sarif-file', kind: 'string', default: 'fleetprobe.sarif', description: 'Where to write the SARIF 2.1.0 report.' },
  { name: 'jsonl-file', kind: 'string', default: 'fleetprobe.jsonl', description: 'Where to write nuclei-compatible JSONL.' },
  { name: 'matcher-status', kind: 'bool', default: 'false', description: 'JSONL gets one line per target and template even without a finding (nuclei `-ms`).' },
  { name: 'baseline', kind: 'string', description: 'The previous run\'s JSONL file (kept as an artifact): findings are marked new, still open or fixed, and hosts newly unaudited. A missing file means no comparison (the first run).' },
  { name: 'category', kind: 'string', description: 'SARIF automationDetails id. Default: derived from the target selection.' },
  { name: 'annotations', kind: 'bool', default: 'true', description: 'Write GitHub annotations for findings.' },
  { name: 'fail-on', kind: 'enum', values: FAIL_ON, default: 'none', description: 'Fail when a finding is at or above this severity: none, info, low, medium, high, critical.' },
  { name: 'fail-on-unaudited', kind: 'bool', default: 'false', description: 'Also fail when any target was not audited.' },
];

export interface RunOptions {
  templates: string[];
  transport: 'ssm' | 'local';
  instanceIds: string[];
  targets: string[];
  awsRegion: string | undefined;
  /** Which accounts and regions an SSM run covers (issue 13); the default is the credentials' account in awsRegion. */
  scope: ScopeInputs;
  maxConcurrency: string;
  maxErrors: string;
  deliveryTimeout: number;
  executionTimeout: number;
  deadline: number;
  timeout: number;
  concurrency: number;
  outputS3Bucket: string | undefined;
  outputS3KeyPrefix: string | undefined;
  comment: string;
  allowUnsigned: boolean;
  trustedCerts: string[];
  sarifFile: string | undefined;
  jsonlFile: string | undefined;
  matcherStatus: boolean;
  baseline: string | undefined;
  category: string | undefined;
  annotations: boolean;
  failOn: FailOn;
  failOnUnaudited: boolean;
}

/** Raw values by input name; undefined or '' means "not given". */
export type RawInputs = (name: string) => string | undefined;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function parseOne(spec: InputSpec, raw: string | undefined): string | string[] | number | boolean | undefined {
  const given = raw !== undefined && raw.trim() !== '';
  const text = given ? raw.trim() : spec.default;
  if (text === undefined) return spec.kind === 'list' || spec.kind === 'lines' ? [] : undefined;
  const bad = (allowed: string) => new UserError(`input ${spec.name}: '${oneLine(text)}' is not allowed; expected ${allowed}`);
  switch (spec.kind) {
    case 'string':
      return text;
    case 'list':
      return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
    case 'lines':
      return text.split('\n').map((s) => s.trim()).filter((s) => s !== '');
    case 'int':
    case 'count': {
      if (!/^\d+$/.test(text)) throw bad(`a whole number${spec.kind === 'int' ? ' of seconds' : ''}${range(spec)}`);
      const n = Number(text);
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) throw bad(`a whole number${range(spec)}`);
      return n;
    }
    case 'bool':
      if (TRUE.includes(text)) return true;
      if (FALSE.includes(text)) return false;
      throw bad('true or false');
    case 'percent-or-int': {
      const m = /^(\d+)(%?)$/.exec(text);
      if (!m || (m[2] === '%' ? Number(m[1]) > 100 || Number(m[1]) < 1 : Number(m[1]) < 1)) throw bad('a positive count like 50, or a percentage from 1% to 100%');
      return text;
    }
    case 'enum':
      if (!spec.values!.includes(text)) throw bad(`one of ${spec.values!.join(', ')}`);
      return text;
  }
}

function range(spec: InputSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return ` of at least ${spec.min}`;
  return '';
}

function oneLine(s: string): string {
  const flat = s.replace(/[\r\n]+/g, '\\n');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

/** Validates every input up front (before any work) and returns typed options. Throws UserError. */
export function parseOptions(get: RawInputs, env: NodeJS.ProcessEnv = process.env): RunOptions {
  const v = Object.fromEntries(INPUTS.map((spec) => [spec.name, parseOne(spec, get(spec.name))]));
  const str = (n: string) => v[n] as string | undefined;
  const list = (n: string) => v[n] as string[];
  const num = (n: string) => v[n] as number;
  const bool = (n: string) => v[n] as boolean;

  const transport = str('transport') as RunOptions['transport'];
  const instanceIds = list('instance-ids');
  const targets = list('targets');
  if (transport === 'ssm') {
    if (instanceIds.length > 0 && targets.length > 0) throw new UserError('inputs instance-ids and targets: give one of them, not both');
    if (instanceIds.length === 0 && targets.length === 0) throw new UserError('transport ssm needs instance-ids or targets (or use transport local)');
  } else if (instanceIds.length > 0 || targets.length > 0) {
    throw new UserError('inputs instance-ids and targets apply only to transport ssm; transport is local');
  }
  if (targets.length > 5) throw new UserError(`input targets: ${targets.length} selectors given; SSM allows at most 5`);
  const comment = str('comment') ?? '';
  if (comment.length > 100) throw new UserError(`input comment: ${comment.length} characters; SSM allows at most 100`);
  const scope = parseScopeInputs({ regions: list('regions'), accounts: list('accounts'), memberRole: str('member-role'), externalId: str('external-id'), sessionName: str('role-session-name')! });
  const scoped = SCOPE_INPUTS.find((spec) => spec.default === undefined && (v[spec.name] as unknown[] | string | undefined)?.length);
  if (transport === 'local' && scoped) throw new UserError(`input ${scoped.name} applies only to transport ssm; transport is local`);
  // The run's own calls (STS, Organizations) go to aws-region; a list of regions can stand in for it.
  const awsRegion = str('aws-region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || (Array.isArray(scope.regions) ? scope.regions[0] : undefined));
  if (transport === 'ssm' && !awsRegion) throw new UserError('no AWS region: set input aws-region, or AWS_REGION / AWS_DEFAULT_REGION');

  const deliveryTimeout = num('delivery-timeout');
  const executionTimeout = num('execution-timeout');
  return {
    templates: list('templates'),
    transport,
    instanceIds,
    targets,
    awsRegion,
    scope,
    maxConcurrency: str('max-concurrency')!,
    maxErrors: str('max-errors')!,
    deliveryTimeout,
    executionTimeout,
    deadline: (v['deadline'] as number | undefined) ?? deliveryTimeout + executionTimeout + 120,
    timeout: num('timeout'),
    concurrency: num('concurrency'),
    outputS3Bucket: str('output-s3-bucket'),
    outputS3KeyPrefix: str('output-s3-key-prefix'),
    comment,
    allowUnsigned: bool('allow-unsigned'),
    trustedCerts: list('trusted-certs'),
    sarifFile: str('sarif-file'),
    jsonlFile: str('jsonl-file'),
    matcherStatus: bool('matcher-status'),
    baseline: str('baseline'),
    category: str('category'),
    annotations: bool('annotations'),
    failOn: str('fail-on') as FailOn,
    failOnUnaudited: bool('fail-on-unaudited'),
  };
}

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s) || s === 'unknown';
}
