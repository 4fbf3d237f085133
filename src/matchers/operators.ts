// STUB: owned by the matchers work (see issue 2). Contract below is fixed; internals are not.
import type { YamlWhere } from '../template/where.js';

/** A block's matchers, extractors and matchers-condition, validated and compiled once at load. */
export interface CompiledOperators {
  readonly kind: 'operators';
}

/**
 * Validates and compiles the operators of one `code:` block (the raw YAML mapping of that block).
 * Throws UserError naming file, YAML line and what is allowed. Returns undefined when the block has
 * neither matchers nor extractors.
 */
export function compileOperators(_block: Record<string, unknown>, _blockPath: readonly (string | number)[], _where: YamlWhere): CompiledOperators | undefined {
  return undefined;
}
