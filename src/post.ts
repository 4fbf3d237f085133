// The action's post step (runs even when the job was cancelled): cancels the commands main sent that are
// still running, so a cancelled workflow leaves nothing behind on the fleet. It never fails the job.
import * as core from '@actions/core';
import { createSsmApi } from './transport/ssm/client.js';

const STILL_RUNNING = new Set(['Pending', 'InProgress']);

export async function run(): Promise<void> {
  const ids = core
    .getState('command-ids')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) return;
  const region = core.getInput('aws-region') || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  if (!region) {
    core.warning(`fleetprobe post: no AWS region, cannot check ${ids.length} command(s) for cancellation`);
    return;
  }
  const api = createSsmApi({ region, maxAttempts: 5 });
  await Promise.all(
    ids.map(async (id) => {
      try {
        const status = await api.commandStatus(id);
        if (!status || !STILL_RUNNING.has(status.status)) return;
        await api.cancelCommand(id);
        core.info(`fleetprobe post: cancelled command ${id} (was ${status.status})`);
      } catch (e) {
        core.warning(`fleetprobe post: could not cancel command ${id}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),
  );
}
