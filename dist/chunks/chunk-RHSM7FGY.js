import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);

// src/report/untrusted.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var shown = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function clip(text, max) {
  const whole = text.replace(LONE_SURROGATE, "\uFFFD");
  if (whole.length <= max) return whole;
  const end = max - 1;
  const code = whole.charCodeAt(end - 1);
  return `${whole.slice(0, code >= 55296 && code <= 56319 ? end - 1 : end)}\u2026`;
}
function oneLine(text, max = 200) {
  const flat = text.replace(/\r\n|\r|\n/g, " ").replace(CONTROLS, shown).trim();
  return clip(flat, max);
}
function forLog(text, max = 200) {
  return oneLine(text, max).replace(/:(?=:)/g, ":\u200B").replace(/##\[/g, "#\u200B#[");
}
function forMarkdown(text, max = 200) {
  return oneLine(text, max).replace(/[&<>"'|`*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
function inputError(file, line, message) {
  return new UserError(line === void 0 ? `${file}: ${message}` : `${file}:${line}: ${message}`);
}
var Interrupted = class extends Error {
  constructor(signal) {
    super(`interrupted by ${signal}`);
    this.signal = signal;
  }
  signal;
  name = "Interrupted";
};
function shown2(value) {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}
var EXIT = { passed: 0, gateFailed: 1, badInput: 2, internal: 3, interrupted: 130 };
function explain(e, debug, howToDebug) {
  if (e instanceof UserError) return { exitCode: EXIT.badInput, message: oneLine(e.message, 2e3) };
  if (e instanceof Interrupted) return { exitCode: EXIT.interrupted, message: e.message };
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (debug) return { exitCode: EXIT.internal, message: `internal error: ${e instanceof Error && e.stack ? e.stack : what}` };
  return { exitCode: EXIT.internal, message: `internal error (a bug in fleetprobe, please report it): ${oneLine(what, 500)}; ${howToDebug} shows the stack` };
}

export {
  clip,
  oneLine,
  forLog,
  forMarkdown,
  UserError,
  inputError,
  Interrupted,
  shown2 as shown,
  EXIT,
  explain
};
