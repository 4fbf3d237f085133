// Go RE2 syntax translated to a JS RegExp. Templates are written for Go's regexp package, so we
// parse its syntax ourselves: what RE2 refuses (look-around, backreferences) is refused here at
// load, and what it means differently from JS (`.`, `\s`, `$`, `(?m)^`, inline flags, POSIX
// classes, case folding) is rewritten so the JS engine matches the same text.

import { RegexSyntaxError } from './regex/error.js';
import { Translator } from './regex/translate.js';

export { RegexSyntaxError };

export interface GoRegex {
  /** The pattern as written in the template. */
  readonly pattern: string;
  /** Global + unicode JS translation; always reset `lastIndex` before use. */
  readonly re: RegExp;
  /** Name of each capture group (index 1..n), undefined when unnamed. */
  readonly groupNames: readonly (string | undefined)[];
}

/** Compiles a Go regexp; throws RegexSyntaxError with Go's wording when RE2 would refuse it. */
export function compileGoRegex(pattern: string): GoRegex {
  const translator = new Translator(pattern);
  const source = translator.translate();
  let re: RegExp;
  try {
    re = new RegExp(source, 'gu');
  } catch (err) {
    // A translation bug, not the user's: still report it as a refusal rather than crash.
    throw new RegexSyntaxError(`error parsing regexp: cannot translate \`${pattern}\`: ${(err as Error).message}`);
  }
  return { pattern, re, groupNames: translator.groupNames };
}

/** Go's FindAll(s, n): successive non-overlapping matches; an empty match right after a previous match is skipped. */
export function goFindAll(regex: GoRegex, s: string, limit = -1): RegExpExecArray[] {
  const re = regex.re;
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let prevEnd = -1;
  while ((limit < 0 || out.length < limit) && pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m === null) break;
    const start = m.index;
    if (splitsPair(s, start)) {
      // V8 can report an empty match between the halves of a surrogate pair; Go works on whole runes.
      pos = start + 1;
      continue;
    }
    const end = start + m[0].length;
    let accept = true;
    if (end === start) {
      if (start === prevEnd) accept = false;
      // Step one code point past an empty match, as Go steps one rune.
      const cp = s.codePointAt(start);
      pos = start + (cp !== undefined && cp > 0xffff ? 2 : 1);
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
  }
  re.lastIndex = 0;
  return out;
}

function splitsPair(s: string, i: number): boolean {
  const before = s.charCodeAt(i - 1);
  const at = s.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}

export function goMatchString(regex: GoRegex, s: string): boolean {
  regex.re.lastIndex = 0;
  const found = regex.re.test(s);
  regex.re.lastIndex = 0;
  return found;
}

/** Go's ReplaceAllString: `$1`, `${1}`, `$name`, `${name}` expand; `$$` is a dollar. */
export function goReplaceAll(regex: GoRegex, src: string, template: string): string {
  let out = '';
  let last = 0;
  for (const m of goFindAll(regex, src)) {
    out += src.slice(last, m.index) + expandTemplate(template, m, regex.groupNames);
    last = m.index + m[0].length;
  }
  return out + src.slice(last);
}

function expandTemplate(template: string, m: RegExpExecArray, names: readonly (string | undefined)[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '$' || i + 1 >= template.length) {
      out += c;
      continue;
    }
    if (template[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string;
    let next: number;
    if (template[i + 1] === '{') {
      const close = template.indexOf('}', i + 2);
      const inner = close < 0 ? '' : template.slice(i + 2, close);
      if (close < 0 || !/^\w+$/.test(inner)) {
        out += c;
        continue;
      }
      name = inner;
      next = close + 1;
    } else {
      const word = /^\w+/.exec(template.slice(i + 1));
      if (word === null) {
        out += c;
        continue;
      }
      name = word[0];
      next = i + 1 + name.length;
    }
    const index = /^\d+$/.test(name) ? Number(name) : names.indexOf(name);
    out += index >= 0 && index < m.length ? (m[index] ?? '') : '';
    i = next - 1;
  }
  return out;
}
