// JSONL is nuclei's ResultEvent, field for field: every line fits a schema taken from nuclei's struct and json tags
// (fixtures/nuclei/result-event.schema.json), keys in the struct's order, values shaped as nuclei marshals them.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { stringSlice, toJsonl } from '../../src/report/jsonl.js';
import { templateFiles } from '../../src/template-files.js';
import type { AuditReport } from '../../src/types.js';
import { tempDir } from '../support/tmp.js';
import { finding, HOSTILE, mixedFleet, report, result, ssmTarget, template } from './factory.js';

type Line = Record<string, unknown>;
const lines = (text: string): Line[] => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

let schema: { properties: Record<string, { properties?: Record<string, unknown> }> };
let validate: ValidateFunction;
beforeAll(async () => {
  schema = JSON.parse(await readFile('fixtures/nuclei/result-event.schema.json', 'utf8')) as typeof schema;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  validate = ajv.compile(schema);
});

/** Schema errors, and keys out of nuclei's struct order (top level and info). */
function problems(line: Line): string[] {
  const errors = validate(line) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  const inOrder = (keys: string[], order: string[]) => keys.every((k, i) => i === 0 || order.indexOf(keys[i - 1]!) < order.indexOf(k));
  if (!inOrder(Object.keys(line), Object.keys(schema.properties))) errors.push(`keys out of nuclei's order: ${Object.keys(line).join(', ')}`);
  const info = line['info'] as Line;
  if (!inOrder(Object.keys(info), Object.keys(schema.properties['info']!.properties!))) errors.push(`info keys out of nuclei's order: ${Object.keys(info).join(', ')}`);
  return errors;
}

describe('JSONL as nuclei writes it', () => {
  it('every kind of line fits nuclei ResultEvent', () => {
    const tagged = template('t', 'critical', { classification: { 'cve-id': 'CVE-2023-6246', 'cwe-id': 'CWE-787,CWE-122', 'cvss-score': 7.8, 'cvss-metrics': 'CVSS:3.1/AV:L', custom: 'dropped' }, metadata: { 'max-request': 1 } });
    const r = report(
      [
        result(tagged, ssmTarget('i-0000000000000000a'), [finding('m', HOSTILE), { extractorName: 'version', extracted: ['1.2', HOSTILE], block: 1, evidence: 'v' }]),
        result(tagged, ssmTarget('i-0000000000000000b'), 'clean'),
        result(tagged, ssmTarget('i-0000000000000000c'), { reason: 'offline', detail: HOSTILE }),
        result(template('bare', 'unknown', { author: [], tags: [], reference: [] }), { id: 'host', transport: 'local' }, [finding(undefined)]),
      ],
      [tagged],
    );
    const out = lines(toJsonl(r, { matcherStatus: true }));
    expect(out).toHaveLength(5);
    for (const line of out) expect(problems(line)).toEqual([]);
  });

  it('the check bites: a raw classification, a field nuclei does not have, keys out of order', () => {
    const [line] = lines(toJsonl(mixedFleet(), { matcherStatus: false }));
    const raw = { ...line!, info: { ...(line!['info'] as Line), classification: { 'cve-id': 'CVE-2023-6246', 'cwe-id': ['CWE-787'] } } };
    expect(problems(raw).join('\n')).toMatch(/cve-id must be null[\s\S]*cwe-id\/0 must match pattern/);
    expect(problems({ ...line!, verdict: 'vulnerable' })).toContainEqual(expect.stringMatching(/must NOT have additional properties.*verdict/));
    const { host, ...rest } = line!;
    expect(problems({ host, ...rest })).toEqual([expect.stringMatching(/^keys out of nuclei's order/)]);
  });

  it('classification ids are lower-cased arrays as nuclei StringSlice reads them; other classification keys are not nuclei\'s', () => {
    const t = template('t', 'high', { classification: { 'cve-id': 'CVE-2023-6246', 'cwe-id': 'CWE-787, CWE-122', 'cvss-score': '9.8', 'epss-score': 0, cpe: 'cpe:/a:x', extra: 1 } });
    const [line] = lines(toJsonl(report([result(t, ssmTarget('i-0000000000000000a'), [finding('m')])], [t]), { matcherStatus: false }));
    expect((line!['info'] as Line)['classification']).toEqual({ 'cve-id': ['cve-2023-6246'], 'cwe-id': ['cwe-787', 'cwe-122'], 'cvss-score': 9.8, cpe: 'cpe:/a:x' });
    expect([stringSlice(undefined), stringSlice(''), stringSlice(['CVE-1', ' CVE-2 ']), stringSlice('A,B')]).toEqual([null, [], ['cve-1', 'cve-2'], ['a', 'b']]);
  });

  it('meta is left to nuclei (payload values); fleetprobe\'s own fields are under `fleetprobe`, account and region included', () => {
    const [line] = lines(toJsonl(mixedFleet(), { matcherStatus: false }));
    expect(line).not.toHaveProperty('meta');
    expect(line!['fleetprobe']).toEqual({ transport: 'ssm', account: '123456789012', region: 'eu-west-1', verdict: 'vulnerable', block: 2, evidence: '[VULNERABLE] relay open' });
  });

  it('template-path is the real file, template its place in nuclei\'s templates directory, template-url for ProjectDiscovery-signed templates', async () => {
    const home = await tempDir();
    const t = { ...template('pd', 'high'), path: path.join(home, 'nuclei-templates', 'code', 'linux', 'pd.yaml'), trust: { kind: 'signed' as const, signer: 'projectdiscovery/nuclei-templates' } };
    const bundled = { ...template('smtp-open-relay'), path: 'bundled:smtp-open-relay.yaml' };
    const mine = { ...template('mine'), path: 'audits/mine.yaml', trust: { kind: 'signed' as const, signer: 'acme' } };
    const r = report([t, bundled, mine].map((x) => result(x, ssmTarget('i-0000000000000000a'), [finding('m')])), [t, bundled, mine]);
    const out = lines(toJsonl(r, { matcherStatus: false, templateFiles: templateFiles(r.templates, { HOME: home }) }));
    expect(out.map((l) => [l['template'] ?? null, l['template-url'] ?? null, l['template-path']])).toEqual([
      ['code/linux/pd.yaml', 'https://cloud.projectdiscovery.io/public/pd', t.path],
      [null, null, path.resolve('templates/smtp-open-relay.yaml')],
      [null, null, path.resolve('audits/mine.yaml')],
    ]);
    expect(templateFiles([mine], { HOME: home, NUCLEI_TEMPLATES_DIR: path.resolve('audits') }).get('mine')).toEqual({ path: path.resolve('audits/mine.yaml'), inTemplatesDir: 'mine.yaml' });
    for (const line of out) expect(problems(line)).toEqual([]);
  });

  it('observations (info findings on a clean host) are written as findings, as nuclei writes them', () => {
    const info = template('policy-pass', 'info');
    const r = report([result(info, ssmTarget('i-0000000000000000b'), [finding('ok', 'PASS')])], [info]);
    expect(lines(toJsonl(r, { matcherStatus: false }))).toEqual([expect.objectContaining({ 'template-id': 'policy-pass', 'matcher-name': 'ok', 'matcher-status': true })]);
  });

  it('an interrupted run writes an error line for every target it did not finish, even without matcher-status', () => {
    const t = template('t');
    const r: AuditReport = report(
      [result(t, ssmTarget('i-0000000000000000a'), [finding('m')]), result(t, ssmTarget('i-0000000000000000b'), 'clean'), result(t, ssmTarget('i-0000000000000000c'), { reason: 'cancelled', detail: 'the run was interrupted (SIGINT)' })],
      [t],
      { interrupted: 'SIGINT' },
    );
    const out = lines(toJsonl(r, { matcherStatus: false }));
    expect(out.map((l) => [l['host'], l['matcher-status'], l['error'] ?? null])).toEqual([
      ['i-0000000000000000a', true, null],
      ['i-0000000000000000c', false, 'not audited: cancelled: the run was interrupted (SIGINT)'],
    ]);
  });

  it('a real scan of the ProjectDiscovery-signed seed and the bundled template writes lines that fit', async () => {
    const dir = await tempDir();
    for (const args of [['--template', 'fixtures/templates/smtp-open-relay.yaml'], []]) {
      const file = path.join(dir, `${args.length}.jsonl`);
      const code = await main(['scan', ...args, '--matcher-status', '--jsonl', file, '--sarif', ''], { out: () => undefined, err: () => undefined, color: false, env: { PATH: process.env['PATH'] } });
      expect(code).toBe(0);
      const out = lines(await readFile(file, 'utf8'));
      expect(out.length).toBeGreaterThan(0);
      for (const line of out) {
        expect(problems(line)).toEqual([]);
        expect(line['host']).toBe(os.hostname());
        expect(path.isAbsolute(line['template-path'] as string)).toBe(true);
      }
      if (args.length > 0) expect(out[0]!['template-url']).toBe('https://cloud.projectdiscovery.io/public/smtp-open-relay');
      else expect(out[0]!['template-path']).toBe(path.resolve('templates/smtp-open-relay.yaml'));
    }
  });
});
