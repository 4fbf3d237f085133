// Go's regexp package, by way of re2js (a port of RE2/J, itself Go's regexp ported): the same
// syntax, refusals, leftmost-first submatches and linear-time matching. Subjects are byte strings
// (see bytes.ts) matched as UTF-8 bytes, as Go matches a string. What re2js does not do the way Go
// does is done here: duplicate group names, `$name` expansion, FindAll's and ReplaceAll's steps.
import { RE2JS, RE2JSSyntaxException } from 're2js';
import { ByteBuilder, decodeRune, isValidUtf8, toBuffer, toText, widthOf } from './bytes.js';

type RE2 = ReturnType<RE2JS['re2']>;

/** Raised when a pattern is not valid Go regexp syntax; the message is Go's. */
export class RegexSyntaxError extends Error {
  override readonly name = 'RegexSyntaxError';
}

export interface GoRegex {
  /** The pattern as written. */
  readonly pattern: string;
  /** Go's SubexpNames: index 0 is the whole match; '' for a group without a name. */
  readonly names: readonly string[];
  readonly re2: RE2;
}

const UNANCHORED = 0;
const ANCHOR_START = 1;
/** RE2's empty-width flag for `^` without (?m) and `\A`. */
const EMPTY_BEGIN_TEXT = 4;

/** regexp.Compile: compiles a pattern written as text, or throws RegexSyntaxError with Go's message. */
export function compileGoRegex(pattern: string): GoRegex {
  try {
    return build(pattern, pattern, new Map());
  } catch (err) {
    if (!(err instanceof RE2JSSyntaxException)) throw err;
    // Go allows one name on several groups (a re2js refusal): rename the later ones, keep Go's names.
    if (err.error === 'duplicate capture group name') {
      const { rewritten, original } = renameDuplicateGroups(pattern);
      try {
        return build(pattern, rewritten, original);
      } catch (again) {
        if (again instanceof RE2JSSyntaxException) throw refusal(again, pattern);
        throw again;
      }
    }
    throw refusal(err, pattern);
  }
}

/** regexp.Compile on a pattern that is itself a Go string (a DSL argument): it must be UTF-8. */
export function compileGoRegexBytes(pattern: string): GoRegex {
  if (!isValidUtf8(pattern)) throw new RegexSyntaxError(`error parsing regexp: invalid UTF-8: \`${toText(pattern)}\``);
  return compileGoRegex(toText(pattern));
}

function build(pattern: string, source: string, original: ReadonlyMap<string, string>): GoRegex {
  const re2 = RE2JS.compile(source).re2();
  const names = Array.from({ length: re2.numberOfCapturingGroups() + 1 }, () => '');
  for (const [name, index] of Object.entries(re2.namedGroups)) names[index] = original.get(name) ?? name;
  return { pattern, names, re2 };
}

/** Go's syntax.Error text: every code is followed by the offending expression (re2js leaves some out). */
function refusal(err: RE2JSSyntaxException, pattern: string): RegexSyntaxError {
  const expr = err.input ?? (err.error === 'expression too large' || err.error === 'expression nests too deeply' ? pattern : '');
  return new RegexSyntaxError(`error parsing regexp: ${err.error}: \`${expr}\``);
}

const NAMED_GROUP = /\(\?P?<([A-Za-z0-9_]+)>/y;

/** Gives every repeated group name after the first a fresh name, skipping escapes, `\Q…\E` and classes. */
function renameDuplicateGroups(pattern: string): { rewritten: string; original: Map<string, string> } {
  const names: string[] = [];
  const openers: number[] = [];
  for (let i = 0; i < pattern.length; ) {
    let stop = i + 1;
    if (pattern[i] === '\\') {
      const end = pattern[i + 1] === 'Q' ? pattern.indexOf('\\E', i + 2) : -1;
      stop = pattern[i + 1] === 'Q' ? (end < 0 ? pattern.length : end + 2) : i + 2;
    } else if (pattern[i] === '[') {
      stop = classEnd(pattern, i);
    } else {
      NAMED_GROUP.lastIndex = i;
      const m = NAMED_GROUP.exec(pattern);
      if (m !== null) {
        names.push(m[1] ?? '');
        openers.push(i);
        stop = i + m[0].length;
      }
    }
    i = stop;
  }
  const taken = new Set(names);
  const seen = new Set<string>();
  const original = new Map<string, string>();
  let out = '';
  let last = 0;
  names.forEach((name, k) => {
    if (!seen.has(name)) {
      seen.add(name);
      return;
    }
    let fresh = `${name}_${k}`;
    while (taken.has(fresh)) fresh += '_';
    taken.add(fresh);
    original.set(fresh, name);
    const at = openers[k] ?? 0;
    NAMED_GROUP.lastIndex = at;
    const opener = NAMED_GROUP.exec(pattern)?.[0] ?? '';
    out += `${pattern.slice(last, at)}(?P<${fresh}>`;
    last = at + opener.length;
  });
  return { rewritten: out + pattern.slice(last), original };
}

/** The index just past the class opened at `open` (a leading `]` is literal, `[:name:]` nests). */
function classEnd(p: string, open: number): number {
  let j = open + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++;
  while (j < p.length && p[j] !== ']') {
    if (p[j] === '\\') j += 2;
    else if (p.startsWith('[:', j) && p.indexOf(':]', j + 2) > 0) j = p.indexOf(':]', j + 2) + 2;
    else j++;
  }
  return j + 1;
}

// The engine reads bytes; converting the subject once serves every search of one evaluation.
let lastSubject = '';
let lastBytes = toBuffer('');
function bytesOf(s: string): Buffer {
  if (s !== lastSubject) {
    lastBytes = toBuffer(s);
    lastSubject = s;
  }
  return lastBytes;
}

/** One leftmost-first search from `pos`: the 2×ngroup offsets, or null. */
function search(regex: GoRegex, s: string, pos: number, ngroup: number): number[] | null {
  const cond = regex.re2.cond as number;
  // A pattern that can never match, or one anchored at the start of the text searched past it, as Go stops.
  if (cond === -1 || ((cond & EMPTY_BEGIN_TEXT) !== 0 && pos > 0)) return null;
  // Anchored, the search ends where the pattern stops matching instead of scanning the rest of the text.
  const anchor = (cond & EMPTY_BEGIN_TEXT) !== 0 ? ANCHOR_START : UNANCHORED;
  const bytes = bytesOf(s);
  // Without submatches re2js runs its DFA, several times faster than the capture engines: it settles
  // "no further match" (the costly case on hostile output) before the capture search runs.
  if (!regex.re2.matchWithGroup(bytes, pos, bytes.length, anchor, 0)[0]) return null;
  if (ngroup === 0) return [];
  const [found, groups] = regex.re2.matchWithGroup(bytes, pos, bytes.length, anchor, ngroup) as [boolean, number[] | null];
  return found && groups !== null ? groups : null;
}

/** Regexp.MatchString. */
export function goMatch(regex: GoRegex, s: string): boolean {
  return search(regex, s, 0, 0) !== null;
}

/**
 * Regexp.FindAllStringSubmatchIndex(s, n) (n < 0: all): successive non-overlapping matches, an empty
 * match right after the previous match skipped, with submatch offsets (-1 for a group that did not
 * take part). `groups` false asks for the whole match only, which is cheaper.
 */
export function goFindAllIndex(regex: GoRegex, s: string, n: number, groups = true): number[][] {
  const ngroup = groups ? regex.names.length : 1;
  const out: number[][] = [];
  let pos = 0;
  let prevEnd = -1;
  while ((n < 0 || out.length < n) && pos <= s.length) {
    const m = search(regex, s, pos, ngroup);
    if (m === null) break;
    const [start = 0, end = 0] = m;
    let accept = true;
    if (end === pos) {
      if (start === prevEnd) accept = false;
      pos += pos < s.length ? widthOf(decodeRune(s, pos)) : 1;
    } else pos = end;
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}

/** Regexp.FindAllString(s, n). */
export function goFindAll(regex: GoRegex, s: string, n = -1): string[] {
  return goFindAllIndex(regex, s, n, false).map(([a = 0, b = 0]) => s.slice(a, b));
}

/** Regexp.FindAllStringSubmatch(s, n): '' for a group that did not take part (Go cannot tell it from an empty one either). */
export function goFindAllSubmatch(regex: GoRegex, s: string, n = -1): string[][] {
  return goFindAllIndex(regex, s, n).map((m) => regex.names.map((_, g) => ((m[2 * g] ?? -1) < 0 ? '' : s.slice(m[2 * g], m[2 * g + 1]))));
}

/**
 * Regexp.ReplaceAllString: `$1`, `${1}`, `$name`, `${name}` expand as Regexp.Expand does; `$$` is a
 * dollar. Undefined once the result would pass `limit` bytes (the template may repeat the input).
 */
export function goReplaceAll(regex: GoRegex, src: string, template: string, limit = Infinity): string | undefined {
  const ngroup = template.includes('$') ? regex.names.length : 1;
  const out = new ByteBuilder();
  let lastEnd = 0;
  let pos = 0;
  while (pos <= src.length) {
    const m = search(regex, src, pos, ngroup);
    if (m === null) break;
    const [start = 0, end = 0] = m;
    out.bytes(src.slice(lastEnd, start));
    // No replacement for an empty match right after the previous one.
    if (end > lastEnd || start === 0) expand(out, regex, template, src, m, limit);
    if (out.length > limit) return undefined;
    lastEnd = end;
    const width = pos < src.length ? widthOf(decodeRune(src, pos)) : 1;
    if (pos + width > end) pos += width;
    else if (pos + 1 > end) pos++;
    else pos = end;
  }
  out.bytes(src.slice(lastEnd));
  return out.length > limit ? undefined : out.toString();
}

/** Regexp.Expand for one match, onto `out`: a name runs over letters, digits and `_`; a number with a leading zero is a name. Stops past `limit`. */
function expand(out: ByteBuilder, regex: GoRegex, template: string, src: string, m: readonly number[], limit: number): void {
  let i = 0;
  while (i < template.length && out.length <= limit) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) break;
    out.bytes(template.slice(i, dollar));
    i = dollar + 1;
    if (template[i] === '$') {
      out.byte(0x24);
      i++;
      continue;
    }
    const ref = reference(template, i);
    if (ref === undefined) {
      out.byte(0x24);
      continue;
    }
    i = ref.next;
    const group = /^(0|[1-9]\d{0,8})$/.test(ref.name) ? Number(ref.name) : regex.names.findIndex((name, g) => name === ref.name && (m[2 * g] ?? -1) >= 0);
    const a = m[2 * group] ?? -1;
    if (group >= 0 && a >= 0) out.bytes(src.slice(a, m[2 * group + 1]));
  }
  out.bytes(template.slice(i));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}_]$/u;

/** The name after a `$` (bare or in braces), as Go's extract reads it; undefined when malformed. */
function reference(template: string, at: number): { name: string; next: number } | undefined {
  const brace = template[at] === '{';
  let i = brace ? at + 1 : at;
  const start = i;
  while (i < template.length) {
    const d = decodeRune(template, i);
    const ch = toText(template.slice(i, i + widthOf(d)));
    if (!LETTER_OR_DIGIT.test(ch)) break;
    i += widthOf(d);
  }
  if (i === start) return undefined;
  const name = toText(template.slice(start, i));
  if (brace) {
    if (template[i] !== '}') return undefined;
    i++;
  }
  return { name, next: i };
}
