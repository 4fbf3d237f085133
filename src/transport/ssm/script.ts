// The one AWS-RunShellScript script a command carries: every block of every template, each block's source
// base64-encoded, run as nuclei runs it (`<engine> <args> <file>`, target on stdin, context in the environment),
// and its stdout, stderr and exit code written back in length-prefixed frames that start with a boundary random
// per run. Lengths (not the boundary alone) delimit the output, so nothing a probe prints can forge or break a
// frame; the boundary makes a misaligned or foreign line fail loudly. Runs under `sh`, always exits 0 (never 194).
import { randomBytes, randomInt } from 'node:crypto';
import { scriptEnvironment } from '../../matchers/evaluate.js';
import type { BlockRun, CodeBlock, Template } from '../../types.js';

/** SSM refuses documents over 64 KB; leave room for the rest of the request. */
export const MAX_SCRIPT_BYTES = 60_000;
/** Frame format version, written in the `begin` frame. */
export const FRAME_VERSION = '1';

export function newBoundary(): string {
  return `fp${randomBytes(12).toString('hex')}`;
}

/** Shell single quotes: the only character needing care is the quote itself. */
function q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const PRELUDE = (boundary: string, blockTimeout: number) => `# fleetprobe probe script: output is framed, see src/transport/ssm/frames.ts
B=${boundary}
exec </dev/null
umask 077
W=$(mktemp -d 2>/dev/null) || W=
if [ -z "$W" ] || [ ! -d "$W" ]; then printf '%s fatal temp-dir\\n' "$B"; exit 0; fi
trap 'rm -rf "$W"' EXIT
WS=$(printf ' \\t\\r\\nx'); WS=\${WS%x}
P=1; case $(date +%N 2>/dev/null) in ''|*[!0-9]*) P=1000;; esac
if command -v timeout >/dev/null 2>&1; then T="timeout -k 5 ${blockTimeout}"; else T=; fi
L=${blockTimeout * 1000 - 50}
fp_ms() { if [ "$P" = 1 ]; then fp_t=$(date +%s%N); echo $((fp_t / 1000000)); else echo $(($(date +%s) * 1000)); fi; }
fp_dec() { if command -v base64 >/dev/null 2>&1; then base64 -d; else openssl base64 -d -A; fi; }
fp_which() {
  case $1 in */*) if [ -f "$1" ] && [ -x "$1" ]; then printf '%s' "$1"; return 0; fi; return 1;; esac
  fp_ifs=$IFS; IFS=:; set -f
  for fp_d in $PATH; do
    IFS=$fp_ifs; set +f
    [ -z "$fp_d" ] && fp_d=.
    if [ -f "$fp_d/$1" ] && [ -x "$fp_d/$1" ]; then printf '%s' "$fp_d/$1"; return 0; fi
  done
  IFS=$fp_ifs; set +f; return 1
}
fp_trim() { fp_v=$(cat "$1"; printf x); fp_v=\${fp_v%x}; fp_l=\${fp_v%%[!$WS]*}; fp_v=\${fp_v#"$fp_l"}; fp_r=\${fp_v##*[!$WS]}; printf '%s' "\${fp_v%"$fp_r"}"; }
fp_part() { fp_n=$(wc -c < "$3"); printf '%s %s %s %s\\n' "$B" "$1" "$2" $((fp_n + 0)); cat "$3"; printf '\\n'; }
fp_late() { { [ "$1" -eq 124 ] || [ "$1" -eq 137 ]; } && [ $(($2 + P)) -ge "$L" ]; }
IN=\${AWS_SSM_INSTANCE_ID:-}
`;

/** Marker values standing for an earlier block's runtime output while the environment is computed. */
const responseMarker = (j: number) => `\u0001R${j}\u0001`;
const stderrMarker = (j: number) => `\u0001E${j}\u0001`;

type EnvEntry = { key: string; value: string } | { key: string; block: number; stream: 'response' | 'stderr' };

/**
 * The environment of block `i` (0-based): what the local transport gives (scriptEnvironment), with
 * earlier blocks' outputs as references resolved on the host. Internal extractor values are not
 * available there (they need the matchers engine), so operators are left out of the computation.
 */
export function blockEnvironment(template: Template, i: number): EnvEntry[] {
  const bare: Template = { ...template, blocks: template.blocks.map((b) => ({ ...b, operators: undefined })) };
  const earlier: BlockRun[] = Array.from({ length: i }, (_, j) => ({ stdout: responseMarker(j + 1), stderr: stderrMarker(j + 1), exitCode: 0, durationMs: 0 }));
  const env = scriptEnvironment(bare, earlier, template.selfContained ? '' : '\u0001IN\u0001');
  return Object.entries(env).map(([key, value]): EnvEntry => {
    const m = /^\u0001([RE])(\d+)\u0001$/.exec(value);
    if (m) return { key, block: Number(m[2]), stream: m[1] === 'R' ? 'response' : 'stderr' };
    if (value.includes('\u0001')) throw new Error(`environment value of ${key} mixes host output with text`);
    return { key, value };
  });
}

function scriptName(block: CodeBlock): string {
  const pattern = block.pattern && !block.pattern.includes('/') ? block.pattern : `block-${block.index}-*`;
  return pattern.includes('*') ? pattern.replace('*', String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}

/** The shell function running template number `t` (1-based within its command). */
function templateFunction(template: Template, t: number): string {
  const lines = [`fp_t${t}() {`, `  D=$W/${t}; mkdir "$D" || { printf '%s f 1 temp-dir\\n' "$B"; return; }`];
  // The target input: the instance id the agent gives the script ('' for a self-contained template).
  lines.push(template.selfContained ? `  : > "$D/in"` : `  printf '%s' "$IN" > "$D/in"`);
  template.blocks.forEach((block, i) => {
    const b = i + 1;
    const file = `"$D/${scriptName(block).replace(/["$`\\]/g, '_')}"`;
    lines.push(`  # block ${b}`);
    lines.push(`  printf '%s' '${Buffer.from(block.source).toString('base64')}' | fp_dec > ${file} 2>/dev/null || { printf '%s f ${b} decode\\n' "$B"; return; }`);
    lines.push(`  E=; for e in ${block.engines.map(q).join(' ')}; do E=$(fp_which "$e") && break; E=; done`);
    lines.push(`  if [ -z "$E" ]; then printf '%s m ${b}\\n' "$B"; return; fi`);
    lines.push('  set --');
    for (const entry of blockEnvironment(template, i)) {
      if ('value' in entry) {
        lines.push(`  set -- "$@" ${q(`${entry.key}=${entry.value.replace('\u0001IN\u0001', '')}`)}`);
        continue;
      }
      const v = `${q(`${entry.key}=`)}"$${entry.stream === 'response' ? 'R' : 'E'}${entry.block}"`;
      // nuclei sets <id>_stderr only when the block wrote to stderr at all.
      lines.push(entry.stream === 'stderr' ? `  [ -s "$D/${entry.block}.e" ] && set -- "$@" ${v}` : `  set -- "$@" ${v}`);
    }
    lines.push('  fp_0=$(fp_ms)');
    lines.push(`  $T env "$@" "$E" ${block.args.map(q).join(' ')} ${file} < "$D/in" > "$D/${b}.o" 2> "$D/${b}.e"; fp_rc=$?`);
    lines.push('  fp_1=$(fp_ms)');
    lines.push(`  fp_part o ${b} "$D/${b}.o"; fp_part e ${b} "$D/${b}.e"`);
    lines.push(`  printf '%s x ${b} %s %s %s\\n' "$B" "$fp_rc" $((fp_1 - fp_0)) "$P"`);
    if (b < template.blocks.length) {
      // A block stopped by its timeout ends the template, as in the local transport.
      lines.push('  if fp_late "$fp_rc" $((fp_1 - fp_0)); then return; fi');
      lines.push(`  R${b}=$(fp_trim "$D/${b}.o"); E${b}=$(fp_trim "$D/${b}.e")`);
    }
  });
  lines.push('}');
  return lines.join('\n');
}

function templateCall(t: number): string {
  return `printf '%s t ${t}\\n' "$B"; fp_t${t}; printf '%s d ${t}\\n' "$B"`;
}

export interface ScriptPart {
  templates: Template[];
  script: string;
}

/**
 * Packs templates into as few scripts as fit under MAX_SCRIPT_BYTES, in order. A template too large
 * for a script of its own is returned in `tooLarge` (it cannot run over SSM).
 */
export function buildScripts(templates: readonly Template[], boundary: string, blockTimeoutSeconds: number): { parts: ScriptPart[]; tooLarge: { template: Template; bytes: number }[] } {
  const prelude = PRELUDE(boundary, blockTimeoutSeconds);
  const fixed = Buffer.byteLength(prelude) + 200;
  const parts: { templates: Template[]; bodies: string[]; bytes: number }[] = [];
  const tooLarge: { template: Template; bytes: number }[] = [];
  for (const template of templates) {
    let current = parts.at(-1);
    let body = templateFunction(template, (current?.templates.length ?? 0) + 1);
    if (fixed + Buffer.byteLength(body) > MAX_SCRIPT_BYTES) {
      tooLarge.push({ template, bytes: fixed + Buffer.byteLength(body) });
      continue;
    }
    if (!current || current.bytes + Buffer.byteLength(body) + 80 > MAX_SCRIPT_BYTES) {
      current = { templates: [], bodies: [], bytes: fixed };
      parts.push(current);
      body = templateFunction(template, 1);
    }
    current.templates.push(template);
    current.bodies.push(body);
    // The body plus its call line.
    current.bytes += Buffer.byteLength(body) + 80;
  }
  return {
    parts: parts.map((p) => ({
      templates: p.templates,
      script: [
        prelude,
        ...p.bodies,
        `printf '%s begin ${FRAME_VERSION}\\n' "$B"`,
        ...p.templates.map((_, i) => templateCall(i + 1)),
        `printf '%s end ${p.templates.length}\\n' "$B"`,
        'exit 0',
        '',
      ].join('\n'),
    })),
    tooLarge,
  };
}
