// A small interpreter of the Amazon States Language subset the audit's state machine uses (Task, Choice, Wait,
// Map inline and distributed, Pass; JSONPath Parameters/ItemSelector/ResultPath, Retry, Catch), so tests drive
// the Lambda handlers in exactly the order the deployed definition does. Anything else in a definition is refused
// loudly rather than guessed at, so the test cannot drift from the real definition silently.

type Json = unknown;
type State = Record<string, any>;

export interface Machine {
  /** Task resources (function ARNs) to handlers; a handler's throw is a task failure named after the error. */
  tasks: Record<string, (input: Json) => Promise<Json>>;
  /** Reads an object for a Distributed Map's ItemReader. */
  getObject(bucket: string, key: string): Promise<string>;
  /** A Wait state: the test decides how long a second is. */
  wait(seconds: number): Promise<void>;
  execution: { Name: string; StartTime: string };
}

export interface Trace {
  /** Every state entered, in order, with the Map item's index for states inside a Map. */
  states: { name: string; item?: number }[];
  /** Items per Map state, and how each was read. */
  maps: { name: string; mode: string; items: number }[];
}

export class StatesError extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string,
  ) {
    super(`${error}: ${cause}`);
  }
}

export async function execute(definition: State, input: Json, machine: Machine): Promise<{ output: Json; trace: Trace }> {
  const trace: Trace = { states: [], maps: [] };
  const output = await run(definition, input, machine, trace, { Execution: machine.execution });
  return { output, trace };
}

async function run(graph: State, input: Json, m: Machine, trace: Trace, context: Record<string, unknown>, item?: number): Promise<Json> {
  let name: string = graph['StartAt'];
  let data = input;
  // Bounded: a definition that loops forever is a failing test, not a hung one.
  for (let steps = 0; steps < 100_000; steps++) {
    const state: State = graph['States'][name];
    if (!state) throw new Error(`state ${name} is not defined`);
    trace.states.push({ name, ...(item !== undefined ? { item } : {}) });
    let next: string | undefined;
    switch (state['Type']) {
      case 'Task': {
        const handler = m.tasks[state['Resource']];
        if (!handler) throw new Error(`no handler for ${state['Resource']}`);
        const params = state['Parameters'] ? fill(state['Parameters'], data, context) : data;
        try {
          data = applyResult(data, await withRetry(state, () => handler(params)), state['ResultPath']);
          next = state['Next'];
        } catch (e) {
          const err = e instanceof StatesError ? e : new StatesError(errorName(e), JSON.stringify({ errorType: errorName(e), errorMessage: (e as Error).message }));
          const c = (state['Catch'] as State[] | undefined)?.find((c) => matches(c['ErrorEquals'], err.error));
          if (!c) throw err;
          data = applyResult(data, { Error: err.error, Cause: err.cause }, c['ResultPath']);
          next = c['Next'];
        }
        break;
      }
      case 'Choice': {
        const choice = (state['Choices'] as State[]).find((c) => test(c, data, context));
        next = choice ? choice['Next'] : state['Default'];
        if (!next) throw new StatesError('States.NoChoiceMatched', name);
        break;
      }
      case 'Wait': {
        const seconds = state['SecondsPath'] ? read(state['SecondsPath'], data, context) : state['Seconds'];
        if (!Number.isInteger(seconds) || (seconds as number) < 0) throw new StatesError('States.Runtime', `Wait ${name}: ${String(seconds)} is not a whole number of seconds`);
        await m.wait(seconds as number);
        next = state['Next'];
        break;
      }
      case 'Pass':
        data = applyResult(data, state['Result'] ?? data, state['ResultPath']);
        next = state['Next'];
        break;
      case 'Map':
        data = applyResult(data, await map(name, state, data, m, trace, context), state['ResultPath']);
        next = state['Next'];
        break;
      default:
        throw new Error(`state type ${String(state['Type'])} is not supported by this interpreter`);
    }
    for (const key of Object.keys(state)) if (!KNOWN.has(key)) throw new Error(`field ${key} of ${name} is not supported by this interpreter`);
    if (state['End']) return data;
    if (!next) throw new Error(`state ${name} has neither Next nor End`);
    name = next;
  }
  throw new Error('the state machine ran 100,000 states');
}

const KNOWN = new Set(['Type', 'Resource', 'Parameters', 'Retry', 'Catch', 'Next', 'End', 'ResultPath', 'Choices', 'Default', 'SecondsPath', 'Seconds', 'Result', 'ItemsPath', 'ItemReader', 'ItemSelector', 'MaxConcurrency', 'ToleratedFailurePercentage', 'ItemProcessor', 'Comment']);

async function map(name: string, state: State, data: Json, m: Machine, trace: Trace, context: Record<string, unknown>): Promise<Json> {
  const processor = state['ItemProcessor'] as State;
  const mode = processor['ProcessorConfig']?.['Mode'] ?? 'INLINE';
  let items: Json[];
  if (state['ItemReader']) {
    const reader = state['ItemReader'] as State;
    if (reader['Resource'] !== 'arn:aws:states:::s3:getObject' || reader['ReaderConfig']?.['InputType'] !== 'JSON') throw new Error(`ItemReader of ${name} is not supported`);
    const p = fill(reader['Parameters'], data, context) as { Bucket: string; Key: string };
    items = JSON.parse(await m.getObject(p.Bucket, p.Key)) as Json[];
  } else items = read(state['ItemsPath'] ?? '$', data, context) as Json[];
  if (!Array.isArray(items)) throw new StatesError('States.Runtime', `Map ${name}: items are not an array`);
  trace.maps.push({ name, mode, items: items.length });
  const limit = state['MaxConcurrency'] || items.length || 1;
  const results: Json[] = new Array(items.length);
  const failures: StatesError[] = [];
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < items.length) {
      const i = nextIndex++;
      const itemContext = { ...context, Map: { Item: { Index: i, Value: items[i] } } };
      const input = state['ItemSelector'] ? fill(state['ItemSelector'], data, itemContext) : items[i];
      try {
        results[i] = await run(processor, input, m, trace, { Execution: context['Execution'] }, i);
      } catch (e) {
        if (!(e instanceof StatesError)) throw e;
        failures.push(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, Math.max(1, items.length)) }, worker));
  const tolerated = mode === 'DISTRIBUTED' ? (state['ToleratedFailurePercentage'] ?? 0) : 0;
  if (failures.length > 0 && (failures.length / items.length) * 100 > tolerated) throw new StatesError('States.ExceedToleratedFailureThreshold', failures[0]!.message);
  return results;
}

async function withRetry(state: State, call: () => Promise<Json>): Promise<Json> {
  const tries = new Map<State, number>();
  for (;;) {
    try {
      return await call();
    } catch (e) {
      const rule = (state['Retry'] as State[] | undefined)?.find((r) => matches(r['ErrorEquals'], errorName(e)));
      const n = (tries.get(rule!) ?? 0) + 1;
      if (!rule || n > (rule['MaxAttempts'] ?? 3)) throw e;
      tries.set(rule, n);
    }
  }
}

function matches(names: string[], error: string): boolean {
  // A handler's error is a task failure: States.TaskFailed matches it, States.ALL matches everything.
  return names.includes('States.ALL') || names.includes(error) || (names.includes('States.TaskFailed') && !error.startsWith('States.'));
}

function errorName(e: unknown): string {
  return e instanceof StatesError ? e.error : e instanceof Error ? e.name : 'Error';
}

function test(choice: State, data: Json, context: Record<string, unknown>): boolean {
  const value = read(choice['Variable'], data, context);
  if ('BooleanEquals' in choice) return value === choice['BooleanEquals'];
  throw new Error(`choice rule ${JSON.stringify(choice)} is not supported`);
}

/** Parameters / ItemSelector: keys ending in `.$` take a path's value. */
function fill(template: Json, data: Json, context: Record<string, unknown>): Json {
  if (Array.isArray(template)) return template.map((t) => fill(t, data, context));
  if (template === null || typeof template !== 'object') return template;
  return Object.fromEntries(Object.entries(template).map(([k, v]) => (k.endsWith('.$') ? [k.slice(0, -2), read(v as string, data, context)] : [k, fill(v, data, context)])));
}

function read(path: string, data: Json, context: Record<string, unknown>): Json {
  const [root, rest] = path.startsWith('$$') ? [context as Json, path.slice(2)] : [data, path.slice(1)];
  let value = root;
  for (const part of rest.split('.').filter(Boolean)) {
    if (value === null || typeof value !== 'object' || !(part in value)) throw new StatesError('States.Runtime', `path ${path} does not exist in the state's input`);
    value = (value as Record<string, Json>)[part];
  }
  return value;
}

function applyResult(data: Json, result: Json, path: string | null | undefined): Json {
  if (path === null) return data;
  if (path === undefined || path === '$') return result;
  const parts = path.slice(2).split('.');
  const copy = structuredClone(data) as Record<string, Json>;
  let at = copy;
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, Json>;
  at[parts.at(-1)!] = result;
  return copy;
}
