// The action's post step (runs even when the job was cancelled): cancels the commands main sent that are
// still running, so a cancelled workflow leaves nothing behind on the fleet. Commands of other accounts and
// regions are cancelled there, through the member role main used. It never fails the job.
import * as core from '@actions/core';
import { readFile, rm } from 'node:fs/promises';
import { parseSent, type SentCommand } from './sent-commands.js';
import { Pacer } from './transport/ssm/sdk.js';
import { createSsmApi } from './transport/ssm/client.js';
import { Accounts } from './transport/ssm/scopes/identity.js';

const STILL_RUNNING = new Set(['Pending', 'InProgress']);

export async function run(): Promise<void> {
  const file = core.getState('commands-file');
  const sent = file ? await readSent(file) : [];
  if (sent.length === 0) return;
  const ids = sent.map((c) => c.id);
  const region = core.getInput('aws-region') || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  // Each command in the account and region it was sent to; one without them went to the run's own.
  const groups = new Map<string, { account?: string; region: string; ids: string[] }>();
  for (const { id, account, region: sentTo } of sent) {
    const where: { account?: string; region: string } | undefined = sentTo ? { ...(account ? { account } : {}), region: sentTo } : region ? { region } : undefined;
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
  // Every command was checked (and cancelled if it still ran): the record has done its job.
  await rm(file, { force: true });
}

/** No file: nothing was sent (a local run, or the main step stopped before sending). */
async function readSent(file: string): Promise<SentCommand[]> {
  try {
    return parseSent(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') core.warning(`fleetprobe post: cannot read the commands sent (${file}): ${(e as Error).message}`);
    return [];
  }
}
