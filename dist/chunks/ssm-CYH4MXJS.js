import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  createSsmApi,
  errorName
} from "./chunk-NWJ7XADS.js";
import {
  UserError,
  scriptEnvironment
} from "./chunk-EOQCMXBZ.js";
import "./chunk-WZWHFPJF.js";
import "./chunk-32U22KDF.js";

// src/transport/ssm/script.ts
import { randomBytes, randomInt } from "node:crypto";
var MAX_SCRIPT_BYTES = 6e4;
var FRAME_VERSION = "1";
function newBoundary() {
  return `fp${randomBytes(12).toString("hex")}`;
}
function q(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
var PRELUDE = (boundary, blockTimeout) => `# fleetprobe probe script: output is framed, see src/transport/ssm/frames.ts
B=${boundary}
exec </dev/null
umask 077
W=$(mktemp -d 2>/dev/null) || W=
if [ -z "$W" ] || [ ! -d "$W" ]; then printf '%s fatal temp-dir\\n' "$B"; exit 0; fi
trap 'rm -rf "$W"' EXIT
WS=$(printf ' \\t\\r\\nx'); WS=\${WS%x}
P=1; case $(date +%N 2>/dev/null) in ''|*[!0-9]*) P=1000;; esac
if command -v timeout >/dev/null 2>&1; then T="timeout -k 5 ${blockTimeout}"; else T=; fi
L=${blockTimeout * 1e3 - 50}
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
var responseMarker = (j) => `R${j}`;
var stderrMarker = (j) => `E${j}`;
function blockEnvironment(template, i) {
  const bare = { ...template, blocks: template.blocks.map((b) => ({ ...b, operators: void 0 })) };
  const earlier = Array.from({ length: i }, (_, j) => ({ stdout: responseMarker(j + 1), stderr: stderrMarker(j + 1), exitCode: 0, durationMs: 0 }));
  const env = scriptEnvironment(bare, earlier, template.selfContained ? "" : "IN");
  return Object.entries(env).map(([key, value]) => {
    const m = /^\u0001([RE])(\d+)\u0001$/.exec(value);
    if (m) return { key, block: Number(m[2]), stream: m[1] === "R" ? "response" : "stderr" };
    if (value.includes("")) throw new Error(`environment value of ${key} mixes host output with text`);
    return { key, value };
  });
}
function scriptName(block) {
  const pattern = block.pattern && !block.pattern.includes("/") ? block.pattern : `block-${block.index}-*`;
  return pattern.includes("*") ? pattern.replace("*", String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}
function templateFunction(template, t) {
  const lines = [`fp_t${t}() {`, `  D=$W/${t}; mkdir "$D" || { printf '%s f 1 temp-dir\\n' "$B"; return; }`];
  lines.push(template.selfContained ? `  : > "$D/in"` : `  printf '%s' "$IN" > "$D/in"`);
  template.blocks.forEach((block, i) => {
    const b = i + 1;
    const file = `"$D/${scriptName(block).replace(/["$`\\]/g, "_")}"`;
    lines.push(`  # block ${b}`);
    lines.push(`  printf '%s' '${Buffer.from(block.source).toString("base64")}' | fp_dec > ${file} 2>/dev/null || { printf '%s f ${b} decode\\n' "$B"; return; }`);
    lines.push(`  E=; for e in ${block.engines.map(q).join(" ")}; do E=$(fp_which "$e") && break; E=; done`);
    lines.push(`  if [ -z "$E" ]; then printf '%s m ${b}\\n' "$B"; return; fi`);
    lines.push("  set --");
    for (const entry of blockEnvironment(template, i)) {
      if ("value" in entry) {
        lines.push(`  set -- "$@" ${q(`${entry.key}=${entry.value.replace("IN", "")}`)}`);
        continue;
      }
      const v = `${q(`${entry.key}=`)}"$${entry.stream === "response" ? "R" : "E"}${entry.block}"`;
      lines.push(entry.stream === "stderr" ? `  [ -s "$D/${entry.block}.e" ] && set -- "$@" ${v}` : `  set -- "$@" ${v}`);
    }
    lines.push("  fp_0=$(fp_ms)");
    lines.push(`  $T env "$@" "$E" ${block.args.map(q).join(" ")} ${file} < "$D/in" > "$D/${b}.o" 2> "$D/${b}.e"; fp_rc=$?`);
    lines.push("  fp_1=$(fp_ms)");
    lines.push(`  fp_part o ${b} "$D/${b}.o"; fp_part e ${b} "$D/${b}.e"`);
    lines.push(`  printf '%s x ${b} %s %s %s\\n' "$B" "$fp_rc" $((fp_1 - fp_0)) "$P"`);
    if (b < template.blocks.length) {
      lines.push('  if fp_late "$fp_rc" $((fp_1 - fp_0)); then return; fi');
      lines.push(`  R${b}=$(fp_trim "$D/${b}.o"); E${b}=$(fp_trim "$D/${b}.e")`);
    }
  });
  lines.push("}");
  return lines.join("\n");
}
function templateCall(t) {
  return `printf '%s t ${t}\\n' "$B"; fp_t${t}; printf '%s d ${t}\\n' "$B"`;
}
function buildScripts(templates, boundary, blockTimeoutSeconds) {
  const prelude = PRELUDE(boundary, blockTimeoutSeconds);
  const fixed = Buffer.byteLength(prelude) + 200;
  const parts = [];
  const tooLarge = [];
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
        "exit 0",
        ""
      ].join("\n")
    })),
    tooLarge
  };
}

// src/transport/ssm/frames.ts
var Broken = class extends Error {
};
function parseFrames(text, boundary, templateCount) {
  const buf = Buffer.from(text, "utf8");
  const out = { templates: Array.from({ length: templateCount }, () => void 0), complete: false };
  let pos = 0;
  const line = () => {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) throw new Broken("output ends inside a frame header");
    const words = buf.subarray(pos, nl).toString("utf8").split(" ");
    pos = nl + 1;
    if (words[0] !== boundary) throw new Broken("a line where a frame header was expected");
    return words.slice(1);
  };
  const bytes = (n) => {
    if (pos + n + 1 > buf.length) throw new Broken("output ends inside a block's output");
    const s = buf.subarray(pos, pos + n).toString("utf8");
    if (buf[pos + n] !== 10) throw new Broken("a block's output does not match its length");
    pos += n + 1;
    return s;
  };
  const num = (s) => {
    if (s === void 0 || !/^-?\d+$/.test(s)) throw new Broken(`'${s ?? ""}' where a number was expected`);
    return Number(s);
  };
  const expect = (words, ...want) => {
    if (want.some((w, i) => words[i] !== w)) throw new Broken(`frame '${words.join(" ")}' where '${want.join(" ")}' was expected`);
  };
  try {
    const first = line();
    if (first[0] === "fatal") {
      out.fatal = first.slice(1).join(" ");
      return out;
    }
    expect(first, "begin", FRAME_VERSION);
    for (let t = 1; t <= templateCount; t++) {
      const head = line();
      if (head[0] === "fatal") {
        out.fatal = head.slice(1).join(" ");
        return out;
      }
      expect(head, "t", String(t));
      const blocks = [];
      for (let b = 1; ; b++) {
        const words = line();
        if (words[0] === "d") {
          expect(words, "d", String(t));
          break;
        }
        if (words[0] === "m" || words[0] === "f") {
          expect(words, words[0], String(b));
          blocks.push(words[0] === "m" ? { kind: "engine-missing" } : { kind: "failed", why: words.slice(2).join(" ") });
          continue;
        }
        expect(words, "o", String(b));
        const stdout = bytes(num(words[2]));
        const e = line();
        expect(e, "e", String(b));
        const stderr = bytes(num(e[2]));
        const x = line();
        expect(x, "x", String(b));
        blocks.push({ kind: "ran", stdout, stderr, exitCode: num(x[2]), ms: num(x[3]), precisionMs: num(x[4]) });
      }
      out.templates[t - 1] = blocks;
    }
    expect(line(), "end", String(templateCount));
    out.complete = true;
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    out.problem = e.message;
  }
  return out;
}
function toBlockRuns(raw, template, blockTimeoutSeconds) {
  const runs = [];
  for (const [i, r] of raw.entries()) {
    const block = template.blocks[i];
    if (!block) return void 0;
    if (r.kind === "engine-missing") runs.push(failed("engine-missing", `none of the engines ${block.engines.join(", ")} is on PATH`));
    else if (r.kind === "failed") runs.push(failed("failed", r.why === "decode" ? `block ${block.index}: could not decode its source on the host (needs base64 or openssl)` : `block ${block.index}: could not create a temp dir on the host`));
    else if ((r.exitCode === 124 || r.exitCode === 137) && r.ms + r.precisionMs >= blockTimeoutSeconds * 1e3 - 50) {
      runs.push({ ...failed("timed-out", `block ${block.index} ran past its ${blockTimeoutSeconds}s timeout`), durationMs: r.ms });
    } else runs.push({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, durationMs: r.ms });
  }
  const last = runs.at(-1);
  if (runs.length < template.blocks.length && !last?.failure) return void 0;
  return runs;
}
function failed(reason, detail) {
  return { stdout: "", stderr: "", exitCode: null, durationMs: 0, failure: { reason, detail } };
}

// src/transport/ssm/status.ts
var RUNNING = /* @__PURE__ */ new Set(["Pending", "InProgress", "Delayed", "Cancelling"]);
function terminalState(status, statusDetails, responseCode) {
  if (RUNNING.has(status)) return void 0;
  if (status === "Success") return { kind: "ran" };
  const details = statusDetails.replace(/\s+/g, "").toLowerCase();
  const stopped = (reason, detail) => ({ kind: "stopped", reason, detail });
  switch (details) {
    case "deliverytimedout":
      return stopped("delivery-timed-out", "SSM could not deliver the command before delivery-timeout (the agent was unreachable)");
    case "executiontimedout":
      return stopped("execution-timed-out", "the probe script ran past execution-timeout and the agent stopped it");
    case "undeliverable":
      return stopped("undeliverable", "SSM could not deliver the command (the instance is missing or not responding)");
    case "invalidplatform":
      return stopped("wrong-platform", "SSM refused the command: AWS-RunShellScript does not run on this platform");
    case "accessdenied":
      return stopped("access-denied", "SSM refused the command for this instance (access denied)");
    case "terminated":
      return stopped("terminated", "SSM stopped the rollout before this instance (max-errors was reached)");
  }
  if (status === "Cancelled") return stopped("cancelled", "the command was cancelled");
  if (status === "TimedOut") return stopped("timed-out", `the command timed out (${statusDetails || "no detail"})`);
  return stopped("failed", `the probe script did not finish on the host (${statusDetails || status}${responseCode !== void 0 ? `, exit ${responseCode}` : ""})`);
}
function stopReason(signal, deadlineSeconds) {
  const reason = signal?.reason;
  return reason?.name === "TimeoutError" ? { reason: "deadline-exceeded", detail: `the run's deadline (${deadlineSeconds}s) passed before this host finished; its command was cancelled` } : { reason: "cancelled", detail: "the run was cancelled before this host finished; its command was cancelled" };
}

// src/transport/ssm/targets.ts
var BATCH = 50;
function chunk(items, size = BATCH) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
async function lookUp(api, ids) {
  try {
    return new Map((await api.describeInstances({ key: "InstanceIds", values: ids })).map((i) => [i.id, i]));
  } catch (e) {
    if (errorName(e) !== "InvalidInstanceId") throw e;
    if (ids.length === 1) return /* @__PURE__ */ new Map();
    const half = Math.ceil(ids.length / 2);
    const [a, b] = await Promise.all([lookUp(api, ids.slice(0, half)), lookUp(api, ids.slice(half))]);
    return new Map([...a, ...b]);
  }
}
function targetOf(id, region, info) {
  return { id, transport: "ssm", region, ...info?.name ? { name: info.name } : {}, ...info?.platform ? { platform: info.platform } : {} };
}
async function resolveTargets(api, region, ids, selectors) {
  const found = /* @__PURE__ */ new Map();
  const order = [...ids];
  const known = await Promise.all(chunk(ids).map((batch) => lookUp(api, batch)));
  for (const m of known) for (const [id, info] of m) found.set(id, info);
  for (const s of selectors) {
    if (s.kind === "resource-group") continue;
    const filter = s.kind === "tag" ? { key: `tag:${s.key}`, values: s.values } : { key: "tag-key", values: s.keys };
    for (const info of await api.describeInstances(filter)) {
      if (!found.has(info.id)) order.push(info.id);
      found.set(info.id, info);
    }
  }
  const out = { send: [], unaudited: [], order: [...new Set(order)], groups: selectors.filter((s) => s.kind === "resource-group") };
  for (const id of out.order) {
    const info = found.get(id);
    const target = targetOf(id, region, info);
    if (!info) out.unaudited.push({ target, reason: "not-managed", detail: "not a managed instance that this role can see (no SSM agent registered, stopped or terminated, or no permission)" });
    else if (info.pingStatus !== "Online") out.unaudited.push({ target, reason: "offline", detail: `the SSM agent is not reachable (ping status ${info.pingStatus})` });
    else if (info.platformType !== "Linux") out.unaudited.push({ target, reason: "wrong-platform", detail: `platform ${info.platformType}; code templates run on Linux` });
    else out.send.push(target);
  }
  return out;
}

// src/transport/ssm/collect.ts
var PLUGIN_OUTPUT_MAX = 2500;
var STDOUT_MAX = 24e3;
var TRUNCATED = "---Output truncated---";
var FINAL_LOOK_MS = 1e4;
var MAX_FAILED_LOOKS = 5;
async function collect(options, commands) {
  const runs = [];
  const tracked = commands.map((sent) => ({ sent, targets: new Map((sent.targets ?? []).map((t) => [t.id, t])), read: /* @__PURE__ */ new Set(), finished: false, failures: 0 }));
  const open = () => tracked.filter((t) => !t.finished);
  const started = Date.now();
  for (let round = 0; round < 1e6 && open().length > 0; round++) {
    const delay = Math.min(options.poll.maxMs, Math.max(options.poll.minMs, (Date.now() - started) / 4));
    await sleep(jitter(delay), options.signal);
    if (options.signal?.aborted) break;
    const before = totalCalls(options.api);
    await Promise.all(
      open().map(
        (t) => look(options, t, runs, void 0).then(
          () => void (t.failures = 0),
          (e) => {
            if (++t.failures < MAX_FAILED_LOOKS) return;
            t.finished = true;
            settleRest(options, t, runs, { reason: "failed", detail: `could not read the command's results: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` });
          }
        )
      )
    );
    options.onRound?.(totalCalls(options.api) - before);
  }
  if (open().length > 0) {
    const stoppedBy = stopReason(options.signal, options.deadlineSeconds);
    await Promise.all(open().map((t) => options.api.cancelCommand(t.sent.commandId).catch(() => void 0)));
    await Promise.race([Promise.all(open().map((t) => look(options, t, runs, stoppedBy).catch(() => void 0))), sleep(FINAL_LOOK_MS)]);
    for (const t of open()) settleRest(options, t, runs, stoppedBy);
  }
  return runs;
}
function settleRest(options, t, runs, unaudited) {
  for (const target of t.targets.values()) {
    if (t.read.has(target.id)) continue;
    t.read.add(target.id);
    for (const template of options.parts[t.sent.part].templates) runs.push({ target, templateId: template.id, unaudited, commandId: t.sent.commandId });
  }
}
function totalCalls(api) {
  return api.calls.ListCommandInvocations + api.calls.GetCommandInvocation + api.calls.ListCommands + api.calls.S3GetObject;
}
async function look(options, t, runs, stoppedBy) {
  const { api } = options;
  const listed = [];
  let token;
  for (let page = 0; page < 1e3; page++) {
    const out = await api.listInvocations(t.sent.commandId, token);
    listed.push(...out.invocations);
    token = out.nextToken;
    if (!token) break;
  }
  const reads = [];
  for (const inv of listed) {
    if (t.read.has(inv.instanceId)) continue;
    const state = terminalState(inv.status, inv.statusDetails, inv.responseCode);
    if (!state) continue;
    const target = t.targets.get(inv.instanceId) ?? targetOf(inv.instanceId, options.region, inv.name ? { id: inv.instanceId, pingStatus: "Online", platformType: "Linux", name: inv.name } : void 0);
    t.targets.set(target.id, target);
    t.read.add(target.id);
    const effective = stoppedBy && state.kind === "stopped" && state.reason === "cancelled" ? { kind: "stopped", ...stoppedBy } : state;
    reads.push(
      read(options, t.sent, target, inv, effective).then((r) => {
        if (r === void 0) t.read.delete(target.id);
        else runs.push(...r);
      })
    );
  }
  await Promise.all(reads);
  if (t.sent.group === void 0) {
    t.finished = t.read.size === t.targets.size;
  } else if (listed.length > 0 && listed.every((i) => t.read.has(i.instanceId))) {
    const status = await api.commandStatus(t.sent.commandId);
    t.finished = status !== void 0 && !["Pending", "InProgress", "Cancelling"].includes(status.status) && t.read.size >= status.targetCount;
  }
}
async function read(options, sent, target, inv, state) {
  const templates = options.parts[sent.part].templates;
  const parse = (text) => parseFrames(text, options.boundary, templates.length);
  let parsed = parse(inv.output);
  let why;
  const whole = (p) => p.complete || p.fatal !== void 0;
  if (!whole(parsed) && (state.kind === "ran" || looksCut(inv.output, PLUGIN_OUTPUT_MAX))) {
    const full = await options.api.getInvocation(sent.commandId, target.id);
    if (!full) return void 0;
    parsed = parse(full.stdout);
    if (!whole(parsed) && looksCut(full.stdout, STDOUT_MAX)) {
      const key = s3Key(options.prefix, sent.commandId, target.id);
      if (!options.bucket) why = "the output is longer than the 24,000 characters SSM returns; set output-s3-bucket to read it whole";
      else {
        const text = await options.api.getS3Text(options.bucket, key);
        if (text !== void 0) parsed = parse(text);
        else why = `the full output was not found in s3://${options.bucket}/${key}`;
      }
    }
  }
  return templates.map((template, k) => {
    const base = { target, templateId: template.id, commandId: sent.commandId };
    if (parsed.fatal !== void 0) return { ...base, unaudited: { reason: "failed", detail: `the probe script could not start on the host (${parsed.fatal})` } };
    const raw = parsed.templates[k];
    if (raw) {
      const blocks = toBlockRuns(raw, template, options.blockTimeoutSeconds);
      return blocks ? { ...base, blocks } : { ...base, unaudited: { reason: "incomplete-output", detail: "the frames of this template do not add up" } };
    }
    if (state.kind === "stopped") return { ...base, unaudited: { reason: state.reason, detail: state.detail } };
    return { ...base, unaudited: { reason: "incomplete-output", detail: why ?? `the output came back cut or malformed (${parsed.problem ?? "no frames"})` } };
  });
}
function looksCut(text, max) {
  return text.includes(TRUNCATED) || text.length >= max - TRUNCATED.length - 1;
}
function s3Key(prefix, commandId, instanceId) {
  const base = `${commandId}/${instanceId}/awsrunShellScript/0.awsrunShellScript/stdout`;
  return prefix ? `${prefix.replace(/\/+$/, "")}/${base}` : base;
}
function jitter(ms) {
  return Math.round(ms * (0.9 + Math.random() * 0.2));
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

// src/transport/ssm/dispatch.ts
function commandRequest(options, script) {
  return {
    DocumentName: "AWS-RunShellScript",
    Parameters: { commands: [script], executionTimeout: [String(options.executionTimeout)] },
    TimeoutSeconds: options.deliveryTimeout,
    MaxConcurrency: options.maxConcurrency,
    MaxErrors: options.maxErrors,
    ...options.comment ? { Comment: options.comment } : {},
    ...options.outputS3Bucket ? { OutputS3BucketName: options.outputS3Bucket } : {},
    ...options.outputS3Bucket && options.outputS3KeyPrefix ? { OutputS3KeyPrefix: options.outputS3KeyPrefix } : {}
  };
}
function message(e) {
  const text = e instanceof Error ? e.message : String(e);
  return `${errorName(e) || "Error"}: ${text}`.split("\n")[0].slice(0, 300);
}
async function dispatch(api, options, parts, targets, groups, onCommand, region) {
  const sent = [];
  const refused = [];
  let lonelyDenials = 0;
  const worthHalving = (e, size) => size > 1 && (errorName(e) === "InvalidInstanceId" || /AccessDenied/.test(errorName(e)) && (sent.length > 0 || lonelyDenials < 3));
  const send = async (part, batch) => {
    try {
      const commandId = await api.sendCommand({ ...commandRequest(options, parts[part].script), InstanceIds: batch.map((t) => t.id) });
      onCommand(commandId);
      sent.push({ commandId, part, targets: batch });
    } catch (e) {
      if (worthHalving(e, batch.length)) {
        const half = Math.ceil(batch.length / 2);
        await Promise.all([send(part, batch.slice(0, half)), send(part, batch.slice(half))]);
        return;
      }
      if (batch.length === 1 && /AccessDenied/.test(errorName(e))) lonelyDenials++;
      const reason = errorName(e) === "InvalidInstanceId" ? "not-managed" : /AccessDenied/.test(errorName(e)) ? "access-denied" : "failed";
      for (const target of batch) refused.push({ target, part, reason, detail: `SendCommand refused: ${message(e)}` });
    }
  };
  const sendGroup = async (part, group) => {
    try {
      const commandId = await api.sendCommand({ ...commandRequest(options, parts[part].script), Targets: [{ Key: "resource-groups:Name", Values: [group.name] }] });
      onCommand(commandId);
      sent.push({ commandId, part, group: group.text });
    } catch (e) {
      refused.push({ target: { id: group.text, transport: "ssm", region }, part, reason: "failed", detail: `SendCommand refused: ${message(e)}` });
    }
  };
  await Promise.all(parts.flatMap((_, part) => [...chunk(targets).map((batch) => send(part, batch)), ...groups.map((g) => sendGroup(part, g))]));
  return { sent, refused };
}

// src/transport/ssm/selectors.ts
var INSTANCE_ID = /^(i-(\w{8}|\w{17})|mi-\w{17})$/;
var TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
var MAX_VALUES = 50;
function parseInstanceIds(ids) {
  const bad = ids.filter((id) => !INSTANCE_ID.test(id));
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map((id) => `'${id}'`).join(", ");
    throw new UserError(`input instance-ids: ${shown}${bad.length > 3 ? ` and ${bad.length - 3} more` : ""} ${bad.length === 1 ? "is not an instance id" : "are not instance ids"} (expected i-xxxxxxxx, i-xxxxxxxxxxxxxxxxx or mi-xxxxxxxxxxxxxxxxx)`);
  }
  return [...new Set(ids)];
}
function parseSelector(line) {
  const text = line.trim();
  const eq = text.indexOf("=");
  const bad = (why) => new UserError(`input targets: '${text}': ${why} (expected tag:Key=v1,v2, tag-key=Key or resource-groups:Name=group)`);
  if (eq <= 0) throw bad("no =");
  const key = text.slice(0, eq).trim();
  const values = text.slice(eq + 1).split(",").map((v) => v.trim()).filter((v) => v !== "");
  if (values.length === 0) throw bad("no value after =");
  if (values.length > MAX_VALUES) throw bad(`${values.length} values; SSM allows at most ${MAX_VALUES}`);
  if (key.startsWith("tag:")) {
    const tag = key.slice(4);
    if (!TAG_KEY.test(tag)) throw bad(`'${tag}' is not a valid tag key`);
    return { kind: "tag", key: tag, values, text };
  }
  if (key === "tag-key") {
    const badKey = values.find((k) => !TAG_KEY.test(k));
    if (badKey !== void 0) throw bad(`'${badKey}' is not a valid tag key`);
    return { kind: "tag-key", keys: values, text };
  }
  if (key === "resource-groups:Name") {
    if (values.length !== 1) throw bad("SSM takes exactly one resource group name per selector");
    return { kind: "resource-group", name: values[0], text };
  }
  throw bad(`unknown key '${key}'`);
}
function parseSelectors(lines) {
  return lines.map(parseSelector);
}

// src/transport/ssm/index.ts
var DEFAULT_POLL = { minMs: 1e3, maxMs: 1e4 };
var SsmTransport = class {
  constructor(options, config = {}) {
    this.options = options;
    this.config = config;
    this.ids = parseInstanceIds(options.instanceIds);
    this.selectors = parseSelectors(options.targets);
    this.region = options.awsRegion;
    this.api = config.api ?? createSsmApi({
      region: this.region,
      ...config.endpoint ? { endpoint: config.endpoint } : {},
      ...config.credentials ? { credentials: config.credentials } : {},
      ...config.maxAttempts ? { maxAttempts: config.maxAttempts } : {},
      ...config.maxInFlight ? { maxInFlight: config.maxInFlight } : {}
    });
  }
  options;
  config;
  api;
  ids;
  selectors;
  region;
  async run(templates, signal) {
    const o = this.options;
    const runs = [];
    const commandIds = [];
    const resolution = await resolveTargets(this.api, this.region, this.ids, this.selectors);
    const each = (targets, ts, unaudited) => {
      for (const target of targets) for (const t of ts) runs.push({ target, templateId: t.id, unaudited });
    };
    for (const u of resolution.unaudited) each([u.target], templates, { reason: u.reason, detail: u.detail });
    const boundary = newBoundary();
    const { parts, tooLarge } = buildScripts(templates, boundary, o.timeout);
    for (const { template, bytes } of tooLarge) {
      each(resolution.send, [template], { reason: "failed", detail: `this template makes a ${bytes}-byte script; an SSM command document is limited to 64 KB` });
    }
    const report = () => ({ runs: inRequestOrder(oncePerTarget(runs), resolution.order, templates), commandIds });
    if (signal?.aborted) {
      const { reason } = stopReason(signal, o.deadline);
      each(resolution.send, parts.flatMap((p) => p.templates), { reason, detail: "the run stopped before anything was sent" });
      return report();
    }
    if (resolution.send.length === 0 && resolution.groups.length === 0 || parts.length === 0) return report();
    const onCommand = (id) => {
      commandIds.push(id);
      this.config.onCommand?.(id);
    };
    const { sent, refused } = await dispatch(this.api, o, parts, resolution.send, resolution.groups, onCommand, this.region);
    for (const r of refused) each([r.target], parts[r.part].templates, { reason: r.reason, detail: r.detail });
    runs.push(
      ...await collect(
        {
          api: this.api,
          parts,
          boundary,
          blockTimeoutSeconds: o.timeout,
          region: this.region,
          bucket: o.outputS3Bucket,
          prefix: o.outputS3KeyPrefix,
          poll: this.config.poll ?? DEFAULT_POLL,
          deadlineSeconds: o.deadline,
          signal,
          ...this.config.onRound ? { onRound: this.config.onRound } : {}
        },
        sent
      )
    );
    return report();
  }
};
function inRequestOrder(runs, order, templates) {
  const rank = new Map(order.map((id, i) => [id, i]));
  for (const r of runs) if (!rank.has(r.target.id)) rank.set(r.target.id, rank.size);
  const tRank = new Map(templates.map((t, i) => [t.id, i]));
  return runs.sort((a, b) => rank.get(a.target.id) - rank.get(b.target.id) || (tRank.get(a.templateId) ?? 0) - (tRank.get(b.templateId) ?? 0));
}
function oncePerTarget(runs) {
  const kept = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const key = `${run.target.id}\0${run.templateId}`;
    const seen = kept.get(key);
    if (!seen || "unaudited" in seen && "blocks" in run) kept.set(key, run);
  }
  return [...kept.values()];
}
export {
  SsmTransport
};
