// Loads nuclei `code` templates in the order that keeps the trust check the security boundary:
// read the bytes → parse → decide trust on the exact bytes (and imported files) → only then compile
// variables, DSL, pre-conditions and matchers. Nothing a template says is interpreted before it is trusted.
// Every error names file and line, so a bad template fails at load, never mid-scan.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError, shown, UserError } from '../errors.js';
import { compileOperators, type PartScope } from '../matchers/operators.js';
import { evaluateVariables } from '../matchers/dsl.js';
import { oneLine } from '../report/untrusted.js';
import type { CodeBlock, Gap, Severity, Template, TemplateInfo } from '../types.js';
import { BUNDLED, bundledSha256 } from './bundled.js';
import { FileProblem, readRegularFile } from './file.js';
import { NO_IMPORTS, readImports, type Imports } from './imports.js';
import { evaluatePreCondition } from './precondition.js';
import { signedContent, type TrustedKey } from './signature.js';
import { MAX_TEMPLATE_BYTES, templateText } from './text.js';
import { decideTrust } from './trust.js';
import { parseYaml, type ParsedYaml } from './yaml.js';
import type { YamlWhere } from './where.js';

export interface LoadPolicy {
  keys: readonly TrustedKey[];
  allowUnsigned: boolean;
}

/** What was loaded, and what a directory held that cannot run (nuclei skips those with a warning). */
export interface Loaded {
  templates: Template[];
  skipped: Extract<Gap, { kind: 'template' }>[];
}

const ENGINES = ['bash', 'sh'];
const TOP_KEYS = ['id', 'info', 'self-contained', 'variables', 'constants', 'code'];
const OTHER_PROTOCOLS = ['http', 'requests', 'dns', 'file', 'network', 'tcp', 'headless', 'ssl', 'websocket', 'whois', 'javascript', 'workflows', 'flow', 'multi'];
const BLOCK_KEYS = ['id', 'engine', 'source', 'args', 'pattern', 'pre-condition', 'matchers', 'extractors', 'matchers-condition'];
const SEVERITY_VALUES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical', 'unknown'];
// nuclei's own rule for template ids.
const ID_PATTERN = /^([a-zA-Z0-9]+[-_])*[a-zA-Z0-9]+$/;
// nuclei's directory walk leaves these directories out (pkg/catalog/config/template.go).
const SKIPPED_DIRECTORIES = new Set(['.git', '.github', 'helpers']);

/**
 * Loads the templates named by files or directories; the bundled ones when none. A file named explicitly
 * that cannot load stops the run (UserError). A template found in a directory that cannot load is skipped
 * and listed with its reason, as nuclei skips it with a warning; the rest run (there may be none left).
 */
export async function loadTemplates(paths: readonly string[], policy: LoadPolicy): Promise<Loaded> {
  if (paths.length === 0) return { templates: BUNDLED.map((b) => parseTemplate(Buffer.from(b.text), `bundled:${b.name}`, policy)), skipped: [] };
  const templates: Template[] = [];
  const skipped: Loaded['skipped'] = [];
  const seen = new Map<string, string>();
  for (const { file, explicit } of await findTemplateFiles(paths)) {
    try {
      const t = await loadTemplateFile(file, policy);
      const first = seen.get(t.id);
      if (first) throw new UserError(`${t.path}: template id '${t.id}' is already used by ${first}; ids must be unique in one run`);
      seen.set(t.id, t.path);
      templates.push(t);
    } catch (e) {
      if (explicit || !(e instanceof UserError)) throw e;
      skipped.push(gapOf(file, e));
    }
  }
  return { templates, skipped };
}

/** A skipped template as a gap: the file, the line and the reason, each one line. */
export function gapOf(file: string, e: UserError): Loaded['skipped'][number] {
  const rest = e.message.startsWith(`${file}:`) ? e.message.slice(file.length + 1).trimStart() : e.message;
  const m = /^(\d+): ([\s\S]*)$/.exec(rest);
  return { kind: 'template', file, ...(m ? { line: Number(m[1]) } : {}), reason: oneLine(m ? m[2]! : rest, 500) };
}

export interface TemplateFile {
  file: string;
  /** Named by the user, not found in a directory: a failure to load it stops the run. */
  explicit: boolean;
}

/** Files as named, and every *.yaml below each directory (name order), as nuclei walks a directory. */
export async function findTemplateFiles(paths: readonly string[]): Promise<TemplateFile[]> {
  const files: TemplateFile[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw new UserError(`${p}: no such template file or directory`);
    });
    if (!info.isDirectory()) {
      files.push({ file: p, explicit: true });
      continue;
    }
    const found = (await walk(p)).sort().map((name) => ({ file: path.join(p, name), explicit: false }));
    if (found.length === 0) throw new UserError(`${p}: directory holds no *.yaml template`);
    files.push(...found);
  }
  return files;
}

// Like Go's filepath.WalkDir: symlinked files are listed, symlinked directories are not entered.
async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) out.push(...(await walk(dir, rel)));
    } else if (entry.name.toLowerCase().endsWith('.yaml')) out.push(rel);
  }
  return out;
}

/**
 * A template as read, before anything in it is interpreted: its bytes, the text a signature covers
 * (which is the text parsed: what runs is what was verified), and its imported files.
 */
export interface TemplateSource {
  file: string;
  bytes: Buffer;
  parsed: ParsedYaml;
  imports: Imports;
}

/** Reads and parses a template file and its imports: the one path `scan` and `verify` share. */
export async function readTemplateSource(file: string): Promise<TemplateSource> {
  const bytes = await readRegularFile(file, MAX_TEMPLATE_BYTES).catch((e: unknown) => {
    throw e instanceof FileProblem ? new UserError(`${file}: ${e.message}`) : e;
  });
  const source = sourceOf(bytes, file);
  return { ...source, imports: await readImports(source.parsed.value, file, source.parsed.where) };
}

function sourceOf(bytes: Buffer, file: string): TemplateSource {
  templateText(bytes, file);
  const { content, leadingLines } = signedContent(bytes);
  return { file, bytes, parsed: parseYaml(content.toString('utf8'), file, leadingLines), imports: NO_IMPORTS };
}

export async function loadTemplateFile(file: string, policy: LoadPolicy): Promise<Template> {
  return build(await readTemplateSource(file), policy);
}

/** Parses a template from bytes already in memory (bundled templates, tests). */
export function parseTemplate(bytes: Buffer, file: string, policy: LoadPolicy): Template {
  return build(sourceOf(bytes, file), policy);
}

function build({ bytes, parsed: { value, where }, imports }: TemplateSource, policy: LoadPolicy): Template {
  const file = where.file;
  const doc = mapping(value, [], where, 'a template must be a YAML mapping');
  for (const key of Object.keys(doc)) {
    if (OTHER_PROTOCOLS.includes(key)) throw inputError(file, where.line([key]), `'${key}:' is not supported: fleetprobe runs only 'code' templates`);
    if (!TOP_KEYS.includes(key)) throw inputError(file, where.line([key]), `unknown key '${oneLine(key, 80)}'; allowed: ${TOP_KEYS.join(', ')}`);
  }
  // Trust is decided on the exact bytes before any value is interpreted (variables hold DSL, matchers regex).
  const trust = decideTrust({ path: file, bytes, imported: imports.bytes, inline: imports.inline }, { keys: policy.keys, allowUnsigned: policy.allowUnsigned, bundledSha256: bundledSha256() });
  const id = doc['id'];
  if (id === undefined) throw inputError(file, 1, "missing 'id'");
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw inputError(file, where.line(['id']), `id '${oneLine(shown(id), 80)}' is not allowed; use letters, digits, '-' and '_'`);
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
