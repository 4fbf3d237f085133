// The CLI: flags named like the action's inputs (`--instance-ids` ...), the same run body, the same gate.
// Exit codes (EXIT in errors.ts): 0 gate passed, 1 gate failed (or a signature did not verify), 2 bad input or
// configuration, 3 internal error, 130 interrupted.
import { parseArgs } from 'node:util';
import { EXIT, explain, UserError } from './errors.js';
import { INPUTS, parseOptions, type InputSpec } from './options.js';
import { evaluateGate } from './report/gate.js';
import { renderTable } from './report/table.js';
import type { ProgressSink } from './progress.js';
import { executeRun } from './run.js';
import { forLog } from './report/untrusted.js';
import { loadTrustedKeys } from './template/trust.js';
import { verifyPaths } from './template/verify.js';
import { VERSION } from './version.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours only on a terminal. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Where a long run's progress goes (stderr); none when absent. */
  progress?: ProgressSink;
}

/** Short CLI names kept from nuclei habits; each maps to one action input. */
const ALIASES: Record<string, string> = {
  template: 'templates',
  jsonl: 'jsonl-file',
  sarif: 'sarif-file',
  'trusted-cert': 'trusted-certs',
};
const REPEATABLE = new Set(['templates', 'targets', 'instance-ids', 'trusted-certs']);

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // --debug anywhere: an internal error prints its stack.
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    switch (command) {
      case 'scan':
        return await scan(rest, io);
      case 'verify':
        return await verify(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      case '--version':
        io.out(`${VERSION}\n`);
        return 0;
      default:
        throw new UserError(`unknown command '${command}'; expected scan or verify (see fleetprobe --help)`);
    }
  } catch (e) {
    const { exitCode, message } = explain(e, debug, DEBUG_HINT);
    io.err(`fleetprobe: ${message}\n`);
    return exitCode;
  }
}

export const DEBUG_HINT = '--debug';

async function scan(argv: readonly string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, scanFlagSpecs(), 'scan');
  if (flags['help']) {
    io.out(scanHelp());
    return 0;
  }
  // The CLI audits this machine unless targets are named; the action defaults to ssm.
  const named = (name: string) => flags[name] ?? flags[aliasOf(name) ?? ''];
  const get = (name: string): string | undefined => {
    const v = named(name);
    if (name === 'transport' && v === undefined) return named('instance-ids') || named('targets') ? 'ssm' : 'local';
    if (v === undefined) return undefined;
    if (Array.isArray(v)) return v.join('\n');
    return typeof v === 'boolean' ? String(v) : v;
  };
  const options = parseOptions(get, io.env);
  // An explicitly empty path turns that report off (an action input cannot: unset reads as empty there).
  if (named('jsonl-file') === '') options.jsonlFile = undefined;
  if (named('sarif-file') === '') options.sarifFile = undefined;
  const warn = (message: string) => io.err(`fleetprobe: warning: ${message}\n`);
  const outcome = await executeRun(options, { warn, ...(io.signal ? { signal: io.signal } : {}), ...(io.progress ? { progress: io.progress } : {}) });
  io.out(renderTable(outcome.report, { color: io.color, changes: outcome.changes }));
  for (const note of outcome.notes) io.err(`fleetprobe: ${note}\n`);
  const written = [outcome.jsonlFile && `JSONL: ${outcome.jsonlFile}`, outcome.sarifFile && `SARIF: ${outcome.sarifFile}`].filter(Boolean);
  if (written.length > 0) io.out(`${written.join('  ')}\n`);
  const gate = evaluateGate(outcome.report, options.failOn, options.failOnUnaudited);
  if (gate.failed) io.err(`fleetprobe: ${gate.message}\n`);
  if (outcome.report.interrupted) return EXIT.interrupted;
  return gate.failed ? EXIT.gateFailed : EXIT.passed;
}

async function verify(argv: readonly string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, { help: { type: 'boolean' }, 'trusted-cert': { type: 'string', multiple: true } }, 'verify', true);
  if (flags['help']) {
    io.out(VERIFY_HELP);
    return 0;
  }
  const paths = flags['_'] as string[];
  if (paths.length === 0) throw new UserError('verify needs at least one template file or directory (fleetprobe verify PATH...)');
  const keys = await loadTrustedKeys((flags['trusted-cert'] as string[] | undefined) ?? []);
  const results = await verifyPaths(paths, keys);
  // File names and template text are untrusted: each result stays one inert line.
  for (const r of results) io.out(`${forLog(r.line, 2000)}\n`);
  return results.every((r) => r.trusted) ? 0 : 1;
}

type FlagSpec = { type: 'string' | 'boolean'; multiple?: boolean };
type Flags = Record<string, string | boolean | string[] | undefined>;

function aliasOf(input: string): string | undefined {
  return Object.entries(ALIASES).find(([, target]) => target === input)?.[0];
}

function scanFlagSpecs(): Record<string, FlagSpec> {
  const specs: Record<string, FlagSpec> = { help: { type: 'boolean' } };
  for (const input of INPUTS) {
    const spec: FlagSpec = input.kind === 'bool' ? { type: 'boolean' } : { type: 'string', ...(REPEATABLE.has(input.name) ? { multiple: true } : {}) };
    specs[input.name] = spec;
    const alias = aliasOf(input.name);
    if (alias) specs[alias] = spec;
  }
  return specs;
}

function parseFlags(argv: readonly string[], options: Record<string, FlagSpec>, command: string, positionals = false): Flags {
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: positionals, allowNegative: true });
    return { ...(parsed.values as Flags), _: parsed.positionals };
  } catch (e) {
    // node's messages are multi-line and mention internals; keep the first sentence.
    const message = (e as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, '');
    throw new UserError(`${command}: ${message} (see fleetprobe ${command} --help)`);
  }
}

const USAGE = `fleetprobe: audit Linux fleets with nuclei code templates

Usage:
  fleetprobe scan [flags]        run templates on this machine or on SSM-managed instances
  fleetprobe verify PATH...      say which trust rule applies to each template (files or directories)
  fleetprobe --version

Run 'fleetprobe scan --help' or 'fleetprobe verify --help' for flags. --debug (any command) prints the stack
of an internal error.
`;

const VERIFY_HELP = `Usage: fleetprobe verify [--trusted-cert FILE]... PATH...

Decides, as 'fleetprobe scan' does, whether each template may run: every file named and every *.yaml
below each directory, with the files it imports. Prints one line per template with the rule that applied:
trusted (signed by which key, or bundled with fleetprobe and trusted by its hash) or not trusted
(unsigned, signed by an unknown key, changed after signing, an ambiguous import boundary, unreadable).
Keys: ProjectDiscovery's certificate and any --trusted-cert.
Exit 0 when every template is trusted, 1 otherwise, 2 on a usage error.
`;

function scanHelp(): string {
  const lines = INPUTS.map((input: InputSpec) => {
    const alias = aliasOf(input.name);
    const name = `--${input.name}${alias ? `, --${alias}` : ''}${input.kind === 'bool' ? '' : ' VALUE'}`;
    const def = input.default !== undefined && input.name !== 'transport' ? ` (default: ${input.default})` : '';
    return `  ${name.padEnd(38)} ${input.description}${def}`;
  });
  return `Usage: fleetprobe scan [flags]

Runs the templates (default: the bundled ones) on this machine (--transport local, the default when no
targets are named) or through SSM Run Command (--instance-ids / --targets), prints a table of verdicts
and writes the JSONL and SARIF reports (--jsonl '' or --sarif '' skips one). Flags that take a list may
be repeated.

${lines.join('\n')}
  --debug                                an internal error prints its stack
  --help                                 this text

Exit codes: 0 the gate passed, 1 the gate failed (--fail-on, --fail-on-unaudited), 2 bad input or configuration,
3 internal error (a bug), 130 interrupted (SIGINT/SIGTERM: the reports cover what finished and say so).
A second Ctrl-C stops at once, without reports.
`;
}
