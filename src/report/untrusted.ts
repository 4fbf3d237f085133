// Text from hosts is untrusted. These make it inert for each place it is shown: it can never start a
// workflow command in the log, move the terminal's cursor, or break a Markdown table.

// C0 and C1 controls (ESC among them), DEL, and Unicode line/paragraph separators.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line, no controls, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * For the Actions log: one line, and `::`/`##[` defused, so even printed at the start of a line it is no command.
 * (The runner reads a command only at the start of a line; oneLine() already keeps it from starting one.)
 */
export function forLog(text: string, max = 200): string {
  return oneLine(text, max).replace(/:(?=:)/g, ':\u200b').replace(/##\[/g, '#\u200b#[');
}

/** For Markdown (job summary): HTML and table syntax escaped. */
export function forMarkdown(text: string, max = 200): string {
  return oneLine(text, max).replace(/[&<>"'|`*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
