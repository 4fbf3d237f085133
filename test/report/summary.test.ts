// The job summary at every scale: gate first, totals, charts, findings by template, hosts that need attention,
// unaudited by reason, what changed; valid GitHub Markdown with parsing Mermaid; under 1 MiB at 100 templates ×
// 10,000 hosts with every vulnerable and unaudited host still in it.
import { describe, expect, it } from 'vitest';
import { Baseline, compare } from '../../src/report/baseline.js';
import { evaluateGate } from '../../src/report/gate.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { tally } from '../../src/report/tally.js';
import { syntheticFleet } from '../support/fleet-report.js';
import { markdownProblems } from '../support/markdown.js';
import { finding, HOSTILE, mixedFleet, report, result, ssmTarget, template } from './factory.js';

const MiB = 1024 * 1024;

describe('job summary', () => {
  it('says the gate\'s result and why first, then the totals, and escapes host text', async () => {
    const fleet = mixedFleet();
    const gate = evaluateGate(fleet, 'high', true);
    const md = summaryMarkdown(fleet, { gate, files: { jsonl: 'out/fleet.jsonl' } });
    expect(md.split('\n').slice(0, 3)).toEqual(['## fleetprobe audit: ❌ gate failed', '', `> gate failed: 2 findings at or above high on 1 target; 1 target not audited (1 vulnerable, 1 clean, 1 unaudited of 3 targets)`]);
    expect(md).toContain('| 3 | 1 | 1 | 1 | 2 (high 2) | 1 |');
    expect(md).toMatch(/\| 🔴 high \| Check smtp-open-relay \(<code>smtp-open-relay<\/code>\) \| sendmail \| 1 \| <code>i-0000000000000000a<\/code> \|/);
    expect(md).toContain('| offline | 1 | 1 | 1 | <code>i-0000000000000000c</code> (smtp-open-relay): PingStatus ConnectionLost ::error::forged');
    expect(md).toContain('<details><summary>SSM commands (1)</summary>');
    expect(md).not.toMatch(/<b>|\u001b/);
    expect(await markdownProblems(md)).toEqual([]);
    expect(summaryMarkdown(mixedFleet(), { gate: evaluateGate(fleet, 'critical', false) }).split('\n')[0]).toBe('## fleetprobe audit: ✅ gate passed');
  });

  it('charts verdicts and findings by severity as Mermaid pies that parse; info findings are observations', async () => {
    const info = template('kernel-seen', 'info');
    const crit = template('crit', 'critical');
    const r = report([result(crit, ssmTarget('i-0000000000000000a'), [finding('m')]), result(info, ssmTarget('i-0000000000000000b'), [finding('seen')]), result(crit, ssmTarget('i-0000000000000000c'), { reason: 'timed-out', detail: 'x' })], [crit, info]);
    const md = summaryMarkdown(r);
    expect(md).toContain('```mermaid\npie showData title Targets (3)\n    "Vulnerable" : 1\n    "Not audited" : 1\n    "Clean" : 1\n```');
    expect(md).toContain('"info (observations)" : 1');
    expect(md).toContain('🔵 info (observation)');
    expect(await markdownProblems(md)).toEqual([]);
  });

  it('host text cannot close a code element, open HTML, or break a table, whatever it is', async () => {
    const t = template('t');
    const hostile = ['</code><img src=x onerror=alert(1)>', `a|b${HOSTILE}`, '```', '<details>', '</pre></details>'];
    const r = report(
      hostile.flatMap((id, i) => [result(t, { id, transport: 'local' }, [finding(`m${i}`, HOSTILE)]), result(template(`u${i}`), { id, transport: 'local' }, { reason: 'failed', detail: HOSTILE })]),
      [t],
      { commandIds: ['`x`</code>'], gaps: [{ kind: 'template', file: '<b>x</b>.yaml', reason: HOSTILE }] },
    );
    const md = summaryMarkdown(r, { notes: [`note ${HOSTILE}`] });
    expect(md).not.toMatch(/<img|<b>|<\/code><\/code>/);
    expect(await markdownProblems(md)).toEqual([]);
  });

  it('the checks bite: a broken table, foreign HTML, an unclosed block, a Mermaid chart that does not parse', async () => {
    expect(await markdownProblems('| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n<img src=x>\n<details><summary>x</summary>\n\n```mermaid\npie title x\n  "a" 1\n```\n')).toEqual([
      expect.stringMatching(/^table with rows of different widths/),
      expect.stringMatching(/^Mermaid: Parsing failed/),
      "HTML that is not fleetprobe's: <img",
      '<details> opened more times than closed',
    ]);
  });

  it('100 templates × 10,000 hosts: under 1 MiB, valid, and every vulnerable and unaudited host is in it', async () => {
    const fleet = syntheticFleet({ templates: 100, hosts: 10_000 });
    const md = summaryMarkdown(fleet, { gate: evaluateGate(fleet, 'high', true), files: { jsonl: 'fleetprobe.jsonl' } });
    expect(Buffer.byteLength(md)).toBeLessThan(MiB);
    const t = tally(fleet.results);
    expect(t.vulnerable.length).toBeGreaterThan(5000);
    expect(t.unaudited.length).toBeGreaterThan(1000);
    const listed = new Set(md.match(/i-[0-9a-f]{17}/g));
    expect([...t.vulnerable, ...t.unaudited].filter((id) => !listed.has(id))).toEqual([]);
    expect(await markdownProblems(md)).toEqual([]);
  });

  it('over accounts and regions: a row per scope with its hosts, and the scopes not audited with their reason', async () => {
    const t = template('t');
    const [A, B, C] = ['111111111111', '222222222222', '333333333333'];
    const r = report(
      [
        result(t, ssmTarget('i-0000000000000000a', A, 'eu-west-1'), [finding('m')]),
        result(t, ssmTarget('i-0000000000000000b', A, 'eu-west-1'), 'clean'),
        result(t, ssmTarget('i-0000000000000000c', A, 'us-east-1'), { reason: 'offline', detail: 'gone' }),
        result(t, ssmTarget('i-0000000000000000d', B, 'eu-west-1'), 'clean'),
      ],
      [t],
      {
        gaps: [
          { kind: 'scope', account: B, region: 'us-east-1', state: 'no-managed-instances', reason: 'no managed instance matched' },
          { kind: 'scope', account: C, region: 'eu-west-1', state: 'role-not-assumable', reason: `AccessDenied ${HOSTILE}` },
          { kind: 'scope', account: C, region: 'us-east-1', state: 'role-not-assumable', reason: 'AccessDenied' },
        ],
      },
    );
    const md = summaryMarkdown(r);
    const rows = md.split('### By account and region\n\n')[1]!.split('\n\n');
    expect(rows[0]).toBe('6 scopes, **3 not audited**.');
    expect(rows[1]!.split('\n').slice(2, 7)).toEqual([
      '| <code>111111111111</code> | <code>eu-west-1</code> | 2 | 1 | 0 | 1 | audited |',
      '| <code>111111111111</code> | <code>us-east-1</code> | 1 | 0 | 1 | 0 | audited |',
      '| <code>222222222222</code> | <code>eu-west-1</code> | 1 | 0 | 0 | 1 | audited |',
      '| <code>222222222222</code> | <code>us-east-1</code> | 0 | 0 | 0 | 0 | ❌ not audited (no-managed-instances): no managed instance matched |',
      expect.stringMatching(/^\| <code>333333333333<\/code> \| <code>eu-west-1<\/code> \| 0 \| 0 \| 0 \| 0 \| ❌ not audited \(role-not-assumable\): AccessDenied [^|]* \|$/),
    ]);
    expect(md).not.toMatch(/<b>|\u001b/);
    expect(await markdownProblems(md)).toEqual([]);
    // One scope: the hosts' Where column says it; no table.
    expect(summaryMarkdown(mixedFleet())).not.toContain('### By account and region');
  });

  it('50 accounts × 4 regions × 200 hosts with 10 scopes not audited: every scope in its table, under 1 MiB, valid', async () => {
    const regions = ['eu-west-1', 'us-east-1', 'us-west-2', 'ap-southeast-2'];
    const fleet = syntheticFleet({ templates: 10, hosts: 50 * 4 * 200, accounts: 50, regions });
    for (let a = 50; a < 60; a++) fleet.gaps.push({ kind: 'scope', account: String(100_000_000_000 + a), region: 'eu-west-1', state: 'role-not-assumable', reason: 'AccessDenied: not authorized to perform sts:AssumeRole' });
    const md = summaryMarkdown(fleet, { gate: evaluateGate(fleet, 'high', true), files: { jsonl: 'fleetprobe.jsonl' } });
    expect(Buffer.byteLength(md)).toBeLessThan(MiB);
    const scopeRows = md.split('\n').filter((l) => /^\| <code>\d{12}<\/code> \| <code>[a-z]+-[a-z]+-\d<\/code> \|/.test(l));
    expect(scopeRows).toHaveLength(210);
    expect(scopeRows.filter((l) => l.includes('| 200 |'))).toHaveLength(200);
    expect(scopeRows.filter((l) => l.endsWith('❌ not audited (role-not-assumable): AccessDenied: not authorized to perform sts:AssumeRole |'))).toHaveLength(10);
    const t = tally(fleet.results);
    const listed = new Set(md.match(/i-[0-9a-f]{17}/g));
    expect([...t.vulnerable, ...t.unaudited].filter((id) => !listed.has(id))).toEqual([]);
    expect(await markdownProblems(md)).toEqual([]);
  });

  it('past its budget, a list is cut with a pointer to the JSONL, never silently', async () => {
    const fleet = syntheticFleet({ templates: 20, hosts: 3000 });
    const md = summaryMarkdown(fleet, { budget: 25_000, files: { jsonl: 'fleetprobe.jsonl' } });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(25_000);
    expect(md).toMatch(/… and [\d,]+ more: the JSONL report \(<code>fleetprobe\.jsonl<\/code>\) lists every one/);
    expect(md.indexOf('### Findings by template')).toBeGreaterThan(0);
    expect(await markdownProblems(md)).toEqual([]);
  });

  it('with a baseline: new, still open, fixed, not re-checked, and hosts newly not audited', async () => {
    const t = template('t');
    const before = new Baseline('previous.jsonl');
    const line = (host: string, status: boolean, extra: Record<string, unknown> = {}) => JSON.stringify({ 'template-id': 't', host, 'matcher-status': status, 'matcher-name': status ? 'm' : undefined, fleetprobe: { account: '123456789012', region: 'eu-west-1' }, ...extra });
    [line('i-0000000000000000a', true), line('i-0000000000000000b', true), line('i-0000000000000000c', false), line('i-0000000000000000d', true)].forEach((l, i) => before.add(l, i + 1));
    const now = report(
      [
        result(t, ssmTarget('i-0000000000000000a'), [finding('m')]),
        result(t, ssmTarget('i-0000000000000000b'), 'clean'),
        result(t, ssmTarget('i-0000000000000000c'), { reason: 'offline', detail: 'gone' }),
        result(t, ssmTarget('i-0000000000000000d'), { reason: 'offline', detail: 'gone' }),
        result(t, ssmTarget('i-0000000000000000e'), [finding('m')]),
      ],
      [t],
    );
    const changes = compare(now.results, before);
    expect([changes.new, changes.stillOpen, changes.fixed, changes.notRechecked].map((l) => l.map((f) => f.host))).toEqual([['i-0000000000000000e'], ['i-0000000000000000a'], ['i-0000000000000000b'], ['i-0000000000000000d']]);
    expect(changes.newlyUnaudited).toEqual(['i-0000000000000000c', 'i-0000000000000000d']);
    const md = summaryMarkdown(now, { changes });
    expect(md).toContain('Compared with <code>previous.jsonl</code>: **1** new · **1** still open · **1** fixed · 1 not re-checked (no verdict this time) · **2** hosts newly not audited.');
    expect(md).toContain('<details><summary>Fixed findings (1)</summary>\n\n<pre>\ni-0000000000000000b t/m\n</pre>');
    expect(await markdownProblems(md)).toEqual([]);
  });
});
