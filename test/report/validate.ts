// Validates SARIF the way GitHub would: the official 2.1.0 JSON schema (the multitool's copy, JSON Schema 2020-12),
// Microsoft's multitool with the GitHub rules (GH1001-GH1005 switched on), and the location rules neither checks.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const MULTITOOL = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const CONFIG = path.resolve('fixtures/sarif/multitool-github.xml');
const SCHEMA = path.resolve('fixtures/sarif/sarif-schema-2.1.0.json');

let validate: ValidateFunction | undefined;
async function schema(): Promise<ValidateFunction> {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // The formats the SARIF schema uses, checked strictly enough to catch a broken writer.
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
    validate = ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')) as object);
  }
  return validate;
}

export async function schemaErrors(log: unknown): Promise<string[]> {
  const v = await schema();
  return v(log) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

interface MultitoolLog {
  runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
}

/**
 * Errors (not warnings or notes) from `Sarif.Multitool validate --rule-kind Gh;Sarif`, one list per log,
 * from one invocation (it takes ~1.5 s to start). Its exit code is always 0: the errors are read from its output.
 */
export async function multitoolErrors(logs: readonly unknown[]): Promise<string[][]> {
  if (logs.length === 0) return [];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-sarif-'));
  try {
    return await runMultitool(dir, logs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runMultitool(dir: string, logs: readonly unknown[]): Promise<string[][]> {
  const inputs = logs.map((_, i) => path.join(dir, `in-${i}.sarif`));
  const output = path.join(dir, 'out.sarif');
  await Promise.all(logs.map((log, i) => writeFile(inputs[i]!, JSON.stringify(log))));
  await chmod(MULTITOOL, 0o755);
  // Called directly, not through a shell, so the `;` in the rule kinds stays one argument.
  await exec(MULTITOOL, ['validate', ...inputs, '--rule-kind', 'Gh;Sarif', '--config', CONFIG, '--log', 'ForceOverwrite', '-o', output], { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  const out = JSON.parse((await readFile(output, 'utf8')).replace(/^\uFEFF/, '')) as MultitoolLog;
  const byFile = new Map(inputs.map((f) => [pathToFileURL(f).href, [] as string[]]));
  for (const r of out.runs[0]?.results ?? []) {
    if (r.level !== 'error') continue;
    const file = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const list = byFile.get(file) ?? byFile.get(pathToFileURL(inputs[0]!).href)!;
    list.push(`${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' ')}`);
  }
  return inputs.map((f) => byFile.get(pathToFileURL(f).href)!);
}

type LocationLog = { runs: { results: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[]; relatedLocations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] };

/** GitHub rejects a whole upload for a location uri that is empty, has a scheme, or a colon in its first segment. */
export function locationErrors(log: unknown): string[] {
  const errors: string[] = [];
  for (const run of (log as LocationLog).runs) {
    for (const [i, r] of run.results.entries()) {
      const primary = r.locations?.[0]?.physicalLocation;
      if (!primary) errors.push(`result ${i}: no location`);
      if ((primary?.region?.startLine ?? 0) < 1) errors.push(`result ${i}: no startLine`);
      const uris = [primary?.artifactLocation?.uri, ...(r.relatedLocations ?? []).map((l) => l.physicalLocation?.artifactLocation?.uri)];
      for (const uri of uris) {
        if (!uri) errors.push(`result ${i}: empty uri`);
        else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.split('/')[0]!.includes(':') || uri.startsWith('/')) errors.push(`result ${i}: uri ${uri} is not a relative, scheme-free, colon-free path`);
      }
    }
  }
  return errors;
}

/** The fast checks (schema and locations), for every log a test makes; the multitool runs once per file over all of them. */
export async function quickErrors(log: unknown): Promise<string[]> {
  return [...(await schemaErrors(log)), ...locationErrors(log)];
}

export async function allSarifErrors(log: unknown): Promise<string[]> {
  return [...(await quickErrors(log)), ...(await multitoolErrors([log]))[0]!];
}
