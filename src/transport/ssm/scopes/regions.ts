// Regions: a name the user gave is checked before any work (a typo is one line, exit 2, not a DNS error after
// retries), and `regions: all` becomes each account's enabled regions (account:ListRegions, in that account).
import { AccountClient, paginateListRegions } from '@aws-sdk/client-account';
import { partition } from '@aws-sdk/core/client';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { lookup } from 'node:dns/promises';
import { UserError } from '../../../errors.js';
import { clientSettings, watch, type AwsSession, type Watch } from '../sdk.js';
import { REGION_NAME } from './inputs.js';

/** Does the host name resolve? (A region the SDK does not know yet exists only if its endpoints do.) */
export type Resolver = (host: string) => Promise<boolean>;

const DNS_TIMEOUT_MS = 1500;

export const resolves: Resolver = (host) =>
  Promise.race([
    lookup(host).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((r) => setTimeout(() => r(false), DNS_TIMEOUT_MS).unref()),
  ]);

/**
 * Throws UserError for a region AWS does not have. Regions in the SDK's partition data pass offline; a newer one
 * passes when its SSM endpoint resolves (not checked when an endpoint override points elsewhere).
 */
export async function checkRegions(regions: readonly string[], input: string, overridden: boolean, resolve: Resolver = resolves): Promise<void> {
  const unknown = regions.filter((r) => !('description' in partition(r)));
  for (const r of unknown) {
    if (!REGION_NAME.test(r)) throw new UserError(`input ${input}: '${r}' is not a region name (expected names like eu-west-1)`);
  }
  if (overridden) return;
  const missing = (await Promise.all(unknown.map(async (r) => ((await resolve(`ssm.${r}.${partition(r).dnsSuffix}`)) ? undefined : r)))).filter((r) => r !== undefined);
  if (missing.length > 0) throw new UserError(`input ${input}: '${missing[0]}' is not an AWS region (its SSM endpoint does not resolve)`);
}

/** An endpoint override sends every call to one place, so region names cannot be checked against DNS. */
export function endpointOverridden(session: AwsSession, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(session.endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_SSM);
}

/** The regions enabled for the account whose credentials these are (enabled by default, or opted in). */
export async function enabledRegions(session: AwsSession, credentials: AwsCredentialIdentityProvider | undefined, region: string, w: Watch, signal?: AbortSignal): Promise<string[]> {
  const client = new AccountClient({ ...clientSettings(session, region), ...(credentials ? { credentials } : {}) });
  watch(client.middlewareStack, w);
  const found: string[] = [];
  try {
    const pages = paginateListRegions({ client, stopOnSameToken: true }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] }, ...(signal ? [{ abortSignal: signal }] : []));
    for await (const page of pages) for (const r of page.Regions ?? []) if (r.RegionName) found.push(r.RegionName);
  } finally {
    client.destroy();
  }
  return found.sort();
}
