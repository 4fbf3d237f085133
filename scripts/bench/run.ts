// The bench behind `npm run bench` (bundled by scripts/bench.mjs). Two processes: the emulator (a child, so
// its memory and CPU are not the client's) holding a synthetic fleet, and this one running the real
// SsmTransport against it with the production polling defaults. Prints and returns the figures.
import { readFileSync } from 'node:fs';
import { parseOptions } from '../../src/options.js';
import { parseTemplate } from '../../src/template/load.js';
import { SsmTransport } from '../../src/transport/ssm/index.js';
import { instance, PROFILES } from '../../test/support/fleet.js';
import type { EmulatedInstance } from '../../test/support/ssm-emulator/model.js';
import { emulatorChild, heapSampler, sectionMain, type RunFigures } from './section.js';
import { EMULATED_CALLER, startEmulator } from '../../test/support/ssm-emulator/server.js';

export interface Scenario {
  name: string;
  size: number;
  /** Requests per second the emulated service takes per operation before answering ThrottlingException (0: no limit). */
  tps: number;
}

export interface Figures extends RunFigures {
  scenario: Scenario;
  serverThrottled: Record<string, number>;
  clientSawThrottled: number;
  rounds: number[];
  roundTarget: number;
}

/** Host i's own run time: 1 to 5 s, deterministic. */
function runMs(i: number): number {
  return 1000 + ((i * 7919) % 4001);
}

export function fleet(size: number): EmulatedInstance[] {
  return Array.from({ length: size }, (_, i) => {
    // 1 in 100 offline, 1 in 200 Windows: the pre-flight's work at scale.
    if (i % 100 === 99) return instance(i + 1, PROFILES.idle, { ping: 'ConnectionLost' });
    if (i % 200 === 149) return instance(i + 1, PROFILES.idle, { platform: 'Windows' });
    return instance(i + 1, i % 10 === 0 ? PROFILES.openRelay : PROFILES.idle, { synthetic: { runMs: runMs(i) } });
  });
}

/** Child process: serve the fleet, print the endpoint, stay up until killed. */
async function serve(size: number, tps: number): Promise<void> {
  // A token bucket per operation, as a service quota behaves: bursts up to one second's worth, then tps.
  const buckets = new Map<string, { tokens: number; at: number }>();
  const limited = (op: string): boolean => {
    const now = Date.now();
    const b = buckets.get(op) ?? { tokens: tps, at: now };
    b.tokens = Math.min(tps, b.tokens + ((now - b.at) / 1000) * tps);
    b.at = now;
    buckets.set(op, b);
    if (b.tokens < 1) return true;
    b.tokens--;
    return false;
  };
  const emu = await startEmulator(fleet(size), { ...(tps > 0 ? { throttle: limited } : {}), visibilityDelayMs: 300 });
  process.send?.({ endpoint: emu.endpoint });
  process.on('disconnect', () => void emu.close().then(() => process.exit(0)));
}

async function scenario(s: Scenario, templatePath: string): Promise<Figures> {
  const { endpoint, stop } = await emulatorChild([String(s.size), String(s.tps)]);
  try {
    const hosts = fleet(s.size);
    const options = parseOptions((name) => ({ transport: 'ssm', 'aws-region': 'us-east-1', 'instance-ids': hosts.map((h) => h.id).join(',') })[name], {});
    const rounds: number[] = [];
    const commands: string[] = [];
    let lastSent = 0;
    const transport = new SsmTransport(options, {
      endpoint,
      credentials: { accessKeyId: EMULATED_CALLER.accessKeyId, secretAccessKey: 'bench' },
      onRound: (c) => rounds.push(c),
      onCommand: (id) => {
        commands.push(id);
        lastSent = performance.now();
      },
    });
    const templates = [parseTemplate(readFileSync(templatePath), templatePath, { keys: [], allowUnsigned: true })];
    const heap = heapSampler();
    const started = performance.now();
    const { runs } = await transport.run(templates);
    const wallMs = performance.now() - started;
    const peakHeapMb = heap.stop();
    const stats = (await (await fetch(`${endpoint}/__emulator/stats`)).json()) as { requests: Record<string, number>; throttled: Record<string, number> };
    const outcomes: Record<string, number> = {};
    for (const r of runs) {
      const k = 'blocks' in r ? 'ran' : r.unaudited.reason;
      outcomes[k] = (outcomes[k] ?? 0) + 1;
    }
    return {
      scenario: s,
      commands: commands.length,
      clientCalls: { ...transport.api.calls },
      serverRequests: stats.requests,
      serverThrottled: stats.throttled,
      clientSawThrottled: transport.api.throttledAttempts(),
      rounds,
      roundTarget: 1 + Math.ceil(s.size / 50),
      perHostCalls: transport.api.calls.GetCommandInvocation + transport.api.calls.S3GetObject,
      wallMs,
      sentMs: lastSent - started,
      slowestHostMs: Math.max(...hosts.filter((h) => h.synthetic).map((h) => h.synthetic!.runMs)),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      peakHeapMb,
      outcomes,
    };
  } finally {
    stop();
  }
}

function format(f: Figures): string {
  const calls = Object.entries(f.clientCalls).filter(([, n]) => n > 0).map(([op, n]) => `${op} ${n}`).join(', ');
  const server = Object.entries(f.serverRequests).map(([op, n]) => `${op} ${n}${f.serverThrottled[op] ? ` (${f.serverThrottled[op]} throttled)` : ''}`).join(', ');
  return [
    `  commands sent: ${f.commands}`,
    `  client API calls: ${calls}`,
    `  requests the service saw (retries included): ${server}; throttled attempts the client saw: ${f.clientSawThrottled}`,
    `  polling rounds: ${f.rounds.length}; calls per round max ${Math.max(...f.rounds)} (target <= ${f.roundTarget})`,
    `  per-host calls (GetCommandInvocation + S3): ${f.perHostCalls} (target 0)`,
    `  wall time ${(f.wallMs / 1000).toFixed(1)} s vs slowest host's own run ${(f.slowestHostMs / 1000).toFixed(1)} s (all commands sent after ${(f.sentMs / 1000).toFixed(1)} s)`,
    `  peak memory: RSS ${f.peakRssMb.toFixed(0)} MB, heap ${f.peakHeapMb.toFixed(0)} MB`,
    `  outcomes: ${Object.entries(f.outcomes).map(([k, n]) => `${k} ${n}`).join(', ')}`,
  ].join('\n');
}

if (process.argv[2] === '--serve') void serve(Number(process.argv[3]), Number(process.argv[4]));
sectionMain(scenario, format);
