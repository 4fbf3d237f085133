// The scope inputs and the small pure parts of scopes: what is accepted, the one line for what is not, role ARNs,
// region names, which scope states are gaps, instance ids as AWS writes them.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseOptions } from '../../src/options.js';
import { parseScopeInputs, roleArn, scopeSelection } from '../../src/transport/ssm/scopes/inputs.js';
import { checkRegions } from '../../src/transport/ssm/scopes/regions.js';
import { scopeGap, type ScopeState } from '../../src/transport/ssm/scopes/state.js';
import { parseInstanceIds } from '../../src/transport/ssm/selectors.js';

const base = { regions: [] as string[], accounts: [] as string[], memberRole: undefined as string | undefined, externalId: undefined as string | undefined, sessionName: 'fleetprobe' };
const parse = (over: Partial<typeof base>) => parseScopeInputs({ ...base, ...over });

describe('scope inputs', () => {
  it('reads regions, accounts, OUs and the organization', () => {
    expect(parse({})).toEqual({ regions: undefined, accounts: { ids: [], units: [], organization: false }, memberRole: undefined, externalId: undefined, sessionName: 'fleetprobe' });
    expect(parse({ regions: ['eu-west-1', 'us-gov-west-1', 'eu-west-1'] }).regions).toEqual(['eu-west-1', 'us-gov-west-1']);
    expect(parse({ regions: ['all'] }).regions).toBe('all');
    expect(parse({ accounts: ['111111111111', 'ou-ab12-cdef3456'], memberRole: 'r' }).accounts).toEqual({ ids: ['111111111111'], units: ['ou-ab12-cdef3456'], organization: false });
    expect(parse({ accounts: ['organization'], memberRole: 'arn:aws:iam::{account}:role/audit/fleetprobe-member', externalId: 'x-1' }).accounts.organization).toBe(true);
  });

  it.each([
    [{ regions: ['all', 'eu-west-1'] }, "input regions: 'all' already covers every enabled region; give all or a list, not both"],
    [{ regions: ['EU-WEST-1'] }, "input regions: 'EU-WEST-1' is not a region name (expected names like eu-west-1, or all)"],
    [{ accounts: ['12345'] }, "input accounts: '12345' is not an account id (12 digits), an OU id (ou-…) or organization"],
    [{ accounts: ['organization', '111111111111'], memberRole: 'r' }, 'input accounts: organization already covers every account; give organization alone, or account and OU ids'],
    [{ accounts: ['organization'] }, 'input accounts: auditing other accounts needs member-role, the role fleetprobe assumes in each of them'],
    [{ accounts: ['111111111111', '222222222222'], memberRole: 'arn:aws:iam::111111111111:role/x' }, "input member-role: 'arn:aws:iam::111111111111:role/x' names one account; write {account} in place of the account id to assume it in every audited account"],
    [{ memberRole: 'role with spaces' }, "input member-role: 'role with spaces' is not a role name or a role ARN (expected fleetprobe-member, audit/fleetprobe-member or arn:aws:iam::{account}:role/fleetprobe-member)"],
    [{ externalId: 'abc' }, 'input external-id: applies only with member-role'],
    [{ memberRole: 'r', externalId: 'a b' }, 'input external-id: expected 2 to 1224 characters of letters, digits and +=,.@:/-'],
    [{ sessionName: 'x' }, "input role-session-name: 'x' is not allowed; expected 2 to 64 characters of letters, digits and +=,.@-"],
  ])('refuses %j with one line', (over, message) => {
    expect(() => parse(over)).toThrow(new UserError(message));
  });

  it('builds the role ARN in each account, in the caller\'s partition', () => {
    expect(roleArn('fleetprobe-member', '111111111111', 'aws')).toBe('arn:aws:iam::111111111111:role/fleetprobe-member');
    expect(roleArn('/audit/fleetprobe-member', '111111111111', 'aws-cn')).toBe('arn:aws-cn:iam::111111111111:role/audit/fleetprobe-member');
    expect(roleArn('arn:aws-us-gov:iam::{account}:role/x', '222222222222', 'aws')).toBe('arn:aws-us-gov:iam::222222222222:role/x');
  });

  it('keys the default SARIF category by regions and accounts only when they were given', () => {
    expect(scopeSelection(parse({}))).toBeUndefined();
    expect(scopeSelection(parse({ regions: ['us-east-1', 'eu-west-1'] }))).toBe('eu-west-1,us-east-1');
    expect(scopeSelection(parse({ regions: ['all'], accounts: ['organization'], memberRole: 'r' }))).toBe('all@organization');
  });

  it('belongs to transport ssm; a list of regions stands in for aws-region', () => {
    expect(() => parseOptions((n) => ({ transport: 'local', regions: 'eu-west-1' })[n], {})).toThrow('input regions applies only to transport ssm; transport is local');
    expect(parseOptions((n) => ({ transport: 'ssm', 'instance-ids': 'i-12345678', regions: 'eu-north-1,eu-west-1' })[n], {}).awsRegion).toBe('eu-north-1');
    expect(() => parseOptions((n) => ({ transport: 'ssm', 'instance-ids': 'i-12345678', regions: 'all' })[n], {})).toThrow('no AWS region');
  });
});

describe('region names', () => {
  it('passes the regions the SDK knows without a lookup, checks a newer one by its endpoint, refuses a non-name at once', async () => {
    const looked: string[] = [];
    const resolve = async (host: string) => (looked.push(host), host.startsWith('ssm.eu-newest-1.'));
    await checkRegions(['eu-west-1', 'cn-north-1', 'us-gov-west-1', 'eu-newest-1'], 'regions', false, resolve);
    expect(looked).toEqual(['ssm.eu-newest-1.amazonaws.com']);
    await expect(checkRegions(['eu-west-9'], 'aws-region', false, resolve)).rejects.toThrow("input aws-region: 'eu-west-9' is not an AWS region (its SSM endpoint does not resolve)");
    await expect(checkRegions(['westeurope'], 'aws-region', false, resolve)).rejects.toThrow("input aws-region: 'westeurope' is not a region name (expected names like eu-west-1)");
    // Behind an endpoint override, names are not looked up.
    await checkRegions(['eu-west-9'], 'aws-region', true, resolve);
  });
});

describe('scope states', () => {
  const state = (status: ScopeState['status'], named: boolean): ScopeState => ({ scope: { account: '111111111111', region: 'eu-west-1', named }, status, detail: 'why', boundary: 'b', dispatchedAt: 0, commands: [] });
  it('every state but audited is a gap; an empty scope only when the user named it', () => {
    expect(scopeGap(state('audited', true))).toBeUndefined();
    expect(scopeGap(state('role-not-assumable', false))).toEqual({ kind: 'scope', account: '111111111111', region: 'eu-west-1', state: 'role-not-assumable', reason: 'why' });
    expect(scopeGap(state('no-managed-instances', true))).toMatchObject({ state: 'no-managed-instances' });
    expect(scopeGap(state('no-managed-instances', false))).toBeUndefined();
    expect(scopeGap(state('deadline-exceeded', false))).toMatchObject({ state: 'deadline-exceeded' });
  });
});

describe('instance ids', () => {
  it('are AWS\'s: i- and 8 or 17 lower-case hex digits, or mi- and 17', () => {
    expect(parseInstanceIds(['i-0a1b2c3d', 'i-0123456789abcdef0', 'mi-0123456789abcdef0'])).toHaveLength(3);
    expect(() => parseInstanceIds(['i-0123456789ABCDEF0'])).toThrow("input instance-ids: 'i-0123456789ABCDEF0' is not an instance id (expected i-xxxxxxxx, i-xxxxxxxxxxxxxxxxx or mi-xxxxxxxxxxxxxxxxx, x a lower-case hex digit)");
    for (const bad of ['i-0123456789abcdefg', 'i-0123456789_bcdef0', 'mi-0a1b2c3d', 'i-0123456789abcdef', 'I-0123456789abcdef0']) expect(() => parseInstanceIds([bad]), bad).toThrow(UserError);
  });
});
