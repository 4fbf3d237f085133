// Progress on long runs: a live line on a terminal (after 2 s, redrawn at most once a second, cleared at the end),
// a plain line every 15 s in a log, nothing on a quick run, never on stdout.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { Progress } from '../src/progress.js';
import { stubEmulatorEnv } from './support/fleet-ssm.js';
import { instance, PROFILES, instanceId } from './support/fleet.js';
import { finding, result, ssmTarget, template } from './report/factory.js';
import { startEmulator } from './support/ssm-emulator/server.js';

const t = template('t');
const sink = (live: boolean) => {
  const written: string[] = [];
  return { written, sink: { live, write: (s: string) => void written.push(s) } };
};

describe('the progress line', () => {
  it('in a log: nothing on a quick run, then a line every 15 s with hosts done, findings, not audited and elapsed time', () => {
    const { written, sink: s } = sink(false);
    const p = new Progress(s, 2, 0);
    p.add(3, [result(t, ssmTarget('i-0000000000000000a'), [finding('m')]), result(t, ssmTarget('i-0000000000000000a'), 'clean'), result(t, ssmTarget('i-0000000000000000b'), { reason: 'offline', detail: 'x' })]);
    for (let ms = 0; ms < 15_000; ms += 250) p.tick(ms);
    expect(written).toEqual([]);
    for (let ms = 15_000; ms <= 75_000; ms += 250) p.tick(ms);
    expect(written).toEqual([0, 1, 2, 3, 4].map((i) => `fleetprobe: 1/3 hosts done · 1 finding · 1 not audited · ${['15s', '30s', '45s', '1m00s', '1m15s'][i]}\n`));
    p.end();
    expect(written).toHaveLength(5);
  });

  it('on a terminal: from 2 s on, one line redrawn in place at most once a second, cleared when the run ends', () => {
    const { written, sink: s } = sink(true);
    const p = new Progress(s, 1, 1000);
    p.tick(2500);
    expect(written).toEqual([]);
    p.add(10, [result(t, ssmTarget('i-0000000000000000a'), 'clean')]);
    for (let ms = 3000; ms <= 5000; ms += 250) p.tick(ms);
    expect(written).toEqual(['\r\u001b[2Kfleetprobe: 1/10 hosts done · 0 findings · 0 not audited · 2s', '\r\u001b[2Kfleetprobe: 1/10 hosts done · 0 findings · 0 not audited · 3s', '\r\u001b[2Kfleetprobe: 1/10 hosts done · 0 findings · 0 not audited · 4s']);
    p.end();
    expect(written.at(-1)).toBe('\r\u001b[2K');
    const quiet = sink(true);
    new Progress(quiet.sink, 1, 0).end();
    expect(quiet.written).toEqual([]);
  });

  it('a real SSM run of slow hosts shows hosts finishing on stderr, nothing on stdout but the results', async () => {
    const emu = await startEmulator([instance(1, PROFILES.openRelay), instance(2, PROFILES.idle, { behaviour: { kind: 'slow', delayMs: 6000 } })], { deliverySecondMs: 10, visibilityDelayMs: 50 });
    stubEmulatorEnv(emu.endpoint);
    try {
      let out = '';
      const err: string[] = [];
      const code = await main(['scan', '--instance-ids', `${instanceId(1)},${instanceId(2)}`, '--aws-region', 'us-east-1', '--template', 'fixtures/templates/smtp-open-relay.yaml', '--jsonl', '', '--sarif', ''], {
        out: (text) => void (out += text),
        err: (text) => void err.push(text),
        color: false,
        env: { PATH: process.env['PATH'] },
        progress: { live: true, write: (text) => void err.push(text) },
      });
      expect(code).toBe(0);
      const lines = err.filter((e) => e.startsWith('\r\u001b[2Kfleetprobe:'));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.some((l) => /fleetprobe: 1\/2 hosts done · 1 finding · 0 not audited · \d+s$/.test(l))).toBe(true);
      expect(err.at(-1)).toBe('\r\u001b[2K');
      expect(out).not.toMatch(/hosts done|\u001b/);
    } finally {
      vi.unstubAllEnvs();
      await emu.close();
    }
  });
});
