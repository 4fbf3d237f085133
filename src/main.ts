// The action: inputs in, the shared run body, then outputs, annotations, the job summary and the gate.
// Reports and outputs are written before the step fails, so a failed gate still leaves its evidence.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { UserError } from './errors.js';
import { parseOptions } from './options.js';
import { annotations } from './report/annotations.js';
import { evaluateGate } from './report/gate.js';
import { summaryMarkdown } from './report/summary.js';
import { renderTable } from './report/table.js';
import { tally } from './report/tally.js';
import { forLog } from './report/untrusted.js';
import { executeRun } from './run.js';

export async function run(): Promise<void> {
  try {
    const options = parseOptions((name) => core.getInput(name));
    const controller = new AbortController();
    const cancel = () => controller.abort(new Error('the workflow was cancelled'));
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    const sent: string[] = [];
    const outcome = await executeRun(options, {
      signal: controller.signal,
      // Saved as they are sent, so the post step can cancel them even if this step is killed.
      onCommand: (id) => {
        sent.push(id);
        core.saveState('command-ids', sent.join(','));
      },
    });
    const { report } = outcome;
    const t = tally(report.results);

    core.setOutput('findings', t.findings);
    core.setOutput('vulnerable-targets', t.vulnerable.join(','));
    core.setOutput('clean-targets', t.clean.join(','));
    core.setOutput('unaudited-targets', t.unaudited.join(','));
    core.setOutput('sarif-file', outcome.sarifFile ?? '');
    core.setOutput('jsonl-file', outcome.jsonlFile ?? '');
    core.setOutput('command-ids', report.commandIds.join(','));

    // Host text never reaches the log where the runner could read it as a command.
    const token = randomUUID();
    core.info(`::stop-commands::${token}`);
    for (const line of renderTable(report.results, { color: false }).trimEnd().split('\n')) core.info(forLog(line, 400));
    core.info(`::${token}::`);
    for (const note of outcome.notes) core.warning(note);

    if (options.annotations) {
      for (const a of annotations(report)) {
        const props = { title: a.title, ...(a.file ? { file: a.file, startLine: a.startLine ?? 1 } : {}) };
        if (a.level === 'error') core.error(a.message, props);
        else if (a.level === 'warning') core.warning(a.message, props);
        else core.notice(a.message, props);
      }
    }
    await core.summary.addRaw(summaryMarkdown(report), true).write();

    const gate = evaluateGate(report.results, options.failOn, options.failOnUnaudited);
    if (gate.failed) core.setFailed(gate.message);
    else core.info(gate.message);
  } catch (e) {
    if (e instanceof UserError) core.setFailed(e.message);
    else core.setFailed(`fleetprobe failed unexpectedly: ${(e as Error).stack ?? String(e)}`);
  }
}
