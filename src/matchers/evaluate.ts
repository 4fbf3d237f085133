// A template's findings on one host, from its blocks' outputs, the way nuclei's code protocol,
// Operators.Execute, MakeDefaultResultEvent and the multi-protocol executor produce them.
// Host output, template variables and the input enter as text and are Go strings (bytes.ts) inside;
// findings leave as text for people, script environments as text with bad bytes escaped (lossless).
import type { BlockRun, CodeBlock, Finding, Template } from '../types.js';
import { decodeOutput, fromText, toBuffer, toText } from './bytes.js';
import { toGoString, type Data, type Value } from './dsl.js';
import { evidenceLine, matcherEvidence } from './evidence.js';
import { runExtractor } from './extractors.js';
import { runMatcher } from './match.js';
import type { CompiledMatcher, CompiledOperators } from './operators.js';

/** Keys that already name a protocol are copied into the template context unprefixed (nuclei's AddTemplateVars). */
const PROTOCOL_PREFIXES = ['dns', 'file', 'http', 'headless', 'tcp', 'workflow', 'ssl', 'websocket', 'whois', 'code', 'javascript'];
const NOT_IN_CONTEXT = new Set(['template-id', 'template-info', 'template-path']);

/** A map without a prototype: keys come from templates and host output, and `__proto__` must stay a plain key. */
function bag(...sources: Readonly<Record<string, Value>>[]): Record<string, Value> {
  const out = Object.create(null) as Record<string, Value>;
  for (const source of sources) Object.assign(out, source);
  return out;
}

/** nuclei's strings.Trim(s, " \n\r\t") on the code output: bytewise, one step per byte trimmed. */
function trimOutput(s: string): string {
  const cut = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  let start = 0;
  let end = s.length;
  while (start < end && cut(s.charCodeAt(start))) start++;
  while (end > start && cut(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

interface Hit {
  matcher: CompiledMatcher;
  snippets: string[];
}

/** What Operators.Execute returns when it returns something. */
interface OperatorResult {
  matched: boolean;
  /** Named matchers that matched under `or`, in YAML order. */
  matches: Map<string, Hit>;
  /** Every matcher that matched, in YAML order (evidence for unnamed results). */
  hits: Hit[];
  extracts: Map<string, string[]>;
  outputExtracts: string[];
  dynamic: Map<string, string[]>;
}

/** One block's run: its event data, and the result of its operators (if any). */
interface BlockOutcome {
  data: Record<string, Value>;
  result: OperatorResult | undefined;
}

/**
 * Pure: the findings nuclei would report for `template` on a host whose blocks produced `blocks`
 * (one per code block, in order). `input` is the target string nuclei would pass ('' when self-contained).
 */
export function evaluateTemplate(template: Template, blocks: readonly BlockRun[], input: string): Finding[] {
  const findings: Finding[] = [];
  replay(template, blocks, input, (block, outcome) => {
    if (block.operators !== undefined && outcome.result !== undefined) {
      findings.push(...resultFindings(block.operators, outcome.result, outcome.data, block.index));
    }
  });
  return findings.map((f) => ({ ...f, extracted: f.extracted.map(toText) }));
}

/**
 * The environment nuclei adds when it runs block `earlier.length + 1`: the template variables and,
 * for a template with several blocks, the context the earlier blocks left (`code_1_response`, ...).
 */
export function scriptEnvironment(template: Template, earlier: readonly BlockRun[], input: string): Record<string, string> {
  const context = replay(template, earlier.slice(0, template.blocks.length), input, () => undefined);
  const env = stringify(bag(context, variablesOf(template)));
  // As the transports hand output over: text, each byte that is not UTF-8 escaped, so none is lost on the way to the next block.
  for (const k of Object.keys(env)) env[k] = decodeOutput(toBuffer(env[k] ?? ''));
  return env;
}

function stringify(values: Readonly<Record<string, Value>>): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(values)) out[k] = toGoString(v);
  return out;
}

function variablesOf(template: Template): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(template.variables)) out[k] = fromText(v);
  return out;
}

/** Runs the blocks' evaluation in order, threading the per-target template context; returns the final context. */
function replay(template: Template, runs: readonly BlockRun[], input: string, onBlock: (block: CodeBlock, outcome: BlockOutcome) => void): Record<string, Value> {
  // Two or more requests make nuclei treat the template as multi-protocol, which turns the context on.
  const shared = template.blocks.length > 1;
  const variables = variablesOf(template);
  const context = bag(shared ? variables : {});
  for (const [i, run] of runs.entries()) {
    const block = template.blocks[i];
    if (block === undefined) break;
    const data = blockEvent(template, variables, run, input, context);
    if (shared) addToContext(context, block.contextId, data);
    // Matchers see the context merged over the block's own event.
    const merged = shared ? bag(data, context) : data;
    const result = block.operators === undefined ? undefined : executeOperators(block.operators, merged);
    onBlock(block, { data: merged, result });
    if (shared && result !== undefined) {
      // Internal extractor values feed later blocks: k, then k1, k2, ... for further values.
      for (const [name, values] of result.dynamic) {
        values.forEach((v, n) => {
          context[n === 0 ? name : `${name}${n}`] = v;
        });
      }
    }
  }
  return context;
}

function blockEvent(template: Template, variables: Record<string, string>, run: BlockRun, input: string, context: Readonly<Record<string, Value>>): Record<string, Value> {
  // nuclei passes every variable (and the context) to the script and also puts them in the event.
  const data = bag(stringify(context), variables);
  // A block that never ran to completion carries its error in stderr, as nuclei's does; matchers still run.
  const stderr = fromText(run.stderr !== '' ? run.stderr : run.failure !== undefined ? run.failure.detail : '');
  data['type'] = 'code';
  data['response'] = trimOutput(fromText(run.stdout));
  data['input'] = fromText(input);
  data['template-path'] = fromText(template.path);
  data['template-id'] = fromText(template.id);
  // Present whenever the raw stderr had bytes, even if only whitespace (nuclei tests the buffer length).
  if (stderr.length > 0) data['stderr'] = trimOutput(stderr);
  return data;
}

function addToContext(context: Record<string, Value>, contextId: string | undefined, data: Readonly<Record<string, Value>>): void {
  for (const [key, value] of Object.entries(data)) {
    if (PROTOCOL_PREFIXES.some((p) => key.startsWith(p))) context[key] = value;
    else if (!NOT_IN_CONTEXT.has(key)) context[`${contextId ?? 'code'}_${key}`] = value;
  }
}

/** nuclei's Operators.Execute: extractors first (their values join the data), then matchers. */
function executeOperators(ops: CompiledOperators, data: Record<string, Value>): OperatorResult | undefined {
  const result: OperatorResult = { matched: false, matches: new Map(), hits: [], extracts: new Map(), outputExtracts: [], dynamic: new Map() };
  const allInternalExtractors = ops.extractors.every((e) => e.internal);
  const seen = new Set<string>();
  for (const e of ops.extractors) {
    const values = runExtractor(e, data);
    if (values.length === 0) continue;
    const name = e.name ?? '';
    if (e.internal) result.dynamic.set(name, [...(result.dynamic.get(name) ?? []), ...values]);
    else {
      for (const v of values) {
        if (seen.has(v)) continue;
        seen.add(v);
        result.outputExtracts.push(v);
      }
      if (e.name !== undefined) result.extracts.set(e.name, values);
    }
    if (e.name !== undefined) data[e.name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  for (const [name, values] of result.dynamic) {
    if (values.length > 1) {
      values.forEach((v, n) => {
        data[`${name}${n}`] = v;
      });
      data[name] = values;
    } else data[name] = values[0] ?? '';
  }

  for (const m of ops.matchers) {
    const r = runMatcher(m, data);
    if (r.matched) {
      result.matched = true;
      result.hits.push({ matcher: m, snippets: r.snippets });
      if (ops.condition === 'or' && m.name !== undefined) result.matches.set(m.name, { matcher: m, snippets: r.snippets });
    } else if (ops.condition === 'and') {
      return result.dynamic.size > 0 ? { ...result, matched: false } : undefined;
    }
  }

  if (result.dynamic.size > 0 && allInternalExtractors) return result;
  if (ops.matchers.length > 0 && !result.matched) return result.dynamic.size > 0 ? result : undefined;
  if (result.extracts.size > 0 || result.outputExtracts.length > 0 || result.matched || result.dynamic.size > 0) return result;
  return undefined;
}

/** nuclei's MakeDefaultResultEvent, plus the drop of events whose matchers are all internal. */
function resultFindings(ops: CompiledOperators, result: OperatorResult, data: Data, block: number): Finding[] {
  if (result.dynamic.size > 0 && !result.matched) return [];
  const extracted = result.extracts.size > 0 || result.outputExtracts.length > 0;
  if (extracted && ops.matchers.length > 0 && !result.matched) return [];
  if (result.matched && ops.matchers.every((m) => m.internal)) return [];

  if (result.matches.size > 0) {
    return [...result.matches].map(([name, hit]) => ({
      matcherName: name,
      extracted: [...result.outputExtracts],
      block,
      evidence: matcherEvidence(hit.matcher, hit.snippets, data),
    }));
  }
  if (result.extracts.size > 0) {
    return [...result.extracts].map(([name, values]) => ({
      extractorName: name,
      extracted: [...values],
      block,
      evidence: extractEvidence(values, data),
    }));
  }
  // Prefer a matcher that found something to show over one that matched by absence (negative).
  const hit = result.hits.find((h) => !h.matcher.negative && h.matcher.type !== 'dsl') ?? result.hits.find((h) => !h.matcher.negative) ?? result.hits[0];
  return [
    {
      extracted: [...result.outputExtracts],
      block,
      evidence: hit !== undefined ? matcherEvidence(hit.matcher, hit.snippets, data) : extractEvidence(result.outputExtracts, data),
    },
  ];
}

function extractEvidence(values: readonly string[], data: Data): string {
  const response = toGoString(data['response'] ?? '');
  const line = evidenceLine(response, values);
  return line !== '' ? line : evidenceLine(values[0] ?? '', []);
}
