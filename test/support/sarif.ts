// Validates SARIF the way GitHub would: the official 2.1.0 JSON schema (JSON Schema 2020-12), Microsoft's multitool with the
// GitHub rules (GH1001-GH1005 switched on), and the location rules neither of them checks.
import Ajv from 'ajv/dist/2020.js';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MULTITOOL = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const CONFIG = path.resolve('fixtures/sarif/multitool-github.xml');

let validate: ReturnType<Ajv['compile']> | undefined;
async function schema(): Promise<ReturnType<Ajv['compile']>> {
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    // The formats the SARIF schema uses, checked strictly enough to catch a broken writer.
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
    validate = ajv.compile(JSON.parse(await readFile('fixtures/sarif/sarif-schema-2.1.0.json', 'utf8')) as object);
  }
  return validate;
}

export async function schemaErrors(log: unknown): Promise<string[]> {
  const v = await schema();
  return v(log) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Errors (not warnings or notes) from `Sarif.Multitool validate --rule-kind Gh;Sarif`; its exit code is always 0. */
export async function multitoolErrors(log: unknown): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fleetprobe-sarif-'));
  const input = path.join(dir, 'in.sarif');
  const output = path.join(dir, 'out.sarif');
  await writeFile(input, JSON.stringify(log));
  await chmod(MULTITOOL, 0o755);
  await run(MULTITOOL, ['validate', input, '--rule-kind', 'Gh;Sarif', '--config', CONFIG, '--log', 'ForceOverwrite', '-o', output], { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  const out = JSON.parse((await readFile(output, 'utf8')).replace(/^\uFEFF/, '')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }[] };
  return (out.runs[0]?.results ?? []).filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' ')}`);
}

/** GitHub rejects a whole upload for a location uri that is empty, has a scheme, or a colon in its first segment. */
export function locationErrors(log: { runs: { results: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[]; relatedLocations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] }): string[] {
  const errors: string[] = [];
  for (const run of log.runs) {
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

export async function allSarifErrors(log: unknown): Promise<string[]> {
  return [...(await schemaErrors(log)), ...(await multitoolErrors(log)), ...locationErrors(log as Parameters<typeof locationErrors>[0])];
}
