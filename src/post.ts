// The action's post step (runs even when the job was cancelled): cancels the commands main sent that are
// still running, so a cancelled workflow leaves nothing behind on the fleet. Commands of other accounts and
// regions are cancelled there, through the member role main used. It never fails the job.
import * as core from '@actions/core';
import { Pacer } from './transport/ssm/sdk.js';
import { createSsmApi } from './transport/ssm/client.js';
import { Accounts } from './transport/ssm/scopes/identity.js';

const STILL_RUNNING = new Set(['Pending', 'InProgress']);

export async function run(): Promise<void> {
  const ids = core
    .getState('command-ids')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) return;
  const region = core.getInput('aws-region') || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  // Where each command was sent (multi-account runs); the rest went to the run's own account and region.
  const placed = parseScopes(core.getState('command-scopes'));
  const groups = new Map<string, { account?: string; region: string; ids: string[] }>();
  for (const id of ids) {
    const where: { account?: string; region: string } | undefined = placed.get(id) ?? (region ? { region } : undefined);
    if (!where) {
      core.warning(`fleetprobe post: no AWS region, cannot check command ${id} for cancellation`);
      continue;
    }
    const key = `${where.account ?? ''}/${where.region}`;
    const group = groups.get(key) ?? { ...where, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const role = core.getInput('member-role') || undefined;
  const accounts = role && region ? new Accounts({}, region, { memberRole: role, externalId: core.getInput('external-id') || undefined, sessionName: core.getInput('role-session-name') || 'fleetprobe' }, { calls: {}, pacers: [new Pacer(4)] }) : undefined;
  try {
    await accounts?.identify();
  } catch (e) {
    core.warning(`fleetprobe post: cannot check ${ids.length} command(s) for cancellation: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  await Promise.all(
    [...groups.values()].map(async (g) => {
      const credentials = g.account === undefined ? undefined : accounts?.credentialsFor(g.account);
      const api = createSsmApi({ region: g.region, maxAttempts: 5, ...(credentials ? { credentials } : {}) });
      await Promise.all(
        g.ids.map(async (id) => {
          try {
            const status = await api.commandStatus(id);
            if (!status || !STILL_RUNNING.has(status.status)) return;
            await api.cancelCommand(id);
            core.info(`fleetprobe post: cancelled command ${id} (was ${status.status})`);
          } catch (e) {
            core.warning(`fleetprobe post: could not cancel command ${id}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
          }
        }),
      );
    }),
  );
}

/** `{"<account>/<region>": [ids]}` as main saves it; anything else is ignored (the ids still get the default scope). */
function parseScopes(text: string): Map<string, { account: string; region: string }> {
  const out = new Map<string, { account: string; region: string }>();
  try {
    const parsed = JSON.parse(text || '{}') as unknown;
    if (typeof parsed !== 'object' || parsed === null) return out;
    for (const [scope, ids] of Object.entries(parsed)) {
      const [account, region] = scope.split('/');
      if (!account || !region || !Array.isArray(ids)) continue;
      for (const id of ids) if (typeof id === 'string') out.set(id, { account, region });
    }
  } catch {
    // A damaged state file: fall back to the default scope.
  }
  return out;
}
