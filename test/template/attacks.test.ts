// The trust boundary attacked as someone who can edit template files but holds no signing key would.
// One test (or more) per case of the issue "A signed template runs exactly what was signed"; every
// template is signed by the test key (fixtures/keys), which the runs trust with --trusted-cert.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { executeRun } from '../../src/run.js';
import { parseOptions } from '../../src/options.js';
import { signTemplate, TEST_CERT } from '../support/sign.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-attacks-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), color: false, env: { PATH: process.env.PATH } });
  return { code, out, err };
}

/** A scan of `template` on this machine trusting the test key; reports go to the case's directory. */
async function scan(dir: string, template: string, ...extra: string[]) {
  return cli('scan', '--template', template, '--trusted-cert', TEST_CERT, '--jsonl', path.join(dir, 'out.jsonl'), '--sarif', path.join(dir, 'out.sarif'), ...extra);
}

async function caseDir(name: string): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

const header = (id: string) => `id: ${id}
info:
  name: ${id}
  author: fleetprobe
  severity: high
self-contained: true
code:
`;

describe('1 and 2: bytes moved between a signed template and its imported file', () => {
  // The template's last lines are a matcher whose second word is also a shell command: if those lines
  // ever ran as the script, PWNED would appear.
  let dir: string;
  let pwned: string;
  let tail: string;
  let template: string;
  const probe = Buffer.from("#!/bin/sh\necho '[VULNERABLE] imported probe ran'\n");
  beforeAll(async () => {
    dir = await caseDir('shift');
    pwned = path.join(dir, 'PWNED');
    tail = `    matchers:\n      - type: word\n        words:\n          - "[VULNERABLE]"\n          - never; touch ${pwned}`;
    template = signTemplate(`${header('shift-probe')}  - engine: [sh]\n    source: probe.sh\n${tail}\n`, [probe]);
  });

  async function layout(name: string, templateText: string, probeBytes: Buffer): Promise<string> {
    const sub = path.join(dir, name);
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 'probe.sh'), probeBytes);
    await writeFile(path.join(sub, 't.yaml'), templateText);
    return path.join(sub, 't.yaml');
  }

  it('the layout as signed is trusted by verify and scan alike, and its matchers judge the host', async () => {
    const file = await layout('signed', template, probe);
    const v = await cli('verify', '--trusted-cert', TEST_CERT, file);
    expect(v.out).toBe(`${file}: trusted: signed by fleetprobe-test (key ${/:([0-9a-f]{32})$/.exec(template)![1]}) with 1 imported file(s)\n`);
    expect(v.code).toBe(0);
    const s = await scan(dir, file, '--fail-on', 'high');
    expect(s.code).toBe(1); // the host printed [VULNERABLE] and the matcher saw it
    expect(s.err).toMatch(/gate failed: 1 finding/);
    expect(existsSync(pwned)).toBe(false);
  });

  it("the issue's attack (matchers cut from the template, pasted atop probe.sh) keeps nuclei's signature but is refused by both", async () => {
    const at = template.indexOf(`\n${tail}`);
    const shifted = `${template.slice(0, at)}\n${template.slice(at + tail.length + 1).trimStart()}`;
    const file = await layout('shifted', shifted, Buffer.concat([Buffer.from(`${tail}\n`), probe]));
    const v = await cli('verify', '--trusted-cert', TEST_CERT, file);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/t\.yaml: not trusted: signed by fleetprobe-test, but the signature covers imported files with an ambiguous boundary: imported file 1 does not start with a '#!' line/);
    const s = await scan(dir, file);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/t\.yaml: refused: signed by fleetprobe-test, but .*ambiguous boundary/);
    // In a directory it is skipped with its reason; nothing else is there, so the run stops.
    const d = await scan(dir, path.dirname(file));
    expect(d.code).toBe(2);
    expect(d.err).toMatch(/^fleetprobe: warning: skipped template .*t\.yaml: refused: signed by fleetprobe-test, but .*ambiguous boundary/m);
    expect(existsSync(pwned)).toBe(false);
  });

  it('moving the other way (the shebang line into the template) is refused too', async () => {
    const digestAt = template.indexOf('\n# digest: ');
    const moved = `${template.slice(0, digestAt)}\n#!/bin/sh${template.slice(digestAt)}`;
    const file = await layout('reverse', moved, probe.subarray(probe.indexOf('\n') + 1));
    const v = await cli('verify', '--trusted-cert', TEST_CERT, file);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/not trusted: .*ambiguous boundary: imported file 1 does not start with a '#!' line/);
    expect((await scan(dir, file)).code).toBe(2);
  });

  it('bytes moved between two imported files are refused', async () => {
    const a = Buffer.from('#!/bin/sh\necho a\n');
    const b = Buffer.from('#!/bin/sh\necho b\n');
    const two = signTemplate(`${header('two-files')}  - engine: [sh]\n    source: a.sh\n  - engine: [sh]\n    source: b.sh\n    matchers:\n      - type: word\n        words: [b]\n`, [a, b]);
    const sub = path.join(dir, 'two');
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 't.yaml'), two);
    await writeFile(path.join(sub, 'a.sh'), a);
    await writeFile(path.join(sub, 'b.sh'), b);
    expect((await cli('verify', '--trusted-cert', TEST_CERT, path.join(sub, 't.yaml'))).code).toBe(0);
    // "\necho a\n" cut from the end of a.sh, "echo a\n\n" put atop b.sh: the same signed bytes.
    await writeFile(path.join(sub, 'a.sh'), '#!/bin/sh');
    await writeFile(path.join(sub, 'b.sh'), 'echo a\n\n#!/bin/sh\necho b\n');
    const v = await cli('verify', '--trusted-cert', TEST_CERT, path.join(sub, 't.yaml'));
    expect(v.out).toMatch(/not trusted: .*imported file 2 does not start with a '#!' line/);
  });

  it('a template signed without imports cannot gain one: an inline `source` turned into a file is refused', async () => {
    // Signed as one template whose script is the one-line command `check.sh`, with a column-0 '#!' comment.
    const signed = signTemplate(`${header('no-imports')}  - engine: [sh]\n    source: check.sh\n#! the matchers follow\n${tail}\n`);
    const sub = path.join(dir, 'inline');
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 't.yaml'), signed);
    // As signed, it is refused for its '#!' line (which marks imported files in signed bytes).
    expect((await cli('verify', '--trusted-cert', TEST_CERT, path.join(sub, 't.yaml'))).out).toMatch(/not trusted: .*a line of the template starts with '#!'/);
    // Cut at that line, with the rest in a new check.sh: nuclei's signature still holds.
    const cut = signed.indexOf('\n#!');
    await writeFile(path.join(sub, 't.yaml'), `${signed.slice(0, cut)}\n${signed.slice(signed.indexOf('\n# digest: ') + 1)}`);
    await writeFile(path.join(sub, 'check.sh'), signed.slice(cut + 1, signed.indexOf('\n# digest: ')));
    const v = await cli('verify', '--trusted-cert', TEST_CERT, path.join(sub, 't.yaml'));
    expect(v.out).toMatch(/not trusted: .*\('matchers:'\) could also be YAML/);
    expect((await scan(dir, path.join(sub, 't.yaml'))).code).toBe(2);
    expect(existsSync(pwned)).toBe(false);
  });
});

describe('3: line breaks nuclei reads differently never hide code', () => {
  it.each([
    ['NEL', '\u0085'],
    ['lone CR', '\r'],
    ['LS', '\u2028'],
    ['PS', '\u2029'],
  ])('%s: a signed heredoc that would run `touch` here is refused, and nothing runs', async (name, brk) => {
    const dir = await caseDir(`break-${name.replace(' ', '-')}`);
    const pwned = path.join(dir, 'PWNED');
    // To nuclei (yaml.v3), the break ends the line: `cat >/dev/null <<'Z'` then `;touch` is inside the heredoc.
    const file = path.join(dir, 't.yaml');
    await writeFile(file, signTemplate(`${header('hidden')}  - engine: [sh]\n    source: |\n      cat >/dev/null <<'Z'${brk};touch ${pwned}\n      Z\n      echo done\n`));
    const s = await scan(dir, file, '--allow-unsigned');
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/t\.yaml:10: holds a .*nuclei's YAML parser reads it as a line break/);
    expect(s.err.trim().split('\n')).toHaveLength(1);
    const v = await cli('verify', '--trusted-cert', TEST_CERT, file);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/t\.yaml: not trusted: cannot be read as a template \(10: holds a /);
    expect(existsSync(pwned)).toBe(false);
  });
});

describe('4: nothing in an unsigned template is interpreted before it is refused', () => {
  it('variables with DSL, a malformed variable, a Go-refused regex and a false pre-condition: the refusal is "unsigned"', async () => {
    const dir = await caseDir('unsigned');
    const file = path.join(dir, 't.yaml');
    // Evaluated, the first variable would build a 200 MB string; the second is not even a valid variable.
    await writeFile(
      file,
      `${header('crafted').replace('code:\n', '')}variables:\n  big: '{{sha256(repeat("a", 200000000))}}'\n  bad: [{x: 1}]\ncode:\n  - engine: [sh]\n    pre-condition: IsWindows()\n    source: touch ${path.join(dir, 'PWNED')}\n    matchers:\n      - type: regex\n        regex: ["(?!x)"]\n`,
    );
    const s = await scan(dir, file);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/^fleetprobe: .*t\.yaml: refused: unsigned code template; pass --allow-unsigned/);
    // Allowed, it is compiled, and the first fault found is named.
    const allowed = await scan(dir, file, '--allow-unsigned');
    expect(allowed.code).toBe(2);
    expect(allowed.err).toMatch(/variable 'bad' must be a string|regex|pre-condition/);
    expect(existsSync(path.join(dir, 'PWNED'))).toBe(false);
  });
});

describe('5: imports resolve by real path inside the template directory', () => {
  it('a source that is a symlink out of the directory is refused, even when the signature covers its target', async () => {
    const dir = await caseDir('symlink');
    const pwned = path.join(dir, 'PWNED');
    const outside = Buffer.from(`#!/bin/sh\ntouch ${pwned}\n`);
    await writeFile(path.join(dir, 'outside.sh'), outside);
    const sub = path.join(dir, 'templates');
    await mkdir(sub);
    await symlink(path.join(dir, 'outside.sh'), path.join(sub, 'link.sh'));
    const file = path.join(sub, 't.yaml');
    await writeFile(file, signTemplate(`${header('linked')}  - engine: [sh]\n    source: link.sh\n`, [outside]));
    const s = await scan(dir, file);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/t\.yaml:9: source file 'link\.sh' resolves to .*outside\.sh, outside the template's directory; only files inside it may be imported \(symlinks out are refused\)/);
    expect((await cli('verify', '--trusted-cert', TEST_CERT, file)).out).toMatch(/not trusted: cannot be read as a template \(9: source file 'link\.sh' resolves to/);
    // `../` is the same thing spelled out.
    await writeFile(file, signTemplate(`${header('dotdot')}  - engine: [sh]\n    source: ../outside.sh\n`, [outside]));
    expect((await scan(dir, file)).err).toMatch(/source file '\.\.\/outside\.sh' resolves to .*outside the template's directory/);
    expect(existsSync(pwned)).toBe(false);
  });

  it('a symlink that stays inside the directory is followed; a FIFO is refused rather than read', async () => {
    const dir = await caseDir('symlink-inside');
    const script = Buffer.from('#!/bin/sh\necho "[VULNERABLE] via link"\n');
    await mkdir(path.join(dir, 'lib'));
    await writeFile(path.join(dir, 'lib', 'real.sh'), script);
    await symlink('lib/real.sh', path.join(dir, 'link.sh'));
    const file = path.join(dir, 't.yaml');
    await writeFile(file, signTemplate(`${header('linked-inside')}  - engine: [sh]\n    source: link.sh\n    matchers:\n      - type: word\n        words: ["[VULNERABLE]"]\n`, [script]));
    expect((await cli('verify', '--trusted-cert', TEST_CERT, file)).code).toBe(0);
    const s = await scan(dir, file, '--fail-on', 'high');
    expect(s.code).toBe(1);
    // Reading a FIFO would wait forever for a writer.
    execFileSync('mkfifo', [path.join(dir, 'fifo.sh')]);
    await writeFile(file, signTemplate(`${header('fifo')}  - engine: [sh]\n    source: fifo.sh\n`));
    expect((await scan(dir, file)).err).toMatch(/t\.yaml:9: source 'fifo\.sh' is not a regular file/);
  });
});

describe('6: template text never reaches a log line raw', () => {
  it('an id or key holding a newline and a workflow command stays inside one defused line', async () => {
    const dir = await caseDir('log');
    const file = path.join(dir, 't.yaml');
    await writeFile(file, `${header('x').replace('id: x', 'id: "x\\n::add-mask::secret"')}  - engine: [sh]\n    source: echo hi\n`);
    const s = await scan(dir, file, '--allow-unsigned');
    expect(s.code).toBe(2);
    expect(s.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(s.err).not.toMatch(/(^|\n)::/);
    expect(s.err).toMatch(/^fleetprobe: .*t\.yaml:1: id 'x ::add-mask::secret' is not allowed/);
    await writeFile(file, `${header('y')}  - engine: [sh]\n    source: echo hi\n"k\\r\\n::error::x": 1\n`);
    const k = await scan(dir, file, '--allow-unsigned');
    expect(k.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(k.err).not.toMatch(/(^|\n)::/);
  });

  it('a file name with a newline and "::" in a directory warning and in verify output stays one line', async () => {
    const dir = await caseDir('log-names');
    await writeFile(path.join(dir, 'ok.yaml'), `${header('ok')}  - engine: [sh]\n    source: echo hi\n`);
    await writeFile(path.join(dir, 'bad\n::warning::x.yaml'), 'id: [\n');
    const s = await scan(dir, dir, '--allow-unsigned');
    expect(s.code).toBe(0);
    const warnings = s.err.split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^fleetprobe: warning: skipped template .*bad :\u200b:warning:\u200b:x\.yaml:1: malformed YAML/);
    const v = await cli('verify', dir);
    expect(v.out.split('\n').filter(Boolean)).toHaveLength(2);
    expect(v.out).not.toMatch(/(^|\n)::/);
  });
});

describe('7: directories load as nuclei loads them', () => {
  it('runs what can run, skips each template that cannot with one warning line (file, line, reason), and records gaps', async () => {
    const dir = await caseDir('dir');
    const good = signTemplate(`${header('good')}  - engine: [sh]\n    source: echo "[VULNERABLE] good"\n    matchers:\n      - type: word\n        words: ["[VULNERABLE]"]\n`);
    await writeFile(path.join(dir, 'a-good.yaml'), good);
    await writeFile(path.join(dir, 'b-flow.yaml'), signTemplate(`${header('flowing').replace('code:\n', 'flow: code(1)\ncode:\n')}  - engine: [sh]\n    source: echo hi\n`));
    await writeFile(path.join(dir, 'c-unsigned.yaml'), `${header('unsigned')}  - engine: [sh]\n    source: echo hi\n`);
    await writeFile(path.join(dir, 'd-regex.yaml'), signTemplate(`${header('lookahead')}  - engine: [sh]\n    source: echo hi\n    matchers:\n      - type: regex\n        regex: ["a(?!b)"]\n`));
    await writeFile(path.join(dir, 'e-python.yaml'), signTemplate(`${header('python')}  - engine: [python3]\n    source: print(1)\n`));
    await writeFile(path.join(dir, 'notes.yml'), 'not a template: nuclei walks *.yaml only\n');
    await mkdir(path.join(dir, 'helpers'));
    await writeFile(path.join(dir, 'helpers', 'skipped.yaml'), 'id: [\n'); // nuclei leaves helpers/ out
    const s = await scan(dir, dir, '--fail-on', 'high');
    expect(s.code).toBe(1); // the good template ran and found [VULNERABLE]
    const warnings = s.err.split('\n').filter((l) => l.startsWith('fleetprobe: warning: '));
    expect(warnings).toEqual([
      `fleetprobe: warning: skipped template ${path.join(dir, 'b-flow.yaml')}:7: 'flow:' is not supported: fleetprobe runs only 'code' templates`,
      expect.stringMatching(new RegExp(`^fleetprobe: warning: skipped template ${path.join(dir, 'c-unsigned.yaml')}: refused: unsigned code template; pass --allow-unsigned`)),
      expect.stringMatching(new RegExp(`^fleetprobe: warning: skipped template ${path.join(dir, 'd-regex.yaml')}:12: .*`)),
      expect.stringMatching(new RegExp(`^fleetprobe: warning: skipped template ${path.join(dir, 'e-python.yaml')}:8: engine 'python3' is not supported`)),
    ]);
    const lines = (await readFile(path.join(dir, 'out.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['template-id'])).toEqual(['good']);
  });

  it('executeRun puts each skipped template in report.gaps and warns once each, at load', async () => {
    const dir = path.join(root, 'dir');
    const warned: string[] = [];
    // An empty input means the default path (the action's rule): the reports go into the case's dir, not the repository.
    const options = parseOptions((name) => ({ templates: dir, transport: 'local', 'trusted-certs': TEST_CERT, 'jsonl-file': path.join(root, 'gaps.jsonl'), 'sarif-file': path.join(root, 'gaps.sarif') })[name] ?? '', {});
    const outcome = await executeRun(options, { warn: (m) => warned.push(m) });
    expect(outcome.report.gaps.map((g) => (g.kind === 'template' ? [path.basename(g.file), g.line] : []))).toEqual([
      ['b-flow.yaml', 7],
      ['c-unsigned.yaml', undefined],
      ['d-regex.yaml', 12],
      ['e-python.yaml', 8],
    ]);
    expect(warned).toHaveLength(4);
    expect(outcome.report.templates.map((t) => t.id)).toEqual(['good']);
  });

  it('verify takes directories and files, checks them all (a missing one too), one line each with its rule', async () => {
    const dir = path.join(root, 'dir');
    const v = await cli('verify', '--trusted-cert', TEST_CERT, path.join(dir, 'a-good.yaml'), path.join(root, 'missing.yaml'), dir, 'templates/smtp-open-relay.yaml');
    expect(v.code).toBe(1);
    expect(v.out.trim().split('\n')).toEqual([
      expect.stringMatching(/a-good\.yaml: trusted: signed by fleetprobe-test \(key [0-9a-f]{32}\)$/),
      `${path.join(root, 'missing.yaml')}: not trusted: no such template file or directory`,
      expect.stringMatching(/a-good\.yaml: trusted: signed by fleetprobe-test/),
      expect.stringMatching(/b-flow\.yaml: trusted: signed by fleetprobe-test/), // signature only: verify does not judge protocols
      expect.stringMatching(/c-unsigned\.yaml: not trusted: unsigned code template$/),
      expect.stringMatching(/d-regex\.yaml: trusted: signed by fleetprobe-test/),
      expect.stringMatching(/e-python\.yaml: trusted: signed by fleetprobe-test/),
      'templates/smtp-open-relay.yaml: trusted: bundled with fleetprobe (trusted by its exact content hash)',
    ]);
    const unknown = await cli('verify', path.join(dir, 'a-good.yaml'));
    expect(unknown.out).toMatch(/a-good\.yaml: not trusted: signed by an unknown key [0-9a-f]{32}$/m);
    expect(unknown.code).toBe(1);
    expect((await cli('verify', 'templates/smtp-open-relay.yaml', 'fixtures/templates/smtp-open-relay.yaml')).code).toBe(0);
  });
});

describe('red team: the signed bytes fix which block runs which file, and nothing else reads as YAML', () => {
  const probe = Buffer.from('#!/bin/sh\necho "[VULNERABLE] probe ran"\n');
  // Block 1 imports probe.sh and holds the matcher; block 2's one-line source names a file that is absent.
  const twoBlocks = `${header('swap')}  - engine: [sh]\n    source: probe.sh\n    matchers:\n      - type: word\n        words: ["[VULNERABLE]"]\n  - engine: [sh]\n    source: other.sh\n`;

  it('a one-line source beside an import is refused: else moving the file to the other name moves the script away from its matchers', async () => {
    const dir = await caseDir('swap');
    const file = path.join(dir, 't.yaml');
    await writeFile(file, signTemplate(twoBlocks, [probe]));
    // As signed (other.sh absent), nuclei signed template + probe.sh; the same bytes verify with the
    // script under other.sh instead, where block 2 (no matchers) would run it and block 1 would run `probe.sh`.
    await writeFile(path.join(dir, 'other.sh'), probe);
    const v = await cli('verify', '--trusted-cert', TEST_CERT, file);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/t\.yaml: not trusted: signed by fleetprobe-test, but .*ambiguous boundary: block 1's source 'probe\.sh' is one line that names no file beside the template/);
    const s = await scan(dir, file, '--fail-on', 'high');
    expect(s.code).toBe(2);
    expect(s.out).not.toMatch(/clean/);
    // The layout as signed is refused the same way: which files exist must not decide which block runs what.
    await rm(path.join(dir, 'other.sh'));
    await writeFile(path.join(dir, 'probe.sh'), probe);
    expect((await cli('verify', '--trusted-cert', TEST_CERT, file)).out).toMatch(/block 2's source 'other\.sh' is one line that names no file/);
  });

  it("a template signed with '---' before its shell tail cannot be split into template + file (yaml.v3 reads the first document only)", async () => {
    const dir = await caseDir('second-document');
    const pwned = path.join(dir, 'PWNED');
    // To nuclei this signed template is block 1 running the one-line command `check.sh`, then a comment and a
    // second YAML document it never reads.
    const signed = signTemplate(`${header('two-docs')}  - engine: [sh]\n    source: check.sh\n    matchers:\n      - type: word\n        words: ["[VULNERABLE]"]\n#!/bin/sh\n---\ntouch ${pwned}\n`);
    const cut = signed.indexOf('\n#!');
    await writeFile(path.join(dir, 't.yaml'), `${signed.slice(0, cut)}\n${signed.slice(signed.indexOf('\n# digest: ') + 1)}`);
    await writeFile(path.join(dir, 'check.sh'), signed.slice(cut + 1, signed.indexOf('\n# digest: ')));
    const v = await cli('verify', '--trusted-cert', TEST_CERT, path.join(dir, 't.yaml'));
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/not trusted: .*ambiguous boundary: the first command of the imported files \('---'\) could also be YAML/);
    expect((await scan(dir, path.join(dir, 't.yaml'))).code).toBe(2);
    expect(existsSync(pwned)).toBe(false);
  });

  it('an imported file that is not UTF-8 is refused: the script run would not be the bytes signed', async () => {
    const dir = await caseDir('latin1');
    const script = Buffer.concat([Buffer.from('#!/bin/sh\necho "'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    await writeFile(path.join(dir, 'probe.sh'), script);
    const file = path.join(dir, 't.yaml');
    await writeFile(file, signTemplate(`${header('latin1')}  - engine: [sh]\n    source: probe.sh\n`, [script]));
    const s = await scan(dir, file);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/t\.yaml:9: source file 'probe\.sh' is not valid UTF-8 text/);
  });
});

describe('red team: files that are not regular files never stall or swell a load', () => {
  it('a FIFO or a link to /dev/zero named *.yaml in a directory is skipped with its reason, at once', async () => {
    const dir = await caseDir('special-files');
    await writeFile(path.join(dir, 'a-good.yaml'), signTemplate(`${header('fine')}  - engine: [sh]\n    source: echo hi\n`));
    execFileSync('mkfifo', [path.join(dir, 'b-fifo.yaml')]);
    await symlink('/dev/zero', path.join(dir, 'c-zero.yaml'));
    const warned: string[] = [];
    const options = parseOptions((name) => ({ templates: dir, transport: 'local', 'trusted-certs': TEST_CERT, 'jsonl-file': path.join(dir, 'o.jsonl'), 'sarif-file': path.join(dir, 'o.sarif') })[name] ?? '', {});
    const before = process.memoryUsage().rss;
    const outcome = await executeRun(options, { warn: (m) => warned.push(m) });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(outcome.report.templates.map((t) => t.id)).toEqual(['fine']);
    expect(warned).toEqual([expect.stringMatching(/b-fifo\.yaml: is not a regular file$/), expect.stringMatching(/c-zero\.yaml: is not a regular file$/)]);
  });
});
