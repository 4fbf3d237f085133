// Text from hosts is untrusted. These make it inert for each place it is shown: it can never start a
// workflow command in the log, move the terminal's cursor, or break a Markdown table.

// C0 and C1 controls (ESC among them), DEL, Unicode line/paragraph separators, and the bidirectional formatting
// characters (ALM, LRM, RLM, LRE..RLO, LRI..PDI): those reorder what is displayed after them, so a host name or
// evidence could show reversed (a "Trojan Source" line) in the log, annotations and summary.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A control as visible text: `\x1b`, `\x202e`. */
const shown = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** A surrogate with no partner: a host's byte that was not UTF-8 (decodeOutput, src/matchers/bytes.ts), or half of a cut pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * At most `max` UTF-16 units, cut on a code point boundary (never inside a surrogate pair) with `…` marking the cut;
 * lone surrogates become U+FFFD, so the text is valid Unicode wherever it goes (JSON, SARIF, the log).
 */
export function clip(text: string, max: number): string {
  const whole = text.replace(LONE_SURROGATE, '\uFFFD');
  if (whole.length <= max) return whole;
  const end = max - 1;
  const code = whole.charCodeAt(end - 1);
  return `${whole.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end)}…`;
}

/** One line, no controls, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(CONTROLS, shown).trim();
  return clip(flat, max);
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
