// SARIF 2.1.0 for GitHub code scanning: one rule per template, one result per finding (target × matched
// matcher). Every result points at a stable pseudo-path naming its host, and carries its own fingerprint,
// so scheduled audits update one alert per host and the alert closes when the host is fixed.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import type { AuditReport, Finding, Result, Severity, Target } from '../types.js';
import { describeGap, skippedTemplates, unauditedScopes } from './gaps.js';
import { severityRank } from './tally.js';
import { clip, oneLine } from './untrusted.js';

export interface SarifOptions {
  category?: string;
  toolVersion: string;
  /** GitHub's limits; smaller in tests. */
  maxResults?: number;
  maxGzipBytes?: number;
}

// GitHub code scanning limits per run / per upload.
const MAX_RESULTS = 25_000;
const MAX_GZIP_BYTES = 10 * 1024 * 1024;
const MAX_NOTIFICATIONS = 1_000;
const MAX_TEXT = 1_024;

/** nuclei's security-severity scores (exactly 9.0 would fall between GitHub's bands). */
const SCORE: Record<Severity, string> = { critical: '9.4', high: '8.0', medium: '5.0', low: '2.0', info: '1.0', unknown: '1.0' };
const LEVEL: Record<Severity, Sarif.Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note', unknown: 'note' };

export function toSarif(report: AuditReport, options: SarifOptions): { log: Sarif.Log; notes: string[] } {
  const rules = report.templates.map((t) => rule(t));
  const ruleIndex = new Map(report.templates.map((t, i) => [t.id, i]));
  const findings = report.results.flatMap((r) => r.findings.map((f) => ({ result: r, finding: f })));
  const notes: string[] = [];

  // Keep the most severe when over GitHub's limits, and say what was dropped.
  findings.sort((a, b) => severityRank(b.result.template.info.severity) - severityRank(a.result.template.info.severity));
  let kept = findings.slice(0, options.maxResults ?? MAX_RESULTS);
  const build = (k: typeof kept, dropped: number) => log(report, options, rules, k.map(({ result, finding }) => sarifResult(result, finding, ruleIndex.get(result.template.id) ?? 0)), dropped);
  let sarif = build(kept, findings.length - kept.length);
  const limit = options.maxGzipBytes ?? MAX_GZIP_BYTES;
  while (kept.length > 0 && gzipSync(JSON.stringify(sarif)).length > limit) {
    kept = kept.slice(0, Math.floor(kept.length * 0.8));
    sarif = build(kept, findings.length - kept.length);
  }
  if (kept.length < findings.length) {
    notes.push(`SARIF: kept the ${kept.length} most severe of ${findings.length} results to stay within GitHub's limits (25,000 results, 10 MB gzipped); the JSONL report has them all`);
  }
  return { log: sarif, notes };
}

function log(report: AuditReport, options: SarifOptions, rules: Sarif.ReportingDescriptor[], results: Sarif.Result[], dropped: number): Sarif.Log {
  const note = (level: Sarif.Notification.level, id: string, text: string, locations: Sarif.Location[] = []): Sarif.Notification => ({ level, message: { text }, descriptor: { id }, locations });
  const unaudited = report.results.filter((r) => r.verdict === 'unaudited');
  const notifications: Sarif.Notification[] = [
    ...(report.interrupted ? [note('error', 'interrupted', `the run was interrupted (${report.interrupted}): these results cover only what finished; the targets still running are not audited`)] : []),
    // Scopes (account, region) not audited: their hosts are not even known, so they are execution notifications.
    ...unauditedScopes(report.gaps).map((g) => note('error', 'scope-not-audited', describeGap(g))),
    ...unaudited.slice(0, MAX_NOTIFICATIONS).map((r) =>
      note('warning', `unaudited/${r.unaudited!.reason}`, `${oneLine(r.target.id, 120)} not audited for ${r.template.id}: ${r.unaudited!.reason}: ${oneLine(r.unaudited!.detail)}`, [hostLocation(r.target)]),
    ),
  ];
  if (unaudited.length > MAX_NOTIFICATIONS) notifications.push(note('warning', 'unaudited/more', `${unaudited.length - MAX_NOTIFICATIONS} more target × template pairs were not audited; see the JSONL report`));
  if (dropped > 0) notifications.push(note('warning', 'results-dropped', `${dropped} less severe results were left out to stay within GitHub's limits; the JSONL report has them all`));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'fleetprobe', version: options.toolVersion, semanticVersion: options.toolVersion, rules } },
        automationDetails: { id: `${category(options.category ?? `fleetprobe/${report.selection}`)}/` },
        invocations: [
          {
            // Hosts fleetprobe could not audit are notifications, not a failed execution: code scanning refuses
            // to process a run with executionSuccessful false ("unsuccessful execution"), so one offline host
            // would hide every finding. An interrupted run is the exception: it did not run to completion, and
            // uploading it would close the alerts of every host it never reached, so it says so and is refused.
            executionSuccessful: !report.interrupted,
            ...(report.interrupted ? { exitCode: 130, exitSignalName: report.interrupted } : {}),
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            toolExecutionNotifications: notifications,
            // Templates skipped at load are a configuration problem: the file and line that caused it.
            toolConfigurationNotifications: skippedTemplates(report.gaps).map((g) => ({
              level: 'error',
              message: { text: describeGap(g) },
              descriptor: { id: 'template-skipped' },
              locations: [{ physicalLocation: { artifactLocation: { uri: templateUri(g.file) }, region: { startLine: Math.max(1, g.line ?? 1) } } }],
            })),
          },
        ],
        results,
        properties: { commandIds: report.commandIds, selection: report.selection },
      },
    ],
  };
}

function rule(t: AuditReport['templates'][number]): Sarif.ReportingDescriptor {
  const { info } = t;
  const remediation = info.remediation ? `\n\n## Remediation\n\n${info.remediation.trim()}` : '';
  const references = info.reference.length > 0 ? `\n\n## References\n\n${info.reference.map((r) => `- ${r}`).join('\n')}` : '';
  const description = (info.description ?? info.name).trim();
  return {
    id: t.id,
    name: pascal(t.id),
    shortDescription: { text: clip(info.name, MAX_TEXT) },
    fullDescription: { text: clip(description, MAX_TEXT) },
    help: {
      text: clip(`${description}${info.remediation ? `\nRemediation: ${info.remediation.trim()}` : ''}`, 4_000),
      markdown: `**${info.name}** (severity: ${info.severity})\n\n${description}${remediation}${references}`,
    },
    defaultConfiguration: { level: LEVEL[info.severity] },
    properties: {
      tags: ['security', ...info.tags.filter((tag) => tag !== 'security')],
      precision: t.trust.kind === 'bundled' ? 'high' : 'medium',
      'security-severity': SCORE[info.severity],
    },
  };
}

function sarifResult(r: Result, f: Finding, index: number): Sarif.Result {
  const matcher = f.matcherName ?? f.extractorName;
  const evidence = oneLine(f.evidence);
  // Host-supplied names too: a message stays one line whatever a host calls itself.
  const host = oneLine(r.target.id, 120);
  const name = r.target.name && r.target.name !== r.target.id ? ` (${oneLine(r.target.name, 120)})` : '';
  return {
    ruleId: r.template.id,
    ruleIndex: index,
    level: LEVEL[r.template.info.severity],
    kind: 'fail',
    message: { text: `${r.template.info.name}${matcher ? ` [${oneLine(matcher, 120)}]` : ''} on ${host}${name}${evidence ? `: ${evidence}` : ''}` },
    locations: [hostLocation(r.target)],
    relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: templateUri(r.template.path) } }, message: { text: `template ${r.template.id}` } }],
    partialFingerprints: { primaryLocationLineHash: fingerprint(r, f) },
    properties: {
      host: r.target.id,
      transport: r.target.transport,
      ...(r.target.account ? { account: r.target.account } : {}),
      ...(r.target.region ? { region: r.target.region } : {}),
      ...(matcher ? { matcher } : {}),
      block: f.block,
      ...(f.extracted.length > 0 ? { extracted: f.extracted.map((e) => oneLine(e)) } : {}),
      ...(r.commandId ? { commandId: r.commandId } : {}),
    },
  };
}

/** `fleet/<account>/<region>/<instance-id>` or `fleet/local/<hostname>`: relative, no scheme, no colon. */
export function hostPath(t: Target): string {
  const parts = t.transport === 'local' ? ['local', t.id] : [t.account ?? 'unknown-account', t.region ?? 'unknown-region', t.id];
  return ['fleet', ...parts.map(segment)].join('/');
}

function hostLocation(t: Target): Sarif.Location {
  return {
    physicalLocation: { artifactLocation: { uri: hostPath(t) }, region: { startLine: 1 } },
    logicalLocations: [{ name: t.id, fullyQualifiedName: hostPath(t), kind: 'resource' }],
  };
}

/**
 * Stable per template, matcher, account, region and host: the key GitHub tracks an alert by, and the key of the
 * same finding in Security Hub (src/report/aws/securityhub.ts), so both follow one host × matcher across runs.
 */
export function fingerprint(r: Pick<Result, 'template' | 'target'>, f: Pick<Finding, 'matcherName' | 'extractorName'>): string {
  const key = [r.template.id, f.matcherName ?? f.extractorName ?? '', r.target.account ?? '', r.target.region ?? '', r.target.id].join('\u0000');
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:1`;
}

/** A template's path as a relative, colon-free URI (bundled ones live under templates/ in fleetprobe). */
export function templateUri(p: string): string {
  if (p.startsWith('bundled:')) return `templates/${segment(p.slice('bundled:'.length))}`;
  const relative = path.isAbsolute(p) ? path.relative(process.cwd(), p) : p;
  const safe = relative.startsWith('..') ? path.basename(p) : relative;
  return safe.split(/[\\/]+/).filter((s) => s !== '' && s !== '.').map(segment).join('/') || 'template';
}

function segment(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+$/, '_') || '_';
}

function category(c: string): string {
  return c.replace(/[^A-Za-z0-9._/=-]/g, '-').replace(/\/+$/, '');
}

function pascal(id: string): string {
  return id.replace(/(^|[-_])([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase());
}
