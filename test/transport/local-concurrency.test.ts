// Templates run at once on the local transport (bounded by --concurrency), the blocks of each in order, and the
// reports keep the templates' order. Overlap is proved by the probes themselves (they wait to meet), not by timings.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDir } from '../support/tmp.js';

/**
 * A template of `blocks` blocks; each records its start and end in FLEETPROBE_TEST_LOG. With `meet`, the first block
 * also waits until every template has started (a file each beside the log) and records that it met them.
 */
function template(id: string, blocks: number, meet: boolean): string {
  const wait = `      touch "$FLEETPROBE_TEST_LOG.${id}"\n      n=0; while [ "$(ls "$FLEETPROBE_TEST_LOG".* | wc -l)" -lt 4 ] && [ $n -lt 300 ]; do sleep 0.1; n=$((n+1)); done\n      [ $n -lt 300 ] && echo "met ${id} 0 0" >> "$FLEETPROBE_TEST_LOG"\n`;
  const block = (n: number) => `  - engine: [sh]\n    source: |\n      echo "start ${id} ${n} 0" >> "$FLEETPROBE_TEST_LOG"\n${meet && n === 1 ? wait : '      sleep 0.2\n'}      echo "end ${id} ${n} 0" >> "$FLEETPROBE_TEST_LOG"\n      echo "[SAFE] ${id}"\n`;
  return `id: ${id}\ninfo:\n  name: ${id}\n  author: fleetprobe\n  severity: low\nself-contained: true\ncode:\n${Array.from({ length: blocks }, (_, i) => block(i + 1)).join('')}`;
}

async function scan(concurrency: string, meet = false): Promise<{ code: number; out: string; log: { what: string; id: string; block: number }[] }> {
  const dir = await tempDir();
  for (const [i, id] of ['alpha', 'bravo', 'charlie', 'delta'].entries()) await writeFile(path.join(dir, `${i}-${id}.yaml`), template(id, id === 'alpha' ? 3 : 1, meet));
  const log = path.join(dir, 'probes.log');
  vi.stubEnv('FLEETPROBE_TEST_LOG', log);
  let out = '';
  try {
    const code = await main(['scan', '--template', dir, '--allow-unsigned', '--concurrency', concurrency, '--jsonl', '', '--sarif', ''], { out: (t) => void (out += t), err: () => undefined, color: false, env: { PATH: process.env['PATH'] } });
    const lines = (await readFile(log, 'utf8')).trim().split('\n').map((l) => l.split(' '));
    return { code, out, log: lines.map(([what, id, block]) => ({ what: what!, id: id!, block: Number(block) })) };
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('templates at once on this machine', () => {
  it('run concurrently, the blocks of one template in order, the reports in template order', async () => {
    // Each first block waits (up to 30 s) until all four templates have started: only templates running at once meet.
    const { code, out, log } = await scan('25', true);
    expect(code).toBe(0);
    expect(log.filter((l) => l.what === 'met').map((l) => l.id).sort()).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    const alpha = log.filter((l) => l.id === 'alpha' && l.what !== 'met').map((l) => `${l.what}${l.block}`);
    expect(alpha).toEqual(['start1', 'end1', 'start2', 'end2', 'start3', 'end3']);
    expect(out.split('\n').slice(1, 5).map((l) => l.split(/\s+/)[1])).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
  });

  it('--concurrency 1 runs them one after another', async () => {
    const { log } = await scan('1');
    const order = log.map((l) => `${l.what} ${l.id}`);
    expect(order).toEqual(['start alpha', 'end alpha', 'start alpha', 'end alpha', 'start alpha', 'end alpha', 'start bravo', 'end bravo', 'start charlie', 'end charlie', 'start delta', 'end delta']);
  });

  it('a bad --concurrency is one line, exit 2', async () => {
    let err = '';
    const code = await main(['scan', '--concurrency', '0'], { out: () => undefined, err: (t) => void (err += t), color: false, env: {} });
    expect([code, err]).toEqual([2, "fleetprobe: input concurrency: '0' is not allowed; expected a whole number from 1 to 1000\n"]);
  });
});
