import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);

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
function shown(value) {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}
var EXIT = { passed: 0, gateFailed: 1, badInput: 2, internal: 3, interrupted: 130 };
function explain(e, debug, howToDebug) {
  if (e instanceof UserError) return { exitCode: EXIT.badInput, message: firstLine(e.message) };
  if (e instanceof Interrupted) return { exitCode: EXIT.interrupted, message: e.message };
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (debug) return { exitCode: EXIT.internal, message: `internal error: ${e instanceof Error && e.stack ? e.stack : what}` };
  return { exitCode: EXIT.internal, message: `internal error (a bug in fleetprobe, please report it): ${firstLine(what)}; ${howToDebug} shows the stack` };
}
function firstLine(text) {
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > 500 ? `${line.slice(0, 499)}\u2026` : line;
}

export {
  UserError,
  inputError,
  Interrupted,
  shown,
  EXIT,
  explain
};
