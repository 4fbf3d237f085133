// Whole organisations: many accounts and regions in one run, through the real STS, Organizations, Account, SSM and
// S3 clients against the emulated cloud (each request routed by its signature), real probe scripts under `sh`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { judge } from '../../src/audit.js';
import { main } from '../../src/cli.js';
import { UserError } from '../../src/errors.js';
import { SsmTransport, type SsmTransportConfig } from '../../src/transport/ssm/index.js';
import { merge } from '../../src/transport/ssm/scopes/fanout.js';
import { dispatchScope, pollScope } from '../../src/transport/ssm/scopes/scope.js';
import type { ScopeState } from '../../src/transport/ssm/scopes/state.js';
import type { ProbeRun, Template } from '../../src/types.js';
import { ssmOptions, TEST_CREDENTIALS } from '../support/fleet-ssm.js';
import { instance, PROFILES } from '../support/fleet.js';
import { startCloud, type CloudEmulator, type CloudSpec } from '../support/ssm-emulator/server.js';
import { codeTemplate, templateFromYaml } from '../support/templates.js';

const SMTP = templateFromYaml(readFileSync('fixtures/templates/smtp-open-relay.yaml', 'utf8'), 'fixtures/templates/smtp-open-relay.yaml');
const ECHO = codeTemplate('echo', [{ source: 'echo "hello from $(cat)"' }], '');
const CENTRAL = '999999999999';
const CALLER = { accessKeyId: TEST_CREDENTIALS.accessKeyId, arn: `arn:aws:sts::${CENTRAL}:assumed-role/fleetprobe-audit/GitHubActions` };
const [A, B, C, D] = ['111111111111', '222222222222', '333333333333', '444444444444'] as const;
const MEMBER = { name: 'fleetprobe-member' };
const mail = { tags: { Role: 'mail' } };

let emu: CloudEmulator | undefined;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-scopes-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emu?.close();
  emu = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function cloud(spec: Omit<CloudSpec, 'options' | 'caller'> & { caller?: CloudSpec['caller'] }, options: Partial<CloudSpec['options']> = {}): Promise<CloudEmulator> {
  emu = await startCloud({ caller: CALLER, ...spec, options: { deliverySecondMs: 10, ...options } });
  return emu;
}

function transport(e: CloudEmulator, inputs: Record<string, string>, config: SsmTransportConfig = {}): SsmTransport {
  return new SsmTransport(ssmOptions({ 'aws-region': 'eu-west-1', ...inputs }), { endpoint: e.endpoint, credentials: TEST_CREDENTIALS, poll: { minMs: 50, maxMs: 200 }, ...config });
}

/** `<account>/<region>/<instance>` → verdict or `unaudited:<reason>`. */
function outcomes(runs: readonly ProbeRun[], template: Template): Record<string, string> {
  return Object.fromEntries(
    runs.map((r) => {
      const result = judge(template, r, 'now');
      return [`${r.target.account}/${r.target.region}/${r.target.id}`, result.verdict === 'unaudited' ? `unaudited:${result.unaudited!.reason}` : result.verdict];
    }),
  );
}

/** The 3 accounts × 2 regions of the issue: account B's role cannot be assumed, C has nothing managed in us-east-1. */
const THREE_BY_TWO = {
  accounts: {
    [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(1, PROFILES.openRelay, mail), instance(2, PROFILES.safeRelay, mail), instance(3, PROFILES.idle)], 'us-east-1': [instance(4, PROFILES.sendmailOpen, mail), instance(5, PROFILES.idle, { ...mail, ping: 'ConnectionLost' })] } },
    [B]: { regions: { 'eu-west-1': [instance(6, PROFILES.openRelay, mail)], 'us-east-1': [instance(7, PROFILES.idle, mail)] } },
    [C]: { role: MEMBER, regions: { 'eu-west-1': [instance(8, PROFILES.idle, mail), instance(9, PROFILES.openRelay, mail)], 'us-east-1': [] } },
  },
} satisfies Omit<CloudSpec, 'options' | 'caller'>;
const THREE_BY_TWO_INPUTS = { targets: 'tag:Role=mail', accounts: [A, B, C].join(','), regions: 'eu-west-1,us-east-1', 'member-role': 'fleetprobe-member' };

describe('ssm scopes: accounts × regions', () => {
  it('audits 3 accounts × 2 regions: every host once with its account and region; the role that cannot be assumed and the empty region are gaps', async () => {
    const e = await cloud(THREE_BY_TWO);
    const commands: string[] = [];
    const rounds: number[] = [];
    const t = transport(e, THREE_BY_TWO_INPUTS, { onCommand: (id, scope) => commands.push(`${scope.account}/${scope.region}/${id}`), onRound: (calls) => rounds.push(calls) });
    const report = await t.run([SMTP]);
    expect(outcomes(report.runs, SMTP)).toEqual({
      [`${A}/eu-west-1/i-00000000000000001`]: 'vulnerable',
      [`${A}/eu-west-1/i-00000000000000002`]: 'clean',
      [`${A}/us-east-1/i-00000000000000004`]: 'vulnerable',
      [`${A}/us-east-1/i-00000000000000005`]: 'unaudited:offline',
      [`${C}/eu-west-1/i-00000000000000008`]: 'clean',
      [`${C}/eu-west-1/i-00000000000000009`]: 'vulnerable',
    });
    expect(report.runs).toHaveLength(6);
    expect(report.gaps).toEqual([
      { kind: 'scope', account: B, region: 'eu-west-1', state: 'role-not-assumable', reason: expect.stringContaining(`is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${B}:role/fleetprobe-member`) },
      { kind: 'scope', account: B, region: 'us-east-1', state: 'role-not-assumable', reason: expect.stringContaining('AccessDenied') },
      { kind: 'scope', account: C, region: 'us-east-1', state: 'no-managed-instances', reason: expect.stringContaining(`no instance in ${C}/us-east-1 is managed by SSM`) },
    ]);
    // Each scope's SSM calls went to its own account and region, and only there.
    expect(e.cloud.model(B, 'eu-west-1').requests).toEqual({});
    expect(e.cloud.model(A, 'us-east-1').requests['SendCommand']).toBe(1);
    expect(e.cloud.model(A, 'us-east-1').commands.values().next().value!.instanceIds).toEqual(['i-00000000000000004']);
    expect(e.cloud.requests['STS.AssumeRole']).toBe(3);
    expect(commands.map((c) => c.split('/').slice(0, 2).join('/')).sort()).toEqual([`${A}/eu-west-1`, `${A}/us-east-1`, `${C}/eu-west-1`]);
    // Each scope polls on its own: one ListCommandInvocations page per command and round, no per-host call.
    expect(Math.max(...rounds)).toBe(1);
    expect(t.api.calls.GetCommandInvocation).toBe(0);
  });

  it('through the CLI: SARIF and JSONL carry the real accounts and regions, the bad scopes are named and fail --fail-on-unaudited', async () => {
    const e = await cloud(THREE_BY_TWO);
    stubAws(e.endpoint);
    const jsonl = path.join(dir, 'out.jsonl');
    const sarif = path.join(dir, 'out.sarif');
    const r = await scan(['--targets', 'tag:Role=mail', '--accounts', `${A},${B},${C}`, '--regions', 'eu-west-1,us-east-1', '--member-role', 'fleetprobe-member', '--jsonl', jsonl, '--sarif', sarif, '--matcher-status', '--fail-on-unaudited']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('3 scopes not audited');
    expect(r.out).toContain(`${B}/eu-west-1`);
    expect(r.out).toContain(`${C}/us-east-1`);
    const lines = (await readFile(jsonl, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { host: string; fleetprobe: { account?: string; region?: string } });
    expect(new Set(lines.map((l) => l.host)).size).toBe(6);
    expect(lines.find((l) => l.host === 'i-00000000000000009')!.fleetprobe).toMatchObject({ account: C, region: 'eu-west-1' });
    const log = JSON.parse(await readFile(sarif, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual([`fleet/${A}/eu-west-1/i-00000000000000001`, `fleet/${A}/us-east-1/i-00000000000000004`, `fleet/${C}/eu-west-1/i-00000000000000009`]);
  });

  it('lists the accounts of OUs (child OUs included, suspended accounts left out) and audits every enabled region of each', async () => {
    const e = await cloud({
      accounts: {
        [A]: { role: MEMBER, parent: 'ou-root-aaaaaaaa', regions: { 'eu-west-1': [instance(11, PROFILES.openRelay, mail)], 'ap-southeast-4': [instance(12, PROFILES.idle, mail)], 'us-west-2': [] } },
        [B]: { role: MEMBER, parent: 'ou-root-bbbbbbbb', regions: { 'eu-central-1': [instance(13, PROFILES.idle, mail)] } },
        [C]: { role: MEMBER, parent: 'ou-root-bbbbbbbb', state: 'SUSPENDED', regions: { 'eu-west-1': [instance(14, PROFILES.idle, mail)] } },
        [D]: { role: MEMBER, regions: { 'eu-west-1': [instance(15, PROFILES.idle, mail)] } },
        [CENTRAL]: { regions: { 'eu-west-1': [] } },
      },
      organization: { management: CENTRAL, root: 'r-root', units: { 'ou-root-aaaaaaaa': 'r-root', 'ou-root-bbbbbbbb': 'ou-root-aaaaaaaa' } },
    });
    const t = transport(e, { targets: 'tag:Role=mail', accounts: 'ou-root-aaaaaaaa', regions: 'all', 'member-role': 'fleetprobe-member' });
    const report = await t.run([SMTP]);
    expect(outcomes(report.runs, SMTP)).toEqual({
      [`${A}/eu-west-1/i-0000000000000000b`]: 'vulnerable',
      [`${A}/ap-southeast-4/i-0000000000000000c`]: 'clean',
      [`${B}/eu-central-1/i-0000000000000000d`]: 'clean',
    });
    expect(t.scopes.map((s) => `${s.account}/${s.region}`).sort()).toEqual([`${A}/ap-southeast-4`, `${A}/eu-west-1`, `${A}/us-west-2`, `${B}/eu-central-1`]);
    // A discovered region with nothing managed is expected (most accounts use few regions): not a gap.
    expect(report.gaps).toEqual([]);
  });

  it('names what stops each scope: SSM denied, unreachable, throttled out, region not enabled', async () => {
    const always = () => true;
    const e = await cloud({
      accounts: {
        [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(21, PROFILES.idle, mail)], 'us-east-1': [instance(22, PROFILES.idle, mail)], 'us-west-2': [instance(23, PROFILES.idle, mail)] }, ssm: { 'us-east-1': { deny: true }, 'us-west-2': { unreachable: true } } },
        [B]: { role: MEMBER, regions: { 'eu-west-1': [instance(24, PROFILES.idle, mail)], 'us-west-2': [instance(25, PROFILES.idle, mail)] }, ssm: { 'eu-west-1': { throttle: always } } },
      },
    });
    const t = transport(e, { targets: 'tag:Role=mail', accounts: `${A},${B}`, regions: 'eu-west-1,us-east-1,us-west-2', 'member-role': 'fleetprobe-member' }, { maxAttempts: 2 });
    const report = await t.run([ECHO]);
    expect(outcomes(report.runs, ECHO)).toEqual({ [`${A}/eu-west-1/i-00000000000000015`]: 'clean', [`${B}/us-west-2/i-00000000000000019`]: 'clean' });
    expect(Object.fromEntries(report.gaps!.map((g) => [g.kind === 'scope' ? `${g.account}/${g.region}` : '', g.kind === 'scope' ? g.state : '']))).toEqual({
      [`${A}/us-east-1`]: 'access-denied',
      [`${A}/us-west-2`]: 'ssm-unreachable',
      [`${B}/eu-west-1`]: 'throttled-out',
      [`${B}/us-east-1`]: 'region-not-enabled',
    });
  });

  it('an account whose regions cannot be listed (regions: all) is one gap naming the permission', async () => {
    const e = await cloud({ accounts: { [A]: { role: MEMBER, denyListRegions: true, regions: { 'eu-west-1': [instance(31, PROFILES.idle, mail)] } }, [B]: { role: MEMBER, regions: { 'eu-west-1': [instance(32, PROFILES.idle, mail)] } } } });
    const report = await transport(e, { targets: 'tag:Role=mail', accounts: `${A},${B}`, regions: 'all', 'member-role': 'fleetprobe-member' }).run([ECHO]);
    expect(report.gaps).toEqual([{ kind: 'scope', account: A, region: '*', state: 'regions-not-listed', reason: expect.stringContaining('account:ListRegions') }]);
    expect(report.runs.map((r) => r.target.id)).toEqual(['i-00000000000000020']);
  });

  it('finds requested ids in whichever scope holds them; an id no scope knows is reported once', async () => {
    const e = await cloud({ accounts: { [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(41, PROFILES.idle)], 'us-east-1': [instance(42, PROFILES.idle)] } } } });
    const ids = ['i-00000000000000029', 'i-0000000000000002a', 'i-000000000000000ff'];
    const report = await transport(e, { 'instance-ids': ids.join(','), accounts: A, regions: 'eu-west-1,us-east-1', 'member-role': 'fleetprobe-member' }).run([ECHO]);
    expect(outcomes(report.runs, ECHO)).toEqual({
      [`${A}/eu-west-1/i-00000000000000029`]: 'clean',
      [`${A}/us-east-1/i-0000000000000002a`]: 'clean',
      ['undefined/undefined/i-000000000000000ff']: 'unaudited:not-managed',
    });
    expect(report.runs.map((r) => r.target.id)).toEqual(ids);
  });

  it('reads output longer than SSM returns from one bucket in another region (S3 redirects, the reader follows)', async () => {
    const large = codeTemplate('large', [{ source: 'head -c 30000 /dev/zero | tr "\\0" l; echo' }]);
    const e = await cloud({ accounts: { [A]: { role: MEMBER, regions: { 'us-east-1': [instance(51, PROFILES.idle, mail)] } } }, buckets: { 'org-ssm-output': 'eu-west-1' } });
    const t = transport(e, { targets: 'tag:Role=mail', accounts: A, regions: 'us-east-1', 'member-role': 'fleetprobe-member', 'output-s3-bucket': 'org-ssm-output' });
    const report = await t.run([large]);
    const run = report.runs[0]!;
    expect('blocks' in run && run.blocks[0]!.stdout.length).toBe(30001);
    expect(t.api.calls.S3GetObject).toBe(1);
  });

  it('an interrupt cancels every scope\'s outstanding commands at once and keeps what finished', async () => {
    const e = await cloud({
      accounts: {
        [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(61, PROFILES.idle, mail), instance(62, PROFILES.idle, { ...mail, behaviour: { kind: 'hang' } })] } },
        [B]: { role: MEMBER, regions: { 'eu-west-1': [instance(63, PROFILES.idle, { ...mail, behaviour: { kind: 'hang' } })] } },
      },
    });
    const controller = new AbortController();
    const t = transport(e, { targets: 'tag:Role=mail', accounts: `${A},${B}`, 'member-role': 'fleetprobe-member' }, { poll: { minMs: 50, maxMs: 100 } });
    const running = t.run([ECHO], controller.signal);
    // Bounded waits: both scopes sent, and the quick host of A finished.
    await vi.waitUntil(() => e.cloud.model(B, 'eu-west-1').commands.size > 0 && e.cloud.model(A, 'eu-west-1').commands.values().next().value?.invocations.some((i) => i.status === 'Success'), { timeout: 10_000, interval: 50 });
    controller.abort(new Error('interrupted'));
    const report = await running;
    expect(outcomes(report.runs, ECHO)).toEqual({
      [`${A}/eu-west-1/i-0000000000000003d`]: 'clean',
      [`${A}/eu-west-1/i-0000000000000003e`]: 'unaudited:cancelled',
      [`${B}/eu-west-1/i-0000000000000003f`]: 'unaudited:cancelled',
    });
    for (const m of e.cloud.models.values()) expect(m.requests['CancelCommand']).toBe(1);
  });
});

describe('every host ends with an outcome', () => {
  it('a read that fails past its retries is tried again next round, not lost', async () => {
    const medium = codeTemplate('medium', [{ source: 'head -c 6000 /dev/zero | tr "\\0" m; echo' }]);
    // The first two GetCommandInvocation requests are throttled: with 2 attempts a call, the first read fails.
    const e = await cloud({ accounts: { [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(93, PROFILES.idle, mail)] }, ssm: { 'eu-west-1': { throttle: (op, n) => op === 'GetCommandInvocation' && n <= 2 } } } } });
    const t = transport(e, { targets: 'tag:Role=mail', accounts: A, 'member-role': 'fleetprobe-member' }, { maxAttempts: 2 });
    const { runs } = await t.run([medium]);
    expect(runs).toHaveLength(1);
    expect('blocks' in runs[0]! && runs[0].blocks[0]!.stdout.length).toBe(6001);
    expect(e.cloud.model(A, 'eu-west-1').requests['GetCommandInvocation']).toBe(3);
  });
});

describe('ssm scope state between steps', () => {
  it('is plain JSON: dispatched, written out and read back before every poll, it audits exactly as in process', async () => {
    const e = await cloud(THREE_BY_TWO);
    const t = transport(e, THREE_BY_TWO_INPUTS);
    const accounts = await t.identify();
    const scopes = await t.plan(accounts);
    const boundary = 'fp0123456789abcdef01234567';
    const results: { state: ScopeState; runs: ProbeRun[] }[] = [];
    for (const scope of scopes) {
      // Each step as a separate invocation would run it: a fresh context, the state only as JSON text.
      const dispatched = await dispatchScope(t.context(accounts, [SMTP], boundary), scope);
      const runs = [...dispatched.runs];
      let text = JSON.stringify(dispatched.state);
      for (let round = 0; round < 200 && (JSON.parse(text) as ScopeState).status === 'running'; round++) {
        await new Promise((r) => setTimeout(r, 50));
        const polled = await pollScope(t.context(accounts, [SMTP], boundary), JSON.parse(text) as ScopeState);
        expect(JSON.parse(JSON.stringify(polled.state))).toEqual(polled.state);
        runs.push(...polled.runs);
        text = JSON.stringify(polled.state);
      }
      results.push({ state: JSON.parse(text) as ScopeState, runs });
    }
    expect(results.map((r) => `${r.state.scope.account}/${r.state.scope.region}:${r.state.status}`)).toEqual([
      `${A}/eu-west-1:audited`,
      `${A}/us-east-1:audited`,
      `${B}/eu-west-1:role-not-assumable`,
      `${B}/us-east-1:role-not-assumable`,
      `${C}/eu-west-1:audited`,
      `${C}/us-east-1:no-managed-instances`,
    ]);
    const inProcess = await transport(e, THREE_BY_TWO_INPUTS).run([SMTP]);
    expect(outcomes(merge(results, [], [SMTP]), SMTP)).toEqual(outcomes(inProcess.runs, SMTP));
  });
});

describe('ssm pre-flight: credentials, region and endpoint problems are one line, exit 2, before any work', () => {
  it('no credentials anywhere: one line naming where they were looked for, in well under 2 s', async () => {
    stubNoCredentials();
    const started = performance.now();
    const r = await scan(['--instance-ids', 'i-0123456789abcdef0']);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([expect.stringMatching(/^fleetprobe: no AWS credentials: looked in AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY, the default profile of ~\/\.aws\/credentials .*EC2 instance metadata; in GitHub Actions, run aws-actions\/configure-aws-credentials first$/), '']);
  });

  it('the bundled CLI under Node 20 prints exactly that line: no stack, no SDK Node-version warning', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const env = { PATH: process.env.PATH, HOME: dir, AWS_CONFIG_FILE: path.join(dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true' };
      execFile(process.execPath, ['dist/cli.js', 'scan', '--instance-ids', 'i-0123456789abcdef0', '--aws-region', 'eu-west-1', '--jsonl', '', '--sarif', ''], { env }, (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }));
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fleetprobe: no AWS credentials: looked in [^\n]*\n$/);
  });

  it('credentials AWS does not know: one line saying where they came from and what STS answered', async () => {
    const e = await cloud({ accounts: { [A]: { regions: { 'eu-west-1': [] } } } });
    stubAws(e.endpoint, { AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE' });
    const r = await scan(['--instance-ids', 'i-0123456789abcdef0']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('fleetprobe: AWS refused the credentials from AWS_ACCESS_KEY_ID (InvalidClientTokenId: The security token included in the request is invalid.)\n');
  });

  it('an endpoint that does not answer: one line, fast, no retry storm', async () => {
    const e = await cloud({ accounts: {} });
    const closed = e.endpoint;
    await e.close();
    emu = undefined;
    stubAws(closed);
    const started = performance.now();
    const r = await scan(['--instance-ids', 'i-0123456789abcdef0']);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fleetprobe: cannot reach AWS STS in eu-west-1 \(ECONNREFUSED: .*\); check aws-region, the network and any AWS_ENDPOINT_URL settings\n$/);
  });

  it('an SSM endpoint that does not answer in the only scope: one line naming it, exit 2, nothing sent', async () => {
    const e = await cloud({ caller: { accessKeyId: TEST_CREDENTIALS.accessKeyId, arn: `arn:aws:iam::${A}:user/auditor` }, accounts: { [A]: { regions: { 'eu-west-1': [instance(91, PROFILES.idle)] }, ssm: { 'eu-west-1': { unreachable: true } } } } });
    stubAws(e.endpoint);
    const r = await scan(['--instance-ids', 'i-0000000000000005b']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^fleetprobe: ${A}/eu-west-1: SSM did not answer \\(\\w+: .*\\); check the network and any AWS_ENDPOINT_URL settings\\n$`));
    expect(e.cloud.model(A, 'eu-west-1').requests).toEqual({});
  });

  it('retries end with the run: a pre-flight throttled without end stops at the deadline, long before the SDK would give up', async () => {
    const e = await cloud({ accounts: { [A]: { role: MEMBER, regions: { 'eu-west-1': [instance(92, PROFILES.idle, mail)] }, ssm: { 'eu-west-1': { throttle: () => true } } } } });
    const t = transport(e, { targets: 'tag:Role=mail', accounts: A, 'member-role': 'fleetprobe-member' });
    const report = await t.run([ECHO], AbortSignal.timeout(1500));
    expect(report.gaps).toEqual([{ kind: 'scope', account: A, region: 'eu-west-1', state: 'deadline-exceeded', reason: expect.stringContaining('deadline') }]);
    // Ten attempts with backoff would take minutes; the deadline cut them after a few.
    expect(e.cloud.model(A, 'eu-west-1').throttled['DescribeInstanceInformation']).toBeLessThan(10);
  });

  it('a region name that is not one, or that AWS does not have: one line before any call', async () => {
    stubNoCredentials();
    expect((await scan(['--instance-ids', 'i-0123456789abcdef0', '--aws-region', 'eu-west'])).err).toBe("fleetprobe: input aws-region: 'eu-west' is not a region name (expected names like eu-west-1)\n");
    expect((await scan(['--instance-ids', 'i-0123456789abcdef0', '--regions', 'eu-west-1,Frankfurt'])).err).toBe("fleetprobe: input regions: 'Frankfurt' is not a region name (expected names like eu-west-1, or all)\n");
    const nowhere = new SsmTransport(ssmOptions({ 'instance-ids': 'i-0123456789abcdef0', 'aws-region': 'eu-nowhere-9' }), { credentials: TEST_CREDENTIALS, resolve: async () => false });
    await expect(nowhere.run([ECHO])).rejects.toThrow(new UserError("input aws-region: 'eu-nowhere-9' is not an AWS region (its SSM endpoint does not resolve)"));
    // A region newer than the SDK's list is accepted when its endpoint resolves.
    const e = await cloud({ accounts: { [A]: { regions: { 'eu-newest-1': [instance(71, PROFILES.idle)] } } }, caller: { accessKeyId: TEST_CREDENTIALS.accessKeyId, arn: `arn:aws:iam::${A}:user/auditor` } });
    const newest = new SsmTransport(ssmOptions({ 'instance-ids': 'i-00000000000000047', 'aws-region': 'eu-newest-1' }), { endpoint: e.endpoint, credentials: TEST_CREDENTIALS, poll: { minMs: 50, maxMs: 100 } });
    expect((await newest.run([ECHO])).runs.map((x) => 'blocks' in x)).toEqual([true]);
  });

  it('when no scope can be audited for a reason the user must fix, the run stops with one line and exit 2', async () => {
    const e = await cloud({ accounts: { [A]: { regions: { 'eu-west-1': [instance(81, PROFILES.idle)] } }, [B]: { regions: { 'eu-west-1': [] } } } });
    stubAws(e.endpoint);
    const r = await scan(['--instance-ids', 'i-00000000000000051', '--accounts', `${A},${B}`, '--member-role', 'audit/fleetprobe-member']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^fleetprobe: no scope could be audited \\(2 of 2 failed\\); ${A}/eu-west-1: could not assume arn:aws:iam::${A}:role/audit/fleetprobe-member: AccessDenied: .*\\n$`));
    expect(e.cloud.model(A, 'eu-west-1').requests).toEqual({});
  });
});

/** The CLI with the emulator's endpoint for every service and the test credentials, unless stubbed otherwise. */
function stubAws(endpoint: string, extra: Record<string, string> = {}): void {
  const env = { AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey, AWS_SESSION_TOKEN: '', AWS_PROFILE: '', ...extra };
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
}

/** No credential source at all, and nothing that would reach past 127.0.0.1 (instance metadata off). */
function stubNoCredentials(): void {
  for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI']) vi.stubEnv(k, '');
  vi.stubEnv('AWS_CONFIG_FILE', path.join(dir, 'no-config'));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', path.join(dir, 'no-credentials'));
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
}

async function scan(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['scan', '--aws-region', 'eu-west-1', '--jsonl', '', '--sarif', '', '--allow-unsigned', '--template', 'fixtures/templates/smtp-open-relay.yaml', ...argv], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    color: false,
    env: { PATH: process.env.PATH },
  });
  return { code, out, err };
}
