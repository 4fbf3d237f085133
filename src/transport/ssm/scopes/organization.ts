// The accounts of an AWS Organization (or of some of its OUs, child OUs included), listed from the management
// account or a delegated administrator. Only ACTIVE accounts are audited: a suspended or closing account has no
// running instances left to reach. A refusal is a configuration mistake the user fixes: one line, exit 2.
import {
  OrganizationsClient,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  type Account,
} from '@aws-sdk/client-organizations';
import { UserError } from '../../../errors.js';
import { aborted, clientSettings, errorName, oneLine, watch, type AwsSession, type Watch } from '../sdk.js';
import type { AccountSelection } from './inputs.js';

export async function organizationAccounts(session: AwsSession, region: string, selection: AccountSelection, w: Watch, signal?: AbortSignal): Promise<string[]> {
  if (!selection.organization && selection.units.length === 0) return [];
  const client = new OrganizationsClient(clientSettings(session, region));
  watch(client.middlewareStack, w);
  const extra = signal ? [{ abortSignal: signal }] : [];
  const active = (accounts: Account[] | undefined) => (accounts ?? []).filter((a) => a.Id && (a.State ?? a.Status) === 'ACTIVE').map((a) => a.Id!);
  const found: string[] = [];
  try {
    if (selection.organization) {
      for await (const page of paginateListAccounts({ client, stopOnSameToken: true }, {}, ...extra)) found.push(...active(page.Accounts));
    } else {
      // Breadth first through each unit's tree; `seen` guards against listing a unit twice when units nest.
      const seen = new Set<string>();
      const queue = [...selection.units];
      while (queue.length > 0) {
        const unit = queue.shift()!;
        if (seen.has(unit)) continue;
        seen.add(unit);
        for await (const page of paginateListAccountsForParent({ client, stopOnSameToken: true }, { ParentId: unit }, ...extra)) found.push(...active(page.Accounts));
        for await (const page of paginateListOrganizationalUnitsForParent({ client, stopOnSameToken: true }, { ParentId: unit }, ...extra)) {
          for (const ou of page.OrganizationalUnits ?? []) if (ou.Id) queue.push(ou.Id);
        }
      }
    }
  } catch (e) {
    if (aborted(e, signal)) throw e;
    throw new UserError(`input accounts: ${refusal(e)}`);
  } finally {
    client.destroy();
  }
  return [...new Set(found)];
}

function refusal(e: unknown): string {
  switch (errorName(e)) {
    case 'AWSOrganizationsNotInUseException':
      return `the current account is not in an AWS Organization (${oneLine(e)})`;
    case 'AccessDeniedException':
      return `AWS Organizations refused to list the accounts (${oneLine(e)}); run from the management account or a delegated administrator, with organizations:ListAccounts, ListAccountsForParent and ListOrganizationalUnitsForParent`;
    case 'ParentNotFoundException':
      return `an OU was not found in the organization (${oneLine(e)})`;
    default:
      return `AWS Organizations could not list the accounts (${oneLine(e)})`;
  }
}
