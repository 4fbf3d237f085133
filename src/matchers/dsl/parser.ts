// Tokens to a tree, with govaluate's precedence (lowest first): `,` < ternary `? : ??` < `||` < `&&`
// < comparators (`== != < > <= >= =~ !~ in`) < bitwise `& | ^` < shifts < `+ -` < `* / %` < `**`
// < prefix `- ! ~`, calls and values. Same-level operators associate to the left.
import { tokenize, type Token } from './lexer.js';
import { fromText } from '../bytes.js';
import { compileGoRegex, RegexSyntaxError, type GoRegex } from '../regex.js';
import { DslSyntaxError, type Value } from './values.js';

export type Node =
  | { t: 'lit'; value: Value }
  /** A string literal holding `{{…}}` markers, rendered against the data at evaluation (never re-parsed). */
  | { t: 'template'; text: string }
  /** A constant right side of `=~`, compiled at load; `value` is its literal (bytes). */
  | { t: 'pattern'; regex: GoRegex; value: string }
  | { t: 'var'; name: string }
  | { t: 'access'; path: string[] }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'unary'; op: string; arg: Node }
  | { t: 'binary'; op: string; left: Node; right: Node }
  | { t: 'group'; inner: Node | undefined }
  | { t: 'list'; items: Node[] };

const LEVELS: { kind: Token['kind']; ops: readonly string[] }[] = [
  { kind: 'TERNARY', ops: ['?', ':', '??'] },
  { kind: 'LOGICALOP', ops: ['||'] },
  { kind: 'LOGICALOP', ops: ['&&'] },
  { kind: 'COMPARATOR', ops: ['==', '!=', '>', '>=', '<', '<=', '=~', '!~', 'in'] },
  { kind: 'MODIFIER', ops: ['&', '|', '^'] },
  { kind: 'MODIFIER', ops: ['<<', '>>'] },
  { kind: 'MODIFIER', ops: ['+', '-'] },
  { kind: 'MODIFIER', ops: ['*', '/', '%'] },
  { kind: 'MODIFIER', ops: ['**'] },
];

export function parseExpression(expression: string, isFunction: (name: string) => boolean): Node | undefined {
  const tokens = tokenize(expression, isFunction);
  if (tokens.length === 0) return undefined;
  const parser = new Parser(tokens);
  const node = parser.parseList();
  if (!parser.done()) throw new DslSyntaxError(`Unexpected token in expression '${expression}'`);
  return node;
}

class Parser {
  private i = 0;
  /** The text of each string literal, for a pattern compiled from it. */
  private readonly texts = new Map<Node, string>();
  constructor(private readonly tokens: readonly Token[]) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  parseList(): Node {
    const first = this.parseLevel(0);
    if (this.peek()?.kind !== 'SEPARATOR') return first;
    const items = [first];
    while (this.peek()?.kind === 'SEPARATOR') {
      this.i++;
      items.push(this.parseLevel(0));
    }
    return { t: 'list', items };
  }

  private parseLevel(level: number): Node {
    const spec = LEVELS[level];
    if (spec === undefined) return this.parseOperand();
    let left = this.parseLevel(level + 1);
    for (;;) {
      const tok = this.peek();
      if (tok === undefined || tok.kind !== spec.kind || !spec.ops.includes(tok.value as string)) return left;
      this.i++;
      const right = this.parseLevel(level + 1);
      left = { t: 'binary', op: tok.value as string, left, right: this.optimizeRegex(tok.value as string, right) };
    }
  }

  /** govaluate compiles a constant right side of `=~`/`!~` at load, so a bad pattern is a load error. */
  private optimizeRegex(op: string, right: Node): Node {
    if ((op !== '=~' && op !== '!~') || right.t !== 'lit' || typeof right.value !== 'string') return right;
    try {
      return { t: 'pattern', regex: compileGoRegex(this.texts.get(right) ?? right.value), value: right.value };
    } catch (err) {
      if (err instanceof RegexSyntaxError) throw new DslSyntaxError(err.message);
      throw err;
    }
  }

  private parseOperand(): Node {
    const tok = this.peek();
    if (tok === undefined) throw new DslSyntaxError('Unexpected end of expression');
    this.i++;
    switch (tok.kind) {
      case 'PREFIX':
        return { t: 'unary', op: tok.value, arg: this.parseOperand() };
      case 'FUNCTION': {
        // The lexer guarantees `(` follows.
        this.i++;
        const args: Node[] = [];
        if (this.peek()?.kind !== 'CLAUSE_CLOSE') {
          const inner = this.parseList();
          if (inner.t === 'list') args.push(...inner.items);
          else args.push(inner);
        }
        this.expectClose();
        return { t: 'call', name: tok.value, args };
      }
      case 'ACCESSOR':
        if (this.peek()?.kind === 'CLAUSE') throw new DslSyntaxError(`Method calls are not supported: '${tok.value.join('.')}'`);
        return { t: 'access', path: tok.value };
      case 'CLAUSE': {
        if (this.peek()?.kind === 'CLAUSE_CLOSE') {
          this.i++;
          return { t: 'group', inner: undefined };
        }
        const inner = this.parseList();
        this.expectClose();
        return { t: 'group', inner };
      }
      case 'VARIABLE':
        return { t: 'var', name: tok.value };
      case 'NUMERIC':
      case 'BOOLEAN':
        return { t: 'lit', value: tok.value };
      case 'STRING': {
        // Expressions are text; their strings are Go strings (UTF-8 bytes) from here on.
        if (/\{\{[^{}]+\}\}/.test(tok.value)) return { t: 'template', text: fromText(tok.value) };
        const node: Node = { t: 'lit', value: fromText(tok.value) };
        this.texts.set(node, tok.value);
        return node;
      }
      default:
        throw new DslSyntaxError(`Unexpected token '${String(tok.value)}'`);
    }
  }

  private expectClose(): void {
    if (this.peek()?.kind !== 'CLAUSE_CLOSE') throw new DslSyntaxError('Unbalanced parenthesis');
    this.i++;
  }
}
