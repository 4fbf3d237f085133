// YAML parsing that remembers where each value came from, so every template error names its line.
// nuclei reads templates with Go's yaml.v3; fleetprobe reads them with the `yaml` package. Where the two
// would read the same text differently, the template is refused with the construct named, so the
// template fleetprobe runs is the template nuclei (and its signer) would see. The differences, checked
// against yaml.v3 v3.0.1 (the version nuclei uses), are each tested in test/template/yaml.test.ts;
// line breaks and control characters are refused earlier, in text.ts.
import { LineCounter, parseAllDocuments, isAlias, isMap, isSeq, isPair, isScalar, visit, Scalar, type Document, type Node } from 'yaml';
import { inputError } from '../errors.js';
import type { YamlWhere } from './where.js';

export interface ParsedYaml {
  value: unknown;
  where: YamlWhere;
}

/** Far deeper than any template; bounds the parser's recursion on hostile input (yaml.v3 stops at 10000). */
const MAX_FLOW_DEPTH = 100;

/**
 * Far more aliases than any template uses. The `yaml` package finds each alias's anchor by a scan of the
 * document's anchors and aliases, so a template of anchor/alias pairs costs time quadratic in its size
 * (20,000 pairs in 380 kB took 33 s); bounded here, that scan stays linear.
 */
const MAX_ALIASES = 100;

/**
 * Parses `text` (a whole template, or the part of a file a signature covers: then `lineOffset` is the
 * number of lines before it in the file).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const line = (offset: number) => counter.linePos(offset).line + lineOffset;
  const refuse = (offset: number | undefined, message: string): never => {
    throw inputError(file, offset === undefined ? undefined : line(offset), message);
  };
  checkTabs(text, file, lineOffset);
  checkFlowDepth(text, (offset, message) => {
    throw inputError(file, text.slice(0, offset).split('\n').length + lineOffset, message);
  });
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false }) as Document.Parsed[];
  } catch (e) {
    // The parser's own failures (stack depth...) are the template's fault, not a crash.
    return refuse(undefined, `malformed YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(docs)) docs = [docs];
  if (docs.length > 1) refuse(docs[1]!.range[0], "more than one YAML document ('---'); nuclei reads only the first, so a template must hold exactly one");
  const doc = docs[0];
  if (!doc) return refuse(undefined, 'empty template');
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) refuse(problem.pos[0], `malformed YAML: ${problem.message.split('\n')[0]}`);
  checkDocument(doc, text, refuse);

  const where: YamlWhere = {
    file,
    line(path) {
      let node: unknown = doc.contents;
      let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
      for (const step of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && keyText(p.key) === step);
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof step === 'number') {
          const item = node.items[step] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return offset === undefined ? undefined : line(offset);
    },
  };
  keepNumbersAsWritten(doc);
  resolveIntegers(doc);
  resolveInterfaceValues(doc, refuse);
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), where };
  } catch (e) {
    return refuse(undefined, `malformed YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * yaml.v3 refuses a tab in indentation (and right after a block `-` or `?`) where the `yaml` package
 * sometimes accepts it: refused here, so both agree. Tabs inside a line are fine in both.
 */
function checkTabs(text: string, file: string, lineOffset: number): void {
  const lines = text.split('\n');
  for (const [i, l] of lines.entries()) {
    if (/^ *(?:[-?] +)*[-?]?\t/.test(l)) throw inputError(file, i + 1 + lineOffset, 'a tab in indentation; nuclei\'s YAML parser refuses it, indent with spaces');
  }
}

/** Nesting of `[` and `{` is bounded before parsing, so a crafted template costs milliseconds, not a stack. */
function checkFlowDepth(text: string, refuse: (offset: number, message: string) => never): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) refuse(i, `'[' and '{' nested more than ${MAX_FLOW_DEPTH} deep`);
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
}

function checkDocument(doc: Document.Parsed, text: string, refuse: (offset: number | undefined, message: string) => never): void {
  const directives = doc.directives;
  const tags = Object.entries(directives?.tags ?? {});
  // `%YAML 1.1` switches the `yaml` package to YAML 1.1 scalars (yes/no, 0644); yaml.v3 refuses `%YAML 1.2`.
  if (directives?.yaml.explicit || tags.length !== 1 || tags[0]![1] !== 'tag:yaml.org,2002:') refuse(doc.range[0], "YAML directives ('%YAML', '%TAG') are not supported in templates");
  // Anchors by name as the visit meets them (document order), so an alias finds its anchor without a search.
  const anchors = new Map<string, Node>();
  const typed = new Map<Node, boolean>();
  let aliases = 0;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (++aliases > MAX_ALIASES) refuse(node.range?.[0], `more than ${MAX_ALIASES} aliases ('*name'); write the values out`);
        // yaml.v3 decodes an alias's node again for each field it lands in (`010` is text in words, 8 in size);
        // here it has one value. Plain text reads alike in every field; anything typed is refused.
        const target = anchors.get(node.source);
        if (target && holdsTypedScalar(target, typed)) refuse(node.range?.[0], `alias '*${node.source}' stands for a number, boolean or null, which nuclei reads by the type of each field it lands in; write the value out`);
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      // Tags decide types differently in the two parsers (!!binary, unknown tags, !!timestamp).
      if ((node as { tag?: string }).tag) refuse(node.range?.[0], `YAML tag '${(node as { tag?: string }).tag}' is not supported in templates`);
      if (isScalar(node) && node.type === Scalar.QUOTE_DOUBLE && node.range) checkEscapes(text.slice(node.range[0], node.range[1]), node.range[0], refuse);
    },
    Map(_, map) {
      const seen = new Map<string, number | undefined>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key) || key.value === null) refuse(key?.range?.[0] ?? map.range?.[0], 'a mapping key that is not a plain string; only string keys are allowed in templates');
        const name = keyText(key);
        // yaml.v3 merges `<<` keys into the mapping; the `yaml` package keeps them as a key named '<<'.
        if (name === '<<' && key.type === Scalar.PLAIN) refuse(key.range?.[0], "merge keys ('<<') are not supported in templates");
        // yaml.v3 compares keys by their text: `1` and '1' are the same key there.
        if (seen.has(name)) refuse(key.range?.[0], `key '${name}' appears twice in one mapping`);
        seen.set(name, key.range?.[0]);
      }
    },
  });
}

/**
 * Whether a node holds a plain scalar that yaml.v3 reads as something other than its own text. Each
 * collection's answer is kept, so nested anchors cost one walk of the document in all.
 */
function holdsTypedScalar(node: unknown, typed: Map<Node, boolean>): boolean {
  if (isScalar(node)) return node.type === Scalar.PLAIN && goResolvePlain(String(node.source)) !== node.source;
  if (isPair(node)) return holdsTypedScalar(node.key, typed) || holdsTypedScalar(node.value, typed);
  // An alias inside an anchor stands for a node already checked (a typed one was refused where it stands).
  if (!isMap(node) && !isSeq(node)) return false;
  let answer = typed.get(node);
  if (answer === undefined) {
    answer = (node.items as unknown[]).some((item) => holdsTypedScalar(item, typed));
    typed.set(node, answer);
  }
  return answer;
}

/** yaml.v3 has no `\/` escape and refuses surrogate code points; the `yaml` package accepts both. */
function checkEscapes(raw: string, offset: number, refuse: (offset: number, message: string) => never): void {
  for (const m of raw.matchAll(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g)) {
    const code = parseInt(m[1] ?? m[2] ?? '0', 16);
    if (m[3] === '/' || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) refuse(offset + (m.index ?? 0), `escape '${m[0]}' in a double-quoted string is not accepted by nuclei's YAML parser`);
  }
}

function keyText(key: Scalar): string {
  return typeof key.value === 'string' ? key.value : String(key.source ?? key.value);
}

// Lists that nuclei decodes into Go strings: Go keeps a scalar's text, so `words: [0644]` means "0644", not 644.
const STRING_LISTS = new Set(['words', 'regex', 'dsl', 'binary', 'kval', 'json', 'engine', 'args', 'reference', 'tags', 'author']);

function keepNumbersAsWritten(doc: Document.Parsed): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !STRING_LISTS.has(String(pair.key.value)) || !isSeq(pair.value)) return;
      for (const item of pair.value.items) {
        if (isScalar(item) && typeof item.value === 'number' && typeof item.source === 'string') item.value = item.source;
      }
    },
  });
}

// Fields nuclei decodes into Go ints: a matcher's `size` list, an extractor's `group`.
const INT_FIELDS = new Set(['size', 'group']);

/** Go ints are read by yaml.v3's resolver too: `size: [010]` is 8 bytes there, not 10 as YAML 1.2 reads it. */
function resolveIntegers(doc: Document.Parsed): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !INT_FIELDS.has(String(pair.key.value))) return;
      for (const item of isSeq(pair.value) ? pair.value.items : [pair.value]) {
        if (!isScalar(item) || item.type !== Scalar.PLAIN || typeof item.source !== 'string') continue;
        const resolved = goResolvePlain(item.source);
        if (typeof resolved === 'number') item.value = resolved;
      }
    },
  });
}

/**
 * `variables` and `constants` are decoded by nuclei into Go interface{} values, typed by yaml.v3's
 * resolver (resolve.go), which reads plain scalars unlike YAML 1.2: `0644` is octal 420, `1_000` is
 * 1000, `0b101` is 5. Their plain scalars are typed here by that resolver.
 */
function resolveInterfaceValues(doc: Document.Parsed, refuse: (offset: number | undefined, message: string) => never): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const pair of root.items) {
    if (!isScalar(pair.key) || !['variables', 'constants'].includes(keyText(pair.key)) || !isMap(pair.value)) continue;
    for (const item of pair.value.items) {
      const v = item.value;
      if (!isScalar(v) || v.type !== Scalar.PLAIN || typeof v.source !== 'string') continue;
      const resolved = goResolvePlain(v.source);
      if (resolved === TIMESTAMP) refuse(v.range?.[0], `'${v.source}' reads as a timestamp in nuclei's YAML parser; quote it to make it text`);
      v.value = resolved;
    }
  }
}

const TIMESTAMP = Symbol('timestamp');
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/**
 * yaml.v3's resolve() for an untagged plain scalar: null, bool, int (Go's ParseInt base 0 after dropping
 * '_': a leading 0 is octal, 0b/0o/0x prefixes and a sign are read), float, timestamp, or the text. Integers beyond 2^53 stay exact as decimal text.
 */
export function goResolvePlain(text: string): string | number | boolean | null | typeof TIMESTAMP {
  const fixed: Record<string, number | boolean | null> = {
    '': null, '~': null, null: null, Null: null, NULL: null,
    true: true, True: true, TRUE: true, false: false, False: false, FALSE: false,
    '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
    '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity, '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
    '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
  };
  if (Object.hasOwn(fixed, text)) return fixed[text]!;
  const first = text[0] ?? '';
  if (first === '.') {
    const f = goParseFloat(text);
    return f ?? text;
  }
  if (!/[-+0-9]/.test(first)) return text;
  if (/^[0-9]{4}-/.test(text) && isGoTimestamp(text)) return TIMESTAMP;
  const plain = text.replaceAll('_', '');
  const int = goParseIntBase0(plain);
  if (int !== undefined) return Number.isSafeInteger(Number(int)) ? Number(int) : int.toString();
  if (YAML_FLOAT.test(plain)) {
    const f = goParseFloat(plain);
    if (f !== undefined) return f;
  }
  return text;
}

/** Go's strconv.ParseInt(s, 0, 64), falling back to ParseUint: sign, 0x/0o/0b or a leading-0 octal. */
function goParseIntBase0(s: string): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  let digits = m[2]!;
  if (/^0[oO]/.test(digits)) digits = `0o${digits.slice(2)}`;
  else if (/^0[0-7]+$/.test(digits)) digits = `0o${digits.slice(1)}`;
  const magnitude = BigInt(digits.toLowerCase().replace(/^0x/, '0x'));
  const v = m[1] === '-' ? -magnitude : magnitude;
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return v;
  if (m[1] !== '-' && m[1] !== '+' && v < 2n ** 64n) return v;
  return undefined;
}

function goParseFloat(s: string): number | undefined {
  if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return undefined;
  // Go's ParseFloat refuses a value out of range (1e400), and yaml.v3 then keeps the text.
  const f = Number(s);
  return Number.isFinite(f) ? f : undefined;
}

/** yaml.v3's timestamp forms: date, date + time (T, t or space), optional fraction and zone. */
function isGoTimestamp(s: string): boolean {
  return /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?)?$/.test(s);
}
