// The short line a finding shows as evidence: host output is untrusted and may be huge, so it is
// cut to one line of at most EVIDENCE_MAX characters.
import { toText } from './bytes.js';
import type { Node } from './dsl/parser.js';
import { toGoString, type Data } from './dsl.js';
import type { CompiledMatcher } from './operators.js';

export const EVIDENCE_MAX = 200;
/**
 * Snippets looked for: the first one found decides, and each costs a pass over the text, so a host
 * that makes an extractor yield thousands of values must not make the evidence quadratic.
 */
export const SNIPPETS_TRIED = 8;

/** One line of the output (bytes) as text: trimmed, at most EVIDENCE_MAX characters. */
function clip(line: string): string {
  // Leading blanks go first; then, a character being at most 4 bytes, a long line is cut before it is decoded.
  const start = line.search(/[^ \t\r\n\v\f]/);
  const text = toText(line.slice(Math.max(start, 0), Math.max(start, 0) + EVIDENCE_MAX * 4 + 4)).trim();
  const chars = Array.from(text);
  return chars.length <= EVIDENCE_MAX ? text : `${chars.slice(0, EVIDENCE_MAX - 1).join('')}…`;
}

/** The first line of `text` containing one of `snippets`, else its first non-blank line; both Go strings, the result text. */
export function evidenceLine(text: string, snippets: readonly string[]): string {
  const lines = text.split('\n');
  for (const snippet of snippets.filter((s) => s !== '').slice(0, SNIPPETS_TRIED)) {
    // A snippet spanning lines (a multi-line regex match) is shown from its first line.
    const head = snippet.split('\n').find((l) => !blank(l)) ?? snippet;
    const line = lines.find((l) => l.includes(head));
    if (line !== undefined) return clip(line);
  }
  const first = lines.find((l) => !blank(l));
  return first === undefined ? '' : clip(first);
}

const BLANK = /^[ \t\r\n\v\f]*$/;
function blank(line: string): boolean {
  return BLANK.test(line);
}

/** Evidence for a matcher that matched: its part and snippets, or for a dsl matcher the data it read and the strings it looked for. */
export function matcherEvidence(m: CompiledMatcher, snippets: readonly string[], data: Data): string {
  if (m.type !== 'dsl') return evidenceLine(Object.hasOwn(data, m.part) ? toGoString(data[m.part]) : '', snippets);
  const vars: string[] = [];
  const literals: string[] = [];
  for (const expr of m.dsl) collect(expr.ast, vars, literals);
  const texts = vars.filter((v) => Object.hasOwn(data, v)).map((v) => toGoString(data[v]));
  for (const text of texts) {
    const line = evidenceLine(text, literals);
    if (literals.some((lit) => lit !== '' && line.includes(toText(lit)))) return line;
  }
  for (const text of texts) {
    const line = evidenceLine(text, []);
    if (line !== '') return line;
  }
  return '';
}

function collect(node: Node | undefined, vars: string[], literals: string[]): void {
  if (node === undefined) return;
  switch (node.t) {
    case 'var':
      vars.push(node.name);
      return;
    case 'lit':
      if (typeof node.value === 'string') literals.push(node.value);
      return;
    case 'call':
      node.args.forEach((a) => collect(a, vars, literals));
      return;
    case 'unary':
      // What a negated test looks for is absent from the output: no evidence there.
      if (node.op !== '!') collect(node.arg, vars, literals);
      return;
    case 'binary':
      collect(node.left, vars, literals);
      collect(node.right, vars, literals);
      return;
    case 'group':
      collect(node.inner, vars, literals);
      return;
    case 'list':
      node.items.forEach((i) => collect(i, vars, literals));
      return;
    default:
      return;
  }
}
