// The SSM transport against probes and hosts written to stall, flood or corrupt it: first the probe script under the
// real `sh` on one emulated host, then end to end through the real SDK and the emulator. Bounds are generous.
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/audit.js';
import { fromText, toBuffer } from '../../src/matchers/bytes.js';
import { LocalTransport } from '../../src/transport/local.js';
import { parseFrames } from '../../src/transport/ssm/frames.js';
import type { ProbeRun, Template } from '../../src/types.js';
import { blocksOf, byKey, transportFor } from '../support/fleet-ssm.js';
import { instance, instanceId, PROFILES } from '../support/fleet.js';
import { eventually, killQuietly, pidsFrom, respawner, running, stillRunning } from '../support/procs.js';
import { runOnHost } from '../support/script-host.js';
import { canLimitDisk } from '../support/ssm-emulator/host.js';
import { startEmulator, type Emulator } from '../support/ssm-emulator/server.js';
import { codeTemplate, templateFromYaml } from '../support/templates.js';

/** The bytes a block's output stands for. */
const bytesOf = (text: string) => toBuffer(fromText(text));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-ssm-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
let files = 0;
const pidFile = () => path.join(dir, `pids-${++files}`);

/** nuclei's strings.Trim(s, " \n\r\t") on bytes. */
function goTrim(b: Buffer): Buffer {
  const ws = new Set([0x20, 0x0a, 0x0d, 0x09]);
  let start = 0;
  let end = b.length;
  while (start < end && ws.has(b[start]!)) start++;
  while (end > start && ws.has(b[end - 1]!)) end--;
  return b.subarray(start, end);
}

/** printf format printing exactly `bytes` (octal escapes). */
const printfOf = (bytes: Buffer) => [...bytes].map((c) => `\\${c.toString(8).padStart(3, '0')}`).join('');

const withMatcher = (id: string, source: string, word: string): Template =>
  templateFromYaml(`id: ${id}\ninfo:\n  name: ${id}\n  author: test\n  severity: high\nself-contained: true\ncode:\n  - engine: [sh]\n    source: |\n      ${source}\n    matchers:\n      - type: word\n        words: ["${word}"]\n`);

describe('probe script on a host: output exactly as written, isolated per template', () => {
  it('invalid UTF-8 travels base64-encoded, byte for byte, and the text the API would return is plain ASCII', async () => {
    const bad = codeTemplate('bad', [{ source: 'printf "\\346\\227 ok \\377\\033[2J"; printf "\\300" >&2' }]);
    const good = codeTemplate('good', [{ source: 'echo fine' }]);
    const { run, parsed, boundary, blocks } = await runOnHost([bad, good]);
    expect(parsed.complete).toBe(true);
    const [b] = blocks(0)!;
    expect(bytesOf(b!.stdout)).toEqual(Buffer.from([0xe6, 0x97, 0x20, 0x6f, 0x6b, 0x20, 0xff, 0x1b, 0x5b, 0x32, 0x4a]));
    expect(bytesOf(b!.stderr)).toEqual(Buffer.from([0xc0]));
    expect(blocks(1)![0]!.stdout).toBe('fine\n');
    // What GetCommandInvocation would hand back (the agent decodes output as UTF-8) reads the same.
    expect(run.stdout.every((c) => c < 0x80)).toBe(true);
    expect(parseFrames(Buffer.from(run.stdout.toString('utf8')), boundary, 2)).toEqual(parsed);
  });

  it('earlier blocks\' values are trimmed exactly as nuclei trims them, whatever the bytes', async () => {
    const alphabet = [0x20, 0x09, 0x0d, 0x0a, 0x61, 0xff, 0xc3, 0xa9, 0x0b];
    const cases = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 24 }).map((a) => Buffer.from([...a].map((x) => alphabet[x % alphabet.length]!))), { numRuns: 16, seed: 8 });
    const templates = cases.map((c, i) => codeTemplate(`trim-${i}`, [{ source: `printf '${printfOf(c)}'` }, { source: 'printf %s "$code_1_response"' }]));
    const { blocks } = await runOnHost(templates);
    cases.forEach((c, i) => expect(bytesOf(blocks(i)![1]!.stdout), `case ${c.toString('hex')}`).toEqual(goTrim(c)));
  });

  it('a long whitespace run around a value is trimmed in linear time (shell pattern removal took minutes)', async () => {
    const t = codeTemplate('spaces', [
      { source: 'head -c 60000 /dev/zero | tr "\\0" " "; yes "x" | head -n 30000 | tr "\\n" " "; printf y; head -c 60000 /dev/zero | tr "\\0" " "' },
      { source: 'printf %s "$code_1_response" | wc -c' },
    ]);
    const started = Date.now();
    const { blocks } = await runOnHost([t]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(blocks(0)![1]!.stdout.trim()).toBe('60001');
  });
});

describe('probe script on a host: bounded', () => {
  it('a block writing past the block cap is stopped on the host; only its size comes back; the next template runs', async () => {
    const loud = codeTemplate('loud', [{ source: 'head -c 17000000 /dev/zero | tr "\\0" x' }]);
    const next = codeTemplate('next', [{ source: 'echo next' }]);
    const { run, blocks } = await runOnHost([loud, next]);
    expect(run.stdout.length).toBeLessThan(100_000);
    expect(blocks(0)![0]!.failure).toMatchObject({ reason: 'incomplete-output', detail: expect.stringMatching(/^block 1 wrote more than 16,777,216 bytes to stdout; the host stopped it at 16,77\d,\d{3} bytes$/) });
    expect(blocks(1)![0]!.stdout).toBe('next\n');
  });

  it('past the host cap, later output is not sent: those templates are incomplete-output', async () => {
    const print = (id: string) => codeTemplate(id, [{ source: 'head -c 12000000 /dev/zero | tr "\\0" x' }]);
    const { run, blocks } = await runOnHost([print('a'), print('b'), print('c')]);
    expect(run.stdout.length).toBeLessThan(32 * 1024 * 1024 + 100_000);
    expect(blocks(0)![0]!.stdout).toHaveLength(12_000_000);
    expect(blocks(1)![0]!.stdout).toHaveLength(12_000_000);
    expect(blocks(2)![0]!.failure).toMatchObject({ reason: 'incomplete-output', detail: expect.stringContaining('passed what a run reads per host') });
  });

  it('a value over Linux\'s per-variable limit: the next block is environment-too-large, worded as on the local transport', async () => {
    const t = codeTemplate('big', [{ source: 'head -c 200000 /dev/zero | tr "\\0" x' }, { source: 'echo never' }]);
    const { blocks } = await runOnHost([t]);
    const [, second] = blocks(0)!;
    const local = blocksOf((await new LocalTransport({ blockTimeoutMs: 10_000 }).run([t])).runs[0])[1]!;
    expect(second!.failure).toEqual({ reason: 'environment-too-large', detail: 'block 2 could not start: code_1_response takes 200,016 bytes, more than the 131,071 bytes Linux allows one environment variable' });
    expect(second!.failure).toEqual(local.failure);
  });

  it('values that fit one by one but not together: the exec fails (E2BIG) and the block is environment-too-large', async () => {
    const blocks = Array.from({ length: 5 }, () => ({ source: 'head -c 100000 /dev/zero | tr "\\0" x' }));
    const t = codeTemplate('together', blocks);
    const runs = (await runOnHost([t], { profile: { stackKb: 1024 } })).blocks(0)!;
    expect(runs.at(-1)!.failure).toEqual({ reason: 'environment-too-large', detail: expect.stringContaining('(E2BIG)') });
    expect(runs.length).toBeLessThan(5);
  });

  it('a NUL byte in a value: the next block cannot start, and says which variable', async () => {
    const t = codeTemplate('nul', [{ source: 'printf "a\\0b"' }, { source: 'echo never' }]);
    expect((await runOnHost([t])).blocks(0)![1]!.failure).toEqual({ reason: 'failed', detail: 'block 2 could not start: code_1_response holds a NUL byte, which an environment variable cannot carry' });
  });

  it('a daemon a block leaves behind on the host is killed when the block ends, and does not hold the script', async () => {
    const f = pidFile();
    const t = codeTemplate('daemon', [{ source: `setsid sh -c 'echo $$ >> ${f}; exec sleep 40' &\necho started` }]);
    const started = Date.now();
    const { blocks } = await runOnHost([t], { timeout: 30 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(blocks(0)![0]).toMatchObject({ stdout: 'started\n', exitCode: 0 });
    const [daemon] = await pidsFrom(f);
    expect(await eventually(() => !running(daemon!))).toBe(true);
  });

  it('a probe ignoring SIGTERM is killed after its timeout and reported timed-out', async () => {
    const t = codeTemplate('stubborn', [{ source: 'trap "" TERM\nwhile :; do sleep 1; done' }]);
    const started = Date.now();
    const { blocks } = await runOnHost([t], { timeout: 1 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(blocks(0)![0]!.failure?.reason).toBe('timed-out');
  });
});

/**
 * busybox's `timeout` (minimal images): it execs the command itself, so the exit status is the command's own
 * (143 after SIGTERM, or 0 from a probe that traps it), never 124; and it has no --foreground.
 */
const BUSYBOX_TIMEOUT = `sig=TERM
while :; do case $1 in -s) sig=$2; shift 2;; -k) shift 2;; -*) echo "timeout: unrecognized option '$1'" >&2; exit 1;; *) break;; esac; done
n=$1; shift; me=$$
( while [ "$n" -gt 0 ]; do sleep 1; kill -0 "$me" 2>/dev/null || exit 0; n=$((n - 1)); done; kill -s "$sig" "$me" 2>/dev/null ) </dev/null >/dev/null 2>&1 &
exec "$@"`;

describe('probe script on a host: what the host\'s own tools do', () => {
  it('a timeout that exits with the probe\'s own status (busybox): a block stopped at its timeout is still timed-out', async () => {
    const plain = codeTemplate('plain', [{ engine: ['sh'], source: 'echo partial; sleep 30; echo VULNERABLE' }]);
    const trapping = codeTemplate('trapping', [{ engine: ['sh'], source: 'trap "exit 0" TERM; echo partial; sleep 30 & wait; echo VULNERABLE' }]);
    const quick = codeTemplate('quick', [{ engine: ['sh'], source: 'echo quick' }]);
    const { blocks } = await runOnHost([plain, trapping, quick], { timeout: 2, profile: { tools: { timeout: BUSYBOX_TIMEOUT } } });
    expect(blocks(0)![0]!.failure?.reason).toBe('timed-out');
    expect(blocks(1)![0]!.failure?.reason).toBe('timed-out');
    expect(blocks(2)![0]).toMatchObject({ stdout: 'quick\n', exitCode: 0 });
  });

  it('a block killed by a signal: its stderr holds what it wrote and nothing of the shell\'s (dash wrote "Terminated" into it)', async () => {
    const term = codeTemplate('term', [{ engine: ['sh'], source: 'echo out; kill -TERM $$' }]);
    const segv = codeTemplate('segv', [{ engine: ['sh'], source: 'echo out; echo err >&2; kill -SEGV $$' }]);
    const { blocks } = await runOnHost([term, segv]);
    expect(blocks(0)![0]).toMatchObject({ stdout: 'out\n', stderr: '' });
    expect(blocks(1)![0]).toMatchObject({ stdout: 'out\n', stderr: 'err\n' });
  });

  it('a timeout that refuses the options the script would give it is not used: the block runs, never a silent usage error', async () => {
    const refusing = 'case $1 in -*) echo "timeout: invalid option" >&2; exit 1;; esac\nshift; exec "$@"';
    const t = codeTemplate('runs', [{ engine: ['sh'], source: 'echo ran' }]);
    expect((await runOnHost([t], { profile: { tools: { timeout: refusing } } })).blocks(0)![0]).toMatchObject({ stdout: 'ran\n', stderr: '', exitCode: 0 });
  });

  it.skipIf(!canLimitDisk())('a full disk: output the host could not store makes the block failed, never a verdict on what was left', async () => {
    // The first probe leaves a few KB free; the second prints more than that, its finding last.
    const filler = codeTemplate('filler', [{ engine: ['sh'], source: 'head -c 1000000 /dev/zero > "$TMPDIR/fill" 2>/dev/null; echo filled' }]);
    const victim = withMatcher('victim', 'i=0; while [ $i -lt 4000 ]; do echo "line $i"; i=$((i+1)); done; echo VULNERABLE', 'VULNERABLE');
    const { blocks } = await runOnHost([filler, victim], { profile: { diskKb: 1024 } });
    expect(blocks(0)![0]).toMatchObject({ stdout: 'filled\n', exitCode: 0 });
    expect(blocks(1)![0]!.failure).toEqual({ reason: 'failed', detail: 'block 1: the host could not store its output or files on its disk (is it full?)' });
  });

  it('a probe writing to /dev/stdout and /dev/stderr keeps its output whole and in order, as through nuclei\'s pipes', async () => {
    const t = codeTemplate('reopen', [{ engine: ['sh'], source: 'echo first; echo second > /dev/stdout; echo third; echo one >&2; echo two > /dev/stderr' }]);
    const [ssm] = (await runOnHost([t])).blocks(0)!;
    const [local] = blocksOf((await new LocalTransport({ blockTimeoutMs: 10_000 }).run([t])).runs[0]);
    expect(ssm).toMatchObject({ stdout: 'first\nsecond\nthird\n', stderr: 'one\ntwo\n' });
    expect(ssm).toMatchObject({ stdout: local!.stdout, stderr: local!.stderr });
  });

  it('a daemon that keeps starting a new one of itself is gone when the block ends', async () => {
    const f = pidFile();
    const t = codeTemplate('respawn', [{ engine: ['sh'], source: respawner(f) }]);
    try {
      const { blocks } = await runOnHost([t], { timeout: 30 });
      expect(blocks(0)![0]).toMatchObject({ stdout: 'started\n', exitCode: 0 });
      await pidsFrom(f, 8);
      expect(await eventually(() => stillRunning(f).length === 0)).toBe(true);
    } finally {
      stillRunning(f).forEach(killQuietly);
    }
  });
});

describe('frames stand alone', () => {
  it('a template whose frames do not add up costs that template only; reading resumes at the next', () => {
    const B = 'fpboundary';
    const text = [`${B} begin 2`, `${B} t 1`, `${B} o 1 99 r`, 'short', `${B} e 1 0 r`, '', `${B} x 1 0 1 1`, `${B} d 1`, `${B} t 2`, `${B} o 1 3 r`, 'ok!', `${B} e 1 0 r`, '', `${B} x 1 0 1 1`, `${B} d 2`, `${B} end 2`, ''].join('\n');
    const parsed = parseFrames(Buffer.from(text), B, 2);
    expect(parsed.templates[0]).toBeUndefined();
    expect(parsed.skipped[0]).toBeDefined();
    expect(parsed.templates[1]).toEqual([{ kind: 'ran', stdout: 'ok!', stderr: '', exitCode: 0, ms: 1, precisionMs: 1 }]);
    expect(parsed.complete).toBe(true);
  });
});

describe('frames are read in linear time', () => {
  const B = 'fp0123456789abcdef01234567';
  /** `count` templates whose frames each claim 5 bytes and hold `size` (all broken), then the end. */
  const broken = (count: number, size: number) => {
    const body = 'x'.repeat(size);
    const parts = [`${B} begin 2\n`];
    for (let t = 1; t <= count; t++) parts.push(`${B} t ${t}\n${B} o 1 5 r\n${body}\n`);
    return Buffer.from(`${parts.join('')}${B} end ${count}\n`);
  };
  /** The buffer, counting the bytes its searches read (up to the hit, or to the end when there is none). */
  const counted = (buf: Buffer) => {
    const seen = { bytes: 0 };
    const indexOf = buf.indexOf.bind(buf);
    Object.defineProperty(buf, 'indexOf', {
      value: (value: string | number, from = 0) => {
        const at = indexOf(value, from);
        seen.bytes += (at < 0 ? buf.length : at) - Math.max(from, 0);
        return at;
      },
    });
    return seen;
  };

  it('many broken templates read the output about once (each resync used to look for the end through all the rest)', () => {
    const many = broken(150, 20_000);
    const seen = counted(many);
    expect(parseFrames(many, B, 150)).toMatchObject({ complete: true, skipped: Array.from({ length: 150 }, () => expect.any(String)) });
    // Before: ~75 times the output (half the rest, per template).
    expect(seen.bytes).toBeLessThan(3 * many.length);
  });
});

describe('ssm transport end to end against hostile hosts', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });
  const verdict = (t: Template, r: ProbeRun | undefined) => {
    const j = judge(t, r!, 'now');
    return j.verdict === 'unaudited' ? `unaudited:${j.unaudited!.reason}` : j.verdict;
  };

  it('one template printing invalid UTF-8 does not hide another template\'s finding on the same host', async () => {
    emu = await startEmulator([instance(1, PROFILES.idle)], { deliverySecondMs: 10 });
    const bad = codeTemplate('bad', [{ source: 'printf "\\346\\227\\377"' }]);
    const finding = withMatcher('finding', 'echo OPEN-RELAY', 'OPEN-RELAY');
    const t = transportFor(emu, { 'instance-ids': instanceId(1) });
    const r = byKey((await t.run([bad, finding])).runs);
    expect(bytesOf(blocksOf(r.get(`${instanceId(1)}/bad`))[0]!.stdout)).toEqual(Buffer.from([0xe6, 0x97, 0xff]));
    expect(verdict(finding, r.get(`${instanceId(1)}/finding`))).toBe('vulnerable');
  });

  it('an earlier block too big for the environment: environment-too-large, never clean', async () => {
    emu = await startEmulator([instance(1, PROFILES.idle)], { deliverySecondMs: 10 });
    const t = withMatcher('big', 'head -c 200000 /dev/zero | tr "\\0" x', 'never-printed');
    const two = templateFromYaml(
      `id: two\ninfo:\n  name: two\n  author: test\n  severity: high\nself-contained: true\ncode:\n  - engine: [sh]\n    source: head -c 200000 /dev/zero | tr "\\\\0" x\n  - engine: [sh]\n    source: echo fine\n    matchers:\n      - type: word\n        words: ["absent"]\n        negative: true\n`,
    );
    const tr = transportFor(emu, { 'instance-ids': instanceId(1), 'output-s3-bucket': 'out' });
    const r = byKey((await tr.run([t, two])).runs);
    expect(verdict(two, r.get(`${instanceId(1)}/two`))).toBe('unaudited:environment-too-large');
    expect(verdict(t, r.get(`${instanceId(1)}/big`))).toBe('clean');
  });

  it('S3 output is read with a cap: a host flooding it costs at most the cap in bytes, and is named with its size', async () => {
    const cap = 32 * 1024 * 1024 + 1024 * 1024;
    emu = await startEmulator(
      [instance(1, PROFILES.idle, { behaviour: { kind: 'flood', bytes: cap + 1024 * 1024, at: 'start' } }), instance(2, PROFILES.idle, { behaviour: { kind: 'flood', bytes: cap + 1024 * 1024, at: 'end' } })],
      { deliverySecondMs: 10 },
    );
    const echo = codeTemplate('echo', [{ source: 'echo hello' }]);
    const t = transportFor(emu, { 'instance-ids': `${instanceId(1)},${instanceId(2)}`, 'output-s3-bucket': 'out' });
    const r = byKey((await t.run([echo])).runs);
    expect(r.get(`${instanceId(1)}/echo`)).toMatchObject({ unaudited: { reason: 'incomplete-output', detail: expect.stringMatching(/^this host's output is 35,\d{3},\d{3} bytes, more than the 34,603,008 bytes a run reads per host/) } });
    // Flooded after its frames: everything the script wrote was within the cap.
    expect(blocksOf(r.get(`${instanceId(2)}/echo`))[0]!.stdout).toBe('hello\n');
    expect(emu.s3BytesServed()).toBeLessThanOrEqual(2 * cap);
  });

  it('an abort during a 30 s block returns within seconds with the block cancelled, and the host\'s probe is gone', async () => {
    emu = await startEmulator([instance(1, PROFILES.idle), instance(2, PROFILES.idle)], { deliverySecondMs: 10 });
    const f = pidFile();
    const slow = codeTemplate('slow', [{ source: `if [ "$(cat)" = ${instanceId(2)} ]; then echo $$ >> ${f}; sleep 30; fi; echo done` }], '');
    const t = transportFor(emu, { 'instance-ids': `${instanceId(1)},${instanceId(2)}` });
    const controller = new AbortController();
    const pending = t.run([slow], controller.signal);
    const [probe] = await pidsFrom(f);
    // Let the quick host's result be seen before the abort.
    await eventually(() => [...emu!.model.commands.values()][0]!.invocations.some((i) => i.status === 'Success'), 10_000);
    const aborted = Date.now();
    controller.abort(new Error('interrupted'));
    const r = byKey((await pending).runs);
    expect(Date.now() - aborted).toBeLessThan(10_000);
    expect(blocksOf(r.get(`${instanceId(1)}/slow`))[0]!.stdout).toBe('done\n');
    expect(r.get(`${instanceId(2)}/slow`)).toMatchObject({ unaudited: { reason: 'cancelled', detail: 'the run was cancelled before this host finished; its command was cancelled' } });
    expect(t.api.calls.CancelCommand).toBe(1);
    expect(await eventually(() => !running(probe!))).toBe(true);
  });
});
