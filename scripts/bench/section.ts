// What every bench section shares. A section's process: `node <bundle> --section '<scenarios json>' <template>`
// measures the scenarios one after another and sends the figures to the parent (scripts/bench.mjs); each section
// runs in a process of its own, so its peak memory is its own. Its emulator is a child of that process (`--serve`),
// so the emulator's CPU and memory are not the client's.
import { fork } from 'node:child_process';
import type { Operation } from '../../src/transport/ssm/client.js';

export function sectionMain<S extends { name: string }, F>(measure: (s: S, templatePath: string) => Promise<F>, format: (f: F) => string): void {
  if (process.argv[2] !== '--section') return;
  const run = async () => {
    const figures: F[] = [];
    for (const s of JSON.parse(process.argv[3]!) as S[]) {
      console.log(`bench: ${s.name}...`);
      const f = await measure(s, process.argv[4]!);
      figures.push(f);
      console.log(format(f));
    }
    return figures;
  };
  run().then(
    (figures) => process.send?.({ figures }, () => process.exit(0)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/** Forks this bundle as the emulator (`--serve ...args`) and waits for its endpoint; disconnecting stops it. */
export async function emulatorChild(args: string[]): Promise<{ endpoint: string; stop: () => void }> {
  const child = fork(process.argv[1]!, ['--serve', ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { endpoint: string }).endpoint));
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
  return { endpoint, stop: () => child.disconnect() };
}

/** What every section measures of a run. */
export interface RunFigures {
  commands: number;
  clientCalls: Record<Operation, number>;
  serverRequests: Record<string, number>;
  /** GetCommandInvocation and S3 reads: none when every host's output fits the plugin output. */
  perHostCalls: number;
  wallMs: number;
  /** From the start until the last command was sent (pre-flight and dispatch). */
  sentMs: number;
  slowestHostMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Host × template outcomes: `ran` or the reason there was no output. */
  outcomes: Record<string, number>;
}

/** Samples the heap every 50 ms while a run goes. */
export function heapSampler(): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  return {
    stop: () => {
      clearInterval(timer);
      return peak / 1024 / 1024;
    },
  };
}
