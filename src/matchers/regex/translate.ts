// The translator itself: a recursive-descent parser of Go's regexp syntax that writes the JS
// pattern as it goes, carrying Go's flags (i, m, s, U) through groups.
import { RegexSyntaxError } from './error.js';
import {
  caseOrbit,
  caseOrbits,
  escapeLiteral,
  foldRanges,
  MAX_CODE_POINT,
  negateRanges,
  normalizeRanges,
  PERL_CLASSES,
  POSIX_CLASSES,
  propertyRanges,
  renderClass,
  unicodeProperty,
  type Range,
} from './charset.js';

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

const MAX_REPEAT = 1000;

/** One translated atom of the pattern. */
interface Piece {
  src: string;
  /** Empty-width, multi-part or repeated pieces get wrapped before JS sees a quantifier on them. */
  wrap: boolean;
}

export class Translator {
  private pos = 0;
  readonly groupNames: (string | undefined)[] = [undefined];
  private readonly cps: number[];

  constructor(private readonly pattern: string) {
    this.cps = Array.from(pattern, (ch) => ch.codePointAt(0) ?? 0);
  }

  translate(): string {
    const src = this.parseAlternation({ i: false, m: false, s: false, U: false }, 0);
    if (this.pos < this.cps.length) {
      // Only an unmatched `)` stops the top level early.
      throw this.error('unexpected )', this.pattern);
    }
    return src;
  }

  private error(code: string, expr: string): RegexSyntaxError {
    return new RegexSyntaxError(`error parsing regexp: ${code}: \`${expr}\``);
  }

  private peek(offset = 0): number | undefined {
    return this.cps[this.pos + offset];
  }

  private text(from: number, to = this.pos): string {
    return this.cps.slice(from, to).map((cp) => String.fromCodePoint(cp)).join('');
  }

  /** Parses alternatives up to `)` or end; flags set by `(?i)` last until the enclosing group ends. */
  private parseAlternation(outer: Flags, depth: number): string {
    if (depth > 1000) throw this.error('expression nests too deeply', this.pattern);
    const flags = { ...outer };
    const alternatives: string[] = [];
    let pieces: Piece[] = [];
    // Where the previous token's repetition operator started, if the previous token was one (a** is refused).
    let lastRepeat: number | undefined;
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === 0x29 /* ) */) break;
      if (c === 0x7c /* | */) {
        this.pos++;
        alternatives.push(pieces.map((p) => p.src).join(''));
        pieces = [];
        lastRepeat = undefined;
        continue;
      }
      if (this.isQuantifierStart()) {
        const start = this.pos;
        this.applyQuantifier(pieces, flags, lastRepeat);
        lastRepeat = start;
        continue;
      }
      lastRepeat = undefined;
      const piece = this.parseAtom(flags, depth);
      if (Array.isArray(piece)) pieces.push(...piece);
      else if (piece !== undefined) pieces.push(piece);
    }
    alternatives.push(pieces.map((p) => p.src).join(''));
    return alternatives.join('|');
  }

  private isQuantifierStart(): boolean {
    const c = this.peek();
    if (c === 0x2a || c === 0x2b || c === 0x3f) return true;
    if (c === 0x7b) return this.readRepeat(false) !== undefined;
    return false;
  }

  /** `{n}`, `{n,}`, `{n,m}`; anything else starting with `{` is a literal brace in Go. */
  private readRepeat(consume: boolean): { min: number; max: number | undefined } | undefined {
    const rest = this.text(this.pos, Math.min(this.cps.length, this.pos + 24));
    const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (m === null) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? undefined : Number(m[3]);
    if (consume) this.pos += m[0].length;
    return { min, max };
  }

  private applyQuantifier(pieces: Piece[], flags: Flags, lastRepeat: number | undefined): void {
    const start = this.pos;
    const c = this.peek();
    let op: string;
    if (c === 0x7b) {
      const rep = this.readRepeat(true);
      if (rep === undefined) throw this.error('invalid repeat count', this.text(start));
      if (rep.min > MAX_REPEAT || (rep.max ?? 0) > MAX_REPEAT || (rep.max !== undefined && rep.max < rep.min)) {
        throw this.error('invalid repeat count', this.text(start));
      }
      op = rep.max === undefined ? `{${rep.min},}` : rep.max === rep.min ? `{${rep.min}}` : `{${rep.min},${rep.max}}`;
    } else {
      this.pos++;
      op = String.fromCodePoint(c ?? 0);
    }
    let lazy = false;
    if (this.peek() === 0x3f) {
      this.pos++;
      lazy = true;
    }
    const last = pieces[pieces.length - 1];
    if (last === undefined) {
      throw this.error('missing argument to repetition operator', this.text(start));
    }
    if (lastRepeat !== undefined) {
      // Perl-style stacked repetition (a**, a++) is refused by RE2.
      throw this.error('invalid nested repetition operator', this.text(lastRepeat));
    }
    if (flags.U) lazy = !lazy;
    const operand = last.wrap ? `(?:${last.src})` : last.src;
    pieces[pieces.length - 1] = { src: operand + op + (lazy ? '?' : ''), wrap: true };
  }

  private parseAtom(flags: Flags, depth: number): Piece | Piece[] | undefined {
    const c = this.peek();
    if (c === undefined) return undefined;
    switch (c) {
      case 0x28 /* ( */:
        return this.parseGroup(flags, depth);
      case 0x5b /* [ */:
        return { src: this.parseClass(flags), wrap: false };
      case 0x2e /* . */:
        this.pos++;
        return { src: flags.s ? '[\\s\\S]' : '[^\\n]', wrap: false };
      case 0x5e /* ^ */:
        this.pos++;
        // Go's multi-line ^ follows only \n (JS's m flag also honours \r and U+2028).
        return { src: flags.m ? '(?:^|(?<=\\n))' : '^', wrap: true };
      case 0x24 /* $ */:
        this.pos++;
        return { src: flags.m ? '(?:$|(?=\\n))' : '$', wrap: true };
      case 0x5c /* \ */:
        return this.parseEscapeAtom(flags);
      default:
        this.pos++;
        return { src: this.literal(c, flags), wrap: false };
    }
  }

  private parseGroup(flags: Flags, depth: number): Piece | undefined {
    const start = this.pos;
    this.pos++; // (
    let capture = true;
    let name: string | undefined;
    let inner = flags;
    if (this.peek() === 0x3f /* ? */) {
      const rest = this.text(this.pos, Math.min(this.cps.length, this.pos + 4));
      if (rest.startsWith('?P<') || (rest.startsWith('?<') && rest[2] !== '=' && rest[2] !== '!')) {
        const open = rest.startsWith('?P<') ? 3 : 2;
        const end = this.cps.indexOf(0x3e /* > */, this.pos + open);
        if (end < 0) throw this.error('invalid named capture', this.text(start, this.cps.length));
        name = this.text(this.pos + open, end);
        if (name === '' || !/^[\p{L}\p{Nd}_]+$/u.test(name)) {
          throw this.error('invalid named capture', this.text(start, end + 1));
        }
        if (this.groupNames.includes(name)) throw this.error('duplicate capture group name', this.text(start, end + 1));
        this.pos = end + 1;
      } else {
        const parsed = this.parseFlags(start, flags);
        if (parsed.kind === 'set') {
          // `(?i)` changes the flags of the rest of the enclosing group; the caller reads them.
          Object.assign(flags, parsed.flags);
          // A flag group adds nothing: in Go a quantifier after it applies to the atom before it.
          return undefined;
        }
        capture = false;
        inner = parsed.flags;
      }
    }
    if (capture) this.groupNames.push(name);
    const body = this.parseAlternation(inner, depth + 1);
    if (this.peek() !== 0x29) throw this.error('missing closing )', this.pattern);
    this.pos++;
    return { src: capture ? `(${body})` : `(?:${body})`, wrap: false };
  }

  /** After `(?`: flag letters then `)` (set) or `:` (scoped group). Look-around and the like are refused. */
  private parseFlags(start: number, flags: Flags): { kind: 'set' | 'group'; flags: Flags } {
    this.pos++; // ?
    const next = { ...flags };
    let negate = false;
    let sawFlag = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined) break;
      const ch = String.fromCodePoint(c);
      this.pos++;
      if (ch === 'i' || ch === 'm' || ch === 's' || ch === 'U') {
        next[ch] = !negate;
        sawFlag = true;
        continue;
      }
      if (ch === '-') {
        if (negate) break;
        negate = true;
        sawFlag = false;
        continue;
      }
      if (ch === ':' || ch === ')') {
        if (negate && !sawFlag) break;
        return { kind: ch === ':' ? 'group' : 'set', flags: next };
      }
      break;
    }
    throw this.error('invalid or unsupported Perl syntax', this.text(start, this.pos));
  }

  private parseEscapeAtom(flags: Flags): Piece | Piece[] {
    const start = this.pos;
    const c = this.peek(1);
    if (c === undefined) throw this.error('trailing backslash at end of expression', '');
    const ch = String.fromCodePoint(c);
    const simple = (src: string, wrap = false): Piece => {
      this.pos += 2;
      return { src, wrap };
    };
    switch (ch) {
      case 'A':
        return simple('^', true);
      case 'z':
        return simple('$', true);
      case 'b':
        return simple('\\b', true);
      case 'B':
        return simple('\\B', true);
      case 'Q': {
        this.pos += 2;
        let end = this.pos;
        while (end < this.cps.length && !(this.cps[end] === 0x5c && this.cps[end + 1] === 0x45)) end++;
        const lit = this.cps.slice(this.pos, end);
        this.pos = end < this.cps.length ? end + 2 : end;
        // Each quoted character is its own atom, so a quantifier after \E applies to the last one, as in Go.
        return lit.map((cp) => ({ src: this.literal(cp, flags), wrap: false }));
      }
      case 'C':
        throw this.error('invalid escape sequence', '\\C');
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
      case 'p':
      case 'P': {
        const item = this.parseClassEscape(flags);
        return { src: renderClass(item.ranges, item.props, false), wrap: false };
      }
      default: {
        const cp = this.parseEscapeChar(start);
        return { src: this.literal(cp, flags), wrap: false };
      }
    }
  }

  /** `\d \s \w \p{..}` and negations, as ranges (folded under `i`) plus JS property escapes. */
  private parseClassEscape(flags: Flags): { ranges: Range[]; props: string[] } {
    const start = this.pos;
    const ch = String.fromCodePoint(this.peek(1) ?? 0);
    this.pos += 2;
    const lower = ch.toLowerCase();
    if (lower === 'd' || lower === 's' || lower === 'w') {
      let ranges = PERL_CLASSES[lower] ?? [];
      if (flags.i) ranges = foldRanges(ranges);
      return { ranges: ch === lower ? ranges : negateRanges(ranges), props: [] };
    }
    // \pL, \p{Greek}, \p{^Greek}, \PL
    let name: string;
    const c = this.peek();
    if (c === undefined) throw this.error('invalid character class range', this.text(start));
    if (c === 0x7b) {
      const end = this.cps.indexOf(0x7d, this.pos);
      if (end < 0) throw this.error('invalid character class range', this.text(start, this.cps.length));
      name = this.text(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = String.fromCodePoint(c);
      this.pos++;
    }
    let negated = ch === 'P';
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    const prop = unicodeProperty(name);
    if (prop === undefined) throw this.error('invalid character class range', this.text(start));
    if (!flags.i) return { ranges: [], props: [`\\${negated ? 'P' : 'p'}{${prop}}`] };
    // Go folds the class, then negates: add every case partner of a member; a negation needs real ranges.
    const test = new RegExp(`^\\p{${prop}}$`, 'u');
    const extras: Range[] = [];
    for (const [, orbit] of caseOrbits()) {
      if (orbit.some((x) => test.test(String.fromCodePoint(x)))) for (const x of orbit) extras.push([x, x]);
    }
    if (!negated) return { ranges: normalizeRanges(extras), props: [`\\p{${prop}}`] };
    return { ranges: negateRanges([...propertyRanges(prop, test), ...extras]), props: [] };
  }

  /** A single-character escape (octal, hex, C escapes, escaped punctuation); anything else is refused like RE2. */
  private parseEscapeChar(start: number): number {
    const c = this.peek(1);
    if (c === undefined) throw this.error('trailing backslash at end of expression', '');
    this.pos += 2;
    const ch = String.fromCodePoint(c);
    if (c < 0x80 && !/[0-9A-Za-z]/.test(ch)) return c;
    switch (ch) {
      case 'a':
        return 0x07;
      case 'f':
        return 0x0c;
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case 'v':
        return 0x0b;
      case 'x': {
        if (this.peek() === 0x7b) {
          const end = this.cps.indexOf(0x7d, this.pos);
          const hex = end < 0 ? '' : this.text(this.pos + 1, end);
          if (end < 0 || !/^[0-9A-Fa-f]+$/.test(hex) || parseInt(hex, 16) > MAX_CODE_POINT) {
            throw this.error('invalid escape sequence', this.text(start, end < 0 ? this.cps.length : end + 1));
          }
          this.pos = end + 1;
          return parseInt(hex, 16);
        }
        const hex = this.text(this.pos, Math.min(this.cps.length, this.pos + 2));
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw this.error('invalid escape sequence', this.text(start, Math.min(this.cps.length, this.pos + 2)));
        this.pos += 2;
        return parseInt(hex, 16);
      }
      default:
        break;
    }
    if (/[0-7]/.test(ch)) {
      // A lone \1-\7 is a backreference, which RE2 does not support; \0 or two+ octal digits are a char code.
      const nextIsOctal = (off: number): boolean => {
        const n = this.peek(off);
        return n !== undefined && n >= 0x30 && n <= 0x37;
      };
      if (ch !== '0' && !nextIsOctal(0)) throw this.error('invalid escape sequence', `\\${ch}`);
      let value = c - 0x30;
      for (let k = 0; k < 2 && nextIsOctal(0); k++) {
        value = value * 8 + ((this.peek() ?? 0x30) - 0x30);
        this.pos++;
      }
      return value;
    }
    throw this.error('invalid escape sequence', `\\${ch}`);
  }

  private parseClass(flags: Flags): string {
    const start = this.pos;
    this.pos++; // [
    let negated = false;
    if (this.peek() === 0x5e) {
      negated = true;
      this.pos++;
    }
    let ranges: Range[] = [];
    const props: string[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.error('missing closing ]', this.text(start, this.cps.length));
      if (c === 0x5d && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === 0x5b && this.peek(1) === 0x3a) {
        const named = this.tryPosixClass(flags.i);
        if (named !== undefined) {
          ranges.push(...named);
          continue;
        }
      }
      if (c === 0x5c) {
        const e = String.fromCodePoint(this.peek(1) ?? 0);
        if ('dDsSwWpP'.includes(e) && e !== '') {
          const item = this.parseClassEscape(flags);
          ranges.push(...item.ranges);
          props.push(...item.props);
          continue;
        }
      }
      const rangeStart = this.pos;
      const lo = this.classChar();
      if (this.peek() === 0x2d && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        this.pos++; // -
        const hi = this.classChar();
        if (hi < lo) throw this.error('invalid character class range', this.text(rangeStart));
        ranges.push([lo, hi]);
      } else {
        ranges.push([lo, lo]);
      }
    }
    if (flags.i) ranges = foldRanges(ranges);
    return renderClass(normalizeRanges(ranges), props, negated);
  }

  private classChar(): number {
    const c = this.peek();
    if (c === undefined) throw this.error('missing closing ]', this.pattern);
    if (c === 0x5c) {
      const e = String.fromCodePoint(this.peek(1) ?? 0);
      // A class escape cannot end a range; Go reads it as a (bad) single-character escape.
      if ('dDsSwWpP'.includes(e) && e !== '') throw this.error('invalid escape sequence', this.text(this.pos, this.pos + 2));
      return this.parseEscapeChar(this.pos);
    }
    this.pos++;
    return c;
  }

  /** `[:alpha:]` or `[:^alpha:]`; under (?i) Go folds the class before negating it. */
  private tryPosixClass(fold: boolean): Range[] | undefined {
    const rest = this.text(this.pos, Math.min(this.cps.length, this.pos + 12));
    const m = /^\[:(\^?)([a-z]*):\]/.exec(rest);
    if (m === null) {
      if (/^\[:[^\]]*:\]/.test(rest)) throw this.error('invalid character class range', rest.slice(0, rest.indexOf(':]') + 2));
      return undefined;
    }
    const ranges = POSIX_CLASSES[m[2] ?? ''];
    if (ranges === undefined) throw this.error('invalid character class range', m[0]);
    this.pos += m[0].length;
    const folded = fold ? foldRanges(ranges) : ranges;
    return m[1] === '^' ? negateRanges(folded) : folded;
  }

  /** A literal code point, as a JS pattern; under `i` it becomes the class of its case variants. */
  private literal(cp: number, flags: Flags): string {
    if (flags.i) {
      const orbit = caseOrbit(cp);
      if (orbit.length > 1) return renderClass(normalizeRanges(orbit.map((x): Range => [x, x])), [], false);
    }
    return escapeLiteral(cp);
  }
}
