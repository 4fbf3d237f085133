// How the SSM agent cuts output for the API (amazon-ssm-agent TruncateOutput and its size constants).
export const PLUGIN_OUTPUT_MAX = 2500;
export const STDOUT_MAX = 24_000;
export const STDERR_MAX = 8000;
export const ERROR_TITLE = '\n----------ERROR-------\n';
export const OUTPUT_TRUNCATED = '\n---Output truncated---';
export const ERROR_TRUNCATED = '\n---Error truncated----';

function cut(s: string, room: number, marker: string): string {
  return s.length <= room ? s : s.slice(0, Math.max(0, room - marker.length)) + marker;
}

/** ListCommandInvocations' CommandPlugins[].Output: stdout, then stderr after a title, 2,500 characters in all. */
export function pluginOutput(stdout: string, stderr: string, capacity = PLUGIN_OUTPUT_MAX): string {
  if (stderr === '') return cut(stdout, capacity, OUTPUT_TRUNCATED);
  const room = capacity - ERROR_TITLE.length;
  if (stdout.length + stderr.length <= room) return stdout + ERROR_TITLE + stderr;
  // Both long: half each; otherwise the short one keeps its length and the long one gets the rest.
  const half = Math.floor(room / 2);
  const outRoom = stdout.length <= half ? stdout.length : stderr.length <= half ? room - stderr.length : half;
  return cut(stdout, outRoom, OUTPUT_TRUNCATED) + ERROR_TITLE + cut(stderr, room - outRoom, ERROR_TRUNCATED);
}

export function standardOutput(stdout: string): string {
  return cut(stdout, STDOUT_MAX, OUTPUT_TRUNCATED);
}

export function standardError(stderr: string): string {
  return cut(stderr, STDERR_MAX, ERROR_TRUNCATED);
}
