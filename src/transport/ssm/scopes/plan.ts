// Which (account, region) scopes a run covers: the accounts named, listed from the Organization, or the current
// credentials' own; in each, the regions named, all enabled ones, or the run's region. Input mistakes found here
// (an unknown region, an Organization that refuses) stop the run with one line before anything is sent.
import { UserError } from '../../../errors.js';
import { aborted, oneLine, type AwsSession, type Watch } from '../sdk.js';
import type { Accounts } from './identity.js';
import type { ScopeInputs } from './inputs.js';
import { organizationAccounts } from './organization.js';
import { checkRegions, enabledRegions, endpointOverridden, type Resolver } from './regions.js';
import type { Scope } from './state.js';

/** Accounts whose regions are listed at once (regions: all): each is an AssumeRole and a ListRegions. */
const ACCOUNTS_AT_ONCE = 16;

export interface PlanContext {
  session: AwsSession;
  /** The run's own region: STS, Organizations and Account calls go there. */
  home: string;
  accounts: Accounts;
  watch: Watch;
  signal?: AbortSignal;
}

/** Region names the user gave, checked before any call (offline for every region the SDK knows). */
export async function checkRegionInputs(inputs: ScopeInputs, home: string, session: AwsSession, resolve?: Resolver): Promise<void> {
  const named = Array.isArray(inputs.regions) ? inputs.regions : [];
  await checkRegions([home], named.includes(home) ? 'regions' : 'aws-region', endpointOverridden(session), resolve);
  await checkRegions(named, 'regions', endpointOverridden(session), resolve);
}

export async function planScopes(inputs: ScopeInputs, p: PlanContext): Promise<Scope[]> {
  const caller = p.accounts.caller.account;
  const { ids, units, organization } = inputs.accounts;
  const listed = await organizationAccounts(p.session, p.home, inputs.accounts, p.watch, p.signal);
  if ((organization || units.length > 0) && listed.length === 0) throw new UserError(`input accounts: no active account found in ${organization ? 'the organization' : units.join(', ')}`);
  const explicit = ids.length > 0 || listed.length > 0 ? ids : [caller];
  const accounts = [...new Map([...explicit.map((a) => [a, true] as const), ...listed.filter((a) => !explicit.includes(a)).map((a) => [a, false] as const)])];
  const foreign = accounts.find(([a]) => a !== caller);
  if (foreign && p.accounts.roleIn(foreign[0]) === undefined) throw new UserError(`input accounts: auditing account ${foreign[0]} needs member-role, the role fleetprobe assumes there (the credentials are account ${caller}'s)`);

  if (inputs.regions !== 'all') {
    const regions = inputs.regions ?? [p.home];
    return accounts.flatMap(([account, isNamed]) => regions.map((region) => ({ account, region, named: isNamed })));
  }
  const scopes: Scope[][] = [];
  for (let i = 0; i < accounts.length; i += ACCOUNTS_AT_ONCE) {
    scopes.push(...(await Promise.all(accounts.slice(i, i + ACCOUNTS_AT_ONCE).map(([account]) => allRegions(account, p)))));
  }
  return scopes.flat();
}

/** The account's enabled regions, each a scope; or one `*` scope saying why they could not be listed. */
async function allRegions(account: string, p: PlanContext): Promise<Scope[]> {
  const failed = (status: 'role-not-assumable' | 'regions-not-listed', detail: string): Scope[] => [{ account, region: '*', named: false, failed: { status, detail } }];
  try {
    await p.accounts.reach(account, p.signal);
  } catch (e) {
    if (aborted(e, p.signal)) throw e;
    return failed('role-not-assumable', `could not assume ${p.accounts.roleIn(account)}: ${oneLine(e)}`);
  }
  try {
    const regions = await enabledRegions(p.session, p.accounts.credentialsFor(account), p.home, p.watch, p.signal);
    return regions.map((region) => ({ account, region, named: false }));
  } catch (e) {
    if (aborted(e, p.signal)) throw e;
    return failed('regions-not-listed', `could not list the account's enabled regions (${oneLine(e)}); the role needs account:ListRegions`);
  }
}
