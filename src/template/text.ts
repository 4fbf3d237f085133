// A template's bytes as text, read by the rules of nuclei's YAML parser (yaml.v3, after libyaml).
// yaml.v3 refuses invalid UTF-8 and most control characters, and breaks lines at CR, LF, NEL (U+0085),
// LS (U+2028) and PS (U+2029); the `yaml` package breaks only at CR LF and LF. Rather than read such
// text two ways, a template holding any of them is refused here, before anything else looks at it.
import { inputError } from '../errors.js';

/** Templates are small; a bound keeps every later step (parse, checks) cheap on hostile input. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Characters refused, with why. yaml.v3's reader accepts TAB, LF, CR, 0x20-0x7E, NEL, 0xA0-0xD7FF,
 * 0xE000-0xFFFD and above 0xFFFF; everything else is "control characters are not allowed" there.
 */
function refusal(c: number, next: number | undefined, index: number): string | undefined {
  if (c === 0x0d) return next === 0x0a ? undefined : 'a carriage return (CR) not followed by LF: nuclei\'s YAML parser reads it as a line break, fleetprobe\'s would not';
  if (c === 0x85) return 'a NEL character (U+0085): nuclei\'s YAML parser reads it as a line break';
  if (c === 0x2028 || c === 0x2029) return `a ${c === 0x2028 ? 'line' : 'paragraph'} separator (U+${c.toString(16).toUpperCase()}): nuclei's YAML parser reads it as a line break`;
  // yaml.v3 skips a byte-order mark only at the very start; elsewhere its scanner's handling is erratic.
  if (c === 0xfeff) return index === 0 ? undefined : 'a byte-order mark (U+FEFF) after the start of the file';
  if (c === 0x09 || c === 0x0a) return undefined;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff) {
    return `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}, which nuclei's YAML parser refuses`;
  }
  return undefined;
}

/** The template's text, or a one-line error naming the file, line and the character refused. */
export function templateText(bytes: Buffer, file: string): string {
  if (bytes.length > MAX_TEMPLATE_BYTES) throw inputError(file, undefined, `template is ${bytes.length} bytes; at most ${MAX_TEMPLATE_BYTES} are allowed`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw inputError(file, lineAt(bytes.toString('latin1'), firstInvalidUtf8(bytes)), 'not valid UTF-8 text');
  }
  for (let i = 0; i < text.length; i++) {
    const why = refusal(text.charCodeAt(i), text.charCodeAt(i + 1), i);
    if (why) throw inputError(file, lineAt(text, i), `holds ${why}; rewrite it with plain LF line endings and escapes`);
  }
  return text;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Decoding prefixes is quadratic; instead find the first byte where a strict re-encode diverges.
  const lossy = Buffer.from(bytes.toString('utf8'));
  let i = 0;
  while (i < bytes.length && bytes[i] === lossy[i]) i++;
  return i;
}
