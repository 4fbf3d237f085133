// The rule that makes a signature over imported files unambiguous (src/template/imports.ts, README: Template trust).
import { describe, expect, it } from 'vitest';
import { importBoundaryProblem } from '../../src/template/imports.js';

const b = (s: string) => Buffer.from(s);
const template = b('id: t\ncode:\n  - engine: [sh]\n    source: a.sh');
const check = (content: Buffer, files: string[], inline: { block: number; source: string }[] = []) => importBoundaryProblem(content, files.map(b), inline);

describe('importBoundaryProblem', () => {
  it('accepts files that each start with #! and a template with no #! line', () => {
    expect(check(template, ['#!/bin/sh\necho a\n'])).toBeUndefined();
    expect(check(template, ['#!/bin/sh\necho a\n', '#!/bin/bash\necho b'])).toBeUndefined();
    expect(check(b('#! a first-line comment is not a boundary\nid: t'), [])).toBeUndefined();
  });

  it('refuses a file without a leading #!, extra #! lines anywhere, and a #! line in a template without imports', () => {
    expect(check(template, ['echo a\n'])).toMatch(/imported file 1 does not start with a '#!' line/);
    expect(check(template, ['#!/bin/sh\n', 'echo b'])).toMatch(/imported file 2 does not start/);
    expect(check(b('id: t\n#! x\nmore: 1'), ['#!/bin/sh\n'])).toMatch(/hold 1 more line\(s\) starting with '#!'/);
    expect(check(template, ['#!/bin/sh\ncat <<E\n#!/bin/sh\nE\n'])).toMatch(/1 more line\(s\)/);
    expect(check(b('id: t\n#! x'), [])).toMatch(/a line of the template starts with '#!'/);
  });

  it('refuses a one-line source left inline beside an import: which block gets which file would depend on which files exist', () => {
    expect(check(template, ['#!/bin/sh\necho a\n'], [{ block: 2, source: 'b.sh' }])).toMatch(/block 2's source 'b\.sh' is one line that names no file/);
    // Without imports, nothing can be moved: an inline one-liner is just a script.
    expect(check(template, [], [{ block: 1, source: 'a.sh' }])).toBeUndefined();
  });

  it('refuses files whose first command could continue the template as YAML (it could have been signed as one)', () => {
    // Each of these tails makes yaml.v3 read template + files as one template (checked with gopkg.in/yaml.v3 v3.0.1).
    for (const tail of ['matchers: []', 'x: $(touch /tmp/p)', '---', '--- !x', '...', '- a', '"quoted": 1', '  indented', '\tx', '{a: b}', '[a]', '? k', 'echo:', 'echo a: b', 'echo a: #x']) {
      expect(check(template, [`#!/bin/sh\n# comment\n\n${tail}\necho more\n`]), tail).toMatch(/the first command of the imported files \('.*'\) could also be YAML/);
    }
    expect(check(template, ['#!/bin/sh\n# only comments\n'])).toMatch(/nothing but comments/);
    // The first command may sit in a later file, or behind CR line breaks, which yaml.v3 reads as line breaks.
    expect(check(template, ['#!/bin/sh\n', '#!/bin/sh\nx: 1'])).toMatch(/\('x: 1'\) could also be YAML/);
    expect(check(template, ['#!/bin/sh\r\n\r\nkey: v\r\n'])).toMatch(/\('key: v'\)/);
  });

  it('accepts a first command yaml.v3 fails on: a plain scalar at column 0 without ": "', () => {
    for (const tail of ['set -e', 'echo a # b: c', 'PATH=/usr/sbin:/usr/bin:$PATH', 'echo {a,b} [x]', '(echo)', 'if [ -f /x ]; then', './probe', '$(cmd)']) {
      expect(check(template, [`#!/bin/sh\n# comment\n  \t\n${tail}\n`]), tail).toBeUndefined();
    }
  });

  it('CRLF in an imported file still marks its lines (bash sees "\\r" as part of the line, the count does not care)', () => {
    expect(check(template, ['#!/bin/sh\r\necho a\r\n#!x\r\n'])).toMatch(/1 more line/);
  });
});
