// The one AWS-RunShellScript script a command carries: every block of every template, each block's source
// base64-encoded, run as nuclei runs it (`<engine> <args> <file>`, target on stdin, context in the environment),
// and its stdout, stderr and exit code written back in length-prefixed frames that start with a boundary random
// per run. Lengths (not the boundary alone) delimit the output, so nothing a probe prints can forge or break a
// frame; the boundary makes a misaligned or foreign line fail loudly. Output with a byte outside ASCII travels
// base64-encoded: the API hands output back as UTF-8 text, which would turn invalid bytes into U+FFFD and break the
// byte counts. Runs under `sh`, always exits 0 (never 194).
//
// What a host can push on is bounded on the host too: a block's output files are capped (`ulimit -f`: a probe
// writing past the cap is stopped there, and only its size is sent back), the output sent back per host is capped,
// earlier blocks' values are trimmed in linear time and checked against Linux's environment limits before they are
// passed on, and every process a block leaves behind (found by a marker in its environment) is killed when it ends.
import { randomBytes, randomInt } from 'node:crypto';
import { scriptEnvironment } from '../../matchers/evaluate.js';
import type { BlockRun, CodeBlock, Template } from '../../types.js';
import { MAX_BLOCK_OUTPUT, MAX_ENV_STRING, MAX_HOST_OUTPUT } from '../limits.js';
import { PROBE_MARKER } from '../process-group.js';

/** SSM refuses documents over 64 KB; leave room for the rest of the request. */
export const MAX_SCRIPT_BYTES = 60_000;
/** Frame format version, written in the `begin` frame. */
export const FRAME_VERSION = '2';

export function newBoundary(): string {
  return `fp${randomBytes(12).toString('hex')}`;
}

/** Shell single quotes: the only character needing care is the quote itself. */
function q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

interface Limits {
  blockTimeout: number;
  /** Bytes a block may write per stream, and the framed bytes one host may send back for this script. */
  blockBytes: number;
  hostBytes: number;
  /** Marker value the blocks' processes carry (not the boundary: probes see it); the script's pid makes it unique per run. */
  token: string;
}

// `timeout --foreground` keeps a block in the script's process group, which the agent kills on a cancel or an
// execution timeout; what a timed-out block's main process leaves is reaped by marker like any leftover. The
// options are tried as they will be used: a `timeout` refusing them (busybox's has no --foreground) would otherwise
// make every block a usage error with empty output. Some (busybox's) exit with the probe's own status, not 124, so
// a block is timed-out by its duration alone.
// A block writes into pipes, as under nuclei (a probe reopening /dev/stdout appends, where a file would be
// truncated), read by a `cat` per stream into files, capped there (`ulimit -f`). A `cat` that fails (a full disk)
// makes the block failed: its output is not whole, and a verdict on what is left could be a pass. The cats are
// bounded by the block's timeout too, so a process holding the pipes open makes the block late, never the script.
// Helpers (all fp_*): fp_open/fp_close start and end a block's pipes; fp_block sends its frames; fp_part prepares the
// frame of one output file; fp_trim is nuclei's strings.Trim(s, " \n\r\t") done with byte offsets (shell pattern
// removal is quadratic on long whitespace runs: 40 KB took 30 s); fp_env checks a value file against the
// environment limits before it is passed on; fp_reap kills what carries the marker.
const PRELUDE = (boundary: string, l: Limits) => `# fleetprobe probe script: output is framed, see src/transport/ssm/frames.ts
B=${boundary}
K=${l.token}-$$
exec </dev/null
umask 077
W=$(mktemp -d 2>/dev/null) || W=
if [ -z "$W" ] || [ ! -d "$W" ]; then printf '%s fatal temp-dir\\n' "$B"; exit 0; fi
# Stops every marked process, sweeping again until nothing new is found (one sweep misses what a respawning daemon
# starts meanwhile), then kills them.
fp_reap() {
  fp_v=; fp_r=0
  while [ "$fp_r" -lt 50 ]; do
    fp_k=$(grep -l -s -F "${PROBE_MARKER}=$K" /proc/[0-9]*/environ 2>/dev/null)
    [ "$fp_k" = "$fp_v" ] && break
    fp_sig STOP $fp_k; fp_v=$fp_k; fp_r=$((fp_r + 1))
  done
  fp_sig KILL $fp_k
}
fp_sig() { fp_g=$1; shift; for fp_p in "$@"; do fp_p=\${fp_p#/proc/}; kill -s "$fp_g" "\${fp_p%/environ}" 2>/dev/null; done; }
trap 'rm -rf "$W"' EXIT
P=1; case $(date +%N 2>/dev/null) in ''|*[!0-9]*) P=1000;; esac
T=; for fp_o in '--foreground -k 5' '-k 5' ''; do if timeout $fp_o 1 true >/dev/null 2>&1; then T="timeout $fp_o ${l.blockTimeout}"; break; fi; done
L=${l.blockTimeout * 1000 - 50}
BM=${l.blockBytes}; HM=${l.hostBytes}; EM=${MAX_ENV_STRING}; S=0
F=$((BM / 512 + 2))
fp_ms() { if [ "$P" = 1 ]; then fp_t=$(date +%s%N); echo $((fp_t / 1000000)); else echo $(($(date +%s) * 1000)); fi; }
fp_dec() { if command -v base64 >/dev/null 2>&1; then base64 -d; else openssl base64 -d -A; fi; }
fp_enc() { if command -v base64 >/dev/null 2>&1; then base64; else openssl base64; fi | tr -d '\\n'; }
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
fp_size() { fp_s=$(wc -c < "$1"); echo $((fp_s + 0)); }
fp_open() {
  mkfifo "$D/$1.po" "$D/$1.pe" || return 1
  (ulimit -f "$F" 2>/dev/null; exec $T cat) < "$D/$1.po" > "$D/$1.o" 2>/dev/null & fp_wo=$!
  (ulimit -f "$F" 2>/dev/null; exec $T cat) < "$D/$1.pe" > "$D/$1.e" 2>/dev/null & fp_we=$!
  fp_0=$(fp_ms)
}
fp_close() { fp_reap; wait "$fp_wo"; fp_so=$?; wait "$fp_we"; fp_se=$?; fp_1=$(fp_ms); fp_d=$((fp_1 - fp_0)); }
# fp_part <o|e> <block> <file>: the frame header in fp_h, and in fp_f the file to send after it ('' when only the
# size goes back); fails when the host could not write the encoded copy.
fp_part() {
  fp_f=; fp_n=$(fp_size "$3")
  if [ "$fp_n" -gt "$BM" ]; then fp_h="$B c $1 $2 $fp_n block"; return 0; fi
  if [ "$(LC_ALL=C tr -d '\\000-\\177' < "$3" | wc -c)" -gt 0 ]; then fp_f=$3.b; fp_c=b; fp_enc < "$3" > "$fp_f" || return 1; else fp_f=$3; fp_c=r; fi
  fp_m=$(fp_size "$fp_f")
  if [ $((S + fp_m)) -gt "$HM" ]; then fp_h="$B c $1 $2 $fp_n host"; fp_f=; return 0; fi
  S=$((S + fp_m)); fp_h="$B $1 $2 $fp_m $fp_c"
}
fp_send() { printf '%s\\n' "$1"; if [ -n "$2" ]; then cat "$2"; printf '\\n'; fi; }
# fp_block <block>: its frames (output, exit code, duration); fails when the template must stop there (the block
# was late, or its output could not be stored whole, which is then its frame).
fp_block() {
  if { [ "$fp_so" -ne 0 ] || [ "$fp_se" -ne 0 ]; } && [ "$(fp_size "$D/$1.o")" -le "$BM" ] && [ "$(fp_size "$D/$1.e")" -le "$BM" ] && ! fp_late; then
    printf '%s f %s write\\n' "$B" "$1"; return 1
  fi
  if ! { fp_part o "$1" "$D/$1.o" && fp_ho=$fp_h fp_fo=$fp_f && fp_part e "$1" "$D/$1.e"; }; then printf '%s f %s write\\n' "$B" "$1"; return 1; fi
  fp_send "$fp_ho" "$fp_fo"; fp_send "$fp_h" "$fp_f"
  printf '%s x %s %s %s %s\\n' "$B" "$1" "$fp_rc" "$fp_d" "$P"
  ! fp_late
}
fp_trim() {
  LC_ALL=C tr ' \\t\\r' '\\n\\n\\n' < "$1" > "$W/m" || return 1
  fp_a=$(LC_ALL=C sed -n -e '/^$/!{' -e '=' -e 'q' -e '}' "$W/m")
  if [ -z "$fp_a" ]; then : > "$2"; return; fi
  fp_n=$(fp_size "$1"); fp_w=65536
  while :; do
    fp_z=$(tail -c "$fp_w" "$W/m" | LC_ALL=C sed -n -e '/^$/!=' | tail -n 1)
    if [ -n "$fp_z" ] || [ "$fp_w" -ge "$fp_n" ]; then break; fi
    fp_w=$((fp_w * 2))
  done
  fp_l=$(tail -c "$fp_w" "$W/m" | wc -l); fp_b=$((fp_l - fp_z + 1)); fp_a=$((fp_a - 1))
  tail -c +$((fp_a + 1)) "$1" | head -c $((fp_n - fp_a - fp_b)) > "$2"
}
fp_env() {
  if [ "$(LC_ALL=C tr -cd '\\000' < "$3" | wc -c)" -gt 0 ]; then printf '%s f %s env-nul %s\\n' "$B" "$1" "$2"; return 1; fi
  fp_z=$(($(fp_size "$3") + $4))
  if [ "$fp_z" -gt "$EM" ]; then printf '%s f %s env-too-large %s %s\\n' "$B" "$1" "$2" $((fp_z - 1)); return 1; fi
}
fp_late() { [ $((fp_d + P)) -ge "$L" ]; }
IN=\${AWS_SSM_INSTANCE_ID:-}
`;

/** Marker values standing for an earlier block's runtime output while the environment is computed. */
const responseMarker = (j: number) => `\u0001R${j}\u0001`;
const stderrMarker = (j: number) => `\u0001E${j}\u0001`;

export type EnvEntry = { key: string; value: string } | { key: string; block: number; stream: 'response' | 'stderr' };

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
  lines.push(`  ${template.selfContained ? ': > "$D/in"' : `printf '%s' "$IN" > "$D/in"`} || { printf '%s f 1 write\\n' "$B"; return; }`);
  template.blocks.forEach((block, i) => {
    const b = i + 1;
    const file = `"$D/${scriptName(block).replace(/["$`\\]/g, '_')}"`;
    lines.push(`  # block ${b}`);
    lines.push(`  printf '%s' '${Buffer.from(block.source).toString('base64')}' | fp_dec > ${file} 2>/dev/null || { printf '%s f ${b} decode\\n' "$B"; return; }`);
    lines.push(`  E=; for e in ${block.engines.map(q).join(' ')}; do E=$(fp_which "$e") && break; E=; done`);
    lines.push(`  if [ -z "$E" ]; then printf '%s m ${b}\\n' "$B"; return; fi`);
    lines.push('  set --');
    blockEnvironment(template, i).forEach((entry, n) => {
      if ('value' in entry) {
        lines.push(`  set -- "$@" ${q(`${entry.key}=${entry.value.replace('\u0001IN\u0001', '')}`)}`);
        return;
      }
      // The frame names the entry by its position: keys come from templates and may hold anything.
      const value = `"$D/${entry.block}.${entry.stream === 'response' ? 'o' : 'e'}.t"`;
      const pass = `fp_env ${b} ${n} ${value} ${Buffer.byteLength(entry.key) + 2} || return; set -- "$@" ${q(`${entry.key}=`)}"$(cat ${value})"`;
      // nuclei sets <id>_stderr only when the block wrote to stderr at all.
      lines.push(entry.stream === 'stderr' ? `  if [ -s "$D/${entry.block}.e" ]; then ${pass}; fi` : `  ${pass}`);
    });
    lines.push(`  fp_open ${b} || { printf '%s f ${b} write\\n' "$B"; return; }`);
    // In a subshell of its own: dash opens a command's redirections in the script itself, so its report of a block
    // killed by a signal ("Terminated") went into the block's stderr, or, with the reader gone, killed the script.
    lines.push(`  (exec $T env "$@" ${PROBE_MARKER}="$K" "$E" ${block.args.map(q).join(' ')} ${file}) < "$D/in" > "$D/${b}.po" 2> "$D/${b}.pe"; fp_rc=$?; fp_close`);
    // The exec itself refused (E2BIG: the variables fit one by one, not together): the block never ran.
    lines.push(`  if [ "$fp_rc" -eq 126 ] && grep -q 'Argument list too long' "$D/${b}.e" 2>/dev/null; then printf '%s f ${b} env-exec\\n' "$B"; return; fi`);
    // A block stopped by its timeout ends the template, as in the local transport.
    lines.push(`  fp_block ${b} || return`);
    if (b < template.blocks.length) lines.push(`  fp_trim "$D/${b}.o" "$D/${b}.o.t" && fp_trim "$D/${b}.e" "$D/${b}.e.t" || { printf '%s f ${b + 1} write\\n' "$B"; return; }`);
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
  /** Framed output bytes each host may send back for this part (the host's cap, shared by the parts). */
  hostBytes: number;
}

/**
 * Packs templates into as few scripts as fit under MAX_SCRIPT_BYTES, in order. A template too large
 * for a script of its own is returned in `tooLarge` (it cannot run over SSM).
 */
export function buildScripts(templates: readonly Template[], boundary: string, blockTimeoutSeconds: number): { parts: ScriptPart[]; tooLarge: { template: Template; bytes: number }[] } {
  const limits = (hostBytes: number): Limits => ({ blockTimeout: blockTimeoutSeconds, blockBytes: MAX_BLOCK_OUTPUT, hostBytes, token: randomBytes(12).toString('hex') });
  // Sized with the largest numbers it can hold, so the final prelude is never longer.
  const fixed = Buffer.byteLength(PRELUDE(boundary, limits(MAX_HOST_OUTPUT))) + 200;
  const packed: { templates: Template[]; bodies: string[]; bytes: number }[] = [];
  const tooLarge: { template: Template; bytes: number }[] = [];
  for (const template of templates) {
    let current = packed.at(-1);
    let body = templateFunction(template, (current?.templates.length ?? 0) + 1);
    if (fixed + Buffer.byteLength(body) > MAX_SCRIPT_BYTES) {
      tooLarge.push({ template, bytes: fixed + Buffer.byteLength(body) });
      continue;
    }
    if (!current || current.bytes + Buffer.byteLength(body) + 80 > MAX_SCRIPT_BYTES) {
      current = { templates: [], bodies: [], bytes: fixed };
      packed.push(current);
      body = templateFunction(template, 1);
    }
    current.templates.push(template);
    current.bodies.push(body);
    // The body plus its call line.
    current.bytes += Buffer.byteLength(body) + 80;
  }
  const hostBytes = Math.floor(MAX_HOST_OUTPUT / Math.max(1, packed.length));
  return {
    parts: packed.map((p) => ({
      templates: p.templates,
      hostBytes,
      script: [
        PRELUDE(boundary, limits(hostBytes)),
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
