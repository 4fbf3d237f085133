// The repository's GitHub files, checked offline: workflows, action.yml and dependabot.yml against their published
// schemas, and the promises the workflows make (the README's test command on every supported Node, dist checked,
// the action run from this checkout with its SARIF uploaded, CodeQL, dependency review) kept by what they say.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectionErrors, parseYaml, permissionErrors, pinningErrors, pins, schemaErrors, type Workflow } from './github.js';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const text = (f: string) => readFileSync(path.join(DIR, f), 'utf8');
const workflow = (f: string) => parseYaml(text(f), f) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const action = parseYaml(readFileSync('action.yml', 'utf8'), 'action.yml') as { runs: { using: string } };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

describe('workflows', () => {
  it('are the expected set', () => {
    expect(files).toEqual(['ci.yml', 'codeql.yml', 'dependency-review.yml', 'self-test.yml']);
  });

  it.each(files)('%s parses and matches the published workflow schema', (f) => {
    expect(schemaErrors('github-workflow', workflow(f))).toEqual([]);
  });

  it.each(files)('%s pins every action to a full commit SHA with its release in a comment', (f) => {
    expect(pinningErrors(text(f))).toEqual([]);
  });

  it('pin each action to the same commit in every workflow', () => {
    const seen = new Map<string, Set<string>>();
    for (const f of files) for (const [name, sha] of pins(text(f))) seen.set(name, (seen.get(name) ?? new Set()).add(sha));
    expect([...seen].filter(([, shas]) => shas.size > 1)).toEqual([]);
    expect(seen.size).toBeGreaterThan(0);
  });

  it.each(files)('%s gives its token least privilege and expands no expression inside a script', (f) => {
    // security-events: upload-sarif and CodeQL write code scanning alerts; nothing else writes.
    expect(permissionErrors(workflow(f), ['security-events'])).toEqual([]);
    expect(injectionErrors(workflow(f))).toEqual([]);
  });

  it('CI runs the README test command on the oldest Node the CLI supports and on the action runtime', () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = /^(npm \w+)\s+# the test suite/m.exec(readme)?.[1];
    expect(command).toBe('npm test');
    const ci = workflow('ci.yml');
    const test = ci.jobs['test'];
    expect(test?.steps?.map((s) => s.run)).toContain(command);
    const nodes = (test?.strategy?.matrix?.['node'] as unknown[]).map(String);
    expect(nodes).toContain(/^>=(\d+)/.exec(pkg.engines.node)?.[1]);
    expect(nodes).toContain(action.runs.using.replace('node', ''));
    expect(steps(ci).map((s) => s.run)).toContain('npm run lint');
    expect(ci.on).toMatchObject({ push: { branches: ['main'] }, pull_request: null });
  });

  it('CI checks dist/ in a job of its own', () => {
    const job = workflow('ci.yml').jobs['check-dist'];
    const runs = (job?.steps ?? []).map((s) => s.run ?? '');
    expect(runs).toContain('npm run build');
    expect(runs.some((r) => r.includes('git status --porcelain -- dist') && r.includes('exit 1'))).toBe(true);
  });

  it('self-test runs the action from this checkout on the runner and uploads its SARIF', () => {
    const w = workflow('self-test.yml');
    const all = steps(w);
    const audit = all.find((s) => s.uses === './');
    expect(audit?.with).toMatchObject({ transport: 'local' });
    const upload = all.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.['sarif_file']).toBe(`\${{ steps.${audit?.id}.outputs.sarif-file }}`);
    expect(Object.values(w.jobs)[0]?.permissions).toMatchObject({ 'security-events': 'write' });
  });

  it('CodeQL analyses the TypeScript, and dependency review runs on pull requests', () => {
    const init = steps(workflow('codeql.yml')).find((s) => s.uses?.startsWith('github/codeql-action/init@'));
    expect(init?.with?.['languages']).toBe('javascript-typescript');
    const config = parseYaml(readFileSync(String(init?.with?.['config-file']), 'utf8'), 'codeql-config.yml') as { 'paths-ignore': string[] };
    expect(config['paths-ignore']).toContain('dist');
    const review = workflow('dependency-review.yml');
    expect(review.on).toHaveProperty('pull_request');
    expect(steps(review).some((s) => s.uses?.startsWith('actions/dependency-review-action@'))).toBe(true);
  });
});

describe('the checks catch what they are for', () => {
  const ci = text('ci.yml');
  it('a misspelt key, an unknown event and a job without runs-on fail the schema', () => {
    expect(schemaErrors('github-workflow', parseYaml(ci.replace('runs-on:', 'run-on:'), 'x'))).not.toEqual([]);
    expect(schemaErrors('github-workflow', parseYaml(ci.replace('pull_request:', 'pull-request:'), 'x'))).not.toEqual([]);
    expect(schemaErrors('github-action', { name: 'x', description: 'y', runs: { using: 'node24' } })).not.toEqual([]);
    expect(schemaErrors('dependabot-2.0', { version: 2, updates: [{ 'package-ecosystem': 'npm', directory: '/' }] })).not.toEqual([]);
  });

  it('a tag, a branch or a SHA without its release comment is not a pin', () => {
    expect(pinningErrors('      - uses: actions/checkout@v7')).toHaveLength(1);
    expect(pinningErrors('      - uses: actions/checkout@main # v7.0.1')).toHaveLength(1);
    expect(pinningErrors(`      - uses: actions/checkout@${'a'.repeat(40)}`)).toEqual([`line 1: actions/checkout@${'a'.repeat(40)} has no '# vX.Y.Z' comment naming its release`]);
    expect(pinningErrors(`      - uses: github/codeql-action/init@${'a'.repeat(40)} # v4.36.2`)).toEqual([]);
  });

  it('write-all, a top-level write and a needless job write are refused; so is ${{ }} in run:', () => {
    const jobs = { a: { steps: [{ run: 'echo ${{ github.event.pull_request.title }}' }] } };
    expect(permissionErrors({ on: {}, permissions: 'write-all', jobs }, [])).toHaveLength(1);
    expect(permissionErrors({ on: {}, jobs }, [])).toHaveLength(1);
    expect(permissionErrors({ on: {}, permissions: { contents: 'write' }, jobs }, ['contents'])).toHaveLength(1);
    expect(permissionErrors({ on: {}, permissions: {}, jobs: { a: { permissions: { packages: 'write' } } } }, ['security-events'])).toHaveLength(1);
    expect(injectionErrors({ on: {}, jobs })).toHaveLength(1);
  });

  it('YAML that GitHub would refuse (a duplicate key) is refused', () => {
    expect(() => parseYaml('on: push\non: pull_request\n', 'dup.yml')).toThrow(/dup\.yml/);
  });
});

describe('repository metadata', () => {
  it('action.yml matches the published action schema', () => {
    expect(schemaErrors('github-action', action)).toEqual([]);
  });

  it('dependabot.yml matches its schema and updates npm packages and the pinned actions', () => {
    const config = parseYaml(readFileSync('.github/dependabot.yml', 'utf8'), 'dependabot.yml') as { updates: { 'package-ecosystem': string }[] };
    expect(schemaErrors('dependabot-2.0', config)).toEqual([]);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('.node-version is the runtime the action runs on', () => {
    expect(readFileSync('.node-version', 'utf8').trim()).toBe(action.runs.using.replace('node', ''));
  });

  it('dist/ is marked generated', () => {
    const out = execFileSync('git', ['check-attr', 'linguist-generated', '--', 'dist/index.js', 'src/index.ts'], { encoding: 'utf8' });
    expect(out).toBe('dist/index.js: linguist-generated: true\nsrc/index.ts: linguist-generated: unspecified\n');
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const inputs = Object.keys((action as unknown as { inputs: Record<string, unknown> }).inputs);
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  // Every YAML example: a whole workflow, a workflow without its trigger, or a list of steps.
  const examples = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m, i) => ({ i: i + 1, yaml: parseYaml(m[1] ?? '', `README yaml block ${i + 1}`) }));
  const asWorkflow = (y: unknown): Workflow =>
    Array.isArray(y) ? { on: 'push', jobs: { example: { 'runs-on': 'ubuntu-latest', steps: y } as never } } : { on: 'push', ...(y as object) } as Workflow;

  it('opens with the two commands that install and audit this machine, and run the tests', () => {
    expect(readme).toMatch(/^# fleetprobe\n\n```sh\nnpm ci && npm start {5}# audit this machine[^\n]*\nnpm test {16}# the test suite[^\n]*\n```\n/);
  });

  it('has sections for permissions, versioning, security and licence', () => {
    for (const heading of ['Permissions', 'Versioning', 'Security', 'Licence']) expect(readme).toMatch(new RegExp(`^## ${heading}$`, 'm'));
  });

  it('every workflow example matches the workflow schema', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const { i, yaml } of examples) expect(schemaErrors('github-workflow', asWorkflow(yaml)), `yaml block ${i}`).toEqual([]);
  });

  it('every fleetprobe step names the major tag releases move, and only inputs action.yml declares', () => {
    const uses = [...readme.matchAll(/^\s*(?:-\s+)?uses: [\w.-]+\/fleetprobe@(\S+)$/gm)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set([`v${version.split('.')[0]}`]));
    const steps = examples.flatMap(({ yaml }) => Object.values(asWorkflow(yaml).jobs).flatMap((j) => j.steps ?? []));
    const ours = steps.filter((s) => s.uses?.includes('/fleetprobe@'));
    expect(ours.length).toBe(uses.length);
    for (const s of ours) expect(Object.keys(s.with ?? {}).filter((k) => !inputs.includes(k))).toEqual([]);
  });
});
