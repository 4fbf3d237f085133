// Test helpers: a template built straight from YAML with compileOperators (no signature, no loader),
// and block runs from plain strings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileOperators, type CompiledOperators } from '../../src/matchers/operators.js';
import { evaluateVariables } from '../../src/matchers/dsl.js';
import { parseYaml } from '../../src/template/yaml.js';
import type { YamlWhere } from '../../src/template/where.js';
import type { BlockRun, CodeBlock, Template } from '../../src/types.js';

/** The upstream corpus, vendored under fixtures/corpus with its licence. */
export const CORPUS = path.resolve(new URL('../..', import.meta.url).pathname, 'fixtures/corpus/nuclei-templates');

export function templateFromYaml(text: string, file = 'test.yaml'): Template {
  const { value, where } = parseYaml(text, file);
  const doc = value as Record<string, unknown>;
  const code = (doc['code'] ?? []) as Record<string, unknown>[];
  const rawVars = (doc['variables'] ?? {}) as Record<string, unknown>;
  const variables = evaluateVariables(rawVars, { file, line: (p) => where.line(['variables', ...p]) });
  const blocks: CodeBlock[] = code.map((block, i) => ({
    index: i + 1,
    contextId: typeof block['id'] === 'string' ? block['id'] : code.length > 1 ? `code_${i + 1}` : undefined,
    engines: ['bash'],
    args: [],
    source: String(block['source'] ?? ''),
    operators: compileOperators(block, ['code', i], where),
  }));
  return {
    id: String(doc['id'] ?? 'test'),
    path: file,
    info: { name: 'test', author: [], tags: [], severity: 'info', reference: [] },
    selfContained: doc['self-contained'] === true,
    variables,
    blocks,
    sha256: '',
    trust: { kind: 'bundled' },
  };
}

export function templateFromFile(file: string): Template {
  return templateFromYaml(readFileSync(file, 'utf8'), file);
}

/** Compiles the operators of a single block given as YAML (the block mapping itself). */
export function operatorsFromYaml(blockYaml: string, file = 'block.yaml'): CompiledOperators | undefined {
  const { value, where } = parseYaml(blockYaml, file);
  return compileOperators(value as Record<string, unknown>, [], where);
}

export function whereOf(text: string, file = 'block.yaml'): { value: Record<string, unknown>; where: YamlWhere } {
  const parsed = parseYaml(text, file);
  return { value: parsed.value as Record<string, unknown>, where: parsed.where };
}

export function out(stdout: string, stderr = ''): BlockRun {
  return { stdout, stderr, exitCode: 0, durationMs: 1 };
}
