import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotations } from '../../src/report/annotations.js';
import { describeGap } from '../../src/report/gaps.js';
import { actionOutputs } from '../../src/report/outputs.js';
import { evaluateGate } from '../../src/report/gate.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { renderTable } from '../../src/report/table.js';
import { tally } from '../../src/report/tally.js';
import { forLog, forMarkdown } from '../../src/report/untrusted.js';
import type { AuditReport } from '../../src/types.js';
import { syntheticFleet } from '../support/fleet-report.js';
import { finding, HOSTILE, mixedFleet, report, result, ssmTarget, template } from './factory.js';

/** A line the Actions runner would read as a workflow command. */
const COMMAND = /^\s*(::|##\[)/m;

describe('untrusted host text', () => {
  it('never becomes a workflow command, a second line, or a terminal escape', () => {
    for (const s of [HOSTILE, '::error::x', '\r::error::x', '\n::add-mask::x', '  ::stop-commands::tok', '##[error]x', '%0A::warning::x']) {
      const out = forLog(s);
      expect(out).not.toMatch(COMMAND);
      expect(out).not.toMatch(/[\r\n\u001b\u0007\u2028\u2029]/);
      expect(`prefix ${out}`.split('\n')).toHaveLength(1);
      expect(out).not.toContain('::');
    }
  });

  it('holds for any text, not just the known tricks', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('::', ':', '#', '##[', '\r', '\n', '%0A', '|', '<', '`', '\u2028', '\u001b', 'x', ' '), { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (s) => {
        const log = forLog(s);
        expect(log).not.toMatch(/[\u2028\u2029\u0000-\u001f\u007f-\u009f]/);
        expect(log).not.toMatch(/::|##\[/);
        expect(forMarkdown(s)).not.toMatch(/[|<>`\r\n]/);
      }),
      { numRuns: 500 },
    );
  });

  it('cannot break a Markdown table or inject HTML', () => {
    const md = forMarkdown(HOSTILE);
    expect(md).not.toMatch(/[|<>`\n]/);
  });
});

describe('gate', () => {
  const fleet = mixedFleet();
  it.each([
    ['none', false, false],
    ['critical', false, false],
    ['high', false, true],
    ['info', false, true],
    ['none', true, true],
  ] as const)('fail-on %s, fail-on-unaudited %s → failed %s', (failOn, unaudited, failed) => {
    expect(evaluateGate(fleet, failOn, unaudited).failed).toBe(failed);
  });

  it('unknown severity ranks below info; a clean fleet passes even fail-on info with fail-on-unaudited', () => {
    const unknown = template('u', 'unknown');
    const host = ssmTarget('i-0000000000000000f');
    expect(evaluateGate(report([result(unknown, host, [finding('m')])], [unknown]), 'info', false).failed).toBe(false);
    expect(evaluateGate(report([result(template('c'), host, 'clean')], [template('c')]), 'info', true)).toEqual({ failed: false, message: 'gate passed (fail-on info, fail-on-unaudited): 0 vulnerable, 1 clean, 0 unaudited of 1 target' });
  });

  it('gives the counts', () => {
    expect(evaluateGate(fleet, 'high', true).message).toBe('gate failed: 2 findings at or above high on 1 target; 1 target not audited (1 vulnerable, 1 clean, 1 unaudited of 3 targets)');
    expect(evaluateGate(fleet, 'critical', false).message).toBe('gate passed (fail-on critical): 1 vulnerable, 1 clean, 1 unaudited of 3 targets');
  });

  it('a low finding and a critical template that timed out: vulnerable AND unaudited, and fail-on-unaudited fails on it', () => {
    const low = template('low-check', 'low');
    const critical = template('critical-check', 'critical');
    const host = ssmTarget('i-0000000000000000e');
    const r = report([result(low, host, [finding('m')]), result(critical, host, { reason: 'timed-out', detail: 'block 1 ran past its 30s timeout' })], [low, critical]);
    expect(tally(r.results)).toMatchObject({ vulnerable: ['i-0000000000000000e'], unaudited: ['i-0000000000000000e'], clean: [] });
    expect(evaluateGate(r, 'high', true)).toEqual({ failed: true, message: 'gate failed: 1 target not audited (1 vulnerable, 0 clean, 1 unaudited of 1 target)' });
    expect(evaluateGate(r, 'high', false).failed).toBe(false);
    // Whatever order the results come in.
    expect(tally([...r.results].reverse())).toMatchObject({ vulnerable: ['i-0000000000000000e'], unaudited: ['i-0000000000000000e'] });
  });

  it('a target is unaudited if any template could not run, clean only when every template judged it', () => {
    const a = template('a');
    const b = template('b');
    const host = ssmTarget('i-0000000000000000e');
    expect(tally([result(a, host, 'clean'), result(b, host, { reason: 'timed-out', detail: 'x' })])).toMatchObject({ clean: [], unaudited: ['i-0000000000000000e'], vulnerable: [] });
    expect(tally([result(a, host, 'clean'), result(b, host, 'clean')])).toMatchObject({ clean: ['i-0000000000000000e'], unaudited: [], vulnerable: [] });
  });

  it('info findings are observations: the host is clean, the finding is counted, and fail-on info still fails', () => {
    const info = template('policy-pass', 'info');
    const host = ssmTarget('i-0000000000000000e');
    const r = report([result(info, host, [finding('ok')])], [info]);
    expect(r.results[0]!.verdict).toBe('clean');
    expect(tally(r.results)).toMatchObject({ findings: 1, vulnerable: [], clean: ['i-0000000000000000e'] });
    expect(evaluateGate(r, 'low', true).failed).toBe(false);
    expect(evaluateGate(r, 'info', false)).toEqual({ failed: true, message: 'gate failed: 1 finding at or above info on 1 target (0 vulnerable, 1 clean, 0 unaudited of 1 target)' });
    expect(evaluateGate(report([result(template('l', 'low'), host, [finding('m')])], [template('l', 'low')]), 'none', false).message).toMatch(/1 vulnerable, 0 clean/);
  });

  it('fail-on-unaudited fails on any gap, even when every host that ran is clean', () => {
    const t = template('t');
    const clean = [result(t, ssmTarget('i-0000000000000000b'), 'clean')];
    const skipped = report(clean, [t], { gaps: [{ kind: 'template', file: 'audits/x.yaml', line: 4, reason: 'unsigned' }] });
    const scope = report(clean, [t], { gaps: [{ kind: 'scope', account: '210987654321', region: 'ap-south-2', state: 'unreachable', reason: 'AccessDenied on sts:AssumeRole' }] });
    expect(evaluateGate(skipped, 'high', false).failed).toBe(false);
    expect(evaluateGate(skipped, 'high', true)).toEqual({ failed: true, message: 'gate failed: 1 template skipped (0 vulnerable, 1 clean, 0 unaudited of 1 target, 1 template skipped)' });
    expect(evaluateGate(scope, 'high', true)).toEqual({ failed: true, message: 'gate failed: 1 scope not audited (0 vulnerable, 1 clean, 0 unaudited of 1 target, 1 scope not audited)' });
  });

  it('an interrupted run never passes', () => {
    const t = template('t');
    const r = report([result(t, ssmTarget('i-0000000000000000b'), 'clean')], [t], { interrupted: 'SIGINT' });
    expect(evaluateGate(r, 'none', false)).toEqual({ failed: true, message: 'gate failed: the run was interrupted (SIGINT) before every target finished (0 vulnerable, 1 clean, 0 unaudited of 1 target)' });
  });
});

describe('annotations', () => {
  it('one per finding with template and host in the title, unaudited hosts as warnings', () => {
    const list = annotations(mixedFleet());
    expect(list.map((a) => [a.level, a.title])).toEqual([
      ['error', 'smtp-open-relay/sendmail on i-0000000000000000a'],
      ['error', 'smtp-open-relay/postfix on i-0000000000000000a'],
      ['warning', 'smtp-open-relay not audited on i-0000000000000000c'],
    ]);
    expect(list[0]!.file).toBe('fleet/123456789012/eu-west-1/i-0000000000000000a');
    for (const a of list) expect(a.message).not.toMatch(/[\r\n]/);
  });

  it('at most 10 per kind: 9 shown and a roll-up with the remaining count', () => {
    const t = template('t');
    const many = report(Array.from({ length: 25 }, (_, i) => result(t, ssmTarget(`i-${String(i).padStart(17, '0')}`), [finding('m')])), [t]);
    const list = annotations(many);
    expect(list.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(list.at(-1)).toMatchObject({ level: 'error', title: '16 more', message: expect.stringMatching(/^16 more error annotations are not shown/) });
    // The action keeps one slot per kind free for its own failure message.
    expect(annotations(many, { perKind: 9 }).filter((a) => a.level === 'error')).toHaveLength(9);
  });

  it('host text in titles and messages stays one line and short', () => {
    const t = template('t');
    const list = annotations(report([result(t, { id: `${HOSTILE}${'x'.repeat(500)}`, transport: 'local' }, [finding(undefined, HOSTILE.repeat(100))])], [t]));
    for (const a of list) {
      expect(`${a.title}${a.message}`).not.toMatch(/[\r\n\u2028\u2029\u001b]/);
      expect(a.message.length).toBeLessThan(4096);
    }
    expect(list[0]!.file).toMatch(/^fleet\/local\/[A-Za-z0-9._-]+$/);
  });
});

describe('terminal table', () => {
  it('a row per target × template with the reason or the evidence; colour only when asked', () => {
    const plain = renderTable(mixedFleet(), { color: false });
    expect(plain.split('\n')[0]).toMatch(/^HOST\s+TEMPLATE\s+VERDICT\s+DETAIL$/);
    expect(plain).toContain('offline: PingStatus ConnectionLost');
    expect(plain).toContain('1 vulnerable, 1 clean, 1 unaudited of 3 targets; 2 findings');
    expect(plain).not.toMatch(/\u001b/);
    expect(plain.trimEnd().split('\n')).toHaveLength(5);
    expect(renderTable(mixedFleet(), { color: true })).toContain('\u001b[31mvulnerable');
  });

  it('a fleet gets findings by template, the hosts that need attention (first 50) and the unaudited by reason', () => {
    const fleet = syntheticFleet({ templates: 10, hosts: 400 });
    const table = renderTable(fleet, { color: false });
    const lines = table.split('\n');
    expect(lines[0]).toBe('FINDINGS BY TEMPLATE');
    expect(lines[1]).toMatch(/^SEVERITY\s+TEMPLATE\s+MATCHER\s+HOSTS\s+EXAMPLE$/);
    expect(lines[2]).toMatch(/^critical\s+linux-audit-check-\d{3}\s+\S+-setting\s+\d+\s+i-[0-9a-f]{17}: \[VULNERABLE\]/);
    const t = tally(fleet.results);
    const attention = new Set([...t.vulnerable, ...t.unaudited]).size;
    expect(table).toContain(`HOSTS THAT NEED ATTENTION (${attention}, the first 50; the JSONL report has every one)`);
    expect(table).toMatch(/NOT AUDITED BY REASON\nREASON\s+HOSTS\s+PAIRS\s+EXAMPLE\n(offline|timed-out)\s+\d+\s+\d+\s+i-/);
    expect(lines.length).toBeLessThan(100);
  });

  it('several accounts and regions: a line per scope with its hosts, the scopes not audited with their reason', () => {
    const fleet = syntheticFleet({ templates: 2, hosts: 12, accounts: 2, regions: ['eu-west-1', 'us-east-1'] });
    fleet.gaps.push({ kind: 'scope', account: '::error::999999999999', region: 'eu-west-1', state: 'role-not-assumable', reason: `AccessDenied ${HOSTILE}` });
    const t = tally(fleet.results);
    const table = renderTable(fleet, { color: false });
    const lines = table.split('\n');
    const at = lines.indexOf('BY ACCOUNT AND REGION (5 scopes, 1 not audited)');
    expect(lines[at + 1]).toMatch(/^ACCOUNT\s+REGION\s+HOSTS\s+VULNERABLE\s+UNAUDITED\s+CLEAN\s+SCOPE$/);
    const rows = lines.slice(at + 2, at + 7).map((l) => l.split(/\s{2,}/));
    const audited = rows.filter((r) => r[6] === 'audited');
    expect(audited.map((r) => r.slice(0, 3))).toEqual([
      ['100000000000', 'eu-west-1', '3'],
      ['100000000000', 'us-east-1', '3'],
      ['100000000001', 'eu-west-1', '3'],
      ['100000000001', 'us-east-1', '3'],
    ]);
    // Each scope's own counts add up to the run's.
    for (const [i, list] of [t.vulnerable, t.unaudited, t.clean].entries()) expect(audited.reduce((n, r) => n + Number(r[3 + i]), 0)).toBe(list.length);
    const missing = rows.find((r) => r[6] !== 'audited')!;
    expect(missing.slice(1, 3)).toEqual(['eu-west-1', '0']);
    expect(missing[0]).toContain('999999999999');
    expect(missing[6]).toMatch(/^NOT AUDITED \(role-not-assumable\): AccessDenied /);
    for (const line of lines) expect(line).not.toMatch(COMMAND);
    // One scope: no such section.
    expect(renderTable(mixedFleet(), { color: false })).not.toContain('BY ACCOUNT AND REGION');
  });

  it('says what changed since the baseline', () => {
    const t = template('t');
    const changes = { baseline: 'old.jsonl', new: [{ templateId: 't', matcher: 'm', host: 'i-0000000000000000e', account: undefined, region: undefined, severity: 'high' as const }], stillOpen: [], fixed: [{ templateId: 't', matcher: 'm', host: 'i-0000000000000000b', account: undefined, region: undefined, severity: 'high' as const }], notRechecked: [], newlyUnaudited: ['i-0000000000000000c'] };
    const table = renderTable(report([result(t, ssmTarget('i-0000000000000000e'), [finding('m')])], [t]), { color: false, changes });
    expect(table).toContain('SINCE old.jsonl: 1 new, 0 still open, 1 fixed, 0 not re-checked; 1 host newly not audited\n  new: i-0000000000000000e t/m (high)\n  fixed: i-0000000000000000b t/m (high)\n  newly not audited: i-0000000000000000c');
    expect(table).toMatch(/i-0000000000000000e\s+t\s+vulnerable\s+NEW \[m\]/);
  });

  it('no line can start a workflow command, even when the host names itself like one', () => {
    const t = template('t');
    const table = renderTable(report([result(t, { id: '::error::x', transport: 'local' }, [finding('m', HOSTILE)]), result(t, { id: '##[error]y', transport: 'local' }, 'clean')], [t], { gaps: [{ kind: 'template', file: '::error::x.yaml', reason: '\n::add-mask::y' }] }), { color: false });
    for (const line of table.split('\n')) expect(line).not.toMatch(COMMAND);
  });
});

describe('gaps and interruption in every report', () => {
  const t = template('t');
  const gaps: AuditReport['gaps'] = [
    { kind: 'template', file: 'audits/old.yaml', line: 7, reason: `signature does not verify ${HOSTILE}` },
    { kind: 'scope', account: '210987654321', region: 'ap-south-2', state: 'unreachable', reason: 'AccessDenied on sts:AssumeRole' },
  ];
  const r = report([result(t, ssmTarget('i-0000000000000000b'), 'clean')], [t], { gaps, interrupted: 'SIGTERM' });

  it('describes each gap on one line', () => {
    expect(gaps.map(describeGap)).toEqual([
      expect.stringMatching(/^template audits\/old\.yaml:7 skipped: signature does not verify ::error::forged/),
      'scope 210987654321/ap-south-2 not audited (unreachable): AccessDenied on sts:AssumeRole',
    ]);
    for (const g of gaps) expect(describeGap(g)).not.toMatch(/[\r\n\u001b]/);
  });

  it('the summary names them before the findings, and says the run was interrupted first', () => {
    const md = summaryMarkdown(r);
    const [interrupted, covered, findings] = ['Interrupted (SIGTERM)', '### Not covered', '### Findings'].map((s) => md.indexOf(s)) as [number, number, number];
    expect(interrupted).toBeGreaterThan(0);
    expect(covered).toBeGreaterThan(interrupted);
    expect(findings).toBeGreaterThan(covered);
    expect(md).toContain('- scope 210987654321/ap-south-2 not audited (unreachable): AccessDenied on sts:AssumeRole');
    expect(md).toContain('- template audits/old.yaml:7 skipped: signature does not verify');
    expect(md).not.toMatch(/<b>|\u001b/);
  });

  it('the table lists them with the totals, inert for the log', () => {
    const table = renderTable(r, { color: false });
    expect(table).toContain('INTERRUPTED (SIGTERM)');
    expect(table).toContain('NOT COVERED: scope 210987654321/ap-south-2 not audited (unreachable)');
    expect(table).toContain('0 vulnerable, 1 clean, 0 unaudited of 1 target, 1 template skipped, 1 scope not audited; 0 findings');
    for (const line of table.split('\n')) expect(line).not.toMatch(COMMAND);
  });

  it('annotations warn about each, the template one at its file and line', () => {
    const list = annotations(r);
    expect(list.slice(0, 2)).toEqual([
      expect.objectContaining({ level: 'warning', title: 'template skipped', file: 'audits/old.yaml', startLine: 7 }),
      { level: 'warning', title: 'scope not audited', message: 'scope 210987654321/ap-south-2 not audited (unreachable): AccessDenied on sts:AssumeRole' },
    ]);
  });

  it('outputs count the skipped templates and list the scopes', () => {
    expect(actionOutputs(r, {})).toMatchObject({ 'skipped-templates': 1, 'unaudited-scopes': '210987654321/ap-south-2', 'clean-targets': 'i-0000000000000000b' });
    expect(actionOutputs(mixedFleet(), {})).toMatchObject({ 'skipped-templates': 0, 'unaudited-scopes': '' });
  });
});
