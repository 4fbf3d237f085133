// The pipeline's middle: the transport's raw outputs in, one judged Result per target × template out.
import { evaluateTemplate } from './matchers/evaluate.js';
import { verdictOf } from './report/tally.js';
import type { Transport } from './transport/transport.js';
import type { Gap, ProbeRun, Result, Target, Template } from './types.js';

export interface AuditResults {
  results: Result[];
  commandIds: string[];
  /** What the transport could not reach at all (SSM scopes not audited). */
  gaps: Gap[];
}

export async function audit(templates: readonly Template[], transport: Transport, signal?: AbortSignal, judgements: Judgements = new Judgements(templates)): Promise<AuditResults> {
  const report = await transport.run(templates, signal);
  return { results: judgeAll(templates, report.runs, judgements), commandIds: report.commandIds, gaps: report.gaps ?? [] };
}

/** Every target × template judged once (the serverless job's steps judge the outcomes they stored the same way). */
export function judgeAll(templates: readonly Template[], runs: readonly ProbeRun[], judgements: Judgements = new Judgements(templates)): Result[] {
  return everyTargetOnce(templates, runs).map((run) => judgements.of(run));
}

/** Judges each outcome once, when it arrives (the progress line counts findings as they come) or at the end. */
export class Judgements {
  private readonly byId: Map<string, Template>;
  private readonly judged = new WeakMap<ProbeRun, Result>();

  constructor(
    templates: readonly Template[],
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byId = new Map(templates.map((t) => [t.id, t]));
  }

  of(run: ProbeRun): Result {
    let result = this.judged.get(run);
    if (!result) this.judged.set(run, (result = judge(this.byId.get(run.templateId)!, run, this.now().toISOString())));
    return result;
  }
}

/** A host's verdict for one template. A block that did not complete means no verdict, never a pass. */
export function judge(template: Template, run: ProbeRun, timestamp: string): Result {
  const base = { target: run.target, template: { id: template.id, path: template.path, info: template.info }, timestamp, ...(run.commandId ? { commandId: run.commandId } : {}) };
  if ('unaudited' in run) return { ...base, verdict: 'unaudited', findings: [], unaudited: run.unaudited };
  const failure = run.blocks.find((b) => b.failure)?.failure;
  if (failure) return { ...base, verdict: 'unaudited', findings: [], unaudited: failure };
  if (run.blocks.length !== template.blocks.length) {
    return { ...base, verdict: 'unaudited', findings: [], unaudited: { reason: 'incomplete-output', detail: `${run.blocks.length} of ${template.blocks.length} blocks reported` } };
  }
  const findings = evaluateTemplate(template, run.blocks, template.selfContained ? '' : run.target.id);
  return { ...base, verdict: verdictOf(template.info.severity, findings), findings };
}

/**
 * Safety net for the invariant every transport must keep: each target appears exactly once per template.
 * A duplicate keeps its first outcome; a target missing for some template gets a stated reason.
 */
function everyTargetOnce(templates: readonly Template[], runs: readonly ProbeRun[]): ProbeRun[] {
  const targets = new Map<string, Target>();
  const seen = new Map<string, ProbeRun>();
  for (const run of runs) {
    targets.set(run.target.id, targets.get(run.target.id) ?? run.target);
    const key = `${run.templateId}\u0000${run.target.id}`;
    if (!seen.has(key)) seen.set(key, run);
  }
  const out: ProbeRun[] = [];
  for (const target of targets.values()) {
    for (const template of templates) {
      out.push(
        seen.get(`${template.id}\u0000${target.id}`) ?? {
          target,
          templateId: template.id,
          unaudited: { reason: 'failed', detail: 'the transport returned no outcome for this template' },
        },
      );
    }
  }
  return out;
}
