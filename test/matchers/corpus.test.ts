// Every code template of the upstream corpus: its operators compile (home-env-permission is refused
// like nuclei refuses it), and real templates behave as nuclei would on synthetic outputs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../../src/matchers/evaluate.js';
import { CORPUS, out, templateFromFile, templateFromYaml } from './support.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

const files = yamlFiles(path.join(CORPUS, 'code'));

describe('corpus: operators of every code template compile', () => {
  it('holds the 104 templates', () => {
    expect(files.length).toBe(104);
  });

  for (const file of files) {
    const rel = path.relative(CORPUS, file);
    if (rel.endsWith('home-env-permission.yaml')) {
      it(`${rel} is refused for its look-ahead, naming the line`, () => {
        const text = readFileSync(file, 'utf8');
        const line = text.split('\n').findIndex((l) => l.includes('(?!root')) + 1;
        expect(() => templateFromFile(file)).toThrow(`${file}:${line}: regex '^\\S+\\s+\\S+\\s+(?!root|.*EXPECTED_USER=)' is not valid Go (RE2) syntax, which nuclei requires: invalid or unsupported Perl syntax: \`(?!\``);
      });
      continue;
    }
    it(`${rel} compiles`, () => {
      const t = templateFromFile(file);
      expect(t.blocks.length).toBeGreaterThan(0);
    });
  }
});

describe('corpus: semantics on synthetic outputs', () => {
  it('CVE-2023-2640: code_1 without (root), code_2 with (root) -> one unnamed finding from block 2', () => {
    const t = templateFromFile(path.join(CORPUS, 'code/cves/2023/CVE-2023-2640.yaml'));
    expect(evaluateTemplate(t, [out('uid=1000(me) gid=1000(me)'), out('uid=0(root) gid=1000(me)')], '')).toEqual([
      { extracted: [], block: 2, evidence: 'uid=0(root) gid=1000(me)' },
    ]);
    expect(evaluateTemplate(t, [out('uid=0(root) gid=0(root)'), out('uid=0(root) gid=0(root)')], '')).toEqual([]);
    expect(evaluateTemplate(t, [out('uid=1000(me)'), out('uid=1000(me)')], '')).toEqual([]);
  });

  it('CIS-style and + negative: privesc-run-parts reports only when code_1 is not root and a later block is', () => {
    const t = templateFromFile(path.join(CORPUS, 'code/privilege-escalation/linux/binary/privesc-run-parts.yaml'));
    expect(t.blocks.length).toBe(3);
    const blocks = (a: string, b: string, c: string) => [out(a), out(b), out(c)];
    expect(evaluateTemplate(t, blocks('me', '', 'root'), '')).toHaveLength(1);
    expect(evaluateTemplate(t, blocks('me', 'root', ''), '')[0]?.block).toBe(3);
    expect(evaluateTemplate(t, blocks('root', 'root', 'root'), '')).toEqual([]);
    expect(evaluateTemplate(t, blocks('me', 'me', 'me'), '')).toEqual([]);
  });

  it('CIS ssh-hostbasedauth-disabled: each policy outcome is its own named finding (pass is reported too, as nuclei does)', () => {
    const t = templateFromFile(path.join(CORPUS, 'code/audit/cis/ubuntu/ssh-hostbasedauth-disabled.yaml'));
    const fail = evaluateTemplate(t, [out('[cis-ssh-hostbasedauth-disabled:Policy-Fail] [HostbasedAuthentication yes] [CIS_FAIL] [medium]\n')], '');
    expect(fail).toEqual([
      { matcherName: 'policy-fail', extracted: [], block: 1, evidence: '[cis-ssh-hostbasedauth-disabled:Policy-Fail] [HostbasedAuthentication yes] [CIS_FAIL] [medium]' },
    ]);
    expect(evaluateTemplate(t, [out('[x:Policy-Pass] [HostbasedAuthentication no or not set]')], '').map((f) => f.matcherName)).toEqual(['policy-pass']);
    expect(evaluateTemplate(t, [out('')], '')).toEqual([]);
  });

  it('matchers-condition and with a negative matcher (linux-automountd-enabled)', () => {
    const t = templateFromFile(path.join(CORPUS, 'code/linux/audit/linux-automountd-enabled.yaml'));
    const ops = t.blocks[1]?.operators;
    expect(ops?.condition).toBe('and');
    expect(ops?.matchers.map((m) => m.negative)).toEqual([true, false]);
    const running = out('[VULNERABLE] automountd service is running');
    expect(evaluateTemplate(t, [out('alice'), running], '')).toEqual([{ extracted: [], block: 2, evidence: '[VULNERABLE] automountd service is running' }]);
    expect(evaluateTemplate(t, [out('root'), running], '')).toEqual([]);
    expect(evaluateTemplate(t, [out('alice'), out('[SAFE] automountd service is not running')], '')).toEqual([]);
  });

  it('etc-services-permission-check: its regex matches the compliant state (an upstream defect we reproduce)', () => {
    const t = templateFromFile(path.join(CORPUS, 'code/linux/audit/etc-services-permission-check.yaml'));
    expect(evaluateTemplate(t, t.blocks.map(() => out('root root 644')), '')).toHaveLength(1);
    expect(evaluateTemplate(t, t.blocks.map(() => out('bin bin 666')), '')).toHaveLength(0);
  });

  it('CVE-2024-3094: the dsl extractor reports the response as extracted value when the matchers match', () => {
    const t = templateFromFile(path.join(CORPUS, 'code/cves/2024/CVE-2024-3094.yaml'));
    const ops = t.blocks[t.blocks.length - 1]?.operators;
    expect(ops?.extractors.map((e) => e.type)).toEqual(['dsl']);
  });

  it('a status matcher is refused: it never matches on a code block', () => {
    expect(() => templateFromYaml('id: x\ncode:\n  - engine: [sh]\n    source: id\n    matchers:\n      - type: status\n        status: [200]\n')).toThrow(
      "test.yaml:6: matcher type 'status' never matches on a code block",
    );
  });
});
