// JSONL as nuclei writes it (pkg/output/output.go, ResultEvent, for code templates): the same fields, names,
// order and value shapes, so tools that read nuclei's -jsonl read ours. fleetprobe's own fields live under one key
// nuclei does not have (`fleetprobe`), never in `meta` (nuclei's payload values). One line per finding; with
// matcherStatus (nuclei -ms) a line per clean or unaudited target and template too, and the unaudited ones of an
// interrupted run always. test/report/nuclei-jsonl.test.ts checks every line against a schema taken from the struct.
import type { AuditReport, Finding, Result, TemplateInfo } from '../types.js';

export interface JsonlOptions {
  matcherStatus: boolean;
  /** Each template's file by template id (src/template-files.ts): nuclei's `template-path` and `template`. */
  templateFiles?: ReadonlyMap<string, TemplateFile>;
}

export interface TemplateFile {
  /** Absolute path of the template file (for a bundled template, the file fleetprobe ships). */
  path: string;
  /** Its path inside nuclei's templates directory, when it lies there: nuclei's `template`. */
  inTemplatesDir?: string;
}

/** nuclei's utils.TemplatesRepoURL: set as `template-url` (plus the id) for templates ProjectDiscovery signed. */
const TEMPLATES_REPO_URL = 'https://cloud.projectdiscovery.io/public/';
/** keys.PDVerifier, the signer name nuclei compares. */
const PD_VERIFIER = 'projectdiscovery/nuclei-templates';

export function toJsonl(report: AuditReport, options: JsonlOptions): string {
  const templates = new Map(report.templates.map((t) => [t.id, t]));
  // What a template contributes to each of its lines, made once per template.
  const shared = new Map<string, TemplateFields>();
  const fieldsOf = (r: Result): TemplateFields => {
    let f = shared.get(r.template.id);
    if (!f) {
      const trust = templates.get(r.template.id)?.trust;
      shared.set(r.template.id, (f = { file: options.templateFiles?.get(r.template.id), pd: trust?.kind === 'signed' && trust.signer === PD_VERIFIER, info: info(r.template.info) }));
    }
    return f;
  };
  const lines: string[] = [];
  for (const result of report.results) {
    const fields = fieldsOf(result);
    const line = (finding: Finding | undefined) => JSON.stringify(event(result, finding, fields));
    // Observations (info findings on a clean result) are findings too, as nuclei writes them.
    if (result.findings.length > 0) {
      for (const finding of result.findings) lines.push(line(finding));
    } else if (options.matcherStatus || (report.interrupted && result.verdict === 'unaudited')) {
      // An interrupted run's file must not read as complete: the targets it did not finish get their line even without -ms.
      lines.push(line(undefined));
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

interface TemplateFields {
  file: TemplateFile | undefined;
  /** Signed by ProjectDiscovery: nuclei sets template-url. */
  pd: boolean;
  info: Record<string, unknown>;
}

function event(result: Result, finding: Finding | undefined, { file, pd, info }: TemplateFields): Record<string, unknown> {
  const { target } = result;
  return {
    ...(file?.inTemplatesDir ? { template: file.inTemplatesDir } : {}),
    ...(pd ? { 'template-url': `${TEMPLATES_REPO_URL}${result.template.id}` } : {}),
    'template-id': result.template.id,
    'template-path': file?.path ?? result.template.path,
    info,
    ...(finding?.matcherName ? { 'matcher-name': finding.matcherName } : {}),
    ...(finding?.extractorName ? { 'extractor-name': finding.extractorName } : {}),
    type: 'code',
    // A code template's input is the target; nuclei reports it as host and matched-at.
    host: target.id,
    'matched-at': target.id,
    ...(finding && finding.extracted.length > 0 ? { 'extracted-results': finding.extracted } : {}),
    timestamp: result.timestamp,
    'matcher-status': finding !== undefined,
    ...(result.unaudited ? { error: `not audited: ${result.unaudited.reason}: ${result.unaudited.detail}` } : {}),
    fleetprobe: {
      transport: target.transport,
      ...(target.account ? { account: target.account } : {}),
      ...(target.region ? { region: target.region } : {}),
      ...(target.name ? { name: target.name } : {}),
      ...(result.commandId ? { 'command-id': result.commandId } : {}),
      verdict: result.verdict,
      ...(result.unaudited ? { reason: result.unaudited.reason } : {}),
      ...(finding ? { block: finding.block, evidence: finding.evidence } : {}),
    },
  };
}

/**
 * model.Info as nuclei marshals it: struct order; author and tags are StringSlices (always written, `null` when
 * empty); reference is omitted when empty; classification keeps only nuclei's fields, its id lists lower-cased.
 */
function info(i: TemplateInfo): Record<string, unknown> {
  const classification = i.classification ? normaliseClassification(i.classification) : undefined;
  return {
    name: i.name,
    author: i.author.length > 0 ? i.author : null,
    tags: i.tags.length > 0 ? i.tags : null,
    ...(i.description ? { description: i.description } : {}),
    ...(i.impact ? { impact: i.impact } : {}),
    ...(i.reference.length > 0 ? { reference: i.reference } : {}),
    severity: i.severity,
    ...(i.metadata && Object.keys(i.metadata).length > 0 ? { metadata: i.metadata } : {}),
    ...(classification ? { classification } : {}),
    ...(i.remediation ? { remediation: i.remediation } : {}),
  };
}

/** model.Classification: cve-id and cwe-id as nuclei's StringSlice reads them, the scores as numbers, nothing else. */
export function normaliseClassification(c: Record<string, unknown>): Record<string, unknown> {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const score = (v: unknown) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && n !== 0 ? n : undefined;
  };
  const out: Record<string, unknown> = { 'cve-id': stringSlice(c['cve-id']), 'cwe-id': stringSlice(c['cwe-id']) };
  const metrics = text(c['cvss-metrics']);
  if (metrics) out['cvss-metrics'] = metrics;
  for (const key of ['cvss-score', 'epss-score', 'epss-percentile']) {
    const n = score(c[key]);
    if (n !== undefined) out[key] = n;
  }
  const cpe = text(c['cpe']);
  if (cpe) out['cpe'] = cpe;
  return out;
}

/**
 * nuclei's StringSlice: a list keeps its items, a string is split on commas (a blank one is empty); every item is
 * trimmed and lower-cased. Absent is `null` (the struct is always marshalled).
 */
export function stringSlice(v: unknown): string[] | null {
  if (v === undefined || v === null) return null;
  const one = (x: unknown) => (x === null || x === undefined ? '' : typeof x === 'object' ? JSON.stringify(x) : String(x as string | number | boolean));
  const items = Array.isArray(v) ? v.map(one) : one(v).trim() === '' ? [] : one(v).split(',');
  return items.map((s) => s.trim().toLowerCase());
}
