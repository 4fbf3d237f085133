// Evaluates a parsed expression against the event data, with govaluate's type rules: numbers are
// float64, `+` concatenates when either side is a string, `&&`/`||` short-circuit, a missing
// variable is the error "No parameter 'x' found." (which nuclei treats as a quiet failure).
import { toText } from '../bytes.js';
import { compileGoRegexBytes, goMatch, RegexSyntaxError, type GoRegex } from '../regex.js';
import { callHelper, isHelperFunction } from './functions.js';
import { parseExpression, type Node } from './parser.js';
import { compareStrings, deepEqual, DslError, DslRenderError, DslSyntaxError, sprint, toGoString, type Value } from './values.js';

export type Data = Readonly<Record<string, Value>>;

export function evaluateNode(node: Node | undefined, data: Data): Value {
  if (node === undefined) return null;
  switch (node.t) {
    case 'lit':
      return node.value;
    case 'template':
      return renderText(node.text, data);
    case 'pattern':
      return node.value;
    case 'var':
      return lookup(node.name, data);
    case 'access':
      lookup(node.path[0] ?? '', data);
      throw new DslError(`Unable to access '${node.path[1] ?? ''}', '${node.path[0] ?? ''}' is not a struct`);
    case 'call':
      return callHelper(
        node.name,
        node.args.map((a) => evaluateNode(a, data)),
      );
    case 'unary':
      return unary(node.op, evaluateNode(node.arg, data));
    case 'group':
      return evaluateNode(node.inner, data);
    case 'list':
      return node.items.map((item) => evaluateNode(item, data));
    case 'binary':
      return binary(node, data);
  }
}

function lookup(name: string, data: Data): Value {
  if (!Object.hasOwn(data, name)) throw new DslError(`No parameter '${name}' found.`);
  return data[name] ?? null;
}

function unary(op: string, v: Value): Value {
  if (op === '!' && typeof v === 'boolean') return !v;
  if (op === '-' && typeof v === 'number') return -v;
  if (op === '~' && typeof v === 'number') return Number(BigInt.asIntN(64, ~toInt64(v)));
  throw new DslError(`Value '${sprint(v)}' cannot be used with the prefix '${op}'`);
}

function toInt64(n: number): bigint {
  return Number.isFinite(n) ? BigInt.asIntN(64, BigInt(Math.trunc(n))) : -(2n ** 63n);
}

function bool(v: Value, op: string): boolean {
  if (typeof v !== 'boolean') throw new DslError(`Value '${sprint(v)}' cannot be used with the logical operator '${op}', it is not a bool`);
  return v;
}

function numbers(l: Value, r: Value, op: string): [number, number] {
  if (typeof l !== 'number') throw new DslError(`Value '${sprint(l)}' cannot be used with the modifier '${op}', it is not a number`);
  if (typeof r !== 'number') throw new DslError(`Value '${sprint(r)}' cannot be used with the modifier '${op}', it is not a number`);
  return [l, r];
}

function binary(node: Extract<Node, { t: 'binary' }>, data: Data): Value {
  const { op } = node;
  const left = evaluateNode(node.left, data);
  switch (op) {
    case '&&': {
      if (left === false) return false;
      const right = evaluateNode(node.right, data);
      return bool(left, op) && bool(right, op);
    }
    case '||': {
      if (left === true) return true;
      const right = evaluateNode(node.right, data);
      return bool(left, op) || bool(right, op);
    }
    case '?': {
      const right = left === false ? null : evaluateNode(node.right, data);
      if (typeof left !== 'boolean') throw new DslError(`Value '${sprint(left)}' cannot be used with the ternary operator '?', it is not a bool`);
      return left ? right : null;
    }
    case ':':
    case '??':
      return left !== null ? left : evaluateNode(node.right, data);
    default:
      break;
  }
  const right = evaluateNode(node.right, data);
  switch (op) {
    case '==':
      return deepEqual(left, right);
    case '!=':
      return !deepEqual(left, right);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      let cmp: number;
      if (typeof left === 'number' && typeof right === 'number') cmp = left < right ? -1 : left > right ? 1 : left === right ? 0 : NaN;
      else if (typeof left === 'string' && typeof right === 'string') cmp = compareStrings(left, right);
      else throw new DslError(`Value '${sprint(left)}' cannot be used with the comparator '${op}', it is not a number`);
      if (Number.isNaN(cmp)) return false;
      return op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : cmp >= 0;
    }
    case '=~':
    case '!~': {
      if (typeof left !== 'string') throw new DslError(`Value '${sprint(left)}' cannot be used with the comparator '${op}', it is not a number`);
      let regex: GoRegex;
      if (node.right.t === 'pattern') regex = node.right.regex;
      else if (typeof right === 'string') regex = runtimeRegex(right);
      else throw new DslError(`Value '${sprint(right)}' cannot be used with the comparator '${op}', it is not a number`);
      const found = goMatch(regex, left);
      return op === '=~' ? found : !found;
    }
    case 'in': {
      // `x in ("a")`: a parenthesised single constant still counts as a list.
      const list = !Array.isArray(right) && node.right.t === 'group' && node.right.inner?.t === 'lit' ? [right] : right;
      if (!Array.isArray(list)) throw new DslError(`Value '${sprint(right)}' cannot be used with the comparator 'in', it is not a number`);
      return list.some((item) => item === left);
    }
    case '+':
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      if (typeof left === 'string' || typeof right === 'string') return sprint(left) + sprint(right);
      throw new DslError(`Value '${sprint(left)}' cannot be used with the modifier '+', it is not a number`);
    case '-': {
      const [a, b] = numbers(left, right, op);
      return a - b;
    }
    case '*': {
      const [a, b] = numbers(left, right, op);
      return a * b;
    }
    case '/': {
      const [a, b] = numbers(left, right, op);
      return a / b;
    }
    case '%': {
      const [a, b] = numbers(left, right, op);
      return a % b;
    }
    case '**': {
      const [a, b] = numbers(left, right, op);
      return a ** b;
    }
    case '&':
    case '|':
    case '^': {
      const [a, b] = numbers(left, right, op);
      const x = toInt64(a);
      const y = toInt64(b);
      return Number(BigInt.asIntN(64, op === '&' ? x & y : op === '|' ? x | y : x ^ y));
    }
    case '<<':
    case '>>': {
      const [a, b] = numbers(left, right, op);
      const x = BigInt.asUintN(64, toInt64(a));
      const y = BigInt.asUintN(64, toInt64(b));
      if (y >= 64n) return 0;
      return Number(BigInt.asUintN(64, op === '<<' ? x << y : x >> y));
    }
    default:
      throw new DslError(`unknown operator '${op}'`);
  }
}

function runtimeRegex(pattern: string): GoRegex {
  try {
    return compileGoRegexBytes(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) throw new DslError(`Unable to compile regexp pattern '${pattern}': ${err.message}`);
    throw err;
  }
}

/**
 * Renders `{{…}}` markers in template text (a Go string): a marker naming a data key becomes its value; a marker
 * holding an expression that calls a helper or reads a data key is evaluated; anything else stays
 * as written. Values are inserted as data, never re-read as template text. A failing expression
 * throws DslRenderError.
 */
export function renderText(text: string, data: Data): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    out += text.slice(i, open);
    let replaced = false;
    for (let close = text.indexOf('}}', open + 2); close >= 0; close = text.indexOf('}}', close + 2)) {
      // Names and expressions are text; the text around them stays bytes.
      const inner = toText(text.slice(open + 2, close));
      if (Object.hasOwn(data, inner)) {
        out += toGoString(data[inner]);
      } else {
        const ast = expressionOf(inner, data);
        if (ast === undefined) continue;
        try {
          out += toGoString(evaluateNode(ast, data));
        } catch (err) {
          if (err instanceof DslError) throw new DslRenderError(`failed to evaluate expression "${inner}": ${err.message}`);
          throw err;
        }
      }
      i = close + 2;
      replaced = true;
      break;
    }
    if (!replaced) {
      out += '{{';
      i = open + 2;
    }
  }
  return out + text.slice(i);
}

/** The parsed marker body when nuclei would treat it as an expression (it calls a helper or reads data). */
function expressionOf(inner: string, data: Data): Node | undefined {
  let ast: Node | undefined;
  try {
    ast = parseExpression(inner, isHelperFunction);
  } catch (err) {
    if (err instanceof DslSyntaxError) return undefined;
    throw err;
  }
  return ast !== undefined && usesDataOrHelpers(ast, data) ? ast : undefined;
}

function usesDataOrHelpers(node: Node, data: Data): boolean {
  switch (node.t) {
    case 'call':
      return true;
    case 'var':
      return Object.hasOwn(data, node.name);
    case 'access':
      return Object.hasOwn(data, node.path[0] ?? '');
    case 'unary':
      return usesDataOrHelpers(node.arg, data);
    case 'binary':
      return usesDataOrHelpers(node.left, data) || usesDataOrHelpers(node.right, data);
    case 'group':
      return node.inner !== undefined && usesDataOrHelpers(node.inner, data);
    case 'list':
      return node.items.some((item) => usesDataOrHelpers(item, data));
    default:
      return false;
  }
}
