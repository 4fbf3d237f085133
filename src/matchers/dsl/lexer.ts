// Tokens of govaluate's expression syntax, read the way govaluate reads them, so that what nuclei
// refuses at load (`a ==-1`, `foo(x)` with an unknown function) is refused here too.
import { DslSyntaxError } from './values.js';

export type TokenKind =
  | 'NUMERIC'
  | 'BOOLEAN'
  | 'STRING'
  | 'VARIABLE'
  | 'FUNCTION'
  | 'ACCESSOR'
  | 'COMPARATOR'
  | 'LOGICALOP'
  | 'MODIFIER'
  | 'PREFIX'
  | 'TERNARY'
  | 'SEPARATOR'
  | 'CLAUSE'
  | 'CLAUSE_CLOSE';

export type Token =
  | { kind: 'NUMERIC'; value: number }
  | { kind: 'BOOLEAN'; value: boolean }
  | { kind: 'STRING'; value: string }
  | { kind: 'VARIABLE' | 'FUNCTION'; value: string }
  | { kind: 'ACCESSOR'; value: string[] }
  | { kind: 'COMPARATOR' | 'LOGICALOP' | 'MODIFIER' | 'PREFIX' | 'TERNARY'; value: string }
  | { kind: 'SEPARATOR' | 'CLAUSE' | 'CLAUSE_CLOSE'; value: string };

const PREFIX_SYMBOLS = new Set(['-', '!', '~']);
const MODIFIER_SYMBOLS = new Set(['+', '-', '*', '/', '%', '**', '&', '|', '^', '>>', '<<']);
const LOGICAL_SYMBOLS = new Set(['&&', '||']);
const COMPARATOR_SYMBOLS = new Set(['==', '!=', '>', '>=', '<', '<=', '=~', '!~']);
const TERNARY_SYMBOLS = new Set(['?', ':', '??']);

/** Which token kinds may follow each kind (govaluate's lexer states); `eof` says the expression may end there. */
const VALUE_NEXT: TokenKind[] = ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'];
const OPERAND: TokenKind[] = ['PREFIX', 'NUMERIC', 'BOOLEAN', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'STRING', 'CLAUSE'];
const STATES: Record<TokenKind | 'START', { eof: boolean; next: readonly TokenKind[] }> = {
  START: { eof: false, next: OPERAND },
  CLAUSE: { eof: false, next: [...OPERAND, 'CLAUSE_CLOSE'] },
  CLAUSE_CLOSE: {
    eof: true,
    next: ['COMPARATOR', 'MODIFIER', 'NUMERIC', 'BOOLEAN', 'VARIABLE', 'STRING', 'CLAUSE', 'CLAUSE_CLOSE', 'LOGICALOP', 'TERNARY', 'SEPARATOR'],
  },
  NUMERIC: { eof: true, next: VALUE_NEXT },
  BOOLEAN: { eof: true, next: VALUE_NEXT },
  STRING: { eof: true, next: VALUE_NEXT },
  VARIABLE: { eof: true, next: VALUE_NEXT },
  MODIFIER: { eof: false, next: [...OPERAND, 'CLAUSE_CLOSE'] },
  COMPARATOR: { eof: false, next: [...OPERAND, 'CLAUSE_CLOSE'] },
  LOGICALOP: { eof: false, next: [...OPERAND, 'CLAUSE_CLOSE'] },
  PREFIX: { eof: false, next: ['NUMERIC', 'BOOLEAN', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'CLAUSE', 'CLAUSE_CLOSE'] },
  TERNARY: { eof: false, next: [...OPERAND, 'SEPARATOR'] },
  FUNCTION: { eof: false, next: ['CLAUSE'] },
  ACCESSOR: { eof: true, next: ['CLAUSE', 'MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'] },
  SEPARATOR: { eof: false, next: OPERAND },
};

const isSpace = (c: string): boolean => /^\s$/u.test(c);
const isLetter = (c: string): boolean => /^\p{L}$/u.test(c);
const isDigit = (c: string): boolean => /^\p{Nd}$/u.test(c);
const isNumeric = (c: string): boolean => isDigit(c) || c === '.';
const isVariableChar = (c: string): boolean => isLetter(c) || isDigit(c) || c === '_' || c === '.';
const isSymbolChar = (c: string): boolean => !(isDigit(c) || isLetter(c) || '()[]\'"'.includes(c));

/** Splits an expression into tokens and checks their order; `isFunction` says which identifiers are helpers. */
export function tokenize(expression: string, isFunction: (name: string) => boolean): Token[] {
  const chars = Array.from(expression);
  const tokens: Token[] = [];
  let i = 0;
  let state = STATES.START;

  const readWhile = (pred: (c: string) => boolean): string => {
    let out = '';
    while (i < chars.length) {
      const c = chars[i] ?? '';
      if (c === '\\') {
        // govaluate lets a backslash escape any character, even outside strings.
        out += chars[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (!pred(c) || (isSpace(c) && out !== '')) break;
      if (isSpace(c)) {
        i++;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };

  const readQuoted = (close: string, what: string): string => {
    let out = '';
    for (;;) {
      if (i >= chars.length) throw new DslSyntaxError(what);
      const c = chars[i] ?? '';
      i++;
      if (c === '\\') {
        if (i >= chars.length) throw new DslSyntaxError(what);
        out += chars[i] ?? '';
        i++;
        continue;
      }
      if (c === close) return out;
      out += c;
    }
  };

  while (i < chars.length) {
    const c = chars[i] ?? '';
    if (isSpace(c)) {
      i++;
      continue;
    }
    let token: Token;
    if (isNumeric(c)) {
      if (c === '0' && chars[i + 1] === 'x' && i + 2 < chars.length) {
        i += 2;
        const hex = readWhile((x) => /^[0-9a-fA-F]$/.test(x) || isDigit(x));
        if (!/^[0-9a-fA-F]+$/.test(hex)) throw new DslSyntaxError(`Unable to parse hex value '${hex}' to uint64`);
        token = { kind: 'NUMERIC', value: Number.parseInt(hex, 16) };
      } else {
        const text = readWhile(isNumeric);
        if (!/^(\d+(?:\.\d*)?|\.\d+)$/.test(text)) throw new DslSyntaxError(`Unable to parse numeric value '${text}' to float64`);
        token = { kind: 'NUMERIC', value: Number(text) };
      }
    } else if (c === ',') {
      i++;
      token = { kind: 'SEPARATOR', value: ',' };
    } else if (c === '[') {
      i++;
      token = { kind: 'VARIABLE', value: readQuoted(']', 'Unclosed parameter bracket') };
    } else if (isLetter(c)) {
      const word = readWhile(isVariableChar);
      if (word === 'true' || word === 'false') token = { kind: 'BOOLEAN', value: word === 'true' };
      else if (word === 'in' || word === 'IN') token = { kind: 'COMPARATOR', value: 'in' };
      else if (isFunction(word)) token = { kind: 'FUNCTION', value: word };
      else token = { kind: 'VARIABLE', value: word };
      if (word.indexOf('.') > 0) {
        if (word.endsWith('.')) throw new DslSyntaxError(`Hanging accessor on token '${word}'`);
        const parts = word.split('.');
        for (const part of parts.slice(1)) {
          const first = Array.from(part)[0] ?? '';
          if (first.toUpperCase() !== first) throw new DslSyntaxError(`Unable to access unexported field '${part}' in token '${word}'`);
        }
        token = { kind: 'ACCESSOR', value: parts };
      }
    } else if (c === '"' || c === "'") {
      i++;
      token = { kind: 'STRING', value: readQuoted(c, 'Unclosed string literal') };
    } else if (c === '(') {
      i++;
      token = { kind: 'CLAUSE', value: '(' };
    } else if (c === ')') {
      i++;
      token = { kind: 'CLAUSE_CLOSE', value: ')' };
    } else {
      const symbol = readWhile(isSymbolChar);
      if (state.next.includes('PREFIX') && PREFIX_SYMBOLS.has(symbol)) token = { kind: 'PREFIX', value: symbol };
      else if (MODIFIER_SYMBOLS.has(symbol)) token = { kind: 'MODIFIER', value: symbol };
      else if (LOGICAL_SYMBOLS.has(symbol)) token = { kind: 'LOGICALOP', value: symbol };
      else if (COMPARATOR_SYMBOLS.has(symbol)) token = { kind: 'COMPARATOR', value: symbol };
      else if (TERNARY_SYMBOLS.has(symbol)) token = { kind: 'TERNARY', value: symbol };
      else throw new DslSyntaxError(`Invalid token: '${symbol}'`);
    }
    const previous = tokens[tokens.length - 1];
    if (!state.next.includes(token.kind)) {
      if (previous?.kind === 'VARIABLE' && token.kind === 'CLAUSE') {
        throw new DslSyntaxError(`Undefined function ${previous.value}`);
      }
      throw new DslSyntaxError(`Cannot transition token types from ${previous?.kind ?? 'START'} [${describe(previous)}] to ${token.kind} [${describe(token)}]`);
    }
    tokens.push(token);
    state = STATES[token.kind];
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'CLAUSE') depth++;
    if (t.kind === 'CLAUSE_CLOSE') depth--;
  }
  if (depth !== 0) throw new DslSyntaxError('Unbalanced parenthesis');
  if (tokens.length > 0 && !state.eof) throw new DslSyntaxError('Unexpected end of expression');
  return tokens;
}

function describe(t: Token | undefined): string {
  if (t === undefined) return '';
  return Array.isArray(t.value) ? t.value.join('.') : String(t.value);
}
