// The action's contract with a faked @actions/core: inputs in; outputs, files, annotations, summary and failure state out.
// Most tests run the real engine with the local transport; the rest fake executeRun to shape a fleet (SSM ids, notes).
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunHooks, RunOutcome } from '../../src/run.js';
import type { RunOptions } from '../../src/options.js';
import { OUTPUTS } from '../../src/report/outputs.js';
import { parseSent } from '../../src/sent-commands.js';
import { finding, HOSTILE, mixedFleet, report, result, ssmTarget, template } from '../report/factory.js';
import { allSarifErrors } from '../report/validate.js';
import { tempDir } from '../support/tmp.js';

const state = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  outputs: {} as Record<string, unknown>,
  saved: {} as Record<string, string>,
  failed: [] as string[],
  log: [] as string[],
  annotations: [] as { level: string; message: string; props: Record<string, unknown> }[],
  summary: '',
  /** Every call to core, in order, to check that the step fails only after its evidence is written. */
  calls: [] as string[],
  fakeRun: undefined as undefined | ((options: RunOptions, hooks: RunHooks) => Promise<RunOutcome>),
}));

vi.mock('@actions/core', () => {
  const annotate = (level: string) => (message: string, props: Record<string, unknown> = {}) => {
    state.calls.push(level);
    state.annotations.push({ level, message, props });
  };
  return {
    getInput: (name: string) => state.inputs[name] ?? '',
    setOutput: (name: string, value: unknown) => {
      state.calls.push(`output ${name}`);
      state.outputs[name] = value;
    },
    saveState: (name: string, value: string) => {
      state.calls.push(`save ${name}`);
      state.saved[name] = value;
    },
    setFailed: (message: string) => {
      state.calls.push('setFailed');
      state.failed.push(message);
    },
    info: (line: string) => void state.log.push(line),
    isDebug: () => process.env['RUNNER_DEBUG'] === '1',
    warning: annotate('warning'),
    error: annotate('error'),
    notice: annotate('notice'),
    summary: {
      addRaw(text: string) {
        state.summary += text;
        return this;
      },
      async write() {
        state.calls.push('summary');
        return this;
      },
    },
  };
});

vi.mock('../../src/run.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/run.js')>();
  return { ...real, executeRun: (options: RunOptions, hooks: RunHooks) => (state.fakeRun ?? real.executeRun)(options, hooks) };
});

const { run } = await import('../../src/main.js');

let dir: string;
beforeEach(async () => {
  Object.assign(state, { inputs: {}, outputs: {}, saved: {}, failed: [], log: [], annotations: [], summary: '', calls: [], fakeRun: undefined });
  dir = await tempDir('fleetprobe-action-');
  vi.stubEnv('GITHUB_STEP_SUMMARY', path.join(dir, 'summary.md'));
  vi.stubEnv('RUNNER_TEMP', dir);
});
afterEach(() => vi.unstubAllEnvs());

const local = (extra: Record<string, string>) => ({ transport: 'local', 'sarif-file': path.join(dir, 'out.sarif'), 'jsonl-file': path.join(dir, 'out.jsonl'), ...extra });
const ssm = (extra: Record<string, string> = {}) => ({ transport: 'ssm', 'instance-ids': 'i-0000000000000000a,i-0000000000000000b,i-0000000000000000c', 'aws-region': 'eu-west-1', 'sarif-file': '', 'jsonl-file': '', ...extra });
/** A workflow-command line as the runner would read it. */
const COMMAND = /^\s*(::|##\[)/;

describe('the action, end to end on this machine', () => {
  it('writes reports and outputs, then fails the step when the gate trips', async () => {
    state.inputs = local({ templates: 'fixtures/templates/probes/both-vulnerable.yaml', 'allow-unsigned': 'true', 'fail-on': 'high' });
    await run();
    expect(state.failed).toEqual(['gate failed: 2 findings at or above high on 1 target (1 vulnerable, 0 clean, 0 unaudited of 1 target)']);
    expect(state.outputs).toMatchObject({ findings: 2, 'vulnerable-targets': os.hostname(), 'clean-targets': '', 'unaudited-targets': '', 'sarif-file': path.join(dir, 'out.sarif'), 'jsonl-file': path.join(dir, 'out.jsonl'), 'command-ids': '' });
    const sarif = JSON.parse(await readFile(path.join(dir, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(2);
    expect(await allSarifErrors(sarif)).toEqual([]);
    expect((await readFile(path.join(dir, 'out.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
    expect(state.annotations.filter((a) => a.level === 'error').map((a) => a.props['title'])).toEqual([`both-vulnerable/sendmail on ${os.hostname()}`, `both-vulnerable/postfix on ${os.hostname()}`]);
    expect(state.summary).toContain('| 🔴 high | Both blocks report a vulnerable MTA (<code>both-vulnerable</code>) | postfix | 1 |');
    expect(state.summary).toContain('| 🔴 high | Both blocks report a vulnerable MTA (<code>both-vulnerable</code>) | sendmail | 1 |');
    // The evidence is out before the step fails.
    expect(state.calls.at(-1)).toBe('setFailed');
    expect(state.calls.indexOf('summary')).toBeLessThan(state.calls.indexOf('setFailed'));
  });

  it('a low finding and a critical template that timed out: the host is in both lists and fail-on-unaudited fails', async () => {
    state.inputs = local({ templates: 'fixtures/templates/gate/low-match.yaml\nfixtures/templates/gate/critical-slow.yaml', 'allow-unsigned': 'true', timeout: '1', 'fail-on': 'high', 'fail-on-unaudited': 'true' });
    await run();
    expect(state.failed).toEqual(['gate failed: 1 target not audited (1 vulnerable, 0 clean, 1 unaudited of 1 target)']);
    expect(state.outputs).toMatchObject({ findings: 1, 'vulnerable-targets': os.hostname(), 'unaudited-targets': os.hostname(), 'clean-targets': '' });
    expect(state.summary).toContain('| 1 | 1 | 1 (1 also vulnerable) | 0 | 1 (low 1) | 2 |');
    expect(state.summary).toContain('| timed-out | 1 | 1 | 1 |');
  });

  it('the open-relay template audits this machine and its SARIF is valid for code scanning', async () => {
    state.inputs = local({ templates: 'fixtures/templates/smtp-open-relay.yaml', 'allow-unsigned': 'true' });
    await run();
    expect(state.failed).toEqual([]);
    expect(['vulnerable-targets', 'clean-targets', 'unaudited-targets'].map((k) => state.outputs[k]).filter(Boolean)).toEqual([os.hostname()]);
    expect(await allSarifErrors(JSON.parse(await readFile(path.join(dir, 'out.sarif'), 'utf8')))).toEqual([]);
  });

  it('passes with fail-on none and no annotations when asked', async () => {
    state.inputs = local({ templates: 'fixtures/templates/probes/both-vulnerable.yaml', 'allow-unsigned': 'true', annotations: 'false' });
    await run();
    expect(state.failed).toEqual([]);
    expect(state.annotations).toEqual([]);
    expect(state.log.at(-1)).toBe('gate passed (fail-on none): 1 vulnerable, 0 clean, 0 unaudited of 1 target');
  });

  it('host output cannot act as a workflow command in the log', async () => {
    state.inputs = local({ templates: 'fixtures/templates/probes/hostile-output.yaml', 'allow-unsigned': 'true' });
    await run();
    const token = /^::stop-commands::(.+)$/.exec(state.log[0]!)?.[1];
    expect(token).toBeTruthy();
    const end = state.log.indexOf(`::${token}::`);
    expect(end).toBeGreaterThan(0);
    // Inside and outside the stop-commands block, no line the runner could read as a command.
    for (const line of [...state.log.slice(1, end), ...state.log.slice(end + 1)]) expect(line).not.toMatch(COMMAND);
    for (const a of state.annotations) expect(a.message).not.toMatch(/[\r\n]/);
  });

  it('leaves no signal handlers behind', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    state.inputs = local({ templates: 'fixtures/templates/probes/both-vulnerable.yaml', 'allow-unsigned': 'true' });
    await run();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });

  it.each([
    [{ 'fail-on': 'severe' }, "input fail-on: 'severe' is not allowed; expected one of none, info, low, medium, high, critical"],
    [{ transport: 'ssm', 'aws-region': 'us-east-1' }, 'transport ssm needs instance-ids or targets (or use transport local)'],
    [{ transport: 'ssm', 'instance-ids': 'i-1', targets: 'tag-key=Owner', 'aws-region': 'us-east-1' }, 'inputs instance-ids and targets: give one of them, not both'],
    [{ 'max-concurrency': 'lots' }, "input max-concurrency: 'lots' is not allowed; expected a positive count like 50, or a percentage from 1% to 100%"],
    [{ 'fail-on-unaudited': 'yes' }, "input fail-on-unaudited: 'yes' is not allowed; expected true or false"],
    [{ templates: 'fixtures/templates/probes/both-vulnerable.yaml' }, expect.stringMatching(/both-vulnerable\.yaml: refused: .*unsigned/)],
  ])('bad input %j fails with one clear message before any work', async (inputs, message) => {
    state.inputs = { transport: 'local', ...inputs } as Record<string, string>;
    await run();
    expect(state.failed).toEqual([message]);
    expect(state.outputs).toEqual({});
  });
});

describe('the action over a fleet (executeRun faked)', () => {
  const outcome = (r = mixedFleet(), notes: string[] = []): RunOutcome => ({ report: r, notes });

  it('records command ids as they are sent, sets every output, and lists the unaudited hosts', async () => {
    state.inputs = ssm();
    state.fakeRun = async (options, hooks) => {
      expect(options.instanceIds).toHaveLength(3);
      hooks.onCommand?.('cmd-1', { account: '123456789012', region: 'eu-west-1' });
      // On disk before the next is sent: the post step finds it even if this step is killed now.
      expect(parseSent(await readFile(state.saved['commands-file']!, 'utf8'))).toEqual([{ id: 'cmd-1', account: '123456789012', region: 'eu-west-1' }]);
      hooks.onCommand?.('cmd-2');
      return outcome(report(mixedFleet().results, mixedFleet().templates, { commandIds: ['cmd-1', 'cmd-2'] }));
    };
    await run();
    expect(path.dirname(state.saved['commands-file']!)).toBe(dir);
    expect(parseSent(await readFile(state.saved['commands-file']!, 'utf8'))).toEqual([{ id: 'cmd-1', account: '123456789012', region: 'eu-west-1' }, { id: 'cmd-2' }]);
    expect(state.outputs).toEqual({
      findings: 2,
      'vulnerable-targets': 'i-0000000000000000a',
      'clean-targets': 'i-0000000000000000b',
      'unaudited-targets': 'i-0000000000000000c',
      'skipped-templates': 0,
      'unaudited-scopes': '',
      'sarif-file': '',
      'jsonl-file': '',
      'command-ids': 'cmd-1,cmd-2',
      // No baseline given: the comparison's outputs are empty.
      'new-findings': '',
      'fixed-findings': '',
      'newly-unaudited-targets': '',
    });
    expect(state.summary).toContain('<code>cmd-1</code> <code>cmd-2</code>');
    expect(state.failed).toEqual([]);
  });

  it('the post step\'s record grows linearly: 800 commands over 200 scopes, the state saved once', async () => {
    state.inputs = ssm();
    const sent = Array.from({ length: 800 }, (_, i) => ({ id: `${String(i).padStart(8, '0')}-1111-2222-3333-444444444444`, account: String(100_000_000_000 + (i % 50)), region: ['eu-west-1', 'us-east-1', 'us-west-2', 'ap-southeast-2'][i % 4]! }));
    state.fakeRun = async (_options, hooks) => {
      for (const { id, ...where } of sent) hooks.onCommand?.(id, where);
      return outcome();
    };
    await run();
    expect(state.calls.filter((c) => c.startsWith('save'))).toEqual(['save commands-file']);
    const text = await readFile(state.saved['commands-file']!, 'utf8');
    expect(parseSent(text)).toEqual(sent);
    // About 100 bytes a command, each written once.
    expect(Buffer.byteLength(text)).toBeLessThan(sent.length * 120);
  });

  it('fail-on-unaudited fails the step with the counts, after the outputs and the summary', async () => {
    state.inputs = ssm({ 'fail-on-unaudited': 'true' });
    state.fakeRun = async () => outcome();
    await run();
    expect(state.failed).toEqual(['gate failed: 1 target not audited (1 vulnerable, 1 clean, 1 unaudited of 3 targets)']);
    expect(state.calls.filter((c) => c.startsWith('output'))).toHaveLength(Object.keys(OUTPUTS).length);
    expect(state.calls.indexOf('summary')).toBeLessThan(state.calls.indexOf('setFailed'));
    expect(state.calls.at(-1)).toBe('setFailed');
  });

  it('run notes reach the log and the summary, not an annotation slot', async () => {
    state.inputs = ssm();
    state.fakeRun = async () => outcome(mixedFleet(), ['SARIF: kept the 1 most severe of 2 results']);
    await run();
    expect(state.log).toContain('Note: SARIF: kept the 1 most severe of 2 results');
    expect(state.summary).toContain('> SARIF: kept the 1 most severe of 2 results');
    expect(state.annotations.map((a) => a.message)).not.toContain('SARIF: kept the 1 most severe of 2 results');
  });

  it('many findings: at most 10 error annotations including the roll-up and the gate failure', async () => {
    const t = template('t', 'critical');
    const fleet = report(Array.from({ length: 30 }, (_, i) => result(t, ssmTarget(`i-${String(i).padStart(17, '0')}`), [finding('m', HOSTILE)])), [t]);
    state.inputs = ssm({ 'fail-on': 'critical' });
    state.fakeRun = async () => outcome(fleet);
    await run();
    const errors = state.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(9);
    expect(errors.at(-1)!.message).toMatch(/^22 more error annotations are not shown/);
    expect(state.failed).toEqual(['gate failed: 30 findings at or above critical on 30 targets (30 vulnerable, 0 clean, 0 unaudited of 30 targets)']);
    expect(errors.length + state.failed.length).toBeLessThanOrEqual(10);
    expect(errors[0]!.props).toMatchObject({ title: 't/m on i-00000000000000000', file: 'fleet/123456789012/eu-west-1/i-00000000000000000', startLine: 1 });
  });

  it('hostile host names and output never reach the log as commands', async () => {
    const t = template('t');
    const hostile = report([result(t, { id: '::add-mask::x', transport: 'ssm', region: '\r::error::r' }, [finding('::stop-commands::tok', HOSTILE)]), result(t, ssmTarget('i-0000000000000000d'), { reason: 'failed', detail: '%0A::warning::x\n##[error]y' })], [t]);
    state.inputs = ssm();
    state.fakeRun = async () => outcome(hostile, ['note with ::error:: inside']);
    await run();
    for (const line of state.log.filter((l) => !/^::stop-commands::[0-9a-f-]{36}$|^::[0-9a-f-]{36}::$/.test(l))) expect(line).not.toMatch(COMMAND);
    for (const a of state.annotations) expect(`${a.message}${String(a.props['title'])}`).not.toMatch(/[\r\n]/);
  });

  it('an unexpected error fails the step with one line, its stack only with RUNNER_DEBUG=1; a user error with its message alone', async () => {
    state.inputs = ssm();
    state.fakeRun = async () => {
      throw new TypeError('boom');
    };
    await run();
    expect(state.failed).toEqual(['internal error (a bug in fleetprobe, please report it): TypeError: boom; re-running the job with debug logging (RUNNER_DEBUG=1) shows the stack']);
    state.failed = [];
    vi.stubEnv('RUNNER_DEBUG', '1');
    await run();
    expect(state.failed).toHaveLength(1);
    expect(state.failed[0]).toMatch(/^internal error: TypeError: boom\n\s+at /);
    const { UserError } = await import('../../src/errors.js');
    state.failed = [];
    state.fakeRun = async () => {
      throw new UserError('templates/x.yaml:3: unknown matcher type');
    };
    await run();
    expect(state.failed).toEqual(['templates/x.yaml:3: unknown matcher type']);
  });

  it('no summary outside a runner', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    state.inputs = ssm();
    state.fakeRun = async () => outcome();
    await run();
    expect(state.calls).not.toContain('summary');
    expect(state.failed).toEqual([]);
  });
});
