// The organisation bench (a section of `npm run bench`): one run over many accounts × regions, each scope with its
// own fleet, through the real STS and SSM clients against the emulated cloud in a child process (its CPU and memory
// are not the client's). Synthetic instances replay one real run of the script per profile (see run.ts).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseOptions } from '../../src/options.js';
import { parseTemplate } from '../../src/template/load.js';
import { SsmTransport } from '../../src/transport/ssm/index.js';
import { instance, PROFILES } from '../../test/support/fleet.js';
import type { CloudAccount } from '../../test/support/ssm-emulator/cloud.js';
import { startCloud } from '../../test/support/ssm-emulator/server.js';
import { emulatorChild, heapSampler, sectionMain, type RunFigures } from './section.js';

export interface OrgScenario {
  name: string;
  accounts: number;
  regions: string[];
  hostsPerScope: number;
}

export interface OrgFigures extends RunFigures {
  scenario: OrgScenario;
  scopes: number;
  hosts: number;
  planCalls: Record<string, number>;
  /** Most calls one scope made in one polling round, and the target 1 + ceil(N/50) for its N hosts. */
  maxScopeRoundCalls: number;
  roundTarget: number;
  rounds: number;
  gaps: number;
  /** The machine's 1-minute load average when the run ended (other work shares the cores). */
  loadAverage: number;
}

const CENTRAL = '100000000000';

function accountId(i: number): string {
  return String(200000000000 + i);
}

/** Host i's own run time: 1 to 5 s, deterministic (as the fleet bench). */
function runMs(i: number): number {
  return 1000 + ((i * 7919) % 4001);
}

function slowest(hosts: number): number {
  let max = 0;
  for (let n = 1; n <= hosts; n++) max = Math.max(max, runMs(n));
  return max;
}

function organisation(s: OrgScenario): Record<string, CloudAccount> {
  let n = 0;
  const accounts: Record<string, CloudAccount> = {};
  for (let a = 0; a < s.accounts; a++) {
    const regions: Record<string, ReturnType<typeof instance>[]> = {};
    for (const region of s.regions) {
      regions[region] = Array.from({ length: s.hostsPerScope }, () => {
        n++;
        return instance(n, n % 10 === 0 ? PROFILES.openRelay : PROFILES.idle, { tags: { Role: 'mail' }, synthetic: { runMs: runMs(n) } });
      });
    }
    accounts[accountId(a)] = { role: { name: 'fleetprobe-member' }, regions };
  }
  return accounts;
}

/** Child process: serve the organisation, print the endpoint, stay up until the parent goes. */
async function serve(s: OrgScenario): Promise<void> {
  const emu = await startCloud({ caller: { accessKeyId: 'AKIDORGBENCH', arn: `arn:aws:sts::${CENTRAL}:assumed-role/fleetprobe-audit/bench` }, accounts: organisation(s), options: { visibilityDelayMs: 300 } });
  process.send?.({ endpoint: emu.endpoint });
  process.on('disconnect', () => void emu.close().then(() => process.exit(0)));
}

async function scenario(s: OrgScenario, templatePath: string): Promise<OrgFigures> {
  const { endpoint, stop } = await emulatorChild([JSON.stringify(s)]);
  try {
    const accounts = Array.from({ length: s.accounts }, (_, a) => accountId(a));
    const options = parseOptions((name) => ({ transport: 'ssm', 'aws-region': s.regions[0], regions: s.regions.join(','), accounts: accounts.join(','), 'member-role': 'fleetprobe-member', targets: 'tag:Role=mail' })[name], {});
    let maxScopeRoundCalls = 0;
    let rounds = 0;
    let commands = 0;
    let lastSent = 0;
    const transport = new SsmTransport(options, {
      endpoint,
      credentials: { accessKeyId: 'AKIDORGBENCH', secretAccessKey: 'bench' },
      onRound: (calls) => {
        rounds++;
        maxScopeRoundCalls = Math.max(maxScopeRoundCalls, calls);
      },
      onCommand: () => {
        commands++;
        lastSent = performance.now();
      },
    });
    const templates = [parseTemplate(readFileSync(templatePath), templatePath, { keys: [], allowUnsigned: true })];
    const heap = heapSampler();
    const started = performance.now();
    const report = await transport.run(templates);
    const wallMs = performance.now() - started;
    const peakHeapMb = heap.stop();
    const stats = (await (await fetch(`${endpoint}/__emulator/stats`)).json()) as { requests: Record<string, number> };
    const outcomes: Record<string, number> = {};
    for (const r of report.runs) {
      const k = 'blocks' in r ? 'ran' : r.unaudited.reason;
      outcomes[k] = (outcomes[k] ?? 0) + 1;
    }
    const calls = transport.api.calls;
    return {
      scenario: s,
      scopes: transport.scopes.length,
      hosts: s.accounts * s.regions.length * s.hostsPerScope,
      commands,
      clientCalls: calls,
      planCalls: { ...transport.planCalls },
      serverRequests: stats.requests,
      maxScopeRoundCalls,
      roundTarget: 1 + Math.ceil(s.hostsPerScope / 50),
      rounds,
      perHostCalls: calls.GetCommandInvocation + calls.S3GetObject,
      wallMs,
      sentMs: lastSent - started,
      slowestHostMs: slowest(s.accounts * s.regions.length * s.hostsPerScope),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      peakHeapMb,
      outcomes,
      gaps: report.gaps?.length ?? 0,
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    stop();
  }
}

function format(f: OrgFigures): string {
  const calls = Object.entries(f.clientCalls).filter(([, n]) => n > 0).map(([op, n]) => `${op} ${n}`).join(', ');
  return [
    `  scopes: ${f.scopes}, hosts: ${f.hosts}, commands sent: ${f.commands}`,
    `  client SSM calls: ${calls}; identity and planning: ${Object.entries(f.planCalls).map(([op, n]) => `${op} ${n}`).join(', ')}`,
    `  polling rounds (all scopes): ${f.rounds}; most calls one scope made in a round: ${f.maxScopeRoundCalls} (target <= ${f.roundTarget})`,
    `  per-host calls (GetCommandInvocation + S3): ${f.perHostCalls} (target 0)`,
    `  wall time ${(f.wallMs / 1000).toFixed(1)} s vs slowest host's own run ${(f.slowestHostMs / 1000).toFixed(1)} s (ratio ${(f.wallMs / f.slowestHostMs).toFixed(2)}; all commands sent after ${(f.sentMs / 1000).toFixed(1)} s)`,
    `  peak memory: RSS ${f.peakRssMb.toFixed(0)} MB, heap ${f.peakHeapMb.toFixed(0)} MB`,
    `  outcomes: ${Object.entries(f.outcomes).map(([k, n]) => `${k} ${n}`).join(', ')}; gaps ${f.gaps}; load average ${f.loadAverage.toFixed(1)}`,
  ].join('\n');
}

if (process.argv[2] === '--serve') void serve(JSON.parse(process.argv[3]!) as OrgScenario);
sectionMain(scenario, format);
