// nuclei's DSL: a safe evaluator for govaluate expressions (no eval, no Function), their helper
// functions, `{{…}}` rendering, and template `variables`.
import { inputError } from '../errors.js';
import { fromText, toText } from './bytes.js';
import type { YamlWhere } from '../template/where.js';
import { evaluateNode, renderText, type Data } from './dsl/evaluate.js';
import { isHelperFunction } from './dsl/functions.js';
import { parseExpression, type Node } from './dsl/parser.js';
import { DslError, DslRenderError, DslSyntaxError, formatFloatF, sprint, toGoString, type Value } from './dsl/values.js';

export { DslError, DslRenderError, DslSyntaxError, renderText, sprint, toGoString, type Data, type Value };

export interface CompiledDsl {
  readonly source: string;
  readonly ast: Node | undefined;
}

/** Parses once at load; throws DslSyntaxError with govaluate's reason when nuclei could not compile it either. */
export function compileDsl(source: string): CompiledDsl {
  return { source, ast: parseExpression(source, isHelperFunction) };
}

/** Evaluates against the event data (Go strings, see bytes.ts); throws DslError (DslRenderError for a failing `{{…}}` marker). */
export function evaluateDsl(compiled: CompiledDsl, data: Data): Value {
  try {
    return evaluateNode(compiled.ast, data);
  } catch (err) {
    // Host output is untrusted: a helper that blows up on it (stack, memory) is an evaluation error, never a crash.
    if (err instanceof DslError) throw err;
    throw new DslError(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Evaluates template `variables` in YAML order, as nuclei does at load: each value is template text
 * whose `{{…}}` markers may call helpers and read earlier variables. A value that fails to render
 * is kept as written (nuclei does the same). Non-scalar values are refused. The values come back as text.
 */
export function evaluateVariables(raw: Record<string, unknown>, where: YamlWhere): Record<string, string> {
  // No prototype: a variable may be called `__proto__`.
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(raw)) {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number') text = formatFloatF(value);
    else if (typeof value === 'boolean') text = value ? 'true' : 'false';
    else if (value === null || value === undefined) text = '';
    else {
      throw inputError(where.file, where.line([name]), `variable '${name}' must be a string, number or boolean (got ${Array.isArray(value) ? 'a list' : 'a mapping'})`);
    }
    const bytes = fromText(text);
    try {
      values[name] = renderText(bytes, values);
    } catch (err) {
      if (!(err instanceof DslError)) throw err;
      values[name] = bytes;
    }
    out[name] = toText(values[name] ?? '');
  }
  return out;
}
