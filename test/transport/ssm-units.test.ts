// The SSM transport's small pure parts: input checks, status names, pacing, output locations, agent truncation.
import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/transport/ssm/sdk.js';
import { s3Key } from '../../src/transport/ssm/collect.js';
import { commandRequest } from '../../src/transport/ssm/dispatch.js';
import { parseInstanceIds, parseSelector } from '../../src/transport/ssm/selectors.js';
import { terminalState } from '../../src/transport/ssm/status.js';
import { pluginOutput, PLUGIN_OUTPUT_MAX } from '../support/ssm-emulator/agent-output.js';
import { ssmOptions } from '../support/fleet-ssm.js';

describe('ssm inputs', () => {
  it('accepts the id forms SendCommand accepts, drops repeats, and names every bad one in one line', () => {
    expect(parseInstanceIds(['i-12345678', 'i-0123456789abcdef0', 'mi-0123456789abcdef0', 'i-12345678'])).toEqual(['i-12345678', 'i-0123456789abcdef0', 'mi-0123456789abcdef0']);
    expect(() => parseInstanceIds(['i-1', 'x', 'i-0123456789abcdef0', 'mi-12345678', 'i-zz'])).toThrow("input instance-ids: 'i-1', 'x', 'mi-12345678' and 1 more are not instance ids");
  });

  it('parses the three selector forms', () => {
    expect(parseSelector('tag:Role=mail, relay')).toEqual({ kind: 'tag', key: 'Role', values: ['mail', 'relay'], text: 'tag:Role=mail, relay' });
    expect(parseSelector('tag-key=Owner')).toEqual({ kind: 'tag-key', keys: ['Owner'], text: 'tag-key=Owner' });
    expect(parseSelector('resource-groups:Name=mail-fleet')).toEqual({ kind: 'resource-group', name: 'mail-fleet', text: 'resource-groups:Name=mail-fleet' });
    expect(() => parseSelector('tag:=x')).toThrow(/is not a valid tag key/);
    expect(() => parseSelector(`tag:K=${Array.from({ length: 51 }, (_, i) => i).join(',')}`)).toThrow(/51 values; SSM allows at most 50/);
  });

  it('builds the SendCommand request from the options: MaxErrors 100%, both timeouts, output bucket', () => {
    const o = ssmOptions({ 'instance-ids': 'i-12345678', 'output-s3-bucket': 'b', 'output-s3-key-prefix': 'p' });
    expect(commandRequest(o, 'echo')).toEqual({
      DocumentName: 'AWS-RunShellScript',
      Parameters: { commands: ['echo'], executionTimeout: ['600'] },
      TimeoutSeconds: 600,
      MaxConcurrency: '50',
      MaxErrors: '100%',
      Comment: 'fleetprobe audit',
      OutputS3BucketName: 'b',
      OutputS3KeyPrefix: 'p',
    });
  });
});

describe('ssm terminal states', () => {
  it('gives every terminal state a named outcome and waits on the others', () => {
    for (const s of ['Pending', 'InProgress', 'Delayed', 'Cancelling']) expect(terminalState(s, s)).toBeUndefined();
    expect(terminalState('Success', 'Success')).toEqual({ kind: 'ran' });
    const reason = (status: string, details: string) => (terminalState(status, details) as { reason: string }).reason;
    expect(reason('TimedOut', 'DeliveryTimedOut')).toBe('delivery-timed-out');
    expect(reason('TimedOut', 'Delivery Timed Out')).toBe('delivery-timed-out');
    expect(reason('TimedOut', 'ExecutionTimedOut')).toBe('execution-timed-out');
    expect(reason('TimedOut', '')).toBe('timed-out');
    expect(reason('Failed', 'Undeliverable')).toBe('undeliverable');
    expect(reason('Failed', 'InvalidPlatform')).toBe('wrong-platform');
    expect(reason('Failed', 'AccessDenied')).toBe('access-denied');
    expect(reason('Failed', 'Terminated')).toBe('terminated');
    expect(reason('Cancelled', 'Cancelled')).toBe('cancelled');
    expect(reason('Failed', 'Failed')).toBe('failed');
  });
});

describe('ssm pacing and output locations', () => {
  it('halves the calls in flight on a throttle (once a second at most) and grows back one at a time', async () => {
    const p = new Pacer(8);
    p.throttled(10_000);
    p.throttled(10_500);
    expect(p.current).toBe(4);
    p.throttled(11_600);
    expect(p.current).toBe(2);
    for (let i = 0; i < 2; i++) await p.run(async () => undefined);
    expect(p.current).toBe(3);
  });

  it('never runs more calls at once than its limit', async () => {
    const p = new Pacer(3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        p.run(async () => {
          peak = Math.max(peak, ++active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('finds the full stdout where the agent writes it', () => {
    expect(s3Key(undefined, 'c1', 'i-12345678')).toBe('c1/i-12345678/awsrunShellScript/0.awsrunShellScript/stdout');
    expect(s3Key('audits/', 'c1', 'i-12345678')).toBe('audits/c1/i-12345678/awsrunShellScript/0.awsrunShellScript/stdout');
  });

  it('emulates the agent\'s 2,500-character plugin output with its markers', () => {
    expect(pluginOutput('out', 'err')).toBe('out\n----------ERROR-------\nerr');
    const both = pluginOutput('o'.repeat(3000), 'e'.repeat(3000));
    expect(both.length).toBeLessThanOrEqual(PLUGIN_OUTPUT_MAX);
    expect(both).toContain('---Output truncated---');
    expect(both).toContain('---Error truncated----');
    expect(pluginOutput('o'.repeat(3000), '')).toHaveLength(PLUGIN_OUTPUT_MAX);
  });
});
