// Sends the probe scripts: one SendCommand per script part and batch of at most 50 ids (or per resource
// group), each id in exactly one command per part. A batch refused as a whole because one id went bad since
// pre-flight (InvalidInstanceId), or that the role may not touch (AccessDenied, e.g. an IAM tag condition), is
// halved until the bad id stands alone, so it cannot take others down.
import type { SendCommandRequest } from '@aws-sdk/client-ssm';
import type { RunOptions } from '../../options.js';
import type { Target, UnauditedReason } from '../../types.js';
import type { SsmApi } from './client.js';
import { errorName, oneLine } from './sdk.js';
import type { ScriptPart } from './script.js';
import type { Selector } from './selectors.js';
import { chunk, type Place } from './targets.js';

export interface SentCommand {
  commandId: string;
  /** Index of the script part (its templates) this command carries. */
  part: number;
  /** The instances it was sent to; absent for a resource group, whose instances SSM chooses. */
  targets?: Target[];
  group?: string;
}

export interface Refused {
  target: Target;
  part: number;
  reason: UnauditedReason;
  detail: string;
}

type SendOptions = Pick<RunOptions, 'maxConcurrency' | 'maxErrors' | 'deliveryTimeout' | 'executionTimeout' | 'outputS3Bucket' | 'outputS3KeyPrefix' | 'comment'>;

export function commandRequest(options: SendOptions, script: string): SendCommandRequest {
  return {
    DocumentName: 'AWS-RunShellScript',
    Parameters: { commands: [script], executionTimeout: [String(options.executionTimeout)] },
    TimeoutSeconds: options.deliveryTimeout,
    MaxConcurrency: options.maxConcurrency,
    MaxErrors: options.maxErrors,
    ...(options.comment ? { Comment: options.comment } : {}),
    ...(options.outputS3Bucket ? { OutputS3BucketName: options.outputS3Bucket } : {}),
    ...(options.outputS3Bucket && options.outputS3KeyPrefix ? { OutputS3KeyPrefix: options.outputS3KeyPrefix } : {}),
  };
}

export async function dispatch(
  api: SsmApi,
  options: SendOptions,
  parts: readonly ScriptPart[],
  targets: readonly Target[],
  groups: readonly Extract<Selector, { kind: 'resource-group' }>[],
  onCommand: (commandId: string) => void,
  where: Place,
): Promise<{ sent: SentCommand[]; refused: Refused[] }> {
  const sent: SentCommand[] = [];
  const refused: Refused[] = [];
  // A role that may send nowhere would turn halving into two calls per id: stop after a few lone refusals.
  let lonelyDenials = 0;
  const worthHalving = (e: unknown, size: number) =>
    size > 1 && (errorName(e) === 'InvalidInstanceId' || (/AccessDenied/.test(errorName(e)) && (sent.length > 0 || lonelyDenials < 3)));
  const send = async (part: number, batch: Target[]): Promise<void> => {
    try {
      const commandId = await api.sendCommand({ ...commandRequest(options, parts[part]!.script), InstanceIds: batch.map((t) => t.id) });
      onCommand(commandId);
      sent.push({ commandId, part, targets: batch });
    } catch (e) {
      if (worthHalving(e, batch.length)) {
        const half = Math.ceil(batch.length / 2);
        await Promise.all([send(part, batch.slice(0, half)), send(part, batch.slice(half))]);
        return;
      }
      if (batch.length === 1 && /AccessDenied/.test(errorName(e))) lonelyDenials++;
      const reason: UnauditedReason = errorName(e) === 'InvalidInstanceId' ? 'not-managed' : /AccessDenied/.test(errorName(e)) ? 'access-denied' : 'failed';
      for (const target of batch) refused.push({ target, part, reason, detail: `SendCommand refused: ${oneLine(e)}` });
    }
  };
  const sendGroup = async (part: number, group: Extract<Selector, { kind: 'resource-group' }>): Promise<void> => {
    try {
      const commandId = await api.sendCommand({ ...commandRequest(options, parts[part]!.script), Targets: [{ Key: 'resource-groups:Name', Values: [group.name] }] });
      onCommand(commandId);
      sent.push({ commandId, part, group: group.text });
    } catch (e) {
      // A refused group has no known instances; it is reported under its own name so the error is seen.
      refused.push({ target: { id: group.text, transport: 'ssm', account: where.account, region: where.region }, part, reason: 'failed', detail: `SendCommand refused: ${oneLine(e)}` });
    }
  };
  await Promise.all(parts.flatMap((_, part) => [...chunk(targets).map((batch) => send(part, batch)), ...groups.map((g) => sendGroup(part, g))]));
  return { sent, refused };
}
