// The action's contract with a faked @actions/core: inputs in; outputs, files, annotations, summary and failure state out.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  outputs: {} as Record<string, unknown>,
  saved: {} as Record<string, string>,
  failed: [] as string[],
  log: [] as string[],
  annotations: [] as { level: string; message: string; props: Record<string, unknown> }[],
  summary: '',
}));

vi.mock('@actions/core', () => ({
  getInput: (name: string) => state.inputs[name] ?? '',
  setOutput: (name: string, value: unknown) => void (state.outputs[name] = value),
  saveState: (name: string, value: string) => void (state.saved[name] = value),
  setFailed: (message: string) => void state.failed.push(message),
  info: (line: string) => void state.log.push(line),
  warning: (message: string, props: Record<string, unknown> = {}) => void state.annotations.push({ level: 'warning', message, props }),
  error: (message: string, props: Record<string, unknown> = {}) => void state.annotations.push({ level: 'error', message, props }),
  notice: (message: string, props: Record<string, unknown> = {}) => void state.annotations.push({ level: 'notice', message, props }),
  summary: {
    addRaw(text: string) {
      state.summary += text;
      return this;
    },
    async write() {
      return this;
    },
  },
}));

const { run } = await import('../../src/main.js');

let dir: string;
beforeEach(async () => {
  Object.assign(state, { inputs: {}, outputs: {}, saved: {}, failed: [], log: [], annotations: [], summary: '' });
  dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-action-'));
});

const local = (extra: Record<string, string>) => ({ transport: 'local', 'sarif-file': path.join(dir, 'out.sarif'), 'jsonl-file': path.join(dir, 'out.jsonl'), ...extra });

describe('the action', () => {
  it('writes reports and outputs, then fails the step when the gate trips', async () => {
    state.inputs = local({ templates: 'fixtures/templates/probes/both-vulnerable.yaml', 'allow-unsigned': 'true', 'fail-on': 'high' });
    await run();
    expect(state.failed).toEqual(['gate failed: 2 findings at or above high on 1 target (1 vulnerable, 0 clean, 0 unaudited)']);
    expect(state.outputs).toMatchObject({ findings: 2, 'vulnerable-targets': os.hostname(), 'clean-targets': '', 'unaudited-targets': '', 'sarif-file': path.join(dir, 'out.sarif'), 'jsonl-file': path.join(dir, 'out.jsonl'), 'command-ids': '' });
    const sarif = JSON.parse(await readFile(path.join(dir, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(2);
    expect((await readFile(path.join(dir, 'out.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
    expect(state.annotations.filter((a) => a.level === 'error').map((a) => a.props['title'])).toEqual([`both-vulnerable/sendmail on ${os.hostname()}`, `both-vulnerable/postfix on ${os.hostname()}`]);
    expect(state.summary).toContain('🔴 vulnerable (sendmail, postfix)');
  });

  it('passes with fail-on none and no annotations when asked', async () => {
    state.inputs = local({ templates: 'fixtures/templates/probes/both-vulnerable.yaml', 'allow-unsigned': 'true', annotations: 'false' });
    await run();
    expect(state.failed).toEqual([]);
    expect(state.annotations).toEqual([]);
    expect(state.log.at(-1)).toBe('gate passed (fail-on none): 1 vulnerable, 0 clean, 0 unaudited');
  });

  it('host output cannot act as a workflow command in the log', async () => {
    state.inputs = local({ templates: 'fixtures/templates/probes/hostile-output.yaml', 'allow-unsigned': 'true' });
    await run();
    const token = /^::stop-commands::(.+)$/.exec(state.log[0]!)?.[1];
    expect(token).toBeTruthy();
    const end = state.log.indexOf(`::${token}::`);
    expect(end).toBeGreaterThan(0);
    // Inside and outside the stop-commands block, no line the runner could read as a command.
    for (const line of [...state.log.slice(1, end), ...state.log.slice(end + 1)]) expect(line).not.toMatch(/^\s*(::|##\[)/);
    for (const a of state.annotations) expect(a.message).not.toMatch(/[\r\n]/);
  });

  it.each([
    [{ 'fail-on': 'severe' }, "input fail-on: 'severe' is not allowed; expected one of none, info, low, medium, high, critical"],
    [{ transport: 'ssm', 'aws-region': 'us-east-1' }, 'transport ssm needs instance-ids or targets (or use transport local)'],
    [{ transport: 'ssm', 'instance-ids': 'i-1', targets: 'tag-key=Owner', 'aws-region': 'us-east-1' }, 'inputs instance-ids and targets: give one of them, not both'],
    [{ 'max-concurrency': 'lots' }, "input max-concurrency: 'lots' is not allowed; expected a positive count like 50, or a percentage from 1% to 100%"],
    [{ templates: 'fixtures/templates/probes/both-vulnerable.yaml' }, expect.stringMatching(/both-vulnerable\.yaml: refused: .*unsigned/)],
  ])('bad input %j fails with one clear message before any work', async (inputs, message) => {
    state.inputs = { transport: 'local', ...inputs } as Record<string, string>;
    await run();
    expect(state.failed).toEqual([message]);
    expect(state.outputs).toEqual({});
  });
});
