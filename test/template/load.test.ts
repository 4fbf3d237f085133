import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates, loadTemplateFile } from '../../src/template/load.js';
import { projectDiscoveryKey } from '../../src/template/signature.js';
import { tempDir } from '../support/tmp.js';

const SEED = 'fixtures/templates/smtp-open-relay.yaml';
const signed = { keys: [projectDiscoveryKey()], allowUnsigned: false };
const unsigned = { keys: [projectDiscoveryKey()], allowUnsigned: true };

let dir: string;
beforeAll(async () => {
  dir = await tempDir('fleetprobe-load-');
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

const minimal = (code: string, extra = '') => `id: t1
info:
  name: test
  author: a, B
  severity: high
  tags: Linux,Audit
${extra}code:
${code}`;

const block = `  - engine: [bash]
    source: echo hi
    matchers:
      - type: word
        words: [hi]
`;

describe('loading the seed template', () => {
  it('loads the upstream file unchanged, signed by ProjectDiscovery', async () => {
    const t = await loadTemplateFile(SEED, signed);
    expect(t.id).toBe('smtp-open-relay');
    expect(t.trust).toEqual({ kind: 'signed', signer: 'projectdiscovery/nuclei-templates' });
    expect(t.selfContained).toBe(true);
    expect(t.info.severity).toBe('high');
    expect(t.info.tags).toEqual(['linux', 'local', 'kisa', 'audit', 'compliance']);
    expect(t.info.author).toEqual(['songyaeji']);
    expect(t.info.reference).toEqual(['https://isms.kisa.or.kr']);
    expect(t.blocks.map((b) => b.contextId)).toEqual(['code_1', 'code_2']);
    expect(t.blocks.map((b) => b.engines)).toEqual([['bash'], ['bash']]);
    expect(t.blocks[0]!.operators).toBeUndefined();
    expect(t.blocks[1]!.operators).toBeDefined();
    expect(t.blocks[1]!.source).toContain('systemctl is-active postfix');
    expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with no path, loads the bundled templates, trusted by content hash', async () => {
    const [t] = (await loadTemplates([], signed)).templates;
    expect(t!.id).toBe('smtp-open-relay');
    expect(t!.path).toBe('bundled:smtp-open-relay.yaml');
    expect(['bundled', 'signed']).toContain(t!.trust.kind);
  });

  it('a single block gets no context id; an explicit id wins', async () => {
    const one = await loadTemplateFile(await write('one.yaml', minimal(block)), unsigned);
    expect(one.blocks[0]!.contextId).toBeUndefined();
    expect(one.info.author).toEqual(['a', 'b']);
    const named = await loadTemplateFile(await write('named.yaml', minimal(`  - id: probe\n${block.replace('  - engine', '    engine')}${block}`)), unsigned);
    expect(named.blocks.map((b) => b.contextId)).toEqual(['probe', 'code_2']);
  });

  it('a directory loads every *.yaml below it, in name order', async () => {
    const sub = path.join(dir, 'many');
    await write('many/b.yaml', minimal(block).replace('id: t1', 'id: b'));
    await write('many/nested/a.yaml', minimal(block).replace('id: t1', 'id: a'));
    await write('many/notes.txt', 'not a template');
    const { templates, skipped } = await loadTemplates([sub], unsigned);
    expect(templates.map((t) => t.id)).toEqual(['b', 'a']);
    expect(skipped).toEqual([]);
  });

  it('reads a source file beside the template and counts it in the signed content', async () => {
    await write('imp/probe.sh', 'echo from-file\n');
    const t = await loadTemplateFile(await write('imp/t.yaml', minimal(`  - engine: [sh]\n    source: probe.sh\n`)), unsigned);
    expect(t.blocks[0]!.source).toBe('echo from-file\n');
  });

  it('keeps variables and constants as strings for the scripts', async () => {
    const t = await loadTemplateFile(await write('vars.yaml', minimal(block, 'variables:\n  port: 25\nconstants:\n  mode: strict\n')), unsigned);
    expect(t.variables).toMatchObject({ port: '25', mode: 'strict' });
  });
});

describe('bad templates get one line naming file, line and what is allowed', () => {
  const cases: [string, string, RegExp][] = [
    ['malformed.yaml', 'id: x\ninfo: [\n  name: y', /malformed\.yaml:\d+: malformed YAML/],
    ['noid.yaml', minimal(block).replace('id: t1\n', ''), /noid\.yaml:1: missing 'id'/],
    ['badid.yaml', minimal(block).replace('id: t1', 'id: "a b"'), /badid\.yaml:1: id 'a b' is not allowed/],
    ['mapid.yaml', minimal(block).replace('id: t1', 'id: {a: 1}'), /mapid\.yaml:1: id '\{"a":1\}' is not allowed/],
    ['http.yaml', 'id: x\ninfo:\n  name: n\n  severity: low\nhttp:\n  - method: GET\n', /http\.yaml:5: 'http:' is not supported: fleetprobe runs only 'code' templates/],
    ['flow.yaml', minimal(block, 'flow: code(1)\n'), /flow\.yaml:7: 'flow:' is not supported/],
    ['nocode.yaml', 'id: x\ninfo:\n  name: n\n', /nocode\.yaml:1: no 'code:' block/],
    ['engine.yaml', minimal(block.replace('[bash]', '[bash, python3]')), /engine\.yaml:8: engine 'python3' is not supported; allowed: bash, sh/],
    ['noengine.yaml', minimal('  - source: echo hi\n'), /noengine\.yaml:8: code block 1 needs 'engine'/],
    ['severity.yaml', minimal(block).replace('severity: high', 'severity: severe'), /severity\.yaml:5: severity 'severe' is not allowed/],
    ['key.yaml', minimal(block.replace('    source', '    sorce: x\n    source')), /key\.yaml:9: unknown key 'sorce' in code block 1/],
    ['sandbox.yaml', minimal(block.replace('    source', '    sandbox: {image: x}\n    source')), /sandbox\.yaml:9: 'sandbox' \(Docker\) is not supported/],
    ['precond.yaml', minimal(block.replace('    source', '    pre-condition: IsWindows()\n    source')), /precond\.yaml:9: pre-condition 'IsWindows\(\)' is false on Linux targets/],
    ['precond2.yaml', minimal(block.replace('    source', '    pre-condition: Arch() == "x"\n    source')), /precond2\.yaml:9: pre-condition .* is not supported; allowed: IsLinux\(\)/],
    ['matcher.yaml', minimal(block.replace('type: word', 'type: banana')), /matcher\.yaml:11: .*banana/],
    ['nowords.yaml', minimal(block.replace('        words: [hi]\n', '')), /nowords\.yaml:\d+: .*words/],
  ];
  for (const [name, text, pattern] of cases) {
    it(name, async () => {
      const file = await write(name, text);
      const error = await loadTemplateFile(file, unsigned).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.name).toBe('UserError');
      expect(error?.message).toMatch(pattern);
      expect(error?.message).not.toContain('\n');
    });
  }

  it('a bad file in a directory is skipped with its file, line and reason; the rest load', async () => {
    await write('mixed/good.yaml', minimal(block));
    await write('mixed/zbad.yaml', minimal(block).replace('id: t1\n', ''));
    const { templates, skipped } = await loadTemplates([path.join(dir, 'mixed')], unsigned);
    expect(templates.map((t) => t.id)).toEqual(['t1']);
    expect(skipped).toEqual([{ kind: 'template', file: path.join(dir, 'mixed/zbad.yaml'), line: 1, reason: "missing 'id'" }]);
  });

  it('the same bad file named explicitly stops the run', async () => {
    await expect(loadTemplates([path.join(dir, 'mixed/good.yaml'), path.join(dir, 'mixed/zbad.yaml')], unsigned)).rejects.toThrow(/zbad\.yaml:1: missing 'id'/);
  });

  it('a directory where nothing can load gives no template and every reason', async () => {
    await write('allbad/a.yaml', 'id: [\n');
    const { templates, skipped } = await loadTemplates([path.join(dir, 'allbad')], unsigned);
    expect(templates).toEqual([]);
    expect(skipped).toEqual([{ kind: 'template', file: path.join(dir, 'allbad/a.yaml'), line: 1, reason: expect.stringMatching(/^malformed YAML/) }]);
  });

  it('a missing path is named', async () => {
    await expect(loadTemplates([path.join(dir, 'nope.yaml')], unsigned)).rejects.toThrow(/nope\.yaml: no such template file or directory/);
  });

  it('a duplicate id is skipped in a directory (as nuclei does) and refused between named files', async () => {
    await write('dup/a.yaml', minimal(block));
    await write('dup/b.yaml', minimal(block));
    const { templates, skipped } = await loadTemplates([path.join(dir, 'dup')], unsigned);
    expect(templates.map((t) => t.path)).toEqual([path.join(dir, 'dup/a.yaml')]);
    expect(skipped[0]!.reason).toMatch(/template id 't1' is already used by .*dup\/a\.yaml/);
    await expect(loadTemplates([path.join(dir, 'dup/a.yaml'), path.join(dir, 'dup/b.yaml')], unsigned)).rejects.toThrow(/template id 't1' is already used by/);
  });

  it('an unsigned code template is refused unless allowed, saying which rule applied', async () => {
    const file = await write('unsigned.yaml', minimal(block));
    await expect(loadTemplateFile(file, signed)).rejects.toThrow(/unsigned\.yaml: refused: .*unsigned/);
  });

  it('a tampered copy of the seed is refused', async () => {
    const text = (await readFile(SEED, 'utf8')).replace('severity: high', 'severity: low');
    await expect(loadTemplateFile(await write('tampered.yaml', text), signed)).rejects.toThrow(/tampered\.yaml: refused/);
  });
});
