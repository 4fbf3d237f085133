// How a block's matchers and extractors become findings (Operators.Execute, MakeDefaultResultEvent),
// and how blocks see each other (the template context).
import { describe, expect, it } from 'vitest';
import { decodeOutput } from '../../src/matchers/bytes.js';
import { evaluateTemplate, scriptEnvironment } from '../../src/matchers/evaluate.js';
import { out, templateFromYaml } from './support.js';

function template(blocks: string, extra = ''): ReturnType<typeof templateFromYaml> {
  return templateFromYaml(`id: t\n${extra}code:\n${blocks}`);
}
const block = (ops = ''): string => `  - engine: [sh]\n    source: echo\n${ops.replace(/^/gm, '    ')}\n`;

describe('findings of one block', () => {
  it('under or, one finding per matched named matcher, in YAML order; unnamed matches add none of their own', () => {
    const t = template(block('matchers:\n  - type: word\n    name: b\n    words: [beta]\n  - type: word\n    words: [alpha]\n  - type: word\n    name: a\n    words: [alpha]'));
    expect(evaluateTemplate(t, [out('alpha\nbeta')], '').map((f) => f.matcherName)).toEqual(['b', 'a']);
    expect(evaluateTemplate(t, [out('alpha')], '').map((f) => f.matcherName)).toEqual(['a']);
  });

  it('only unnamed matchers matched: one finding without a name', () => {
    const t = template(block('matchers:\n  - type: word\n    name: b\n    words: [beta]\n  - type: word\n    words: [alpha]'));
    expect(evaluateTemplate(t, [out('x alpha y')], '')).toEqual([{ extracted: [], block: 1, evidence: 'x alpha y' }]);
  });

  it('under and, named matchers do not name the finding; any miss means no finding', () => {
    const t = template(block('matchers-condition: and\nmatchers:\n  - type: word\n    name: a\n    words: [alpha]\n  - type: regex\n    name: n\n    regex: ["\\\\d+"]'));
    expect(evaluateTemplate(t, [out('alpha 42')], '')).toEqual([{ extracted: [], block: 1, evidence: 'alpha 42' }]);
    expect(evaluateTemplate(t, [out('alpha')], '')).toEqual([]);
  });

  it('matchers-condition is independent of each matcher condition', () => {
    const t = template(block('matchers-condition: or\nmatchers:\n  - type: word\n    condition: and\n    words: [a, b]'));
    expect(evaluateTemplate(t, [out('a')], '')).toEqual([]);
    expect(evaluateTemplate(t, [out('a b')], '')).toHaveLength(1);
  });

  it('a block whose matchers are all internal reports nothing even when they match', () => {
    const t = template(block('matchers:\n  - type: word\n    name: gate\n    internal: true\n    words: [x]'));
    expect(evaluateTemplate(t, [out('x')], '')).toEqual([]);
    const mixed = template(block('matchers:\n  - type: word\n    name: gate\n    internal: true\n    words: [x]\n  - type: word\n    name: shown\n    words: [y]'));
    expect(evaluateTemplate(mixed, [out('x')], '').map((f) => f.matcherName)).toEqual(['gate']);
  });

  it('extractors run first: their values are visible to matchers and reported when the matchers match', () => {
    const t = template(block("extractors:\n  - type: regex\n    name: ver\n    group: 1\n    regex: ['version (\\S+)']\nmatchers:\n  - type: dsl\n    dsl: ['compare_versions(ver, \"< 2.0\")']"));
    // The matcher is unnamed, so the named extractor names the finding (MakeDefaultResultEvent).
    expect(evaluateTemplate(t, [out('foo version 1.4.2\nbar')], '')).toEqual([{ extractorName: 'ver', extracted: ['1.4.2'], block: 1, evidence: 'foo version 1.4.2' }]);
    expect(evaluateTemplate(t, [out('foo version 2.1')], '')).toEqual([]);
  });

  it('extractor-only: one finding per named extractor; unnamed ones make a single finding', () => {
    const named = template(block("extractors:\n  - type: regex\n    name: users\n    regex: ['user=\\w+']\n  - type: regex\n    name: none\n    regex: ['zzz']"));
    expect(evaluateTemplate(named, [out('user=a user=b')], '')).toEqual([{ extractorName: 'users', extracted: ['user=a', 'user=b'], block: 1, evidence: 'user=a user=b' }]);
    const unnamed = template(block("extractors:\n  - type: dsl\n    dsl: ['response']"));
    expect(evaluateTemplate(unnamed, [out('  hello\n')], '')).toEqual([{ extracted: ['hello'], block: 1, evidence: 'hello' }]);
    expect(evaluateTemplate(unnamed, [out('')], '')).toEqual([]);
  });

  it('something extracted but no matcher matched: no finding', () => {
    const t = template(block("extractors:\n  - type: regex\n    regex: ['\\w+']\nmatchers:\n  - type: word\n    words: [nope]"));
    expect(evaluateTemplate(t, [out('abc')], '')).toEqual([]);
  });

  it('only internal extractor values: no finding', () => {
    const t = template(block("extractors:\n  - type: regex\n    name: k\n    internal: true\n    regex: ['\\w+']"));
    expect(evaluateTemplate(t, [out('abc')], '')).toEqual([]);
  });

  it('response is stdout trimmed of space, tab, CR and LF; stderr exists only when written', () => {
    const t = template(block("matchers:\n  - type: dsl\n    dsl: ['response == \"a b\" && !contains(stderr, \"boom\")']"));
    expect(evaluateTemplate(t, [out(' \r\n\ta b\n\n')], '')).toEqual([]);
    expect(evaluateTemplate(t, [out('a b', 'fine\n')], '')).toHaveLength(1);
    const stderrOnly = template(block('matchers:\n  - type: word\n    part: stderr\n    negative: true\n    words: [error]'));
    expect(evaluateTemplate(stderrOnly, [out('ok')], '')).toEqual([]);
    expect(evaluateTemplate(stderrOnly, [out('ok', 'warning\n')], '')).toEqual([{ extracted: [], block: 1, evidence: 'warning' }]);
  });

  it('type, input and template variables are in the event', () => {
    const t = template(block("matchers:\n  - type: dsl\n    condition: and\n    dsl: ['type == \"code\"', 'input == \"host-1\"', 'greeting == \"hi there\"']"), 'variables:\n  who: there\n  greeting: "hi {{who}}"\n');
    expect(evaluateTemplate(t, [out('')], 'host-1')).toHaveLength(1);
    expect(evaluateTemplate(t, [out('')], 'host-2')).toEqual([]);
  });

  it('a block that never finished carries its error in stderr, as nuclei does', () => {
    const t = template(block("matchers:\n  - type: word\n    part: stderr\n    words: ['deadline']"));
    const timedOut = { stdout: '', stderr: '', exitCode: null, durationMs: 30000, failure: { reason: 'execution-timed-out' as const, detail: 'context deadline exceeded' } };
    expect(evaluateTemplate(t, [timedOut], '')).toEqual([{ extracted: [], block: 1, evidence: 'context deadline exceeded' }]);
  });

  it('evidence is cut to one line of at most 200 characters', () => {
    const t = template(block('matchers:\n  - type: word\n    words: [needle]'));
    const [f] = evaluateTemplate(t, [out(`first\n${'x'.repeat(300)} needle\nlast`)], '');
    expect(f?.evidence.length).toBe(200);
    expect(f?.evidence.endsWith('…')).toBe(true);
  });
});

describe('several blocks: the template context', () => {
  const three = template(
    block() +
      block("extractors:\n  - type: regex\n    name: uid\n    internal: true\n    group: 1\n    regex: ['uid=(\\d+)']") +
      block("matchers:\n  - type: dsl\n    name: seen\n    condition: and\n    dsl: ['code_1_response == \"one\"', 'uid == \"0\"', 'code_2_stderr == \"warn\"', 'contains(code_3_response, \"three\")']"),
  );

  it('later blocks see code_<n>_* of earlier blocks, their own code_<n>_*, and internal extractor values', () => {
    expect(evaluateTemplate(three, [out('one\n'), out('uid=0(root)', 'warn'), out('three')], '')).toEqual([
      { matcherName: 'seen', extracted: [], block: 3, evidence: 'one' },
    ]);
    expect(evaluateTemplate(three, [out('one'), out('uid=1000', 'warn'), out('three')], '')).toEqual([]);
  });

  it('every block is evaluated on its own and may report', () => {
    const t = template(block('matchers:\n  - type: word\n    name: first\n    words: [x]') + block('matchers:\n  - type: word\n    name: second\n    words: [x]'));
    expect(evaluateTemplate(t, [out('x'), out('x')], '').map((f) => [f.block, f.matcherName])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });

  it('an explicit id names the context keys', () => {
    const t = templateFromYaml(`id: t\ncode:\n  - id: probe\n    engine: [sh]\n    source: x\n${block("matchers:\n  - type: dsl\n    dsl: ['probe_response == \"p\"']")}`);
    expect(evaluateTemplate(t, [out('p'), out('')], '')).toHaveLength(1);
  });

  it('scriptEnvironment: variables, then the earlier blocks context', () => {
    const t = template(block() + block(), 'variables:\n  v: "1"\n');
    expect(scriptEnvironment(t, [], 'in')).toEqual({ v: '1' });
    expect(scriptEnvironment(t, [out(' a ', 'e')], 'in')).toEqual({ v: '1', code_1_response: 'a', code_1_stderr: 'e', code_1_type: 'code', code_1_input: 'in', code_1_v: '1' });
    // A byte that is not UTF-8 reaches the next block as the transports carry it (escaped), not as U+FFFD.
    const bad = decodeOutput(Buffer.from([0x61, 0xff, 0xe6, 0x97]));
    expect(scriptEnvironment(t, [out(bad)], 'in')['code_1_response']).toBe(bad);
  });

  it('with one block there is no context: code_1_response does not exist', () => {
    const t = template(block("matchers:\n  - type: dsl\n    dsl: ['response == \"a\"', 'code_1_response == \"a\"']"));
    expect(evaluateTemplate(t, [out('b')], '')).toEqual([]);
    expect(scriptEnvironment(t, [out('a')], '')).toEqual({});
  });

  it('names like __proto__ stay plain keys', () => {
    const t = template(
      block("extractors:\n  - type: regex\n    name: __proto__\n    internal: true\n    regex: ['\\w+']") +
        block("matchers:\n  - type: dsl\n    dsl: ['[__proto__] == \"abc\" && [constructor] == \"c\"']"),
      'variables:\n  constructor: c\n',
    );
    expect(evaluateTemplate(t, [out('abc'), out('')], '')).toHaveLength(1);
  });
});
