// Builds real Template objects from YAML text through the real loader (unsigned allowed), for tests.
import { parseTemplate } from '../../src/template/load.js';
import type { Template } from '../../src/types.js';

export function templateFromYaml(yaml: string, file = 'test.yaml'): Template {
  return parseTemplate(Buffer.from(yaml), file, { keys: [], allowUnsigned: true });
}

/** A template with the given blocks (each: engines and source), no matchers unless given. */
export function codeTemplate(id: string, blocks: { engine?: string[]; source: string; extra?: string }[], top = 'self-contained: true\n'): Template {
  const code = blocks
    .map((b) => `  - engine: [${(b.engine ?? ['bash']).join(', ')}]\n    source: |\n${b.source.split('\n').map((l) => `      ${l}`).join('\n')}\n${b.extra ?? ''}`)
    .join('');
  return templateFromYaml(`id: ${id}\ninfo:\n  name: ${id}\n  author: test\n  severity: high\n${top}code:\n${code}`);
}
