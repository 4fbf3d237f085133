// The SSM transport end to end at transport level: the real @aws-sdk/client-ssm (and client-s3) talking
// HTTP to the emulator on 127.0.0.1, which runs the real probe script with `sh` per emulated instance.
import { readFileSync } from 'node:fs';
import { ListCommandInvocationsCommand, SendCommandCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { judge } from '../../src/audit.js';
import { UserError } from '../../src/errors.js';
import type { ProbeRun, Template } from '../../src/types.js';
import { blocksOf, byKey, ssmOptions, TEST_CREDENTIALS, transportFor } from '../support/fleet-ssm.js';
import { instance, instanceId, PROFILES } from '../support/fleet.js';
import { startEmulator, type Emulator } from '../support/ssm-emulator/server.js';
import type { EmulatedInstance } from '../support/ssm-emulator/model.js';
import { SsmTransport } from '../../src/transport/ssm/index.js';
import { codeTemplate, templateFromYaml } from '../support/templates.js';

const SMTP = templateFromYaml(readFileSync('fixtures/templates/smtp-open-relay.yaml', 'utf8'), 'fixtures/templates/smtp-open-relay.yaml');
const ECHO = codeTemplate('echo', [{ source: 'echo "hello from $(cat)"' }], '');

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function fleet(instances: EmulatedInstance[], options: Parameters<typeof startEmulator>[1] = {}): Promise<Emulator> {
  emu = await startEmulator(instances, { deliverySecondMs: 10, ...options });
  return emu;
}

function verdicts(runs: readonly ProbeRun[], template: Template): Record<string, string> {
  return Object.fromEntries(runs.filter((r) => r.templateId === template.id).map((r) => {
    const result = judge(template, r, 'now');
    return [r.target.id, result.verdict === 'unaudited' ? `unaudited:${result.unaudited!.reason}` : result.verdict];
  }));
}

describe('ssm transport against the emulator', () => {
  it('audits a mixed fleet: one outcome per host and template, the bad hosts named and never sent, no per-host calls', async () => {
    const e = await fleet([
      instance(1, PROFILES.openRelay),
      instance(2, PROFILES.safeRelay),
      instance(3, PROFILES.sendmailOpen),
      instance(4, PROFILES.idle),
      instance(5, PROFILES.idle, { ping: 'ConnectionLost' }),
      instance(6, PROFILES.idle, { platform: 'Windows' }),
      instance(7, PROFILES.idle, { managed: false }),
    ]);
    const ids = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => instanceId(n));
    const sent: string[] = [];
    const t = transportFor(e, { 'instance-ids': ids.join('\n') }, { onCommand: (id) => sent.push(id) });
    const { runs, commandIds } = await t.run([SMTP, ECHO]);
    expect(byKey(runs).size).toBe(16);
    expect(verdicts(runs, SMTP)).toEqual({
      [ids[0]!]: 'vulnerable',
      [ids[1]!]: 'clean',
      [ids[2]!]: 'vulnerable',
      [ids[3]!]: 'clean',
      [ids[4]!]: 'unaudited:offline',
      [ids[5]!]: 'unaudited:wrong-platform',
      [ids[6]!]: 'unaudited:not-managed',
      [ids[7]!]: 'unaudited:not-managed',
    });
    expect(blocksOf(byKey(runs).get(`${ids[0]}/echo`))[0]!.stdout).toBe(`hello from ${ids[0]}\n`);
    expect(commandIds).toEqual(sent);
    expect(commandIds).toHaveLength(1);
    expect(runs.every((r) => !('blocks' in r) || r.commandId === commandIds[0])).toBe(true);
    expect(t.api.calls.GetCommandInvocation).toBe(0);
    expect(t.api.calls.S3GetObject).toBe(0);
    const [command] = e.model.commands.values();
    expect(command!.instanceIds).toEqual(ids.slice(0, 4));
  });

  it('rejects malformed ids and selectors before any API call', async () => {
    const e = await fleet([]);
    expect(() => transportFor(e, { 'instance-ids': 'i-0123456789abcdef0,i-nope' })).toThrow(new UserError("input instance-ids: 'i-nope' is not an instance id (expected i-xxxxxxxx, i-xxxxxxxxxxxxxxxxx or mi-xxxxxxxxxxxxxxxxx)"));
    expect(() => transportFor(e, { targets: 'Role=mail' })).toThrow(/input targets: 'Role=mail': unknown key 'Role'/);
    expect(() => transportFor(e, { targets: 'tag:Role=' })).toThrow(/no value after =/);
    expect(() => transportFor(e, { targets: 'resource-groups:Name=a,b' })).toThrow(/exactly one resource group/);
    expect(e.model.requests).toEqual({});
  });

  it('batches 120 ids into commands of at most 50, polls with at most 1 + ceil(N/50) calls a round', async () => {
    const instances = Array.from({ length: 120 }, (_, n) => instance(100 + n, PROFILES.idle, n % 3 === 0 ? {} : { synthetic: { runMs: 200 } }));
    const e = await fleet(instances);
    const rounds: number[] = [];
    const t = transportFor(e, { 'instance-ids': instances.map((i) => i.id).join(',') }, { onRound: (c) => rounds.push(c) });
    const { runs, commandIds } = await t.run([ECHO]);
    expect(byKey(runs).size).toBe(120);
    expect(runs.every((r) => 'blocks' in r)).toBe(true);
    expect(commandIds).toHaveLength(3);
    expect([...e.model.commands.values()].map((c) => c.instanceIds.length).sort()).toEqual([20, 50, 50]);
    expect(t.api.calls.DescribeInstanceInformation).toBe(3);
    expect(Math.max(...rounds)).toBeLessThanOrEqual(1 + Math.ceil(120 / 50));
    expect(t.api.calls.GetCommandInvocation).toBe(0);
  });

  it('resolves tag selectors through DescribeInstanceInformation and sends resource groups as Targets; each instance once', async () => {
    const e = await fleet([
      instance(1, PROFILES.openRelay, { tags: { Role: 'mail' }, resourceGroups: ['mail-fleet'] }),
      instance(2, PROFILES.safeRelay, { tags: { Role: 'relay', Owner: 'ops' } }),
      instance(3, PROFILES.idle, { tags: { Role: 'web' } }),
      instance(4, PROFILES.idle, { tags: { Role: 'mail' }, ping: 'ConnectionLost' }),
      instance(5, PROFILES.sendmailOpen, { resourceGroups: ['mail-fleet'] }),
    ]);
    const t = transportFor(e, { targets: 'tag:Role=mail,relay\ntag-key=Owner\nresource-groups:Name=mail-fleet' });
    const { runs } = await t.run([SMTP]);
    expect(verdicts(runs, SMTP)).toEqual({
      [instanceId(1)]: 'vulnerable',
      [instanceId(2)]: 'clean',
      [instanceId(4)]: 'unaudited:offline',
      [instanceId(5)]: 'vulnerable',
    });
    // Instance 1 is in the tag selection and the group: it ran twice but is reported once.
    expect(runs.filter((r) => r.target.id === instanceId(1))).toHaveLength(1);
    const sentTargets = [...e.model.commands.values()].map((c) => (c.targets.length ? c.targets : c.instanceIds));
    expect(sentTargets).toContainEqual([{ Key: 'resource-groups:Name', Values: ['mail-fleet'] }]);
    expect(sentTargets).toContainEqual([instanceId(1), instanceId(2)]);
  });

  it('rides out a throttling storm and the service\'s delayed visibility', async () => {
    const instances = Array.from({ length: 60 }, (_, n) => instance(200 + n, PROFILES.idle, { synthetic: { runMs: 100 } }));
    // Every other request of every operation is throttled for the first 8 of each.
    const e = await fleet(instances, { throttle: (_op, n) => n <= 8 && n % 2 === 1, visibilityDelayMs: 400 });
    const t = transportFor(e, { 'instance-ids': instances.map((i) => i.id).join('\n') });
    const { runs } = await t.run([ECHO]);
    expect(byKey(runs).size).toBe(60);
    expect(runs.every((r) => 'blocks' in r)).toBe(true);
    expect(Object.values(e.model.throttled).reduce((a, b) => a + b, 0)).toBeGreaterThan(2);
    expect(t.api.throttledAttempts()).toBe(Object.values(e.model.throttled).reduce((a, b) => a + b, 0));
  });

  it('reads cut output with GetCommandInvocation, then S3; never passes what it cannot read whole', async () => {
    const medium = codeTemplate('medium', [{ source: 'head -c 6000 /dev/zero | tr "\\0" m; echo' }]);
    const large = codeTemplate('large', [{ source: 'head -c 40000 /dev/zero | tr "\\0" l; echo' }]);
    const e = await fleet([instance(1, PROFILES.idle), instance(2, PROFILES.idle)]);
    const ids = `${instanceId(1)},${instanceId(2)}`;

    const noBucket = transportFor(e, { 'instance-ids': ids });
    const a = byKey((await noBucket.run([medium, large])).runs);
    expect(blocksOf(a.get(`${instanceId(1)}/medium`))[0]!.stdout).toHaveLength(6001);
    // Both templates share one script, so the whole 46 KB output is beyond GetCommandInvocation.
    expect(a.get(`${instanceId(1)}/large`)).toMatchObject({ unaudited: { reason: 'incomplete-output', detail: expect.stringContaining('set output-s3-bucket') } });
    expect(noBucket.api.calls.GetCommandInvocation).toBe(2);

    const withBucket = transportFor(e, { 'instance-ids': ids, 'output-s3-bucket': 'probe-output', 'output-s3-key-prefix': 'fleetprobe/' });
    const b = byKey((await withBucket.run([medium, large])).runs);
    expect(blocksOf(b.get(`${instanceId(2)}/large`))[0]!.stdout).toHaveLength(40001);
    expect(blocksOf(b.get(`${instanceId(2)}/medium`))[0]!.stdout).toHaveLength(6001);
    expect(withBucket.api.calls.S3GetObject).toBe(2);
    expect([...e.model.s3.keys()].every((k) => k.startsWith('probe-output/fleetprobe/'))).toBe(true);
  });

  it('names hosts that hang, die or are slow; a dead host keeps the templates it finished', async () => {
    const slowFirst = codeTemplate('quick', [{ source: 'echo quick' }]);
    const sleeper = codeTemplate('sleeper', [{ source: 'sleep 5; echo done' }]);
    const e = await fleet([
      instance(1, PROFILES.idle, { behaviour: { kind: 'hang', afterMs: 0 } }),
      instance(2, PROFILES.idle, { behaviour: { kind: 'die', afterMs: 700 } }),
      instance(3, PROFILES.idle, { behaviour: { kind: 'slow', delayMs: 800 } }),
    ]);
    const t = transportFor(e, { 'instance-ids': [1, 2, 3].map((n) => instanceId(n)).join(','), 'execution-timeout': '2' });
    const r = byKey((await t.run([slowFirst, sleeper])).runs);
    expect(r.get(`${instanceId(1)}/quick`)).toMatchObject({ unaudited: { reason: 'execution-timed-out' } });
    expect(r.get(`${instanceId(1)}/sleeper`)).toMatchObject({ unaudited: { reason: 'execution-timed-out' } });
    expect(blocksOf(r.get(`${instanceId(2)}/quick`))[0]!.stdout).toBe('quick\n');
    expect(r.get(`${instanceId(2)}/sleeper`)).toMatchObject({ unaudited: { reason: 'failed', detail: expect.stringContaining('did not finish') } });
    expect(blocksOf(r.get(`${instanceId(3)}/quick`))[0]!.stdout).toBe('quick\n');
    expect(r.get(`${instanceId(3)}/sleeper`)).toMatchObject({ unaudited: { reason: 'execution-timed-out' } });
  });

  it('maps a delivery timeout and a stopped rollout (max-errors) to their reasons', async () => {
    const e = await fleet(
      [
        instance(1, PROFILES.idle, { behaviour: { kind: 'die', afterMs: 0 } }),
        instance(2, PROFILES.idle, { behaviour: { kind: 'die', afterMs: 0 } }),
        instance(3, PROFILES.idle),
        instance(4, PROFILES.idle),
        instance(5, PROFILES.idle, { ping: 'ConnectionLost' }),
      ],
      { deliverySecondMs: 10 },
    );
    // Resource groups skip pre-flight, so the offline host is sent to and its delivery times out.
    for (const i of e.model.instances.values()) i.resourceGroups = ['all'];
    const t = transportFor(e, { targets: 'resource-groups:Name=all', 'max-concurrency': '1', 'max-errors': '1', 'delivery-timeout': '30' });
    const reasons = Object.fromEntries((await t.run([ECHO])).runs.map((r) => [r.target.id, 'unaudited' in r ? r.unaudited.reason : 'ran']));
    expect(reasons).toEqual({ [instanceId(1)]: 'failed', [instanceId(2)]: 'failed', [instanceId(3)]: 'terminated', [instanceId(4)]: 'terminated', [instanceId(5)]: 'delivery-timed-out' });
  });

  it('halves a batch SendCommand refuses (InvalidInstanceId) so one stale id cannot take the others down', async () => {
    const instances = Array.from({ length: 60 }, (_, n) => instance(300 + n, PROFILES.idle, n === 17 ? { sendable: false } : { synthetic: { runMs: 50 } }));
    const e = await fleet(instances);
    const t = transportFor(e, { 'instance-ids': instances.map((i) => i.id).join(',') });
    const r = byKey((await t.run([ECHO])).runs);
    expect(r.size).toBe(60);
    expect(r.get(`${instances[17]!.id}/echo`)).toMatchObject({ unaudited: { reason: 'not-managed', detail: expect.stringContaining('InvalidInstanceId') } });
    expect([...r.values()].filter((x) => 'blocks' in x)).toHaveLength(59);
  });

  it('halves a batch refused as AccessDenied (an IAM tag condition) so only the excluded instance is lost', async () => {
    const instances = Array.from({ length: 12 }, (_, n) => instance(350 + n, PROFILES.idle, n === 5 ? { denied: true } : { synthetic: { runMs: 50 } }));
    const e = await fleet(instances);
    const t = transportFor(e, { 'instance-ids': instances.map((i) => i.id).join(',') });
    const r = byKey((await t.run([ECHO])).runs);
    expect(r.get(`${instances[5]!.id}/echo`)).toMatchObject({ unaudited: { reason: 'access-denied', detail: expect.stringContaining('not authorized') } });
    expect([...r.values()].filter((x) => 'blocks' in x)).toHaveLength(11);
  });

  it('cancels outstanding commands when the run is aborted, and keeps what finished', async () => {
    const e = await fleet([instance(1, PROFILES.idle), instance(2, PROFILES.idle, { behaviour: { kind: 'hang' } })]);
    const t = transportFor(e, { 'instance-ids': `${instanceId(1)},${instanceId(2)}` });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('deadline', 'TimeoutError')), 1500);
    const { runs } = await t.run([ECHO], controller.signal);
    const r = byKey(runs);
    expect(blocksOf(r.get(`${instanceId(1)}/echo`))[0]!.stdout).toContain('hello');
    expect(r.get(`${instanceId(2)}/echo`)).toMatchObject({ unaudited: { reason: 'deadline-exceeded' } });
    expect(t.api.calls.CancelCommand).toBe(1);
    const [command] = e.model.commands.values();
    expect(command!.invocations.map((i) => i.status)).toEqual(['Success', 'Cancelled']);
  });

  it('emulates the service limits the transport relies on: 50 ids per call, one bad id fails the call, empty list at first', async () => {
    const instances = Array.from({ length: 51 }, (_, n) => instance(400 + n, PROFILES.idle));
    const e = await fleet(instances, { visibilityDelayMs: 5000 });
    const client = new SSMClient({ region: 'us-east-1', endpoint: e.endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    const send = (ids: string[]) => client.send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: ids, Parameters: { commands: ['echo hi'] } }));
    await expect(send(instances.map((i) => i.id))).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(send([instances[0]!.id, instanceId(9999)])).rejects.toMatchObject({ name: 'InvalidInstanceId' });
    const { Command } = await send([instances[0]!.id]);
    const listed = await client.send(new ListCommandInvocationsCommand({ CommandId: Command!.CommandId!, Details: true }));
    expect(listed.CommandInvocations).toEqual([]);
    client.destroy();
  });
});

describe('ssm transport invariants', () => {
  it('every requested or resolved target appears exactly once per template, whatever the fleet', async () => {
    // Deterministic variety: each id's kind comes from its number.
    const kinds: Partial<EmulatedInstance>[] = [{ synthetic: { runMs: 30 } }, { ping: 'ConnectionLost' }, { platform: 'Windows' }, { managed: false }, { sendable: false }, { synthetic: { runMs: 80 } }];
    for (const size of [1, 7, 53]) {
      const instances = Array.from({ length: size }, (_, n) => instance(500 + n, PROFILES.idle, kinds[(n * 7 + size) % kinds.length]!));
      const e = await startEmulator(instances, { deliverySecondMs: 10 });
      try {
        const ids = [...instances.map((i) => i.id), instances[0]!.id, instanceId(99_999)];
        const t = new SsmTransport(ssmOptions({ 'instance-ids': ids.join(',') }), { endpoint: e.endpoint, credentials: TEST_CREDENTIALS, poll: { minMs: 30, maxMs: 100 } });
        const { runs } = await t.run([ECHO, SMTP]);
        const keys = byKey(runs);
        expect(keys.size).toBe((size + 1) * 2);
        for (const id of new Set(ids)) for (const tpl of ['echo', 'smtp-open-relay']) expect(keys.has(`${id}/${tpl}`)).toBe(true);
      } finally {
        await e.close();
      }
    }
  });
});
