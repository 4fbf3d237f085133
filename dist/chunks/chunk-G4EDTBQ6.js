import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  inputError
} from "./chunk-SUNV5IOI.js";

// src/matchers/regex/error.ts
var RegexSyntaxError = class extends Error {
  name = "RegexSyntaxError";
};

// src/matchers/regex/charset.ts
var MAX_CODE_POINT = 1114111;
var PERL_CLASSES = {
  d: [[48, 57]],
  s: [[9, 10], [12, 13], [32, 32]],
  w: [[48, 57], [65, 90], [95, 95], [97, 122]]
};
var POSIX_CLASSES = {
  alnum: [[48, 57], [65, 90], [97, 122]],
  alpha: [[65, 90], [97, 122]],
  ascii: [[0, 127]],
  blank: [[9, 9], [32, 32]],
  cntrl: [[0, 31], [127, 127]],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [[33, 47], [58, 64], [91, 96], [123, 126]],
  space: [[9, 13], [32, 32]],
  upper: [[65, 90]],
  word: [[48, 57], [65, 90], [95, 95], [97, 122]],
  xdigit: [[48, 57], [65, 70], [97, 102]]
};
function escapeLiteral(cp) {
  const ch = String.fromCodePoint(cp);
  if (/[A-Za-z0-9_ ]/.test(ch)) return ch;
  if ("^$\\.*+?()[]{}|/".includes(ch)) return `\\${ch}`;
  return `\\u{${cp.toString(16)}}`;
}
function renderClass(ranges, props, negated) {
  const items = ranges.map(([lo, hi]) => lo === hi ? `\\u{${lo.toString(16)}}` : `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`);
  return `[${negated ? "^" : ""}${items.join("")}${props.join("")}]`;
}
function normalizeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== void 0 && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function negateRanges(ranges) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}
var orbits;
function caseOrbits() {
  if (orbits !== void 0) return orbits;
  const parent = /* @__PURE__ */ new Map();
  const find = (x) => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
    if (!parent.has(rb)) parent.set(rb, rb);
  };
  const single = (s) => {
    const cps = Array.from(s);
    return cps.length === 1 ? cps[0]?.codePointAt(0) : void 0;
  };
  for (let cp = 0; cp <= 131071; cp++) {
    if (cp >= 55296 && cp <= 57343) continue;
    const ch = String.fromCodePoint(cp);
    for (const mapped of [ch.toLowerCase(), ch.toUpperCase()]) {
      const m = single(mapped);
      if (m !== void 0 && m !== cp && new RegExp(`^\\u{${cp.toString(16)}}$`, "iu").test(String.fromCodePoint(m))) union(cp, m);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const cp of parent.keys()) {
    const root = find(cp);
    const group = groups.get(root) ?? [];
    group.push(cp);
    groups.set(root, group);
  }
  orbits = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a - b);
    for (const cp of group) orbits.set(cp, group);
  }
  return orbits;
}
function caseOrbit(cp) {
  return caseOrbits().get(cp) ?? [cp];
}
function foldRanges(ranges) {
  const out = [...ranges.map((r) => [r[0], r[1]])];
  for (const [cp, orbit] of caseOrbits()) {
    if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) {
      for (const x of orbit) out.push([x, x]);
    }
  }
  return normalizeRanges(out);
}
var propertyCache = /* @__PURE__ */ new Map();
function propertyRanges(prop, test) {
  const cached = propertyCache.get(prop);
  if (cached !== void 0) return cached;
  const out = [];
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    if (cp >= 55296 && cp <= 57343) continue;
    if (!test.test(String.fromCodePoint(cp))) continue;
    const last = out[out.length - 1];
    if (last !== void 0 && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  propertyCache.set(prop, out);
  return out;
}
function unicodeProperty(name) {
  const candidates = name === "Any" ? ["Any"] : /^[A-Z][a-z]?$/.test(name) ? [name] : [`Script=${name}`];
  for (const candidate of candidates) {
    try {
      new RegExp(`\\p{${candidate}}`, "u");
      return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/matchers/regex/translate.ts
var MAX_REPEAT = 1e3;
var Translator = class {
  constructor(pattern) {
    this.pattern = pattern;
    this.cps = Array.from(pattern, (ch) => ch.codePointAt(0) ?? 0);
  }
  pattern;
  pos = 0;
  groupNames = [void 0];
  cps;
  translate() {
    const src = this.parseAlternation({ i: false, m: false, s: false, U: false }, 0);
    if (this.pos < this.cps.length) {
      throw this.error("unexpected )", this.pattern);
    }
    return src;
  }
  error(code, expr) {
    return new RegexSyntaxError(`error parsing regexp: ${code}: \`${expr}\``);
  }
  peek(offset = 0) {
    return this.cps[this.pos + offset];
  }
  text(from, to = this.pos) {
    return this.cps.slice(from, to).map((cp) => String.fromCodePoint(cp)).join("");
  }
  /** Parses alternatives up to `)` or end; flags set by `(?i)` last until the enclosing group ends. */
  parseAlternation(outer, depth) {
    if (depth > 1e3) throw this.error("expression nests too deeply", this.pattern);
    const flags = { ...outer };
    const alternatives = [];
    let pieces = [];
    let lastRepeat;
    for (; ; ) {
      const c = this.peek();
      if (c === void 0 || c === 41) break;
      if (c === 124) {
        this.pos++;
        alternatives.push(pieces.map((p) => p.src).join(""));
        pieces = [];
        lastRepeat = void 0;
        continue;
      }
      if (this.isQuantifierStart()) {
        const start = this.pos;
        this.applyQuantifier(pieces, flags, lastRepeat);
        lastRepeat = start;
        continue;
      }
      lastRepeat = void 0;
      const piece = this.parseAtom(flags, depth);
      if (Array.isArray(piece)) pieces.push(...piece);
      else if (piece !== void 0) pieces.push(piece);
    }
    alternatives.push(pieces.map((p) => p.src).join(""));
    return alternatives.join("|");
  }
  isQuantifierStart() {
    const c = this.peek();
    if (c === 42 || c === 43 || c === 63) return true;
    if (c === 123) return this.readRepeat(false) !== void 0;
    return false;
  }
  /** `{n}`, `{n,}`, `{n,m}`; anything else starting with `{` is a literal brace in Go. */
  readRepeat(consume) {
    const rest = this.text(this.pos, Math.min(this.cps.length, this.pos + 24));
    const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (m === null) return void 0;
    const min = Number(m[1]);
    const max = m[2] === void 0 ? min : m[3] === "" ? void 0 : Number(m[3]);
    if (consume) this.pos += m[0].length;
    return { min, max };
  }
  applyQuantifier(pieces, flags, lastRepeat) {
    const start = this.pos;
    const c = this.peek();
    let op;
    if (c === 123) {
      const rep = this.readRepeat(true);
      if (rep === void 0) throw this.error("invalid repeat count", this.text(start));
      if (rep.min > MAX_REPEAT || (rep.max ?? 0) > MAX_REPEAT || rep.max !== void 0 && rep.max < rep.min) {
        throw this.error("invalid repeat count", this.text(start));
      }
      op = rep.max === void 0 ? `{${rep.min},}` : rep.max === rep.min ? `{${rep.min}}` : `{${rep.min},${rep.max}}`;
    } else {
      this.pos++;
      op = String.fromCodePoint(c ?? 0);
    }
    let lazy = false;
    if (this.peek() === 63) {
      this.pos++;
      lazy = true;
    }
    const last = pieces[pieces.length - 1];
    if (last === void 0) {
      throw this.error("missing argument to repetition operator", this.text(start));
    }
    if (lastRepeat !== void 0) {
      throw this.error("invalid nested repetition operator", this.text(lastRepeat));
    }
    if (flags.U) lazy = !lazy;
    const operand = last.wrap ? `(?:${last.src})` : last.src;
    pieces[pieces.length - 1] = { src: operand + op + (lazy ? "?" : ""), wrap: true };
  }
  parseAtom(flags, depth) {
    const c = this.peek();
    if (c === void 0) return void 0;
    switch (c) {
      case 40:
        return this.parseGroup(flags, depth);
      case 91:
        return { src: this.parseClass(flags), wrap: false };
      case 46:
        this.pos++;
        return { src: flags.s ? "[\\s\\S]" : "[^\\n]", wrap: false };
      case 94:
        this.pos++;
        return { src: flags.m ? "(?:^|(?<=\\n))" : "^", wrap: true };
      case 36:
        this.pos++;
        return { src: flags.m ? "(?:$|(?=\\n))" : "$", wrap: true };
      case 92:
        return this.parseEscapeAtom(flags);
      default:
        this.pos++;
        return { src: this.literal(c, flags), wrap: false };
    }
  }
  parseGroup(flags, depth) {
    const start = this.pos;
    this.pos++;
    let capture = true;
    let name;
    let inner = flags;
    if (this.peek() === 63) {
      const rest = this.text(this.pos, Math.min(this.cps.length, this.pos + 4));
      if (rest.startsWith("?P<") || rest.startsWith("?<") && rest[2] !== "=" && rest[2] !== "!") {
        const open = rest.startsWith("?P<") ? 3 : 2;
        const end = this.cps.indexOf(62, this.pos + open);
        if (end < 0) throw this.error("invalid named capture", this.text(start, this.cps.length));
        name = this.text(this.pos + open, end);
        if (name === "" || !/^[\p{L}\p{Nd}_]+$/u.test(name)) {
          throw this.error("invalid named capture", this.text(start, end + 1));
        }
        if (this.groupNames.includes(name)) throw this.error("duplicate capture group name", this.text(start, end + 1));
        this.pos = end + 1;
      } else {
        const parsed = this.parseFlags(start, flags);
        if (parsed.kind === "set") {
          Object.assign(flags, parsed.flags);
          return void 0;
        }
        capture = false;
        inner = parsed.flags;
      }
    }
    if (capture) this.groupNames.push(name);
    const body = this.parseAlternation(inner, depth + 1);
    if (this.peek() !== 41) throw this.error("missing closing )", this.pattern);
    this.pos++;
    return { src: capture ? `(${body})` : `(?:${body})`, wrap: false };
  }
  /** After `(?`: flag letters then `)` (set) or `:` (scoped group). Look-around and the like are refused. */
  parseFlags(start, flags) {
    this.pos++;
    const next = { ...flags };
    let negate = false;
    let sawFlag = false;
    for (; ; ) {
      const c = this.peek();
      if (c === void 0) break;
      const ch = String.fromCodePoint(c);
      this.pos++;
      if (ch === "i" || ch === "m" || ch === "s" || ch === "U") {
        next[ch] = !negate;
        sawFlag = true;
        continue;
      }
      if (ch === "-") {
        if (negate) break;
        negate = true;
        sawFlag = false;
        continue;
      }
      if (ch === ":" || ch === ")") {
        if (negate && !sawFlag) break;
        return { kind: ch === ":" ? "group" : "set", flags: next };
      }
      break;
    }
    throw this.error("invalid or unsupported Perl syntax", this.text(start, this.pos));
  }
  parseEscapeAtom(flags) {
    const start = this.pos;
    const c = this.peek(1);
    if (c === void 0) throw this.error("trailing backslash at end of expression", "");
    const ch = String.fromCodePoint(c);
    const simple = (src, wrap = false) => {
      this.pos += 2;
      return { src, wrap };
    };
    switch (ch) {
      case "A":
        return simple("^", true);
      case "z":
        return simple("$", true);
      case "b":
        return simple("\\b", true);
      case "B":
        return simple("\\B", true);
      case "Q": {
        this.pos += 2;
        let end = this.pos;
        while (end < this.cps.length && !(this.cps[end] === 92 && this.cps[end + 1] === 69)) end++;
        const lit = this.cps.slice(this.pos, end);
        this.pos = end < this.cps.length ? end + 2 : end;
        return lit.map((cp) => ({ src: this.literal(cp, flags), wrap: false }));
      }
      case "C":
        throw this.error("invalid escape sequence", "\\C");
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
      case "p":
      case "P": {
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
  parseClassEscape(flags) {
    const start = this.pos;
    const ch = String.fromCodePoint(this.peek(1) ?? 0);
    this.pos += 2;
    const lower = ch.toLowerCase();
    if (lower === "d" || lower === "s" || lower === "w") {
      let ranges = PERL_CLASSES[lower] ?? [];
      if (flags.i) ranges = foldRanges(ranges);
      return { ranges: ch === lower ? ranges : negateRanges(ranges), props: [] };
    }
    let name;
    const c = this.peek();
    if (c === void 0) throw this.error("invalid character class range", this.text(start));
    if (c === 123) {
      const end = this.cps.indexOf(125, this.pos);
      if (end < 0) throw this.error("invalid character class range", this.text(start, this.cps.length));
      name = this.text(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = String.fromCodePoint(c);
      this.pos++;
    }
    let negated = ch === "P";
    if (name.startsWith("^")) {
      negated = !negated;
      name = name.slice(1);
    }
    const prop = unicodeProperty(name);
    if (prop === void 0) throw this.error("invalid character class range", this.text(start));
    if (!flags.i) return { ranges: [], props: [`\\${negated ? "P" : "p"}{${prop}}`] };
    const test = new RegExp(`^\\p{${prop}}$`, "u");
    const extras = [];
    for (const [, orbit] of caseOrbits()) {
      if (orbit.some((x) => test.test(String.fromCodePoint(x)))) for (const x of orbit) extras.push([x, x]);
    }
    if (!negated) return { ranges: normalizeRanges(extras), props: [`\\p{${prop}}`] };
    return { ranges: negateRanges([...propertyRanges(prop, test), ...extras]), props: [] };
  }
  /** A single-character escape (octal, hex, C escapes, escaped punctuation); anything else is refused like RE2. */
  parseEscapeChar(start) {
    const c = this.peek(1);
    if (c === void 0) throw this.error("trailing backslash at end of expression", "");
    this.pos += 2;
    const ch = String.fromCodePoint(c);
    if (c < 128 && !/[0-9A-Za-z]/.test(ch)) return c;
    switch (ch) {
      case "a":
        return 7;
      case "f":
        return 12;
      case "n":
        return 10;
      case "r":
        return 13;
      case "t":
        return 9;
      case "v":
        return 11;
      case "x": {
        if (this.peek() === 123) {
          const end = this.cps.indexOf(125, this.pos);
          const hex2 = end < 0 ? "" : this.text(this.pos + 1, end);
          if (end < 0 || !/^[0-9A-Fa-f]+$/.test(hex2) || parseInt(hex2, 16) > MAX_CODE_POINT) {
            throw this.error("invalid escape sequence", this.text(start, end < 0 ? this.cps.length : end + 1));
          }
          this.pos = end + 1;
          return parseInt(hex2, 16);
        }
        const hex = this.text(this.pos, Math.min(this.cps.length, this.pos + 2));
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw this.error("invalid escape sequence", this.text(start, Math.min(this.cps.length, this.pos + 2)));
        this.pos += 2;
        return parseInt(hex, 16);
      }
      default:
        break;
    }
    if (/[0-7]/.test(ch)) {
      const nextIsOctal = (off) => {
        const n = this.peek(off);
        return n !== void 0 && n >= 48 && n <= 55;
      };
      if (ch !== "0" && !nextIsOctal(0)) throw this.error("invalid escape sequence", `\\${ch}`);
      let value = c - 48;
      for (let k = 0; k < 2 && nextIsOctal(0); k++) {
        value = value * 8 + ((this.peek() ?? 48) - 48);
        this.pos++;
      }
      return value;
    }
    throw this.error("invalid escape sequence", `\\${ch}`);
  }
  parseClass(flags) {
    const start = this.pos;
    this.pos++;
    let negated = false;
    if (this.peek() === 94) {
      negated = true;
      this.pos++;
    }
    let ranges = [];
    const props = [];
    let first = true;
    for (; ; ) {
      const c = this.peek();
      if (c === void 0) throw this.error("missing closing ]", this.text(start, this.cps.length));
      if (c === 93 && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === 91 && this.peek(1) === 58) {
        const named = this.tryPosixClass(flags.i);
        if (named !== void 0) {
          ranges.push(...named);
          continue;
        }
      }
      if (c === 92) {
        const e = String.fromCodePoint(this.peek(1) ?? 0);
        if ("dDsSwWpP".includes(e) && e !== "") {
          const item = this.parseClassEscape(flags);
          ranges.push(...item.ranges);
          props.push(...item.props);
          continue;
        }
      }
      const rangeStart = this.pos;
      const lo = this.classChar();
      if (this.peek() === 45 && this.peek(1) !== void 0 && this.peek(1) !== 93) {
        this.pos++;
        const hi = this.classChar();
        if (hi < lo) throw this.error("invalid character class range", this.text(rangeStart));
        ranges.push([lo, hi]);
      } else {
        ranges.push([lo, lo]);
      }
    }
    if (flags.i) ranges = foldRanges(ranges);
    return renderClass(normalizeRanges(ranges), props, negated);
  }
  classChar() {
    const c = this.peek();
    if (c === void 0) throw this.error("missing closing ]", this.pattern);
    if (c === 92) {
      const e = String.fromCodePoint(this.peek(1) ?? 0);
      if ("dDsSwWpP".includes(e) && e !== "") throw this.error("invalid escape sequence", this.text(this.pos, this.pos + 2));
      return this.parseEscapeChar(this.pos);
    }
    this.pos++;
    return c;
  }
  /** `[:alpha:]` or `[:^alpha:]`; under (?i) Go folds the class before negating it. */
  tryPosixClass(fold) {
    const rest = this.text(this.pos, Math.min(this.cps.length, this.pos + 12));
    const m = /^\[:(\^?)([a-z]*):\]/.exec(rest);
    if (m === null) {
      if (/^\[:[^\]]*:\]/.test(rest)) throw this.error("invalid character class range", rest.slice(0, rest.indexOf(":]") + 2));
      return void 0;
    }
    const ranges = POSIX_CLASSES[m[2] ?? ""];
    if (ranges === void 0) throw this.error("invalid character class range", m[0]);
    this.pos += m[0].length;
    const folded = fold ? foldRanges(ranges) : ranges;
    return m[1] === "^" ? negateRanges(folded) : folded;
  }
  /** A literal code point, as a JS pattern; under `i` it becomes the class of its case variants. */
  literal(cp, flags) {
    if (flags.i) {
      const orbit = caseOrbit(cp);
      if (orbit.length > 1) return renderClass(normalizeRanges(orbit.map((x) => [x, x])), [], false);
    }
    return escapeLiteral(cp);
  }
};

// src/matchers/regex.ts
function compileGoRegex(pattern) {
  const translator = new Translator(pattern);
  const source = translator.translate();
  let re;
  try {
    re = new RegExp(source, "gu");
  } catch (err) {
    throw new RegexSyntaxError(`error parsing regexp: cannot translate \`${pattern}\`: ${err.message}`);
  }
  return { pattern, re, groupNames: translator.groupNames };
}
function goFindAll(regex2, s, limit = -1) {
  const re = regex2.re;
  const out = [];
  let pos = 0;
  let prevEnd = -1;
  while ((limit < 0 || out.length < limit) && pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m === null) break;
    const start = m.index;
    if (splitsPair(s, start)) {
      pos = start + 1;
      continue;
    }
    const end = start + m[0].length;
    let accept = true;
    if (end === start) {
      if (start === prevEnd) accept = false;
      const cp = s.codePointAt(start);
      pos = start + (cp !== void 0 && cp > 65535 ? 2 : 1);
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
  }
  re.lastIndex = 0;
  return out;
}
function splitsPair(s, i) {
  const before = s.charCodeAt(i - 1);
  const at = s.charCodeAt(i);
  return before >= 55296 && before <= 56319 && at >= 56320 && at <= 57343;
}
function goMatchString(regex2, s) {
  regex2.re.lastIndex = 0;
  const found = regex2.re.test(s);
  regex2.re.lastIndex = 0;
  return found;
}
function goReplaceAll(regex2, src, template) {
  let out = "";
  let last = 0;
  for (const m of goFindAll(regex2, src)) {
    out += src.slice(last, m.index) + expandTemplate(template, m, regex2.groupNames);
    last = m.index + m[0].length;
  }
  return out + src.slice(last);
}
function expandTemplate(template, m, names) {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== "$" || i + 1 >= template.length) {
      out += c;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "$";
      i++;
      continue;
    }
    let name;
    let next;
    if (template[i + 1] === "{") {
      const close = template.indexOf("}", i + 2);
      const inner = close < 0 ? "" : template.slice(i + 2, close);
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
    out += index >= 0 && index < m.length ? m[index] ?? "" : "";
    i = next - 1;
  }
  return out;
}

// src/matchers/dsl/functions.ts
import { createHash, createHmac } from "node:crypto";

// src/matchers/dsl/values.ts
var DslError = class extends Error {
  name = "DslError";
};
var DslRenderError = class extends DslError {
};
var DslSyntaxError = class extends Error {
  name = "DslSyntaxError";
};
function formatFloatF(n) {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "+Inf";
  if (n === -Infinity) return "-Inf";
  if (Object.is(n, -0)) return "-0";
  const s = String(n);
  if (!s.includes("e")) return s;
  const { digits, exp, negative } = decompose(n);
  const point = exp + 1;
  let out;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + out;
}
function formatFloatV(n) {
  if (!Number.isFinite(n) || n === 0) return formatFloatF(n);
  const { digits, exp, negative } = decompose(n);
  if (exp < -4 || exp >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${negative ? "-" : ""}${mantissa}e${exp < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
  }
  return formatFloatF(n);
}
function decompose(n) {
  const [mant = "0", e = "0"] = Math.abs(n).toExponential().split("e");
  return { digits: mant.replace(".", ""), exp: Number(e), negative: n < 0 };
}
function toGoString(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return formatFloatF(v);
  return sprint(v);
}
function sprint(v) {
  if (v === null || v === void 0) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return formatFloatV(v);
  return `[${v.map((x) => sprint(x)).join(" ")}]`;
}
function deepEqual(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  return a === b;
}
function compareStrings(a, b) {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (; ; ) {
    const x = ai.next();
    const y = bi.next();
    if (x.done === true || y.done === true) return x.done === true ? y.done === true ? 0 : -1 : 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}
function utf8Length(s) {
  return Buffer.byteLength(s, "utf8");
}

// src/matchers/dsl/versions.ts
var VERSION_RE = /^v?(\d+(?:\.\d+)*)(?:-(\d[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(-?[A-Za-z\-~][0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*))?(?:\+[0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*)?$/;
function parseVersion(text) {
  const m = VERSION_RE.exec(text.trim());
  if (m === null) throw new DslError(`error parsing argument value: Malformed version: ${text}`);
  const parts = (m[1] ?? "0").split(".").map(Number);
  const specified = parts.length;
  while (parts.length < 3) parts.push(0);
  const pre = m[2] ?? (m[3] ?? "").replace(/^-/, "");
  return { segments: parts, specified, pre };
}
function comparePre(a, b) {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
function compare(a, b) {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i] ?? 0;
    const y = b.segments[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return comparePre(a.pre, b.pre);
}
function prereleaseOk(v, c) {
  if (v.pre !== "" && c.pre !== "") return v.segments.join(".") === c.segments.join(".");
  if (v.pre !== "" && c.pre === "") return false;
  return true;
}
function check(op, v, c) {
  const cmp = compare(v, c);
  switch (op) {
    case "":
    case "=":
      return cmp === 0;
    case "!=":
      return cmp !== 0;
    case ">":
      return prereleaseOk(v, c) && cmp > 0;
    case "<":
      return prereleaseOk(v, c) && cmp < 0;
    case ">=":
      return prereleaseOk(v, c) && cmp >= 0;
    case "<=":
      return prereleaseOk(v, c) && cmp <= 0;
    case "~>": {
      if (!prereleaseOk(v, c) || c.pre !== "" && v.pre === "" || cmp < 0) return false;
      for (let i = 0; i < c.specified - 1; i++) if (v.segments[i] !== c.segments[i]) return false;
      return (c.segments[c.specified - 1] ?? 0) <= (v.segments[c.specified - 1] ?? 0);
    }
    default:
      throw new DslError(`Malformed constraint: ${op}`);
  }
}
function compareVersions(version, constraints) {
  const v = parseVersion(version);
  const all = constraints.join(",").split(",");
  return all.every((raw) => {
    const m = /^\s*(?:(=|!=|>=|<=|>|<|~>)\s*)?(\S+)\s*$/.exec(raw);
    if (m === null) throw new DslError(`Malformed constraint: ${raw}`);
    return check(m[1] ?? "", v, parseVersion(m[2] ?? ""));
  });
}

// src/matchers/dsl/functions.ts
var str = toGoString;
var bytes = (v) => Buffer.from(str(v), "utf8");
function invalid(name) {
  return new DslError(`invalid dsl function signature for ${name}`);
}
function regex(pattern) {
  try {
    return compileGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) throw new DslError(err.message);
    throw err;
  }
}
function goTrimSet(s, cutset, left, right) {
  const set = new Set(Array.from(cutset));
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (left && a < b && set.has(chars[a] ?? "")) a++;
  while (right && b > a && set.has(chars[b - 1] ?? "")) b--;
  return chars.slice(a, b).join("");
}
function goTrimSpace(s) {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu, "");
}
function parseGoInt(v) {
  const s = str(v);
  return /^[+-]?\d+$/.test(s) ? Number(s) : void 0;
}
function hashHex(algorithm) {
  return ([v]) => createHash(algorithm).update(bytes(v)).digest("hex");
}
function anyOf(test, needAll, name) {
  return (args) => {
    if (args.length < 2) throw invalid(name);
    const body = str(args[0]);
    for (const item of args.slice(1)) {
      const hit = test(body, str(item));
      if (needAll && !hit) return false;
      if (!needAll && hit) return true;
    }
    return needAll;
  };
}
function radixToDecimal(prefix, radix) {
  return ([v]) => {
    let s = str(v);
    if (s.startsWith(prefix)) s = s.slice(prefix.length);
    const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[01]+$/;
    if (!digits.test(s)) throw new DslError(`invalid number: ${s}`);
    return Number.parseInt(s, radix);
  };
}
var HTML_ESCAPES = { "&": "&amp;", "'": "&#39;", "<": "&lt;", ">": "&gt;", '"': "&#34;" };
var HTML_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\xA0" };
var HELPERS = {
  index: {
    arity: 2,
    fn: ([v, i]) => {
      const index = parseGoInt(i);
      if (index === void 0) throw new DslError(`invalid index: ${str(i)}`);
      if (Array.isArray(v)) {
        if (index < 0 || index >= v.length) throw new DslError(`index out of range: ${index}`);
        return v[index];
      }
      const b = bytes(v);
      if (index < 0 || index >= b.length) throw new DslError(`index out of range: ${index}`);
      return b.subarray(index, index + 1).toString("latin1");
    }
  },
  len: { arity: 1, fn: ([v]) => Array.isArray(v) ? v.length : utf8Length(str(v)) },
  to_upper: { arity: 1, fn: ([v]) => str(v).toUpperCase() },
  to_lower: { arity: 1, fn: ([v]) => str(v).toLowerCase() },
  sort: {
    fn: (args) => {
      if (args.length === 0) throw invalid("sort");
      if (args.length === 1) return Array.from(str(args[0])).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join("");
      return args.map(str).sort();
    }
  },
  uniq: {
    fn: (args) => {
      if (args.length === 0) throw invalid("uniq");
      if (args.length === 1) return [...new Set(Array.from(str(args[0])))].join("");
      return [...new Set(args.map(str))];
    }
  },
  repeat: {
    arity: 2,
    fn: ([v, n]) => {
      const count = parseGoInt(n);
      if (count === void 0 || count < 0 || count * str(v).length > 1 << 24) throw invalid("repeat");
      return str(v).repeat(count);
    }
  },
  replace: { arity: 3, fn: ([s, old, neu]) => goReplaceAllLiteral(str(s), str(old), str(neu)) },
  replace_regex: { arity: 3, fn: ([s, re, repl]) => goReplaceAll(regex(str(re)), str(s), str(repl)) },
  trim: { arity: 2, fn: ([s, set]) => goTrimSet(str(s), str(set), true, true) },
  trim_left: { arity: 2, fn: ([s, set]) => goTrimSet(str(s), str(set), true, false) },
  trim_right: { arity: 2, fn: ([s, set]) => goTrimSet(str(s), str(set), false, true) },
  trim_space: { arity: 1, fn: ([s]) => goTrimSpace(str(s)) },
  trim_prefix: { arity: 2, fn: ([s, p]) => str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s) },
  trim_suffix: {
    arity: 2,
    fn: ([s, p]) => str(s).endsWith(str(p)) && str(p) !== "" ? str(s).slice(0, str(s).length - str(p).length) : str(s)
  },
  reverse: { arity: 1, fn: ([s]) => Array.from(str(s)).reverse().join("") },
  base64: { arity: 1, fn: ([s]) => bytes(s).toString("base64") },
  base64_py: { arity: 1, fn: ([s]) => (bytes(s).toString("base64").match(/.{1,76}/g) ?? []).join("\n") },
  base64_decode: {
    arity: 1,
    fn: ([s]) => {
      const text = str(s).replace(/[\r\n]/g, "");
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) throw new DslError("illegal base64 data");
      return Buffer.from(text, "base64").toString("utf8");
    }
  },
  url_encode: {
    fn: (args) => {
      if (args.length < 1) throw invalid("url_encode");
      const all = args[1] === true || args[1] === 1;
      let out = "";
      for (const ch of str(args[0])) {
        const keep = /[A-Za-z0-9]/.test(ch) || !all && "-_.!~*'()".includes(ch);
        out += keep ? ch : [...Buffer.from(ch, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
      }
      return out;
    }
  },
  url_decode: {
    arity: 1,
    fn: ([s]) => {
      const b = bytes(s);
      const out = [];
      for (let i = 0; i < b.length; i++) {
        const hex = b.subarray(i + 1, i + 3).toString("latin1");
        if (b[i] === 37 && i + 2 < b.length && /^[0-9a-fA-F]{2}$/.test(hex)) {
          out.push(Number.parseInt(hex, 16));
          i += 2;
        } else out.push(b[i] ?? 0);
      }
      return Buffer.from(out).toString("utf8");
    }
  },
  hex_encode: {
    fn: (args) => {
      if (args.length < 1 || args.length > 2) throw invalid("hex_encode");
      return bytes(args[0]).toString("hex");
    }
  },
  hex_decode: {
    arity: 1,
    fn: ([s]) => {
      const text = str(s);
      if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) throw new DslError("encoding/hex: invalid byte");
      return Buffer.from(text, "hex").toString("utf8");
    }
  },
  html_escape: { fn: (args) => str(args[0]).replace(/[&'<>"]/g, (c) => HTML_ESCAPES[c] ?? c) },
  html_unescape: {
    arity: 1,
    fn: ([s]) => str(s).replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, body) => {
      if (body.startsWith("#x")) return String.fromCodePoint(Math.min(Number.parseInt(body.slice(2), 16), 1114111));
      if (body.startsWith("#")) return String.fromCodePoint(Math.min(Number(body.slice(1)), 1114111));
      return HTML_ENTITIES[body] ?? m;
    })
  },
  md5: { arity: 1, fn: hashHex("md5") },
  sha1: { arity: 1, fn: hashHex("sha1") },
  sha256: { arity: 1, fn: hashHex("sha256") },
  sha512: { arity: 1, fn: hashHex("sha512") },
  hmac: {
    arity: 3,
    fn: ([alg, data, secret]) => {
      const name = str(alg);
      if (!["sha1", "sha256", "sha512"].includes(name)) throw new DslError(`hmac hash function is not supported: ${name}`);
      return createHmac(name, bytes(secret)).update(bytes(data)).digest("hex");
    }
  },
  contains: { arity: 2, fn: ([a, b]) => str(a).includes(str(b)) },
  contains_all: { fn: anyOf((body, s) => body.includes(s), true, "contains_all") },
  contains_any: { fn: anyOf((body, s) => body.includes(s), false, "contains_any") },
  starts_with: { fn: anyOf((body, s) => body.startsWith(s), false, "starts_with") },
  ends_with: { fn: anyOf((body, s) => body.endsWith(s), false, "ends_with") },
  line_starts_with: { fn: anyOf((body, s) => body.split("\n").some((l) => l.startsWith(s)), false, "line_starts_with") },
  line_ends_with: { fn: anyOf((body, s) => body.split("\n").some((l) => l.endsWith(s)), false, "line_ends_with") },
  equals_any: { fn: anyOf((body, s) => body === s, false, "equals_any") },
  concat: { fn: (args) => args.map(str).join("") },
  split: {
    fn: (args) => {
      if (args.length === 2) {
        const input = str(args[0]);
        const count = parseGoInt(args[1]);
        if (count === void 0) return goSplit(input, str(args[1]), -1);
        if (count <= 0 || count >= utf8Length(input)) return [input];
        const chars = Array.from(input);
        const chunks = [];
        for (let i = 0; i < chars.length; i += count) chunks.push(chars.slice(i, i + count).join(""));
        return chunks;
      }
      if (args.length === 3) {
        const n = parseGoInt(args[2]);
        if (n === void 0) throw invalid("split");
        return goSplit(str(args[0]), str(args[1]), n);
      }
      throw invalid("split");
    }
  },
  join: {
    fn: (args) => {
      if (args.length < 2) throw invalid("join");
      const sep = str(args[0]);
      if (args.length === 2) {
        const list = args[1];
        if (!Array.isArray(list)) throw new DslError("cannot cast elements into string");
        return list.map((x) => str(x)).join(sep);
      }
      if (args.slice(1).some((x) => Array.isArray(x))) throw new DslError("cannot use join on more than one slice element");
      return args.slice(1).map(str).join(sep);
    }
  },
  regex: { arity: 2, fn: ([re, s]) => goMatchString(regex(str(re)), str(s)) },
  regex_all: {
    fn: (args) => {
      if (args.length < 2) throw invalid("regex_all");
      const re = regex(str(args[0]));
      return args.slice(1).every((a) => goMatchString(re, str(a)));
    }
  },
  regex_any: {
    fn: (args) => {
      if (args.length < 2) throw invalid("regex_any");
      const re = regex(str(args[0]));
      return args.slice(1).some((a) => goMatchString(re, str(a)));
    }
  },
  remove_bad_chars: { arity: 2, fn: ([s, bad]) => Array.from(str(s)).filter((c) => !str(bad).includes(c)).join("") },
  compare_versions: {
    fn: (args) => {
      if (args.length < 2) throw invalid("compare_versions");
      return compareVersions(str(args[0]), args.slice(1).map(str));
    }
  },
  to_number: {
    arity: 1,
    fn: ([v]) => {
      const s = str(v);
      if (/^[+-]?\d+$/.test(s) || /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
      throw new DslError(`${s} could not be converted to int`);
    }
  },
  to_string: { arity: 1, fn: ([v]) => str(v) },
  to_bool: {
    arity: 1,
    fn: ([v]) => {
      if (typeof v === "boolean") return v;
      if (typeof v === "number") return v === 1;
      const s = str(v).trim();
      if (["1", "t", "T", "TRUE", "true", "True"].includes(s)) return true;
      if (/^[+-]?(\d+(?:\.\d*)?|\.\d+)$/.test(s)) return Number(s) === 1;
      return false;
    }
  },
  dec_to_hex: {
    arity: 1,
    fn: ([v]) => {
      const n = typeof v === "number" ? Math.trunc(v) : parseGoInt(v);
      if (n === void 0 || !Number.isFinite(n)) throw new DslError("invalid number");
      return n.toString(16);
    }
  },
  hex_to_dec: { arity: 1, fn: radixToDecimal("0x", 16) },
  oct_to_dec: { arity: 1, fn: radixToDecimal("0o", 8) },
  bin_to_dec: { arity: 1, fn: radixToDecimal("0b", 2) },
  substr: {
    fn: (args) => {
      if (args.length < 2) throw invalid("substr");
      const b = bytes(args[0]);
      if (b.length === 0) throw new DslError("empty string");
      const start = parseGoInt(args[1]);
      if (start === void 0 || start < 0 || start > b.length) throw new DslError("invalid start position");
      if (args.length === 2) return b.subarray(start).toString("utf8");
      const end = parseGoInt(args[2]);
      if (end === void 0 || end < start || end > b.length) throw new DslError("invalid end position");
      return b.subarray(start, end).toString("utf8");
    }
  },
  count: {
    fn: (args) => {
      if (args.length < 2) throw invalid("count");
      const s = str(args[0]);
      const sub = str(args[1]);
      if (sub === "") return Array.from(s).length + 1;
      return s.split(sub).length - 1;
    }
  }
};
function goReplaceAllLiteral(s, old, neu) {
  if (old === "") return neu + Array.from(s).join(neu) + (s === "" ? "" : neu);
  return s.split(old).join(neu);
}
function goSplit(s, sep, n) {
  if (n === 0) return [];
  const parts = sep === "" ? Array.from(s) : s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
var TABLE = /* @__PURE__ */ new Map();
for (const [name, helper] of Object.entries(HELPERS)) {
  TABLE.set(name, helper);
  TABLE.set(name.replaceAll("_", ""), helper);
}
var NOT_IMPLEMENTED = new Set(
  [
    "rand_base",
    "rand_char",
    "rand_int",
    "rand_ip",
    "rand_text_alpha",
    "rand_text_alphanumeric",
    "rand_text_numeric",
    "randstr",
    "unix_time",
    "to_unix_time",
    "date_time",
    "wait_for",
    "gzip",
    "gzip_decode",
    "gzip_mtime",
    "zlib",
    "zlib_decode",
    "deflate",
    "inflate",
    "zip",
    "generate_java_gadget",
    "generate_dotnet_gadget",
    "aes_cbc",
    "aes_gcm",
    "rsa_encrypt",
    "generate_jwt",
    "json_minify",
    "json_prettify",
    "ip_format",
    "llm_prompt",
    "unpack",
    "xor",
    "public_ip",
    "jarm",
    "to_title",
    "cookie_unsign",
    "padding",
    "print_debug",
    "mmh3",
    "resolve",
    "getNetworkPort"
  ].flatMap((n) => [n, n.replaceAll("_", "")])
);
function isUnimplementedHelper(name) {
  return NOT_IMPLEMENTED.has(name);
}
function isHelperFunction(name) {
  return TABLE.has(name);
}
function callHelper(name, args) {
  const helper = TABLE.get(name);
  if (helper === void 0) throw new DslError(`Undefined function ${name}`);
  if (helper.arity !== void 0 && args.length !== helper.arity) {
    const params = Array.from({ length: helper.arity }, (_, i) => `arg${i + 1}`).join(", ");
    throw new DslError(`invalid dsl function signature. correct method signature "${name}(${params} interface{}) interface{}"`);
  }
  return helper.fn(args);
}
var HELPER_NAMES = [...TABLE.keys()];

// src/matchers/dsl/lexer.ts
var PREFIX_SYMBOLS = /* @__PURE__ */ new Set(["-", "!", "~"]);
var MODIFIER_SYMBOLS = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "**", "&", "|", "^", ">>", "<<"]);
var LOGICAL_SYMBOLS = /* @__PURE__ */ new Set(["&&", "||"]);
var COMPARATOR_SYMBOLS = /* @__PURE__ */ new Set(["==", "!=", ">", ">=", "<", "<=", "=~", "!~"]);
var TERNARY_SYMBOLS = /* @__PURE__ */ new Set(["?", ":", "??"]);
var VALUE_NEXT = ["MODIFIER", "COMPARATOR", "LOGICALOP", "CLAUSE_CLOSE", "TERNARY", "SEPARATOR"];
var OPERAND = ["PREFIX", "NUMERIC", "BOOLEAN", "VARIABLE", "FUNCTION", "ACCESSOR", "STRING", "CLAUSE"];
var STATES = {
  START: { eof: false, next: OPERAND },
  CLAUSE: { eof: false, next: [...OPERAND, "CLAUSE_CLOSE"] },
  CLAUSE_CLOSE: {
    eof: true,
    next: ["COMPARATOR", "MODIFIER", "NUMERIC", "BOOLEAN", "VARIABLE", "STRING", "CLAUSE", "CLAUSE_CLOSE", "LOGICALOP", "TERNARY", "SEPARATOR"]
  },
  NUMERIC: { eof: true, next: VALUE_NEXT },
  BOOLEAN: { eof: true, next: VALUE_NEXT },
  STRING: { eof: true, next: VALUE_NEXT },
  VARIABLE: { eof: true, next: VALUE_NEXT },
  MODIFIER: { eof: false, next: [...OPERAND, "CLAUSE_CLOSE"] },
  COMPARATOR: { eof: false, next: [...OPERAND, "CLAUSE_CLOSE"] },
  LOGICALOP: { eof: false, next: [...OPERAND, "CLAUSE_CLOSE"] },
  PREFIX: { eof: false, next: ["NUMERIC", "BOOLEAN", "VARIABLE", "FUNCTION", "ACCESSOR", "CLAUSE", "CLAUSE_CLOSE"] },
  TERNARY: { eof: false, next: [...OPERAND, "SEPARATOR"] },
  FUNCTION: { eof: false, next: ["CLAUSE"] },
  ACCESSOR: { eof: true, next: ["CLAUSE", "MODIFIER", "COMPARATOR", "LOGICALOP", "CLAUSE_CLOSE", "TERNARY", "SEPARATOR"] },
  SEPARATOR: { eof: false, next: OPERAND }
};
var isSpace = (c) => /^\s$/u.test(c);
var isLetter = (c) => new RegExp("^\\p{L}$", "u").test(c);
var isDigit = (c) => new RegExp("^\\p{Nd}$", "u").test(c);
var isNumeric = (c) => isDigit(c) || c === ".";
var isVariableChar = (c) => isLetter(c) || isDigit(c) || c === "_" || c === ".";
var isSymbolChar = (c) => !(isDigit(c) || isLetter(c) || `()[]'"`.includes(c));
function tokenize(expression, isFunction) {
  const chars = Array.from(expression);
  const tokens = [];
  let i = 0;
  let state = STATES.START;
  const readWhile = (pred) => {
    let out = "";
    while (i < chars.length) {
      const c = chars[i] ?? "";
      if (c === "\\") {
        out += chars[i + 1] ?? "";
        i += 2;
        continue;
      }
      if (!pred(c) || isSpace(c) && out !== "") break;
      if (isSpace(c)) {
        i++;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  const readQuoted = (close, what) => {
    let out = "";
    for (; ; ) {
      if (i >= chars.length) throw new DslSyntaxError(what);
      const c = chars[i] ?? "";
      i++;
      if (c === "\\") {
        if (i >= chars.length) throw new DslSyntaxError(what);
        out += chars[i] ?? "";
        i++;
        continue;
      }
      if (c === close) return out;
      out += c;
    }
  };
  while (i < chars.length) {
    const c = chars[i] ?? "";
    if (isSpace(c)) {
      i++;
      continue;
    }
    let token;
    if (isNumeric(c)) {
      if (c === "0" && chars[i + 1] === "x" && i + 2 < chars.length) {
        i += 2;
        const hex = readWhile((x) => /^[0-9a-fA-F]$/.test(x) || isDigit(x));
        if (!/^[0-9a-fA-F]+$/.test(hex)) throw new DslSyntaxError(`Unable to parse hex value '${hex}' to uint64`);
        token = { kind: "NUMERIC", value: Number.parseInt(hex, 16) };
      } else {
        const text = readWhile(isNumeric);
        if (!/^(\d+(?:\.\d*)?|\.\d+)$/.test(text)) throw new DslSyntaxError(`Unable to parse numeric value '${text}' to float64`);
        token = { kind: "NUMERIC", value: Number(text) };
      }
    } else if (c === ",") {
      i++;
      token = { kind: "SEPARATOR", value: "," };
    } else if (c === "[") {
      i++;
      token = { kind: "VARIABLE", value: readQuoted("]", "Unclosed parameter bracket") };
    } else if (isLetter(c)) {
      const word = readWhile(isVariableChar);
      if (word === "true" || word === "false") token = { kind: "BOOLEAN", value: word === "true" };
      else if (word === "in" || word === "IN") token = { kind: "COMPARATOR", value: "in" };
      else if (isFunction(word)) token = { kind: "FUNCTION", value: word };
      else token = { kind: "VARIABLE", value: word };
      if (word.indexOf(".") > 0) {
        if (word.endsWith(".")) throw new DslSyntaxError(`Hanging accessor on token '${word}'`);
        const parts = word.split(".");
        for (const part of parts.slice(1)) {
          const first = Array.from(part)[0] ?? "";
          if (first.toUpperCase() !== first) throw new DslSyntaxError(`Unable to access unexported field '${part}' in token '${word}'`);
        }
        token = { kind: "ACCESSOR", value: parts };
      }
    } else if (c === '"' || c === "'") {
      i++;
      token = { kind: "STRING", value: readQuoted(c, "Unclosed string literal") };
    } else if (c === "(") {
      i++;
      token = { kind: "CLAUSE", value: "(" };
    } else if (c === ")") {
      i++;
      token = { kind: "CLAUSE_CLOSE", value: ")" };
    } else {
      const symbol = readWhile(isSymbolChar);
      if (state.next.includes("PREFIX") && PREFIX_SYMBOLS.has(symbol)) token = { kind: "PREFIX", value: symbol };
      else if (MODIFIER_SYMBOLS.has(symbol)) token = { kind: "MODIFIER", value: symbol };
      else if (LOGICAL_SYMBOLS.has(symbol)) token = { kind: "LOGICALOP", value: symbol };
      else if (COMPARATOR_SYMBOLS.has(symbol)) token = { kind: "COMPARATOR", value: symbol };
      else if (TERNARY_SYMBOLS.has(symbol)) token = { kind: "TERNARY", value: symbol };
      else throw new DslSyntaxError(`Invalid token: '${symbol}'`);
    }
    const previous = tokens[tokens.length - 1];
    if (!state.next.includes(token.kind)) {
      if (previous?.kind === "VARIABLE" && token.kind === "CLAUSE") {
        throw new DslSyntaxError(`Undefined function ${previous.value}`);
      }
      throw new DslSyntaxError(`Cannot transition token types from ${previous?.kind ?? "START"} [${describe(previous)}] to ${token.kind} [${describe(token)}]`);
    }
    tokens.push(token);
    state = STATES[token.kind];
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === "CLAUSE") depth++;
    if (t.kind === "CLAUSE_CLOSE") depth--;
  }
  if (depth !== 0) throw new DslSyntaxError("Unbalanced parenthesis");
  if (tokens.length > 0 && !state.eof) throw new DslSyntaxError("Unexpected end of expression");
  return tokens;
}
function describe(t) {
  if (t === void 0) return "";
  return Array.isArray(t.value) ? t.value.join(".") : String(t.value);
}

// src/matchers/dsl/parser.ts
var LEVELS = [
  { kind: "TERNARY", ops: ["?", ":", "??"] },
  { kind: "LOGICALOP", ops: ["||"] },
  { kind: "LOGICALOP", ops: ["&&"] },
  { kind: "COMPARATOR", ops: ["==", "!=", ">", ">=", "<", "<=", "=~", "!~", "in"] },
  { kind: "MODIFIER", ops: ["&", "|", "^"] },
  { kind: "MODIFIER", ops: ["<<", ">>"] },
  { kind: "MODIFIER", ops: ["+", "-"] },
  { kind: "MODIFIER", ops: ["*", "/", "%"] },
  { kind: "MODIFIER", ops: ["**"] }
];
function parseExpression(expression, isFunction) {
  const tokens = tokenize(expression, isFunction);
  if (tokens.length === 0) return void 0;
  const parser = new Parser(tokens);
  const node = parser.parseList();
  if (!parser.done()) throw new DslSyntaxError(`Unexpected token in expression '${expression}'`);
  return node;
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  i = 0;
  done() {
    return this.i >= this.tokens.length;
  }
  peek() {
    return this.tokens[this.i];
  }
  parseList() {
    const first = this.parseLevel(0);
    if (this.peek()?.kind !== "SEPARATOR") return first;
    const items = [first];
    while (this.peek()?.kind === "SEPARATOR") {
      this.i++;
      items.push(this.parseLevel(0));
    }
    return { t: "list", items };
  }
  parseLevel(level) {
    const spec = LEVELS[level];
    if (spec === void 0) return this.parseOperand();
    let left = this.parseLevel(level + 1);
    for (; ; ) {
      const tok = this.peek();
      if (tok === void 0 || tok.kind !== spec.kind || !spec.ops.includes(tok.value)) return left;
      this.i++;
      const right = this.parseLevel(level + 1);
      left = { t: "binary", op: tok.value, left, right: this.optimizeRegex(tok.value, right) };
    }
  }
  /** govaluate compiles a constant right side of `=~`/`!~` at load, so a bad pattern is a load error. */
  optimizeRegex(op, right) {
    if (op !== "=~" && op !== "!~" || right.t !== "lit" || typeof right.value !== "string") return right;
    try {
      return { t: "pattern", regex: compileGoRegex(right.value) };
    } catch (err) {
      if (err instanceof RegexSyntaxError) throw new DslSyntaxError(err.message);
      throw err;
    }
  }
  parseOperand() {
    const tok = this.peek();
    if (tok === void 0) throw new DslSyntaxError("Unexpected end of expression");
    this.i++;
    switch (tok.kind) {
      case "PREFIX":
        return { t: "unary", op: tok.value, arg: this.parseOperand() };
      case "FUNCTION": {
        this.i++;
        const args = [];
        if (this.peek()?.kind !== "CLAUSE_CLOSE") {
          const inner = this.parseList();
          if (inner.t === "list") args.push(...inner.items);
          else args.push(inner);
        }
        this.expectClose();
        return { t: "call", name: tok.value, args };
      }
      case "ACCESSOR":
        if (this.peek()?.kind === "CLAUSE") throw new DslSyntaxError(`Method calls are not supported: '${tok.value.join(".")}'`);
        return { t: "access", path: tok.value };
      case "CLAUSE": {
        if (this.peek()?.kind === "CLAUSE_CLOSE") {
          this.i++;
          return { t: "group", inner: void 0 };
        }
        const inner = this.parseList();
        this.expectClose();
        return { t: "group", inner };
      }
      case "VARIABLE":
        return { t: "var", name: tok.value };
      case "NUMERIC":
      case "BOOLEAN":
        return { t: "lit", value: tok.value };
      case "STRING":
        return /\{\{[^{}]+\}\}/.test(tok.value) ? { t: "template", text: tok.value } : { t: "lit", value: tok.value };
      default:
        throw new DslSyntaxError(`Unexpected token '${String(tok.value)}'`);
    }
  }
  expectClose() {
    if (this.peek()?.kind !== "CLAUSE_CLOSE") throw new DslSyntaxError("Unbalanced parenthesis");
    this.i++;
  }
};

// src/matchers/dsl/evaluate.ts
function evaluateNode(node, data) {
  if (node === void 0) return null;
  switch (node.t) {
    case "lit":
      return node.value;
    case "template":
      return renderText(node.text, data);
    case "pattern":
      return node.regex.pattern;
    case "var":
      return lookup(node.name, data);
    case "access":
      lookup(node.path[0] ?? "", data);
      throw new DslError(`Unable to access '${node.path[1] ?? ""}', '${node.path[0] ?? ""}' is not a struct`);
    case "call":
      return callHelper(
        node.name,
        node.args.map((a) => evaluateNode(a, data))
      );
    case "unary":
      return unary(node.op, evaluateNode(node.arg, data));
    case "group":
      return evaluateNode(node.inner, data);
    case "list":
      return node.items.map((item) => evaluateNode(item, data));
    case "binary":
      return binary(node, data);
  }
}
function lookup(name, data) {
  if (!Object.hasOwn(data, name)) throw new DslError(`No parameter '${name}' found.`);
  return data[name] ?? null;
}
function unary(op, v) {
  if (op === "!" && typeof v === "boolean") return !v;
  if (op === "-" && typeof v === "number") return -v;
  if (op === "~" && typeof v === "number") return Number(BigInt.asIntN(64, ~toInt64(v)));
  throw new DslError(`Value '${sprint(v)}' cannot be used with the prefix '${op}'`);
}
function toInt64(n) {
  return Number.isFinite(n) ? BigInt.asIntN(64, BigInt(Math.trunc(n))) : -(2n ** 63n);
}
function bool(v, op) {
  if (typeof v !== "boolean") throw new DslError(`Value '${sprint(v)}' cannot be used with the logical operator '${op}', it is not a bool`);
  return v;
}
function numbers(l, r, op) {
  if (typeof l !== "number") throw new DslError(`Value '${sprint(l)}' cannot be used with the modifier '${op}', it is not a number`);
  if (typeof r !== "number") throw new DslError(`Value '${sprint(r)}' cannot be used with the modifier '${op}', it is not a number`);
  return [l, r];
}
function binary(node, data) {
  const { op } = node;
  const left = evaluateNode(node.left, data);
  switch (op) {
    case "&&": {
      if (left === false) return false;
      const right2 = evaluateNode(node.right, data);
      return bool(left, op) && bool(right2, op);
    }
    case "||": {
      if (left === true) return true;
      const right2 = evaluateNode(node.right, data);
      return bool(left, op) || bool(right2, op);
    }
    case "?": {
      const right2 = left === false ? null : evaluateNode(node.right, data);
      if (typeof left !== "boolean") throw new DslError(`Value '${sprint(left)}' cannot be used with the ternary operator '?', it is not a bool`);
      return left ? right2 : null;
    }
    case ":":
    case "??":
      return left !== null ? left : evaluateNode(node.right, data);
    default:
      break;
  }
  const right = evaluateNode(node.right, data);
  switch (op) {
    case "==":
      return deepEqual(left, right);
    case "!=":
      return !deepEqual(left, right);
    case "<":
    case ">":
    case "<=":
    case ">=": {
      let cmp;
      if (typeof left === "number" && typeof right === "number") cmp = left < right ? -1 : left > right ? 1 : left === right ? 0 : NaN;
      else if (typeof left === "string" && typeof right === "string") cmp = compareStrings(left, right);
      else throw new DslError(`Value '${sprint(left)}' cannot be used with the comparator '${op}', it is not a number`);
      if (Number.isNaN(cmp)) return false;
      return op === "<" ? cmp < 0 : op === ">" ? cmp > 0 : op === "<=" ? cmp <= 0 : cmp >= 0;
    }
    case "=~":
    case "!~": {
      if (typeof left !== "string") throw new DslError(`Value '${sprint(left)}' cannot be used with the comparator '${op}', it is not a number`);
      let regex2;
      if (node.right.t === "pattern") regex2 = node.right.regex;
      else if (typeof right === "string") regex2 = runtimeRegex(right);
      else throw new DslError(`Value '${sprint(right)}' cannot be used with the comparator '${op}', it is not a number`);
      const found = goMatchString(regex2, left);
      return op === "=~" ? found : !found;
    }
    case "in": {
      const list = !Array.isArray(right) && node.right.t === "group" && node.right.inner?.t === "lit" ? [right] : right;
      if (!Array.isArray(list)) throw new DslError(`Value '${sprint(right)}' cannot be used with the comparator 'in', it is not a number`);
      return list.some((item) => item === left);
    }
    case "+":
      if (typeof left === "number" && typeof right === "number") return left + right;
      if (typeof left === "string" || typeof right === "string") return sprint(left) + sprint(right);
      throw new DslError(`Value '${sprint(left)}' cannot be used with the modifier '+', it is not a number`);
    case "-": {
      const [a, b] = numbers(left, right, op);
      return a - b;
    }
    case "*": {
      const [a, b] = numbers(left, right, op);
      return a * b;
    }
    case "/": {
      const [a, b] = numbers(left, right, op);
      return a / b;
    }
    case "%": {
      const [a, b] = numbers(left, right, op);
      return a % b;
    }
    case "**": {
      const [a, b] = numbers(left, right, op);
      return a ** b;
    }
    case "&":
    case "|":
    case "^": {
      const [a, b] = numbers(left, right, op);
      const x = toInt64(a);
      const y = toInt64(b);
      return Number(BigInt.asIntN(64, op === "&" ? x & y : op === "|" ? x | y : x ^ y));
    }
    case "<<":
    case ">>": {
      const [a, b] = numbers(left, right, op);
      const x = BigInt.asUintN(64, toInt64(a));
      const y = BigInt.asUintN(64, toInt64(b));
      if (y >= 64n) return 0;
      return Number(BigInt.asUintN(64, op === "<<" ? x << y : x >> y));
    }
    default:
      throw new DslError(`unknown operator '${op}'`);
  }
}
function runtimeRegex(pattern) {
  try {
    return compileGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) throw new DslError(`Unable to compile regexp pattern '${pattern}': ${err.message}`);
    throw err;
  }
}
function renderText(text, data) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{{", i);
    if (open < 0) break;
    out += text.slice(i, open);
    let replaced = false;
    for (let close = text.indexOf("}}", open + 2); close >= 0; close = text.indexOf("}}", close + 2)) {
      const inner = text.slice(open + 2, close);
      if (Object.hasOwn(data, inner)) {
        out += toGoString(data[inner]);
      } else {
        const ast = expressionOf(inner, data);
        if (ast === void 0) continue;
        try {
          out += toGoString(evaluateNode(ast, data));
        } catch (err) {
          if (err instanceof DslError) throw new DslRenderError(`failed to evaluate expression "${inner}": ${err.message}`);
          throw err;
        }
      }
      i = close + 2;
      replaced = true;
      break;
    }
    if (!replaced) {
      out += "{{";
      i = open + 2;
    }
  }
  return out + text.slice(i);
}
function expressionOf(inner, data) {
  let ast;
  try {
    ast = parseExpression(inner, isHelperFunction);
  } catch (err) {
    if (err instanceof DslSyntaxError) return void 0;
    throw err;
  }
  return ast !== void 0 && usesDataOrHelpers(ast, data) ? ast : void 0;
}
function usesDataOrHelpers(node, data) {
  switch (node.t) {
    case "call":
      return true;
    case "var":
      return Object.hasOwn(data, node.name);
    case "access":
      return Object.hasOwn(data, node.path[0] ?? "");
    case "unary":
      return usesDataOrHelpers(node.arg, data);
    case "binary":
      return usesDataOrHelpers(node.left, data) || usesDataOrHelpers(node.right, data);
    case "group":
      return node.inner !== void 0 && usesDataOrHelpers(node.inner, data);
    case "list":
      return node.items.some((item) => usesDataOrHelpers(item, data));
    default:
      return false;
  }
}

// src/matchers/dsl.ts
function compileDsl(source) {
  return { source, ast: parseExpression(source, isHelperFunction) };
}
function evaluateDsl(compiled, data) {
  try {
    return evaluateNode(compiled.ast, data);
  } catch (err) {
    if (err instanceof DslError) throw err;
    throw new DslError(err instanceof Error ? err.message : String(err));
  }
}
function evaluateVariables(raw, where) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, value] of Object.entries(raw)) {
    let text;
    if (typeof value === "string") text = value;
    else if (typeof value === "number") text = formatFloatF(value);
    else if (typeof value === "boolean") text = value ? "true" : "false";
    else if (value === null || value === void 0) text = "";
    else {
      throw inputError(where.file, where.line([name]), `variable '${name}' must be a string, number or boolean (got ${Array.isArray(value) ? "a list" : "a mapping"})`);
    }
    try {
      out[name] = renderText(text, out);
    } catch (err) {
      if (!(err instanceof DslError)) throw err;
      out[name] = text;
    }
  }
  return out;
}

// src/matchers/evidence.ts
var EVIDENCE_MAX = 200;
function clip(line) {
  const chars = Array.from(line.replace(/\r$/, ""));
  return chars.length <= EVIDENCE_MAX ? chars.join("") : `${chars.slice(0, EVIDENCE_MAX - 1).join("")}\u2026`;
}
function evidenceLine(text, snippets) {
  const lines = text.split("\n");
  for (const snippet of snippets) {
    if (snippet === "") continue;
    const head = snippet.split("\n").find((l) => l.trim() !== "") ?? snippet;
    const line = lines.find((l) => l.includes(head));
    if (line !== void 0) return clip(line.trim());
  }
  const first = lines.find((l) => l.trim() !== "");
  return first === void 0 ? "" : clip(first.trim());
}
function matcherEvidence(m, snippets, data) {
  if (m.type !== "dsl") return evidenceLine(Object.hasOwn(data, m.part) ? toGoString(data[m.part]) : "", snippets);
  const vars = [];
  const literals = [];
  for (const expr of m.dsl) collect(expr.ast, vars, literals);
  const texts = vars.filter((v) => Object.hasOwn(data, v)).map((v) => toGoString(data[v]));
  for (const text of texts) {
    const line = evidenceLine(text, literals);
    if (literals.some((lit) => lit !== "" && line.includes(lit))) return line;
  }
  for (const text of texts) {
    const line = evidenceLine(text, []);
    if (line !== "") return line;
  }
  return "";
}
function collect(node, vars, literals) {
  if (node === void 0) return;
  switch (node.t) {
    case "var":
      vars.push(node.name);
      return;
    case "lit":
      if (typeof node.value === "string") literals.push(node.value);
      return;
    case "call":
      node.args.forEach((a) => collect(a, vars, literals));
      return;
    case "unary":
      if (node.op !== "!") collect(node.arg, vars, literals);
      return;
    case "binary":
      collect(node.left, vars, literals);
      collect(node.right, vars, literals);
      return;
    case "group":
      collect(node.inner, vars, literals);
      return;
    case "list":
      node.items.forEach((i) => collect(i, vars, literals));
      return;
    default:
      return;
  }
}

// src/matchers/jq.ts
var JqSyntaxError = class extends Error {
  name = "JqSyntaxError";
};
var JqRuntimeError = class extends Error {
};
function compileJq(source) {
  const pipe = splitPipe(source).map((term) => parsePath(term.trim(), source));
  return { source, pipe };
}
function splitPipe(source) {
  const terms = [];
  let quote = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\" && quote) i++;
    else if (c === '"') quote = !quote;
    else if (c === "|" && !quote) {
      terms.push(source.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(source.slice(start));
  return terms;
}
function parsePath(term, source) {
  const refuse = () => {
    throw new JqSyntaxError(`json query '${source}' uses jq syntax fleetprobe does not support (supported: paths such as .a.b, ."k", .[0], .["k"], .[], the ? suffix, and |)`);
  };
  if (!term.startsWith(".")) refuse();
  const steps = [];
  let i = 1;
  const optional = () => {
    if (term[i] === "?") {
      i++;
      return true;
    }
    return false;
  };
  const quoted = () => {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(term.slice(i));
    if (m === null) return refuse();
    i += m[0].length;
    return JSON.parse(`"${m[1] ?? ""}"`);
  };
  while (i < term.length) {
    if (term[i] === ".") {
      i++;
      continue;
    }
    if (term[i] === '"') {
      const key = quoted();
      steps.push({ kind: "key", key, optional: optional() });
      continue;
    }
    if (term[i] === "[") {
      i++;
      if (term[i] === "]") {
        i++;
        steps.push({ kind: "iterate", optional: optional() });
        continue;
      }
      if (term[i] === '"') {
        const key = quoted();
        if (term[i] !== "]") refuse();
        i++;
        steps.push({ kind: "key", key, optional: optional() });
        continue;
      }
      const m2 = /^-?\d+/.exec(term.slice(i));
      if (m2 === null || term[i + m2[0].length] !== "]") return refuse();
      i += m2[0].length + 1;
      steps.push({ kind: "index", index: Number(m2[0]), optional: optional() });
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(term.slice(i));
    if (m === null) return refuse();
    i += m[0].length;
    steps.push({ kind: "key", key: m[0], optional: optional() });
  }
  return steps;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v;
}
function* applyStep(step, v) {
  try {
    if (step.kind === "iterate") {
      if (Array.isArray(v)) yield* v;
      else if (v !== null && typeof v === "object") for (const k of Object.keys(v).sort()) yield v[k] ?? null;
      else throw new JqRuntimeError(`cannot iterate over: ${typeName(v)}`);
      return;
    }
    if (v === null) {
      yield null;
      return;
    }
    if (step.kind === "key") {
      if (typeof v !== "object" || Array.isArray(v)) throw new JqRuntimeError(`expected an object but got: ${typeName(v)}`);
      yield Object.hasOwn(v, step.key) ? v[step.key] ?? null : null;
      return;
    }
    if (!Array.isArray(v)) throw new JqRuntimeError(`expected an array but got: ${typeName(v)}`);
    const at = step.index < 0 ? v.length + step.index : step.index;
    yield v[at] ?? null;
  } catch (err) {
    if (err instanceof JqRuntimeError && step.optional) return;
    throw err;
  }
}
function* run(steps, v, from = 0) {
  const step = steps[from];
  if (step === void 0) {
    yield v;
    return;
  }
  for (const next of applyStep(step, v)) yield* run(steps, next, from + 1);
}
function* runPipe(pipe, v, from = 0) {
  const path = pipe[from];
  if (path === void 0) {
    yield v;
    return;
  }
  for (const next of run(path, v)) yield* runPipe(pipe, next, from + 1);
}
function jqValues(query, input) {
  let doc;
  try {
    doc = JSON.parse(input);
  } catch {
    return [];
  }
  const out = [];
  try {
    for (const v of runPipe(query.pipe, doc)) out.push(jsonToString(v));
  } catch (err) {
    if (!(err instanceof JqRuntimeError)) throw err;
  }
  return out;
}
function jsonToString(v) {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatFloatF(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return goJson(v);
}
function goJson(v) {
  if (v === null || typeof v !== "object") return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (Array.isArray(v)) return `[${v.map(goJson).join(",")}]`;
  return `{${Object.keys(v).sort().map((k) => `${goJson(k)}:${goJson(v[k] ?? null)}`).join(",")}}`;
}

// src/matchers/extractors.ts
function runExtractor(e, data) {
  const found = /* @__PURE__ */ new Set();
  switch (e.type) {
    case "regex": {
      if (!Object.hasOwn(data, e.part)) return [];
      const corpus = toGoString(data[e.part]);
      for (const regex2 of e.regexes) {
        for (const m of goFindAll(regex2, corpus)) {
          if (m.length < e.group + 1) continue;
          found.add(m[e.group] ?? "");
        }
      }
      break;
    }
    case "json": {
      if (!Object.hasOwn(data, e.part)) return [];
      const corpus = toGoString(data[e.part]);
      for (const query of e.queries) for (const v of jqValues(query, corpus)) found.add(v);
      break;
    }
    case "kval": {
      const source = /* @__PURE__ */ Object.create(null);
      for (const [k, v] of Object.entries(data)) {
        if (e.caseInsensitive) source[k.toLowerCase()] = typeof v === "string" ? v.toLowerCase() : v;
        else source[k] = v;
      }
      for (const key of e.keys) if (Object.hasOwn(source, key)) found.add(toGoString(source[key] ?? null));
      break;
    }
    case "dsl":
      for (const expr of e.dsl) {
        let result;
        try {
          result = evaluateDsl(expr, data);
        } catch (err) {
          if (!(err instanceof DslError)) throw err;
          if (err.message.startsWith("No parameter")) continue;
          return [...found];
        }
        if (result === null) continue;
        const text = sprint(result);
        if (text !== "") found.add(text);
      }
      break;
  }
  return [...found];
}

// src/matchers/match.ts
var NO = { matched: false, snippets: [] };
function matchWords(m, input) {
  const corpus = m.caseInsensitive ? input.toLowerCase() : input;
  const found = [];
  for (const [i, w] of m.words.entries()) {
    if (w.rendered === void 0 && m.condition === "and") return NO;
    const word = w.rendered ?? w.word;
    if (!corpus.includes(word)) {
      if (m.condition === "and") return NO;
      continue;
    }
    if (m.condition === "or" && !m.matchAll) return { matched: true, snippets: [word] };
    found.push(word);
    if (i === m.words.length - 1 && !m.matchAll) return { matched: true, snippets: found };
  }
  return found.length > 0 && m.matchAll ? { matched: true, snippets: found } : NO;
}
function matchRegex(m, corpus) {
  const found = [];
  for (const [i, regex2] of m.regexes.entries()) {
    if (m.condition === "or" && !m.matchAll) {
      const first = goFindAll(regex2, corpus, 1)[0];
      if (first === void 0) continue;
      return { matched: true, snippets: [first[0]] };
    }
    const all = goFindAll(regex2, corpus).map((x) => x[0]);
    if (all.length === 0) {
      if (m.condition === "and") return NO;
      continue;
    }
    for (const snippet of all) found.push(snippet);
    if (i === m.regexes.length - 1 && !m.matchAll) return { matched: true, snippets: found };
  }
  return found.length > 0 && m.matchAll ? { matched: true, snippets: found } : NO;
}
function matchBinary(m, corpus) {
  const found = [];
  for (const [i, needle] of m.binary.entries()) {
    if (!corpus.includes(needle)) {
      if (m.condition === "and") return NO;
      continue;
    }
    if (m.condition === "or") return { matched: true, snippets: [needle] };
    found.push(needle);
    if (i === m.binary.length - 1) return { matched: true, snippets: found };
  }
  return NO;
}
function matchSize(m, corpus) {
  return { matched: m.sizes.includes(Buffer.byteLength(corpus, "utf8")), snippets: [] };
}
function matchDsl(m, data) {
  for (const [i, expr] of m.dsl.entries()) {
    let result;
    try {
      result = evaluateDsl(expr, data);
    } catch (err) {
      if (err instanceof DslRenderError) return false;
      if (!(err instanceof DslError)) throw err;
      if (m.condition === "and") return false;
      continue;
    }
    if (typeof result !== "boolean") continue;
    if (!result) {
      if (m.condition === "and") return false;
      continue;
    }
    if (m.condition === "or") return true;
    if (i === m.dsl.length - 1) return true;
  }
  return false;
}
function runMatcher(m, data) {
  if (m.type === "dsl") return applyNegative(m, { matched: matchDsl(m, data), snippets: [] });
  if (!Object.hasOwn(data, m.part)) return NO;
  const corpus = toGoString(data[m.part]);
  switch (m.type) {
    case "word":
      return applyNegative(m, matchWords(m, corpus));
    case "regex":
      return applyNegative(m, matchRegex(m, corpus));
    case "binary":
      return applyNegative(m, matchBinary(m, corpus));
    case "size":
      return applyNegative(m, matchSize(m, corpus));
  }
}
function applyNegative(m, r) {
  return m.negative ? { matched: !r.matched, snippets: [] } : r;
}

// src/matchers/evaluate.ts
var PROTOCOL_PREFIXES = ["dns", "file", "http", "headless", "tcp", "workflow", "ssl", "websocket", "whois", "code", "javascript"];
var NOT_IN_CONTEXT = /* @__PURE__ */ new Set(["template-id", "template-info", "template-path"]);
function bag(...sources) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const source of sources) Object.assign(out, source);
  return out;
}
function trimOutput(s) {
  return s.replace(/^[ \n\r\t]+|[ \n\r\t]+$/g, "");
}
function evaluateTemplate(template, blocks, input) {
  const findings = [];
  replay(template, blocks, input, (block, outcome) => {
    if (block.operators !== void 0 && outcome.result !== void 0) {
      findings.push(...resultFindings(block.operators, outcome.result, outcome.data, block.index));
    }
  });
  return findings;
}
function scriptEnvironment(template, earlier, input) {
  const context = replay(template, earlier.slice(0, template.blocks.length), input, () => void 0);
  return stringify(bag(context, template.variables));
}
function stringify(values) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(values)) out[k] = toGoString(v);
  return out;
}
function replay(template, runs, input, onBlock) {
  const shared = template.blocks.length > 1;
  const context = bag(shared ? template.variables : {});
  for (const [i, run2] of runs.entries()) {
    const block = template.blocks[i];
    if (block === void 0) break;
    const data = blockEvent(template, run2, input, context);
    if (shared) addToContext(context, block.contextId, data);
    const merged = shared ? bag(data, context) : data;
    const result = block.operators === void 0 ? void 0 : executeOperators(block.operators, merged);
    onBlock(block, { data: merged, result });
    if (shared && result !== void 0) {
      for (const [name, values] of result.dynamic) {
        values.forEach((v, n) => {
          context[n === 0 ? name : `${name}${n}`] = v;
        });
      }
    }
  }
  return context;
}
function blockEvent(template, run2, input, context) {
  const data = bag(stringify(context), template.variables);
  const stderr = run2.stderr !== "" ? run2.stderr : run2.failure !== void 0 ? run2.failure.detail : "";
  data["type"] = "code";
  data["response"] = trimOutput(run2.stdout);
  data["input"] = input;
  data["template-path"] = template.path;
  data["template-id"] = template.id;
  if (stderr.length > 0) data["stderr"] = trimOutput(stderr);
  return data;
}
function addToContext(context, contextId, data) {
  for (const [key, value] of Object.entries(data)) {
    if (PROTOCOL_PREFIXES.some((p) => key.startsWith(p))) context[key] = value;
    else if (!NOT_IN_CONTEXT.has(key)) context[`${contextId ?? "code"}_${key}`] = value;
  }
}
function executeOperators(ops, data) {
  const result = { matched: false, matches: /* @__PURE__ */ new Map(), hits: [], extracts: /* @__PURE__ */ new Map(), outputExtracts: [], dynamic: /* @__PURE__ */ new Map() };
  const allInternalExtractors = ops.extractors.every((e) => e.internal);
  const seen = /* @__PURE__ */ new Set();
  for (const e of ops.extractors) {
    const values = runExtractor(e, data);
    if (values.length === 0) continue;
    const name = e.name ?? "";
    if (e.internal) result.dynamic.set(name, [...result.dynamic.get(name) ?? [], ...values]);
    else {
      for (const v of values) {
        if (seen.has(v)) continue;
        seen.add(v);
        result.outputExtracts.push(v);
      }
      if (e.name !== void 0) result.extracts.set(e.name, values);
    }
    if (e.name !== void 0) data[e.name] = values.length === 1 ? values[0] ?? "" : values;
  }
  for (const [name, values] of result.dynamic) {
    if (values.length > 1) {
      values.forEach((v, n) => {
        data[`${name}${n}`] = v;
      });
      data[name] = values;
    } else data[name] = values[0] ?? "";
  }
  for (const m of ops.matchers) {
    const r = runMatcher(m, data);
    if (r.matched) {
      result.matched = true;
      result.hits.push({ matcher: m, snippets: r.snippets });
      if (ops.condition === "or" && m.name !== void 0) result.matches.set(m.name, { matcher: m, snippets: r.snippets });
    } else if (ops.condition === "and") {
      return result.dynamic.size > 0 ? { ...result, matched: false } : void 0;
    }
  }
  if (result.dynamic.size > 0 && allInternalExtractors) return result;
  if (ops.matchers.length > 0 && !result.matched) return result.dynamic.size > 0 ? result : void 0;
  if (result.extracts.size > 0 || result.outputExtracts.length > 0 || result.matched || result.dynamic.size > 0) return result;
  return void 0;
}
function resultFindings(ops, result, data, block) {
  if (result.dynamic.size > 0 && !result.matched) return [];
  const extracted = result.extracts.size > 0 || result.outputExtracts.length > 0;
  if (extracted && ops.matchers.length > 0 && !result.matched) return [];
  if (result.matched && ops.matchers.every((m) => m.internal)) return [];
  if (result.matches.size > 0) {
    return [...result.matches].map(([name, hit2]) => ({
      matcherName: name,
      extracted: [...result.outputExtracts],
      block,
      evidence: matcherEvidence(hit2.matcher, hit2.snippets, data)
    }));
  }
  if (result.extracts.size > 0) {
    return [...result.extracts].map(([name, values]) => ({
      extractorName: name,
      extracted: [...values],
      block,
      evidence: extractEvidence(values, data)
    }));
  }
  const hit = result.hits.find((h) => !h.matcher.negative && h.matcher.type !== "dsl") ?? result.hits.find((h) => !h.matcher.negative) ?? result.hits[0];
  return [
    {
      extracted: [...result.outputExtracts],
      block,
      evidence: hit !== void 0 ? matcherEvidence(hit.matcher, hit.snippets, data) : extractEvidence(result.outputExtracts, data)
    }
  ];
}
function extractEvidence(values, data) {
  const response = toGoString(data["response"] ?? "");
  const line = evidenceLine(response, values);
  return line !== "" ? line : evidenceLine(values[0] ?? "", []);
}

export {
  RegexSyntaxError,
  compileGoRegex,
  DslError,
  DslSyntaxError,
  isUnimplementedHelper,
  renderText,
  compileDsl,
  evaluateVariables,
  JqSyntaxError,
  compileJq,
  evaluateTemplate,
  scriptEnvironment
};
