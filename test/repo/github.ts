// Offline checks of the repository's GitHub files, since no runner is reachable from here: the published SchemaStore
// schemas (fixtures/schemastore), plus what a schema cannot say — actions pinned to a commit with the version in a
// comment, least-privilege permissions, no `${{ }}` expanded inside a shell script.
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const validators = new Map<string, ValidateFunction>();

function validator(schema: string): ValidateFunction {
  let v = validators.get(schema);
  if (!v) {
    // strict: false because SchemaStore schemas use keywords and formats ajv does not know (markdownDescription, ...).
    v = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(`fixtures/schemastore/${schema}.json`, 'utf8')) as object);
    validators.set(schema, v);
  }
  return v;
}

/** YAML as GitHub reads it: duplicate keys and syntax errors are errors, not last-one-wins. */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS() as unknown;
}

export function schemaErrors(schema: 'github-workflow' | 'github-action' | 'dependabot-2.0', value: unknown): string[] {
  const v = validator(schema);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${e.params ? JSON.stringify(e.params) : ''}`.trim());
}

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;

/** `uses:` lines of a workflow's text: each names a full commit and says which release it is (`# vX.Y.Z`). */
export function pinningErrors(text: string): string[] {
  const errors: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(\s.*)?$/.exec(line);
    if (!m) continue;
    const [, ref = '', rest = ''] = m;
    if (ref.startsWith('./')) continue;
    if (!PINNED.test(ref)) errors.push(`line ${i + 1}: ${ref} is not pinned to a full commit SHA`);
    else if (!/^\s+#\s*v\d+(?:\.\d+){0,2}\b/.test(rest)) errors.push(`line ${i + 1}: ${ref} has no '# vX.Y.Z' comment naming its release`);
  }
  return errors;
}

/** action@sha pairs, to check that one action is pinned to one commit everywhere. */
export function pins(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40})/g)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

type Permissions = string | Record<string, string> | undefined;
interface Step { uses?: string; run?: string; with?: Record<string, unknown>; id?: string; if?: string }
interface Job { permissions?: Permissions; steps?: Step[]; strategy?: { matrix?: Record<string, unknown> }; name?: string }
export interface Workflow { on: unknown; permissions?: Permissions; jobs: Record<string, Job> }

/**
 * The workflow's token is read-only unless a job says otherwise, and a job asks only for write scopes it names:
 * never `write-all`, never `read-all` (which includes scopes nobody needs), never write at the top.
 */
export function permissionErrors(workflow: Workflow, allowedWrites: readonly string[]): string[] {
  const errors: string[] = [];
  const check = (where: string, p: Permissions, top: boolean) => {
    if (p === undefined) return top ? errors.push(`${where}: no permissions (the token would get the repository default)`) : undefined;
    if (typeof p === 'string') return errors.push(`${where}: permissions '${p}' grants every scope; name the scopes`);
    for (const [scope, level] of Object.entries(p)) {
      if (level !== 'write') continue;
      if (top) errors.push(`${where}: ${scope}: write for every job; grant it in the job that needs it`);
      else if (!allowedWrites.includes(scope)) errors.push(`${where}: ${scope}: write is not needed`);
    }
    return undefined;
  };
  check('workflow', workflow.permissions, true);
  for (const [id, job] of Object.entries(workflow.jobs)) check(`job ${id}`, job.permissions, false);
  return errors;
}

/** `${{ }}` inside `run:` is pasted into the script before the shell sees it (script injection); use `env:`. */
export function injectionErrors(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([id, job]) =>
    (job.steps ?? []).flatMap((s, i) => (s.run?.includes('${{') ? [`job ${id} step ${i + 1}: \${{ }} inside run:; pass it through env:`] : [])),
  );
}
