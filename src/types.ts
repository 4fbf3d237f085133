// The one vocabulary every stage shares. Data flows one way:
// templates + targets -> transport runs probes -> evaluation -> results -> reports.

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number] | 'unknown';

export interface TemplateInfo {
  name: string;
  author: string[];
  tags: string[];
  severity: Severity;
  description?: string;
  impact?: string;
  reference: string[];
  remediation?: string;
  classification?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** Why a template may run (see src/template/trust.ts). */
export type Trust =
  | { kind: 'signed'; signer: string }
  | { kind: 'bundled' }
  | { kind: 'allowed-unsigned'; why: string };

/** One `code:` block, validated and compiled. `operators` is opaque to everything but src/matchers. */
export interface CodeBlock {
  /** 1-based position in the template. */
  index: number;
  /** Name under which later blocks see this block's values: explicit `id`, or `code_<n>` when the template has several blocks, or undefined. */
  contextId: string | undefined;
  engines: string[];
  args: string[];
  source: string;
  pattern?: string;
  preCondition?: string;
  operators: import('./matchers/operators.js').CompiledOperators | undefined;
}

export interface Template {
  id: string;
  /** Path as given by the user (or `bundled:<name>` for an embedded one). */
  path: string;
  info: TemplateInfo;
  selfContained: boolean;
  /** Template `variables`, already evaluated to strings; they reach scripts as environment variables. */
  variables: Record<string, string>;
  blocks: CodeBlock[];
  /** sha256 (hex) of the file's bytes. */
  sha256: string;
  trust: Trust;
}

/** A host to audit. `id` is what reports name it by: an instance id, or the hostname for the local transport. */
export interface Target {
  id: string;
  transport: 'local' | 'ssm';
  account?: string;
  region?: string;
  /** Human name (computer name, Name tag) when known. */
  name?: string;
  platform?: string;
}

/** What one code block produced on one host. */
export interface BlockRun {
  /** The host's bytes as text (decodeOutput in src/matchers/bytes.ts): UTF-8, each byte that is not UTF-8 kept as the lone surrogate U+DC00+byte. */
  stdout: string;
  stderr: string;
  /** null when the process did not exit by itself (killed, never started). */
  exitCode: number | null;
  durationMs: number;
  /** Set when the block did not run to completion: the engine was missing, it timed out, could not start. */
  failure?: { reason: UnauditedReason; detail: string };
}

/** Reasons a target ends without a verdict. Every target that is not judged carries one. */
export type UnauditedReason =
  | 'not-managed'
  | 'offline'
  | 'wrong-platform'
  | 'undeliverable'
  | 'delivery-timed-out'
  | 'execution-timed-out'
  | 'timed-out'
  | 'cancelled'
  | 'terminated'
  | 'access-denied'
  | 'failed'
  | 'incomplete-output'
  | 'environment-too-large'
  | 'engine-missing'
  | 'deadline-exceeded';

/** The transport's answer for one target and one template: the block outputs, or why there are none. */
export type ProbeRun =
  | { target: Target; templateId: string; blocks: BlockRun[]; commandId?: string }
  | { target: Target; templateId: string; unaudited: { reason: UnauditedReason; detail: string }; commandId?: string };

export interface Finding {
  /** Named matcher that matched (under `or`), absent for unnamed or `and` results. */
  matcherName?: string;
  extractorName?: string;
  extracted: string[];
  /** The block (1-based) whose operators produced it. */
  block: number;
  /** A short line from the host's output that shows why (untrusted text). */
  evidence: string;
}

/**
 * A template's verdict on one host. `vulnerable` needs a finding at severity low or higher; a host whose only
 * findings are `info` observations is `clean` (they stay in `findings`). Defined once in src/report/tally.ts.
 */
export type Verdict = 'vulnerable' | 'clean' | 'unaudited';

/** One host × template outcome with its evidence: the only thing reports read. */
export interface Result {
  target: Target;
  template: Pick<Template, 'id' | 'path' | 'info'>;
  verdict: Verdict;
  findings: Finding[];
  unaudited?: { reason: UnauditedReason; detail: string };
  commandId?: string;
  timestamp: string;
}

/**
 * Something the run was asked to cover and could not, so the hosts behind it have no verdict:
 * a template skipped at load (issue: directories load as nuclei loads them), or an (account, region)
 * scope that could not be audited (multi-account runs). Every report names each gap; `fail-on-unaudited` fails on any.
 */
export type Gap =
  | { kind: 'template'; file: string; line?: number; reason: string }
  | { kind: 'scope'; account: string; region: string; state: string; reason: string };

/** A finished audit: everything every report is a function of. */
export interface AuditReport {
  results: Result[];
  /** What could not be covered at all (skipped templates, unreachable scopes); empty on a complete run. */
  gaps: Gap[];
  templates: Pick<Template, 'id' | 'path' | 'info' | 'sha256' | 'trust'>[];
  /** Command ids sent (SSM); empty for the local transport. */
  commandIds: string[];
  /** What was targeted, stable across runs of the same audit ("local", "ssm/us-east-1/instance-ids", "ssm/eu-west-1/tag:Role=mail"): seeds the default SARIF category. */
  selection: string;
  startedAt: string;
  finishedAt: string;
  /** Set when SIGINT/SIGTERM stopped the run (the signal's name): the report covers only what finished, and every report says so. */
  interrupted?: string;
}
