// What changed since the previous run: its JSONL (the baseline) against this run's results. A finding is new, still
// open, fixed (this run judged the same host and template and the finding is gone), or not re-checked (this run gave
// that host and template no verdict, so its absence proves nothing). A host is newly unaudited when a template that
// judged it last time gave it no verdict now. The baseline is a file from elsewhere: every line is checked, and a bad
// one stops the run with its line number, before any probe runs.
import { UserError } from '../errors.js';
import type { Result, Severity } from '../types.js';
import { oneLine } from './untrusted.js';

export interface FindingRef {
  templateId: string;
  matcher: string | undefined;
  host: string;
  account: string | undefined;
  region: string | undefined;
  severity: Severity | undefined;
}

export class Baseline {
  readonly findings = new Map<string, FindingRef>();
  /** Host × template pairs the previous run judged (a finding, or a matcher-status line without error). */
  readonly judged = new Set<string>();
  lines = 0;

  constructor(readonly file: string) {}

  /** One JSONL line (1-based `n`): a nuclei ResultEvent as fleetprobe (or nuclei) writes it. */
  add(text: string, n: number): void {
    if (text.trim() === '') return;
    const bad = (what: string) => new UserError(`input baseline: ${this.file}:${n}: ${what}; expected the JSONL of a previous fleetprobe run`);
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      throw bad(`not JSON (${oneLine((e as Error).message, 100)})`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('not a JSON object');
    const line = v as Record<string, unknown>;
    const str = (key: string, o: Record<string, unknown> = line): string | undefined => {
      const x = o[key];
      if (x === undefined || x === null) return undefined;
      if (typeof x !== 'string') throw bad(`'${key}' is not a string`);
      return x;
    };
    const templateId = str('template-id');
    const host = str('host') ?? str('matched-at');
    if (templateId === undefined || host === undefined) throw bad("no 'template-id' or no 'host'");
    const status = line['matcher-status'];
    if (typeof status !== 'boolean') throw bad("'matcher-status' is not true or false");
    // fleetprobe's own fields; older fleetprobe versions kept them in `meta`.
    const own = [line['fleetprobe'], line['meta']].find((o): o is Record<string, unknown> => typeof o === 'object' && o !== null && !Array.isArray(o)) ?? {};
    const account = str('account', own);
    const region = str('region', own);
    const info = typeof line['info'] === 'object' && line['info'] !== null ? (line['info'] as Record<string, unknown>) : {};
    const severity = typeof info['severity'] === 'string' ? (info['severity'] as Severity) : undefined;
    this.lines++;
    if (status) {
      const ref: FindingRef = { templateId, matcher: str('matcher-name') ?? str('extractor-name'), host, account, region, severity };
      this.findings.set(findingKey(ref), ref);
      this.judged.add(pairKey(templateId, account, region, host));
    } else if (str('error') === undefined) {
      this.judged.add(pairKey(templateId, account, region, host));
    }
  }
}

export interface Changes {
  baseline: string;
  new: FindingRef[];
  stillOpen: FindingRef[];
  fixed: FindingRef[];
  /** In the baseline, absent now, but this run gave that host and template no verdict (or did not run the template). */
  notRechecked: FindingRef[];
  /** Target ids some template judged last time and gave no verdict now. */
  newlyUnaudited: string[];
}

export function compare(results: readonly Result[], baseline: Baseline): Changes {
  const current = new Map<string, FindingRef>();
  const judged = new Set<string>();
  const newlyUnaudited = new Set<string>();
  for (const r of results) {
    const t = r.target;
    const pair = pairKey(r.template.id, t.account, t.region, t.id);
    if (r.verdict === 'unaudited') {
      if (baseline.judged.has(pair)) newlyUnaudited.add(t.id);
      continue;
    }
    judged.add(pair);
    for (const f of r.findings) {
      const ref: FindingRef = { templateId: r.template.id, matcher: f.matcherName ?? f.extractorName, host: t.id, account: t.account, region: t.region, severity: r.template.info.severity };
      current.set(findingKey(ref), ref);
    }
  }
  const changes: Changes = { baseline: baseline.file, new: [], stillOpen: [], fixed: [], notRechecked: [], newlyUnaudited: [...newlyUnaudited] };
  for (const [key, ref] of current) (baseline.findings.has(key) ? changes.stillOpen : changes.new).push(ref);
  for (const [key, ref] of baseline.findings) {
    if (current.has(key)) continue;
    (judged.has(pairKey(ref.templateId, ref.account, ref.region, ref.host)) ? changes.fixed : changes.notRechecked).push(ref);
  }
  return changes;
}

function pairKey(templateId: string, account: string | undefined, region: string | undefined, host: string): string {
  return JSON.stringify([templateId, account ?? '', region ?? '', host]);
}

function findingKey(f: FindingRef): string {
  return JSON.stringify([f.templateId, f.matcher ?? '', f.account ?? '', f.region ?? '', f.host]);
}
