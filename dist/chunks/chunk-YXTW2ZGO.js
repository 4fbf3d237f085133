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

export {
  UserError,
  inputError,
  Interrupted,
  shown
};
