import { describe, expect, it } from 'vitest';
import { evaluateTemplate, scriptEnvironment } from '../../src/matchers/evaluate.js';
import { out, templateFromFile } from './support.js';

const seed = templateFromFile(new URL('../../fixtures/templates/smtp-open-relay.yaml', import.meta.url).pathname);

describe('seed template smtp-open-relay', () => {
  it('compiles: block 1 has no operators, block 2 has two named word matchers on indexed parts', () => {
    expect(seed.blocks.map((b) => b.contextId)).toEqual(['code_1', 'code_2']);
    expect(seed.blocks[0]?.operators).toBeUndefined();
    const ops = seed.blocks[1]?.operators;
    expect(ops?.condition).toBe('or');
    expect(ops?.matchers.map((m) => [m.name, m.type === 'dsl' ? '' : m.part])).toEqual([
      ['sendmail', 'code_1_response'],
      ['postfix', 'code_2_response'],
    ]);
  });

  it('[VULNERABLE] from block 1 only gives one sendmail finding, reported by block 2', () => {
    const findings = evaluateTemplate(seed, [out('[VULNERABLE] Sendmail relay restriction is missing.\n'), out('[INFO] Postfix is not active.\n')], '');
    expect(findings).toEqual([
      { matcherName: 'sendmail', extracted: [], block: 2, evidence: '[VULNERABLE] Sendmail relay restriction is missing.' },
    ]);
  });

  it('[VULNERABLE] from both blocks gives two findings, in matcher order', () => {
    const findings = evaluateTemplate(seed, [out('[VULNERABLE] Sendmail relay restriction is missing.'), out('[VULNERABLE] Postfix relay restrictions are missing or misconfigured.')], '');
    expect(findings.map((f) => [f.matcherName, f.block])).toEqual([
      ['sendmail', 2],
      ['postfix', 2],
    ]);
    expect(findings[1]?.evidence).toBe('[VULNERABLE] Postfix relay restrictions are missing or misconfigured.');
  });

  it('no [VULNERABLE] gives no finding', () => {
    expect(evaluateTemplate(seed, [out('[SAFE] Sendmail relay restriction is configured.'), out('[INFO] Postfix is not active.')], '')).toEqual([]);
    expect(evaluateTemplate(seed, [out(''), out('')], '')).toEqual([]);
  });

  it('block 2 runs with code_1_* of block 1 in its environment', () => {
    expect(scriptEnvironment(seed, [], '')).toEqual({});
    const env = scriptEnvironment(seed, [out('  [INFO] Sendmail is not active.\n', 'grep: x\n')], 'host-1');
    expect(env).toEqual({
      code_1_response: '[INFO] Sendmail is not active.',
      code_1_stderr: 'grep: x',
      code_1_type: 'code',
      code_1_input: 'host-1',
    });
  });
});
