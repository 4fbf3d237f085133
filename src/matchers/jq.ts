// The part of jq (gojq, as nuclei's json extractor uses it) that reads values out of a script's JSON
// output: paths like `.a.b`, `."key"`, `.[0]`, `.["key"]`, `.[]`, the `?` suffix and `|` pipes.
// Anything else is refused at load rather than half-understood.
import { formatFloatF } from './dsl/values.js';

export class JqSyntaxError extends Error {
  override readonly name = 'JqSyntaxError';
}

class JqRuntimeError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Step = { kind: 'key'; key: string; optional: boolean } | { kind: 'index'; index: number; optional: boolean } | { kind: 'iterate'; optional: boolean };

/** A compiled query: a pipe of paths, each a list of steps. */
export interface JqQuery {
  readonly source: string;
  readonly pipe: readonly (readonly Step[])[];
}

export function compileJq(source: string): JqQuery {
  const pipe = splitPipe(source).map((term) => parsePath(term.trim(), source));
  return { source, pipe };
}

function splitPipe(source: string): string[] {
  const terms: string[] = [];
  let quote = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && quote) i++;
    else if (c === '"') quote = !quote;
    else if (c === '|' && !quote) {
      terms.push(source.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(source.slice(start));
  return terms;
}

function parsePath(term: string, source: string): Step[] {
  const refuse = (): never => {
    throw new JqSyntaxError(`json query '${source}' uses jq syntax fleetprobe does not support (supported: paths such as .a.b, ."k", .[0], .["k"], .[], the ? suffix, and |)`);
  };
  if (!term.startsWith('.')) refuse();
  const steps: Step[] = [];
  let i = 1;
  const optional = (): boolean => {
    if (term[i] === '?') {
      i++;
      return true;
    }
    return false;
  };
  const quoted = (): string => {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(term.slice(i));
    if (m === null) return refuse();
    i += m[0].length;
    return JSON.parse(`"${m[1] ?? ''}"`) as string;
  };
  while (i < term.length) {
    if (term[i] === '.') {
      i++;
      continue;
    }
    if (term[i] === '"') {
      const key = quoted();
      steps.push({ kind: 'key', key, optional: optional() });
      continue;
    }
    if (term[i] === '[') {
      i++;
      if (term[i] === ']') {
        i++;
        steps.push({ kind: 'iterate', optional: optional() });
        continue;
      }
      if (term[i] === '"') {
        const key = quoted();
        if (term[i] !== ']') refuse();
        i++;
        steps.push({ kind: 'key', key, optional: optional() });
        continue;
      }
      const m = /^-?\d+/.exec(term.slice(i));
      if (m === null || term[i + m[0].length] !== ']') return refuse();
      i += m[0].length + 1;
      steps.push({ kind: 'index', index: Number(m[0]), optional: optional() });
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(term.slice(i));
    if (m === null) return refuse();
    i += m[0].length;
    steps.push({ kind: 'key', key: m[0], optional: optional() });
  }
  return steps;
}

function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

function* applyStep(step: Step, v: Json): Generator<Json> {
  try {
    if (step.kind === 'iterate') {
      if (Array.isArray(v)) yield* v;
      else if (v !== null && typeof v === 'object') for (const k of Object.keys(v).sort()) yield v[k] ?? null;
      else throw new JqRuntimeError(`cannot iterate over: ${typeName(v)}`);
      return;
    }
    if (v === null) {
      yield null;
      return;
    }
    if (step.kind === 'key') {
      if (typeof v !== 'object' || Array.isArray(v)) throw new JqRuntimeError(`expected an object but got: ${typeName(v)}`);
      yield Object.hasOwn(v, step.key) ? (v[step.key] ?? null) : null;
      return;
    }
    if (!Array.isArray(v)) throw new JqRuntimeError(`expected an array but got: ${typeName(v)}`);
    const at = step.index < 0 ? v.length + step.index : step.index;
    yield v[at] ?? null;
  } catch (err) {
    if (err instanceof JqRuntimeError && step.optional) return;
    throw err;
  }
}

function* run(steps: readonly Step[], v: Json, from = 0): Generator<Json> {
  const step = steps[from];
  if (step === undefined) {
    yield v;
    return;
  }
  for (const next of applyStep(step, v)) yield* run(steps, next, from + 1);
}

function* runPipe(pipe: readonly (readonly Step[])[], v: Json, from = 0): Generator<Json> {
  const path = pipe[from];
  if (path === undefined) {
    yield v;
    return;
  }
  for (const next of run(path, v)) yield* runPipe(pipe, next, from + 1);
}

/** Go's encoding/json refuses documents nested deeper than this; so do we, before anything recursive sees them. */
const MAX_DEPTH = 10000;

function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** nuclei's ExtractJSON for one query: values in output order, stopping at the first error. */
export function jqValues(query: JqQuery, input: string): string[] {
  if (tooDeep(input)) return [];
  let doc: Json;
  try {
    doc = JSON.parse(input) as Json;
  } catch {
    return [];
  }
  const out: string[] = [];
  try {
    for (const v of runPipe(query.pipe, doc)) out.push(jsonToString(v));
  } catch (err) {
    if (!(err instanceof JqRuntimeError)) throw err;
  }
  return out;
}

/** Scalars print bare (null as ''); objects and arrays as Go's json.Marshal does: sorted keys, <>& escaped. */
function jsonToString(v: Json): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatFloatF(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return goJson(v);
}

function goJson(v: Json): string {
  const sorted = JSON.stringify(v, (_key, value: Json) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value,
  );
  // Go escapes these for HTML and JavaScript; they only occur inside strings.
  return sorted.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
