// The scope inputs (which accounts and regions an SSM run covers, and how it gets into each account), checked
// before any work: every mistake is one line naming the input, the value and what is allowed.
import { UserError } from '../../../errors.js';
import type { InputSpec } from '../../../options.js';

export const SCOPE_INPUTS: readonly InputSpec[] = [
  { name: 'regions', kind: 'list', description: 'Regions to audit in every account: a list, or `all` (each account\'s enabled regions). Default: aws-region.' },
  {
    name: 'accounts',
    kind: 'list',
    description: 'Accounts to audit: 12-digit ids, OU ids (`ou-…`, child OUs included) or `organization` (every active account), listed through AWS Organizations. Default: the current credentials\' account.',
  },
  { name: 'member-role', kind: 'string', description: 'Role to assume in each audited account: a name (`fleetprobe-member`, `path/name`) or an ARN with `{account}`. Default: none (the current credentials).' },
  { name: 'external-id', kind: 'string', description: 'External id to pass when assuming member-role.' },
  { name: 'role-session-name', kind: 'string', default: 'fleetprobe', description: 'Session name when assuming member-role (CloudTrail shows it).' },
];

/** Which accounts: the current credentials' own (none given), and/or listed ids, and/or Organizations units. */
export interface AccountSelection {
  ids: string[];
  /** OU ids whose accounts (child OUs included) are audited. */
  units: string[];
  organization: boolean;
}

export interface ScopeInputs {
  /** undefined: the run's region (aws-region). */
  regions: string[] | 'all' | undefined;
  accounts: AccountSelection;
  /** A role name (with optional path) or an ARN pattern; `{account}` stands for each account id. */
  memberRole: string | undefined;
  externalId: string | undefined;
  sessionName: string;
}

export const ACCOUNT_ID = /^\d{12}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
/** Region names as the AWS partitions write them (us-east-1, us-gov-west-1, eu-isoe-west-1, eusc-de-east-1). */
export const REGION_NAME = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
/** IAM role names: 1-64 of `\w+=,.@-`; a path is `/`-separated segments of printable ASCII. */
const ROLE_NAME = /^\/?(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(?:\d{12}|\{account\}):role\/(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;
/** STS limits: RoleSessionName 2-64 of `\w+=,.@-`; ExternalId 2-1224 of `\w+=,.@:/-`. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

export function parseScopeInputs(raw: { regions: string[]; accounts: string[]; memberRole: string | undefined; externalId: string | undefined; sessionName: string }): ScopeInputs {
  const regions = [...new Set(raw.regions)];
  if (regions.includes('all') && regions.length > 1) throw new UserError(`input regions: 'all' already covers every enabled region; give all or a list, not both`);
  for (const r of regions) if (r !== 'all' && !REGION_NAME.test(r)) throw new UserError(`input regions: '${shown(r)}' is not a region name (expected names like eu-west-1, or all)`);

  const accounts: AccountSelection = { ids: [], units: [], organization: false };
  for (const a of new Set(raw.accounts)) {
    if (a === 'organization') accounts.organization = true;
    else if (ACCOUNT_ID.test(a)) accounts.ids.push(a);
    else if (OU_ID.test(a)) accounts.units.push(a);
    else throw new UserError(`input accounts: '${shown(a)}' is not an account id (12 digits), an OU id (ou-…) or organization`);
  }
  if (accounts.organization && (accounts.units.length > 0 || accounts.ids.length > 0)) throw new UserError('input accounts: organization already covers every account; give organization alone, or account and OU ids');

  const role = raw.memberRole;
  if (role !== undefined && !ROLE_NAME.test(role) && !ROLE_ARN.test(role)) {
    throw new UserError(`input member-role: '${shown(role)}' is not a role name or a role ARN (expected fleetprobe-member, audit/fleetprobe-member or arn:aws:iam::{account}:role/fleetprobe-member)`);
  }
  const listed = accounts.organization || accounts.units.length > 0 || accounts.ids.length > 1;
  if (listed && role === undefined) throw new UserError('input accounts: auditing other accounts needs member-role, the role fleetprobe assumes in each of them');
  if (role !== undefined && ROLE_ARN.test(role) && !role.includes('{account}') && listed) {
    throw new UserError(`input member-role: '${shown(role)}' names one account; write {account} in place of the account id to assume it in every audited account`);
  }
  if (raw.externalId !== undefined && role === undefined) throw new UserError('input external-id: applies only with member-role');
  if (raw.externalId !== undefined && !EXTERNAL_ID.test(raw.externalId)) throw new UserError('input external-id: expected 2 to 1224 characters of letters, digits and +=,.@:/-');
  if (!SESSION_NAME.test(raw.sessionName)) throw new UserError(`input role-session-name: '${shown(raw.sessionName)}' is not allowed; expected 2 to 64 characters of letters, digits and +=,.@-`);

  return {
    regions: regions.length === 0 ? undefined : regions.includes('all') ? 'all' : regions,
    accounts,
    memberRole: role,
    externalId: raw.externalId,
    sessionName: raw.sessionName,
  };
}

/** `<regions>@<accounts>` for a run widened by scope inputs (it keys the default SARIF category); undefined otherwise. */
export function scopeSelection(s: ScopeInputs): string | undefined {
  const accounts = s.accounts.organization ? 'organization' : [...s.accounts.ids, ...s.accounts.units].sort().join(',');
  if (s.regions === undefined && accounts === '') return undefined;
  const regions = s.regions === undefined ? undefined : s.regions === 'all' ? 'all' : [...s.regions].sort().join(',');
  return [regions, accounts].filter((x) => x !== undefined && x !== '').join('@');
}

/** The role's ARN in one account: a name becomes `arn:<partition>:iam::<account>:role/<name>`. */
export function roleArn(role: string, account: string, partition: string): string {
  if (role.startsWith('arn:')) return role.replaceAll('{account}', account);
  return `arn:${partition}:iam::${account}:role/${role.replace(/^\//, '')}`;
}

function shown(s: string): string {
  const flat = s.replace(/[\r\n]+/g, '\\n');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
