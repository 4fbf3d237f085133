// Validation and compilation of a code block's matchers and extractors, once, at load: regexes
// built, words lower-cased and hex-decoded, DSL parsed. A template nuclei would refuse is refused
// here with the file, line and field named; so is one that would silently never match on a code
// block (a status matcher, an http-only part).
import { inputError, shown } from '../errors.js';
import type { YamlWhere } from '../template/where.js';
import { fromText, goToLower } from './bytes.js';
import { compileDsl, DslError, DslSyntaxError, renderText, type CompiledDsl } from './dsl.js';
import { isUnimplementedHelper } from './dsl/functions.js';
import { compileJq, JqSyntaxError, type JqQuery } from './jq.js';
import { compileGoRegex, RegexSyntaxError, type GoRegex } from './regex.js';

export type Condition = 'and' | 'or';

interface MatcherCommon {
  /** 0-based position in the block's `matchers` list. */
  readonly index: number;
  readonly name?: string;
  readonly condition: Condition;
  readonly negative: boolean;
  readonly internal: boolean;
  readonly matchAll: boolean;
}

/** A word as written (lower-cased/hex-decoded) and as rendered (`{{helper()}}` evaluated); undefined when rendering failed. */
export interface CompiledWord {
  readonly word: string;
  readonly rendered: string | undefined;
}

export type CompiledMatcher =
  | (MatcherCommon & { readonly type: 'word'; readonly part: string; readonly words: readonly CompiledWord[]; readonly caseInsensitive: boolean })
  | (MatcherCommon & { readonly type: 'regex'; readonly part: string; readonly regexes: readonly GoRegex[] })
  | (MatcherCommon & { readonly type: 'binary'; readonly part: string; readonly binary: readonly string[] })
  | (MatcherCommon & { readonly type: 'size'; readonly part: string; readonly sizes: readonly number[] })
  | (MatcherCommon & { readonly type: 'dsl'; readonly dsl: readonly CompiledDsl[] });

interface ExtractorCommon {
  readonly name?: string;
  readonly internal: boolean;
}

export type CompiledExtractor =
  | (ExtractorCommon & { readonly type: 'regex'; readonly part: string; readonly regexes: readonly GoRegex[]; readonly group: number })
  | (ExtractorCommon & { readonly type: 'kval'; readonly keys: readonly string[]; readonly caseInsensitive: boolean })
  | (ExtractorCommon & { readonly type: 'json'; readonly part: string; readonly queries: readonly JqQuery[] })
  | (ExtractorCommon & { readonly type: 'dsl'; readonly dsl: readonly CompiledDsl[] });

/** A block's matchers, extractors and matchers-condition, validated and compiled once at load. */
export interface CompiledOperators {
  readonly kind: 'operators';
  readonly condition: Condition;
  readonly matchers: readonly CompiledMatcher[];
  readonly extractors: readonly CompiledExtractor[];
}

/**
 * Names a part may take besides the fixed ones, when the loader knows them: the template's variable
 * names and every block's context id (`code_1`, or an explicit `id`). Without it, any name shaped
 * like a variable is accepted and only parts that belong to other protocols are refused.
 */
export interface PartScope {
  readonly variables: readonly string[];
  readonly contextIds: readonly string[];
}

const EVENT_KEYS = ['response', 'stderr', 'input', 'type'];
const ALWAYS_PARTS = new Set([...EVENT_KEYS, 'body', 'template-id', 'template-path', 'template-info']);
/** Parts of other protocols: on a code block they are never present, so the matcher could never match. */
const OTHER_PROTOCOL_PARTS = new Set([
  'all', 'all_headers', 'header', 'headers', 'raw', 'request', 'status_code', 'content_length', 'content_type', 'cookie',
  'location', 'host', 'matched', 'redirect', 'interactsh_protocol', 'interactsh_request', 'interactsh_response', 'interactsh_ip',
  'duration', 'rdns', 'answer', 'ns', 'extra', 'question', 'trace', 'data', 'path', 'method', 'resp',
]);

const COMMON_FIELDS = ['type', 'condition', 'name', 'match-all', 'negative', 'internal'];
const MATCHER_FIELDS: Record<string, readonly string[]> = {
  word: [...COMMON_FIELDS, 'words', 'part', 'encoding', 'case-insensitive'],
  regex: [...COMMON_FIELDS, 'regex', 'part', 'encoding', 'case-insensitive'],
  binary: [...COMMON_FIELDS, 'binary', 'part', 'encoding', 'case-insensitive'],
  size: [...COMMON_FIELDS, 'size', 'part'],
  dsl: [...COMMON_FIELDS, 'dsl'],
};
const ALL_MATCHER_FIELDS = new Set([...Object.values(MATCHER_FIELDS).flat(), 'status', 'xpath']);
const SUPPORTED_MATCHERS = 'word, regex, binary, size, dsl';

const EXTRACTOR_FIELDS: Record<string, readonly string[]> = {
  regex: ['type', 'name', 'internal', 'part', 'regex', 'group'],
  kval: ['type', 'name', 'internal', 'part', 'kval', 'case-insensitive'],
  dsl: ['type', 'name', 'internal', 'part', 'dsl'],
  json: ['type', 'name', 'internal', 'part', 'json'],
};
const ALL_EXTRACTOR_FIELDS = new Set([...Object.values(EXTRACTOR_FIELDS).flat(), 'json', 'xpath', 'attribute']);
const SUPPORTED_EXTRACTORS = 'regex, kval, json, dsl';

type Path = readonly (string | number)[];

/**
 * Validates and compiles the operators of one `code:` block (the raw YAML mapping of that block).
 * Throws UserError naming file, YAML line and what is allowed. Returns undefined when the block has
 * neither matchers nor extractors.
 */
export function compileOperators(block: Record<string, unknown>, blockPath: Path, where: YamlWhere, scope?: PartScope): CompiledOperators | undefined {
  const fail = (path: Path, message: string): never => {
    throw inputError(where.file, where.line([...blockPath, ...path]) ?? where.line(blockPath), message);
  };
  const rawMatchers = list(block['matchers'], ['matchers'], 'matchers', fail);
  const rawExtractors = list(block['extractors'], ['extractors'], 'extractors', fail);

  let condition: Condition = 'or';
  const mc = block['matchers-condition'];
  if (mc !== undefined && mc !== null && mc !== '') {
    if (mc !== 'and' && mc !== 'or') fail(['matchers-condition'], `matchers-condition '${shown(mc)}' is not allowed; use 'and' or 'or'`);
    condition = mc as Condition;
  }
  if (rawMatchers.length === 0 && rawExtractors.length === 0) {
    if (mc !== undefined) fail(['matchers-condition'], 'matchers-condition is set but the block has no matchers');
    return undefined;
  }

  const extractors = rawExtractors.map((raw, i) => compileExtractor(raw, ['extractors', i], fail));
  const extractorNames = extractors.flatMap((e) => (e.name === undefined ? [] : [e.name]));
  const checkPart = (value: unknown, path: Path): string => {
    if (value === undefined || value === null || value === '' || value === 'body') return 'response';
    if (typeof value !== 'string') return fail(path, "'part' must be a string");
    if (!isKnownPart(value, extractorNames, scope)) {
      fail(
        path,
        `unknown part '${value}' for a code block; allowed: response (or body), stderr, input, type, ` +
          `<block>_response/_stderr/_input/_type of a block (code_1_response, or <id>_response), a template variable or an extractor name`,
      );
    }
    return value;
  };
  const matchers = rawMatchers.map((raw, i) => compileMatcher(raw, i, fail, checkPart));
  for (const [i, raw] of rawExtractors.entries()) {
    const e = extractors[i];
    if (e !== undefined && (e.type === 'regex' || e.type === 'json')) checkPart(raw['part'], ['extractors', i, 'part']);
  }
  return { kind: 'operators', condition, matchers, extractors };
}

type Fail = (path: Path, message: string) => never;

function list(value: unknown, path: Path, what: string, fail: Fail): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail(path, `'${what}' must be a list`);
  return value.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) fail([...path, i], `each entry of '${what}' must be a mapping`);
    return item as Record<string, unknown>;
  });
}

function isKnownPart(part: string, extractorNames: readonly string[], scope: PartScope | undefined): boolean {
  if (ALWAYS_PARTS.has(part) || extractorNames.includes(part)) return true;
  if (scope !== undefined) {
    if (scope.variables.includes(part)) return true;
    return scope.contextIds.some((id) => part.startsWith(`${id}_`) && [...EVENT_KEYS, ...scope.variables].includes(part.slice(id.length + 1)));
  }
  if (/^[A-Za-z0-9_.-]+_(response|stderr|input|type)$/.test(part)) return true;
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(part) && !OTHER_PROTOCOL_PARTS.has(part);
}

function strings(value: unknown, path: Path, field: string, fail: Fail): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    return fail([...path, i], `each entry of '${field}' must be a string`);
  });
}

function flag(raw: Record<string, unknown>, key: string, path: Path, fail: Fail): boolean {
  const v = raw[key];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') fail([...path, key], `'${key}' must be true or false`);
  return v as boolean;
}

function optionalName(raw: Record<string, unknown>, path: Path, fail: Fail): string | undefined {
  const v = raw['name'];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return fail([...path, 'name'], "'name' must be a string");
  return v;
}

function compileMatcher(raw: Record<string, unknown>, index: number, fail: Fail, checkPart: (v: unknown, p: Path) => string): CompiledMatcher {
  const at: Path = ['matchers', index];
  const rawType = raw['type'];
  if (typeof rawType !== 'string' || rawType.trim() === '') fail([...at, 'type'], `matcher ${index + 1} needs a 'type' (${SUPPORTED_MATCHERS})`);
  const type = (rawType as string).trim().toLowerCase();
  if (type === 'status') fail([...at, 'type'], `matcher type 'status' never matches on a code block (nuclei has no status for code); use ${SUPPORTED_MATCHERS}`);
  if (type === 'xpath') fail([...at, 'type'], `matcher type 'xpath' is not supported for code templates; use ${SUPPORTED_MATCHERS}`);
  const allowed = MATCHER_FIELDS[type];
  if (allowed === undefined) return fail([...at, 'type'], `unknown matcher type '${String(rawType)}'; allowed: ${SUPPORTED_MATCHERS}`);
  for (const [key, value] of Object.entries(raw)) {
    if (!ALL_MATCHER_FIELDS.has(key)) fail([...at, key], `unknown matcher field '${key}'; a ${type} matcher takes: ${allowed.join(', ')}`);
    if (!allowed.includes(key) && value !== undefined && value !== null && value !== false && value !== '') {
      fail([...at, key], `field '${key}' does not apply to a ${type} matcher; it takes: ${allowed.join(', ')}`);
    }
  }
  const rawCondition = raw['condition'];
  let condition: Condition = 'or';
  if (rawCondition !== undefined && rawCondition !== null && rawCondition !== '') {
    if (rawCondition !== 'and' && rawCondition !== 'or') fail([...at, 'condition'], `condition '${shown(rawCondition)}' is not allowed; use 'and' or 'or'`);
    condition = rawCondition as Condition;
  }
  const caseInsensitive = flag(raw, 'case-insensitive', at, fail);
  if (caseInsensitive && type !== 'word') fail([...at, 'case-insensitive'], `'case-insensitive' is supported only for word matchers (not ${type})`);
  const encoding = raw['encoding'];
  if (encoding !== undefined && encoding !== null && encoding !== '' && encoding !== 'hex') fail([...at, 'encoding'], `encoding '${shown(encoding)}' is not allowed; the only encoding is 'hex'`);
  const name = optionalName(raw, at, fail);
  const common: MatcherCommon = {
    index,
    ...(name === undefined ? {} : { name }),
    condition,
    negative: flag(raw, 'negative', at, fail),
    internal: flag(raw, 'internal', at, fail),
    matchAll: flag(raw, 'match-all', at, fail),
  };
  const values = (field: string): string[] => {
    const v = strings(raw[field], [...at, field], field, fail);
    if (v.length === 0) fail([...at, field === 'dsl' ? 'type' : field], `a ${type} matcher needs a non-empty '${field}' list`);
    return v;
  };

  switch (type) {
    case 'word': {
      const part = checkPart(raw['part'], [...at, 'part']);
      const words = values('words').map((w) => {
        // nuclei hex-decodes each word, keeping it as written when it is not valid hex. Words are Go strings (bytes).
        let word = encoding === 'hex' ? decodeHexOr(w) : fromText(w);
        if (caseInsensitive) word = goToLower(word);
        return { word, rendered: renderWord(word) };
      });
      return { ...common, type: 'word', part, words, caseInsensitive };
    }
    case 'regex': {
      const part = checkPart(raw['part'], [...at, 'part']);
      const regexes = values('regex').map((pattern, i) => compileRegex(pattern, [...at, 'regex', i], fail));
      return { ...common, type: 'regex', part, regexes };
    }
    case 'binary': {
      const part = checkPart(raw['part'], [...at, 'part']);
      const binary = values('binary').map((hex, i) => {
        if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) fail([...at, 'binary', i], `binary value '${hex}' is not valid hex`);
        return Buffer.from(hex, 'hex').toString('latin1');
      });
      return { ...common, type: 'binary', part, binary };
    }
    case 'size': {
      const part = checkPart(raw['part'], [...at, 'part']);
      const sizes = values('size').map((s, i) => {
        if (!/^\d+$/.test(s)) fail([...at, 'size', i], `size '${s}' must be a whole number of bytes`);
        return Number(s);
      });
      return { ...common, type: 'size', part, sizes };
    }
    default: {
      const dsl = values('dsl').map((expr, i) => compileExpression(expr, [...at, 'dsl', i], fail));
      return { ...common, type: 'dsl', dsl };
    }
  }
}

function compileExtractor(raw: Record<string, unknown>, at: Path, fail: Fail): CompiledExtractor {
  const rawType = raw['type'];
  if (typeof rawType !== 'string' || rawType.trim() === '') return fail([...at, 'type'], `extractor needs a 'type' (${SUPPORTED_EXTRACTORS})`);
  const type = rawType.trim().toLowerCase();
  const allowed = EXTRACTOR_FIELDS[type];
  if (allowed === undefined) {
    const why = type === 'xpath' ? 'is not supported for code templates' : 'is unknown';
    return fail([...at, 'type'], `extractor type '${rawType}' ${why}; allowed: ${SUPPORTED_EXTRACTORS}`);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!ALL_EXTRACTOR_FIELDS.has(key)) fail([...at, key], `unknown extractor field '${key}'; a ${type} extractor takes: ${allowed.join(', ')}`);
    // case-insensitive on a non-kval extractor gets its own message below.
    if (!allowed.includes(key) && key !== 'case-insensitive' && value !== undefined && value !== null && value !== false && value !== '') {
      fail([...at, key], `field '${key}' does not apply to a ${type} extractor; it takes: ${allowed.join(', ')}`);
    }
  }
  const caseInsensitive = flag(raw, 'case-insensitive', at, fail);
  if (caseInsensitive && type !== 'kval') fail([...at, 'case-insensitive'], `'case-insensitive' is supported only for kval extractors (not ${type})`);
  const name = optionalName(raw, at, fail);
  const common: ExtractorCommon = { ...(name === undefined ? {} : { name }), internal: flag(raw, 'internal', at, fail) };
  const values = (field: string): string[] => {
    const v = strings(raw[field], [...at, field], field, fail);
    if (v.length === 0) fail([...at, field], `a ${type} extractor needs a non-empty '${field}' list`);
    return v;
  };
  switch (type) {
    case 'regex': {
      const group = raw['group'] ?? 0;
      if (typeof group !== 'number' || !Number.isInteger(group) || group < 0) fail([...at, 'group'], "'group' must be a whole number (0 is the whole match)");
      const regexes = values('regex').map((pattern, i) => compileRegex(pattern, [...at, 'regex', i], fail));
      return { ...common, type: 'regex', part: partOf(raw), regexes, group: group as number };
    }
    case 'json': {
      const queries = values('json').map((q, i) => {
        try {
          return compileJq(q);
        } catch (err) {
          if (err instanceof JqSyntaxError) return fail([...at, 'json', i], err.message);
          throw err;
        }
      });
      return { ...common, type: 'json', part: partOf(raw), queries };
    }
    case 'kval':
      // nuclei lower-cases kval keys whatever case-insensitive says.
      return { ...common, type: 'kval', keys: values('kval').map((k) => k.toLowerCase()), caseInsensitive };
    default:
      return { ...common, type: 'dsl', dsl: values('dsl').map((expr, i) => compileExpression(expr, [...at, 'dsl', i], fail)) };
  }
}

/** The part an extractor reads; its validity is checked with the matchers' parts. */
function partOf(raw: Record<string, unknown>): string {
  const part = raw['part'];
  return typeof part === 'string' && part !== '' && part !== 'body' ? part : 'response';
}

function compileRegex(pattern: string, path: Path, fail: Fail): GoRegex {
  try {
    return compileGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) {
      return fail(path, `regex '${pattern}' is not valid Go (RE2) syntax, which nuclei requires: ${err.message.replace(/^error parsing regexp: /, '')}`);
    }
    throw err;
  }
}

function compileExpression(expr: string, path: Path, fail: Fail): CompiledDsl {
  try {
    return compileDsl(expr);
  } catch (err) {
    if (err instanceof DslSyntaxError) {
      const helper = /^Undefined function (\S+)$/.exec(err.message)?.[1];
      if (helper !== undefined && isUnimplementedHelper(helper)) {
        return fail(path, `dsl expression '${expr}' calls nuclei helper '${helper}', which fleetprobe does not implement (random, time, network and compression helpers are left out)`);
      }
      return fail(path, `dsl expression '${expr}' does not parse: ${err.message}`);
    }
    throw err;
  }
}

function decodeHexOr(word: string): string {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(word)) return fromText(word);
  return Buffer.from(word, 'hex').toString('latin1');
}

/** Word matchers render `{{…}}` with no data (nuclei passes none), so only helper calls change a word. */
function renderWord(word: string): string | undefined {
  if (!word.includes('{{')) return word;
  try {
    return renderText(word, {});
  } catch (err) {
    if (err instanceof DslError) return undefined;
    throw err;
  }
}
