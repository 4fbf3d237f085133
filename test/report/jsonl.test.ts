import { describe, expect, it } from 'vitest';
import { toJsonl } from '../../src/report/jsonl.js';
import { finding, report, result, ssmTarget, template } from './factory.js';

const lines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('JSONL', () => {
  it('observations (info findings on a clean host) are written as findings, as nuclei writes them', () => {
    const info = template('policy-pass', 'info');
    const r = report([result(info, ssmTarget('i-0000000000000000b'), [finding('ok', 'PASS')])], [info]);
    expect(lines(toJsonl(r, { matcherStatus: false }))).toEqual([expect.objectContaining({ 'template-id': 'policy-pass', 'matcher-name': 'ok', 'matcher-status': true })]);
  });

  it('an interrupted run writes an error line for every target it did not finish, even without matcher-status', () => {
    const t = template('t');
    const r = report(
      [result(t, ssmTarget('i-0000000000000000a'), [finding('m')]), result(t, ssmTarget('i-0000000000000000b'), 'clean'), result(t, ssmTarget('i-0000000000000000c'), { reason: 'cancelled', detail: 'the run was interrupted (SIGINT)' })],
      [t],
      { interrupted: 'SIGINT' },
    );
    const out = lines(toJsonl(r, { matcherStatus: false }));
    expect(out.map((l) => [l['host'], l['matcher-status'], l['error'] ?? null])).toEqual([
      ['i-0000000000000000a', true, null],
      ['i-0000000000000000c', false, 'not audited: cancelled: the run was interrupted (SIGINT)'],
    ]);
  });
});
