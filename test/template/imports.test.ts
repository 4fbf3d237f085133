// The rule that makes a signature over imported files unambiguous (src/template/imports.ts, README: Template trust).
import { describe, expect, it } from 'vitest';
import { importBoundaryProblem } from '../../src/template/imports.js';

const b = (s: string) => Buffer.from(s);
const template = b('id: t\ncode:\n  - engine: [sh]\n    source: a.sh');

describe('importBoundaryProblem', () => {
  it('accepts files that each start with #! and a template with no #! line', () => {
    expect(importBoundaryProblem(template, [b('#!/bin/sh\necho a\n')])).toBeUndefined();
    expect(importBoundaryProblem(template, [b('#!/bin/sh\necho a\n'), b('#!/bin/bash\necho b')])).toBeUndefined();
    expect(importBoundaryProblem(b('#! a first-line comment is not a boundary\nid: t'), [])).toBeUndefined();
  });

  it('refuses a file without a leading #!, extra #! lines anywhere, and a #! line in a template without imports', () => {
    expect(importBoundaryProblem(template, [b('echo a\n')])).toMatch(/imported file 1 does not start with a '#!' line/);
    expect(importBoundaryProblem(template, [b('#!/bin/sh\n'), b('echo b')])).toMatch(/imported file 2 does not start/);
    expect(importBoundaryProblem(b('id: t\n#! x\nmore: 1'), [b('#!/bin/sh\n')])).toMatch(/hold 1 more line\(s\) starting with '#!'/);
    expect(importBoundaryProblem(template, [b('#!/bin/sh\ncat <<E\n#!/bin/sh\nE\n')])).toMatch(/1 more line\(s\)/);
    expect(importBoundaryProblem(b('id: t\n#! x'), [])).toMatch(/a line of the template starts with '#!'/);
  });

  it('refuses when template and files read as one YAML template (it could have been signed without imports)', () => {
    expect(importBoundaryProblem(template, [b('#!/bin/sh\n# only comments\n')])).toMatch(/read as one YAML template too/);
    expect(importBoundaryProblem(template, [b('#!/bin/sh\nmatchers: []\n')])).toMatch(/read as one YAML template too/);
  });

  it('CRLF in an imported file still marks its lines (bash sees "\\r" as part of the line, the count does not care)', () => {
    expect(importBoundaryProblem(template, [b('#!/bin/sh\r\necho a\r\n#!x\r\n')])).toMatch(/1 more line/);
  });
});
