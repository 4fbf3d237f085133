// The action: inputs in, the shared run body, then outputs, annotations, the job summary and the gate.
// Reports and outputs are written before the step fails, so a failed gate still leaves its evidence.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { explain } from './errors.js';
import { parseOptions } from './options.js';
import { annotations, type Annotation } from './report/annotations.js';
import { evaluateGate } from './report/gate.js';
import { summaryMarkdown } from './report/summary.js';
import { renderTable } from './report/table.js';
import { actionOutputs } from './report/outputs.js';
import { forLog } from './report/untrusted.js';
import { executeRun, type RunOutcome } from './run.js';
import { recordSent, sentCommandsFile } from './sent-commands.js';
import { watchSignals } from './signals.js';

// GitHub shows 10 annotations of each kind per step; one of them stays free for the step's own
// failure (core.setFailed is an error annotation), so the roll-up annotation is never the one dropped.
const ANNOTATIONS_PER_KIND = 9;

export async function run(): Promise<void> {
  // A cancelled workflow sends SIGINT, then SIGTERM: the first stops the probes and the reports of what finished
  // are written (marked interrupted, and the step fails); the second stops at once.
  const watch = watchSignals((signal) => {
    core.setFailed(`${signal} again: stopped at once, without reports`);
    process.exit();
  });
  try {
    const options = parseOptions((name) => core.getInput(name));
    // Saved once, before anything is sent: the post step reads the commands from that file. A local run sends none.
    const sentFile = sentCommandsFile();
    if (options.transport === 'ssm') core.saveState('commands-file', sentFile);
    const outcome = await executeRun(options, {
      signal: watch.signal,
      // The step log: a line every 15 s on a long run.
      progress: { live: false, write: (text) => core.info(text.trimEnd()) },
      // A plain log line: each gap also gets its annotation from annotations(). run.ts flattened the text.
      warn: (message) => core.info(`Warning: ${message}`),
      // Recorded as they are sent, so the post step can cancel them (in their account and region) even if this step is killed.
      onCommand: (id, where) => recordSent(sentFile, { id, ...(where ? { account: where.account, region: where.region } : {}) }),
    });
    const gate = evaluateGate(outcome.report, options.failOn, options.failOnUnaudited);
    setOutputs(outcome);
    log(outcome);
    if (options.annotations) for (const a of annotations(outcome.report, { perKind: ANNOTATIONS_PER_KIND })) annotate(a);
    // Absent outside a runner (a local try-out); the log and the report files still carry everything.
    if (process.env['GITHUB_STEP_SUMMARY']) {
      const markdown = summaryMarkdown(outcome.report, { gate, notes: outcome.notes, changes: outcome.changes, files: { jsonl: outcome.jsonlFile, sarif: outcome.sarifFile } });
      await core.summary.addRaw(markdown, true).write();
    }

    if (gate.failed) core.setFailed(gate.message);
    else core.info(gate.message);
  } catch (e) {
    core.setFailed(explain(e, core.isDebug(), DEBUG_HINT).message);
  } finally {
    watch.dispose();
  }
}

/** How an action user gets an internal error's stack (core.isDebug() reads RUNNER_DEBUG=1). */
export const DEBUG_HINT = 're-running the job with debug logging (RUNNER_DEBUG=1)';

function setOutputs({ report, sarifFile, jsonlFile, changes }: RunOutcome): void {
  for (const [name, value] of Object.entries(actionOutputs(report, { sarifFile, jsonlFile }, changes))) core.setOutput(name, value);
}

/**
 * The table carries host text, which the runner would read as workflow commands at the start of a line.
 * Each line is defused (forLog) and the block is fenced by ::stop-commands:: with a token hosts cannot guess.
 */
function log({ report, notes, changes }: RunOutcome): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  for (const line of renderTable(report, { color: false, changes }).trimEnd().split('\n')) core.info(forLog(line, 400));
  core.info(`::${token}::`);
  for (const note of notes) core.info(`Note: ${forLog(note, 1000)}`);
}

// core.error/warning/notice percent-encode CR, LF and % in messages and properties, so host text cannot
// end the annotation's line; annotations() also keeps it to one line.
function annotate(a: Annotation): void {
  const props = { title: a.title, ...(a.file ? { file: a.file, startLine: a.startLine ?? 1 } : {}) };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}
