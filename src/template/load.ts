// Loads nuclei `code` templates: parse, validate (every error names file and line), trust, compile.
// Everything a scan needs is checked here, so a bad template fails at load, never mid-scan.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError, shown, UserError } from '../errors.js';
import { compileOperators, type PartScope } from '../matchers/operators.js';
import { evaluateVariables } from '../matchers/dsl.js';
import type { CodeBlock, Severity, Template, TemplateInfo, Trust } from '../types.js';
import { BUNDLED, bundledSha256 } from './bundled.js';
import { evaluatePreCondition } from './precondition.js';
import type { TrustedKey } from './signature.js';
import { decideTrust } from './trust.js';
import { parseYaml } from './yaml.js';
import type { YamlWhere } from './where.js';

export interface LoadPolicy {
  keys: readonly TrustedKey[];
  allowUnsigned: boolean;
}

const ENGINES = ['bash', 'sh'];
const TOP_KEYS = ['id', 'info', 'self-contained', 'variables', 'constants', 'code'];
const OTHER_PROTOCOLS = ['http', 'requests', 'dns', 'file', 'network', 'tcp', 'headless', 'ssl', 'websocket', 'whois', 'javascript', 'workflows', 'flow', 'multi'];
const BLOCK_KEYS = ['id', 'engine', 'source', 'args', 'pattern', 'pre-condition', 'matchers', 'extractors', 'matchers-condition'];
const SEVERITY_VALUES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical', 'unknown'];
// nuclei's own rule for template ids.
const ID_PATTERN = /^([a-zA-Z0-9]+[-_])*[a-zA-Z0-9]+$/;

/** Loads the templates named by files or directories (every *.yaml below a directory); the bundled ones when none. */
export async function loadTemplates(paths: readonly string[], policy: LoadPolicy): Promise<Template[]> {
  const templates =
    paths.length === 0
      ? BUNDLED.map((b) => parseTemplate(Buffer.from(b.text), `bundled:${b.name}`, policy))
      : await Promise.all((await expand(paths)).map((file) => loadTemplateFile(file, policy)));
  const seen = new Map<string, string>();
  for (const t of templates) {
    const first = seen.get(t.id);
    if (first) throw new UserError(`${t.path}: template id '${t.id}' is already used by ${first}; ids must be unique in one run`);
    seen.set(t.id, t.path);
  }
  return templates;
}

async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw new UserError(`${p}: no such template file or directory`);
    });
    if (info.isDirectory()) {
      const found = (await readdir(p, { recursive: true }))
        .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
        .sort()
        .map((name) => path.join(p, name));
      if (found.length === 0) throw new UserError(`${p}: directory holds no *.yaml template`);
      files.push(...found);
    } else files.push(p);
  }
  return files;
}

export async function loadTemplateFile(file: string, policy: LoadPolicy): Promise<Template> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`${file}: cannot read template (${e.code ?? e.message})`);
  });
  const { value, where } = parseYaml(bytes.toString('utf8'), file);
  return build(value, where, bytes, policy, await readImportedSources(value, file, where));
}

/** Parses a template from bytes already in memory (bundled templates, tests). */
export function parseTemplate(bytes: Buffer, file: string, policy: LoadPolicy): Template {
  const { value, where } = parseYaml(bytes.toString('utf8'), file);
  return build(value, where, bytes, policy, NO_IMPORTS);
}

/** Script files a template's `source` fields name: their bytes join the signed content, their text replaces `source`. */
interface Imports {
  bytes: Buffer[];
  sources: ReadonlyMap<number, string>;
}
const NO_IMPORTS: Imports = { bytes: [], sources: new Map() };

function build(value: unknown, where: YamlWhere, bytes: Buffer, policy: LoadPolicy, imports: Imports): Template {
  const file = where.file;
  const doc = mapping(value, [], where, 'a template must be a YAML mapping');
  for (const key of Object.keys(doc)) {
    if (OTHER_PROTOCOLS.includes(key)) throw inputError(file, where.line([key]), `'${key}:' is not supported: fleetprobe runs only 'code' templates`);
    if (!TOP_KEYS.includes(key)) throw inputError(file, where.line([key]), `unknown key '${key}'; allowed: ${TOP_KEYS.join(', ')}`);
  }
  const id = doc['id'];
  if (id === undefined) throw inputError(file, 1, "missing 'id'");
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw inputError(file, where.line(['id']), `id '${shown(id)}' is not allowed; use letters, digits, '-' and '_'`);
  const info = readInfo(doc['info'], where);
  const code = doc['code'];
  if (code === undefined) throw inputError(file, 1, "no 'code:' block: fleetprobe runs only 'code' templates");
  if (!Array.isArray(code) || code.length === 0) throw inputError(file, where.line(['code']), "'code' must be a non-empty list of blocks");
  const selfContained = doc['self-contained'] ?? false;
  if (typeof selfContained !== 'boolean') throw inputError(file, where.line(['self-contained']), "'self-contained' must be true or false");

  const variables = {
    ...readVariables(doc['constants'], ['constants'], where, false),
    ...readVariables(doc['variables'], ['variables'], where, true),
  };
  const scope = partScope(code, variables);
  const blocks = code.map((raw, i) => readBlock(raw, i, code.length, where, imports.sources.get(i), scope));
  // Trust is decided on the file's bytes as signed, after the structure is known to be sound.
  const trust: Trust = decideTrust({ path: file, bytes, imported: imports.bytes }, { keys: [...policy.keys], allowUnsigned: policy.allowUnsigned, bundledSha256: bundledSha256() });
  return { id, path: file, info, selfContained, variables, blocks, sha256: createHash('sha256').update(bytes).digest('hex'), trust };
}

/** The names a matcher `part` may use besides the fixed ones, so a typo in a part fails at load. */
function partScope(code: unknown[], variables: Record<string, string>): PartScope {
  // `code_1_*` is accepted even on a single-block template: nuclei loads such templates (some upstream
  // ones do this), though it never fills that part there, so those matchers never match, as in nuclei.
  const contextIds = code.map((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : `code_${i + 1}`;
  });
  // Extractor values (internal ones flow to later blocks) are readable by name too.
  const extractorNames = code.flatMap((raw) => {
    const extractors = (raw as { extractors?: unknown } | null)?.extractors;
    return Array.isArray(extractors) ? extractors.map((e) => (e as { name?: unknown } | null)?.name).filter((n): n is string => typeof n === 'string') : [];
  });
  return { variables: [...Object.keys(variables), ...extractorNames], contextIds };
}

function readBlock(raw: unknown, i: number, count: number, where: YamlWhere, importedSource: string | undefined, scope: PartScope): CodeBlock {
  const at = ['code', i];
  const block = mapping(raw, at, where, 'each code block must be a mapping');
  for (const key of Object.keys(block)) {
    if (key === 'sandbox') throw inputError(where.file, where.line([...at, key]), "'sandbox' (Docker) is not supported: probes run on the target host itself");
    if (!BLOCK_KEYS.includes(key)) throw inputError(where.file, where.line([...at, key]), `unknown key '${key}' in code block ${i + 1}; allowed: ${BLOCK_KEYS.join(', ')}`);
  }
  const engines = stringList(block['engine'], [...at, 'engine'], where, 'engine');
  if (engines.length === 0) throw inputError(where.file, where.line([...at, 'engine']) ?? where.line(at), `code block ${i + 1} needs 'engine' (allowed: ${ENGINES.join(', ')})`);
  for (const [k, engine] of engines.entries()) {
    if (!ENGINES.includes(engine)) throw inputError(where.file, where.line([...at, 'engine', k]) ?? where.line([...at, 'engine']), `engine '${engine}' is not supported; allowed: ${ENGINES.join(', ')}`);
  }
  const args = stringList(block['args'], [...at, 'args'], where, 'args');
  const source = block['source'] ?? '';
  if (typeof source !== 'string') throw inputError(where.file, where.line([...at, 'source']), "'source' must be a string (a script, or a file beside the template)");
  if (source === '' && args.length === 0) throw inputError(where.file, where.line(at), `code block ${i + 1} has neither 'source' nor 'args': nothing to run`);
  const pattern = optionalString(block['pattern'], [...at, 'pattern'], where);
  const preCondition = optionalString(block['pre-condition'], [...at, 'pre-condition'], where);
  if (preCondition !== undefined && !evaluatePreCondition(preCondition, where.file, where.line([...at, 'pre-condition']))) {
    throw inputError(where.file, where.line([...at, 'pre-condition']), `pre-condition '${preCondition}' is false on Linux targets, so this block can never run`);
  }
  const explicitId = optionalString(block['id'], [...at, 'id'], where);
  return {
    index: i + 1,
    // nuclei names unnamed blocks code_<n> only when a template has several requests.
    contextId: explicitId ?? (count > 1 ? `code_${i + 1}` : undefined),
    engines,
    args,
    source: importedSource ?? source,
    ...(pattern === undefined ? {} : { pattern }),
    ...(preCondition === undefined ? {} : { preCondition }),
    operators: compileOperators(block, at, where, scope),
  };
}

function readInfo(raw: unknown, where: YamlWhere): TemplateInfo {
  const file = where.file;
  if (raw === undefined) throw inputError(file, 1, "missing 'info' (name, author, severity)");
  const info = mapping(raw, ['info'], where, "'info' must be a mapping");
  const name = info['name'];
  if (typeof name !== 'string' || name.trim() === '') throw inputError(file, where.line(['info', 'name']) ?? where.line(['info']), "'info.name' is required");
  const severity = shown(info['severity'] ?? 'unknown').trim().toLowerCase() as Severity;
  if (!SEVERITY_VALUES.includes(severity)) throw inputError(file, where.line(['info', 'severity']), `severity '${shown(info['severity'])}' is not allowed; expected one of ${SEVERITY_VALUES.join(', ')}`);
  const text = (key: string) => optionalString(info[key], ['info', key], where);
  const record = (key: string) => {
    const v = info[key];
    if (v === undefined || v === null) return undefined;
    return mapping(v, ['info', key], where, `'info.${key}' must be a mapping`);
  };
  const description = text('description');
  const impact = text('impact');
  const remediation = text('remediation');
  const classification = record('classification');
  const metadata = record('metadata');
  return {
    name: name.trim(),
    // nuclei splits, trims and lower-cases authors and tags.
    author: commaList(info['author'], ['info', 'author'], where),
    tags: commaList(info['tags'], ['info', 'tags'], where),
    severity,
    reference: info['reference'] === undefined || info['reference'] === null ? [] : stringList(info['reference'], ['info', 'reference'], where, 'info.reference'),
    ...(description === undefined ? {} : { description }),
    ...(impact === undefined ? {} : { impact }),
    ...(remediation === undefined ? {} : { remediation }),
    ...(classification === undefined ? {} : { classification }),
    ...(metadata === undefined ? {} : { metadata }),
  };
}

function readVariables(raw: unknown, at: string[], where: YamlWhere, evaluate: boolean): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  const vars = mapping(raw, at, where, `'${at[0]}' must be a mapping of names to values`);
  if (!evaluate) return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
  return evaluateVariables(vars, { file: where.file, line: (p) => where.line([...at, ...p]) });
}

/** `source` naming a file beside the template (no newline, file exists) is replaced by the file, which then joins the signed bytes. */
async function readImportedSources(value: unknown, file: string, where: YamlWhere): Promise<Imports> {
  const blocks = (value as { code?: unknown })?.code;
  if (!Array.isArray(blocks)) return NO_IMPORTS;
  const imported: Buffer[] = [];
  const sources = new Map<number, string>();
  const dir = path.dirname(path.resolve(file));
  for (const [i, block] of blocks.entries()) {
    const source = (block as { source?: unknown } | null)?.source;
    if (typeof source !== 'string' || source.includes('\n') || source.trim() === '') continue;
    const target = path.resolve(dir, source.trim());
    const exists = await stat(target).then((s) => s.isFile(), () => false);
    if (!exists) continue;
    if (!target.startsWith(dir + path.sep)) throw inputError(file, where.line(['code', i, 'source']), `source file '${source}' is outside the template's directory; only files beside the template may be imported`);
    const bytes = await readFile(target);
    imported.push(bytes);
    sources.set(i, bytes.toString('utf8'));
  }
  return { bytes: imported, sources };
}

function mapping(v: unknown, at: readonly (string | number)[], where: YamlWhere, message: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw inputError(where.file, where.line(at) ?? 1, message);
  return v as Record<string, unknown>;
}

function optionalString(v: unknown, at: readonly (string | number)[], where: YamlWhere): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw inputError(where.file, where.line(at), `'${at.join('.')}' must be a string`);
  return String(v);
}

function stringList(v: unknown, at: readonly (string | number)[], where: YamlWhere, field: string): string[] {
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v : [v];
  return items.map((item, k) => {
    if (typeof item !== 'string' && typeof item !== 'number') throw inputError(where.file, where.line([...at, k]) ?? where.line(at), `'${field}' must be a string or a list of strings`);
    return String(item);
  });
}

function commaList(v: unknown, at: readonly (string | number)[], where: YamlWhere): string[] {
  return stringList(v, at, where, String(at[at.length - 1]))
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}
