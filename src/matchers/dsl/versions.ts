// compare_versions: hashicorp/go-version v1.6.0 (the version nuclei's DSL pins), re-implemented.
// Whether a string is a version or a constraint is decided by go-version's own regular expressions,
// run by our Go regexp without submatches (its DFA: a megabyte of pseudo-version costs milliseconds).
// Once one matched, the string splits one way only, read off by hand (the submatch search would cost
// far more on long input). Segments are int64.
import { compileGoRegex, goMatch } from '../regex.js';
import { DslError } from './values.js';

/** go-version's VersionRegexpRaw. */
export const VERSION_PATTERN =
  `v?([0-9]+(\\.[0-9]+)*?)` +
  `(-([0-9]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)|(-?([A-Za-z\\-~]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)))?` +
  `(\\+([0-9A-Za-z\\-~]+(\\.[0-9A-Za-z\\-~]+)*))?` +
  `?`;
const OPERATORS = ['', '=', '!=', '>', '<', '>=', '<=', '~>'];
const SPACE = ' \t\n\f\r';
const PRE_START = /[0-9A-Za-z~-]/;
const OPERATORS_LONGEST_FIRST = [...OPERATORS].sort((a, b) => b.length - a.length);

let compiled: { version: ReturnType<typeof compileGoRegex>; constraint: ReturnType<typeof compileGoRegex> } | undefined;
function patterns() {
  compiled ??= {
    version: compileGoRegex(`^${VERSION_PATTERN}$`),
    // go-version joins the operators in map order; the anchors make every order parse alike.
    constraint: compileGoRegex(`^\\s*(${OPERATORS.map(quoteMeta).join('|')})\\s*(${VERSION_PATTERN})\\s*$`),
  };
  return compiled;
}

/** regexp.QuoteMeta. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** What Go's \s matches, trimmed from both ends. */
function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && SPACE.includes(s.charAt(a))) a++;
  while (b > a && SPACE.includes(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

export interface Version {
  /** int64 segments as decimal strings without leading zeros: compared by length, then text, exactly. */
  segments: string[];
  /** How many segments were written (before padding to three). */
  si: number;
  pre: string;
  metadata: string;
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** strconv.ParseInt(s, 10, 64): the value (0 on a syntax error, the bound on overflow) and whether it parsed. */
function parseInt64(s: string): [bigint, boolean] {
  if (!/^[+-]?\d+$/.test(s)) return [0n, false];
  // More than 19 significant digits is out of range: no need to read a megabyte of them.
  if (s.replace(/^[+-]?0*/, '').length > 19) return [s.startsWith('-') ? INT64_MIN : INT64_MAX, false];
  const v = BigInt(s);
  if (v > INT64_MAX) return [INT64_MAX, false];
  if (v < INT64_MIN) return [INT64_MIN, false];
  return [v, true];
}

/**
 * NewVersion. The expression matched, so: after an optional `v`, the segments are the longest run of
 * `digits(.digits)*` (what follows can start with neither `.` nor a digit); the metadata follows the
 * only `+`; the pre-release is what lies between, without its leading `-` unless nothing usable
 * follows the `-` (the expression's alternatives `-(digit…)` and `-?(letter…)` read it that way).
 */
export function parseVersion(text: string): Version {
  if (!goMatch(patterns().version, text)) throw new DslError(`Malformed version: ${text}`);
  let i = text.startsWith('v') ? 1 : 0;
  const start = i;
  while (i < text.length && (isDigit(text.charCodeAt(i)) || (text[i] === '.' && isDigit(text.charCodeAt(i + 1))))) i++;
  const parts = text.slice(start, i).split('.');
  const rest = text.slice(i);
  const plus = rest.indexOf('+');
  const pre = plus < 0 ? rest : rest.slice(0, plus);
  const segments = parts.map((p) => {
    let z = 0;
    while (z < p.length - 1 && p[z] === '0') z++;
    const digits = p.slice(z);
    if (digits.length > 19 || (digits.length === 19 && digits > '9223372036854775807')) {
      throw new DslError(`Error parsing version: strconv.ParseInt: parsing "${p}": value out of range`);
    }
    return digits;
  });
  while (segments.length < 3) segments.push('0');
  return {
    segments,
    si: parts.length,
    pre: pre.startsWith('-') && PRE_START.test(pre.charAt(1)) ? pre.slice(1) : pre,
    metadata: plus < 0 ? '' : rest.slice(plus + 1),
  };
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Version.String(), kept once computed (a version can be long). */
const shown = new WeakMap<Version, string>();
function show(v: Version): string {
  let s = shown.get(v);
  if (s === undefined) {
    s = v.segments.join('.') + (v.pre !== '' ? `-${v.pre}` : '') + (v.metadata !== '' ? `+${v.metadata}` : '');
    shown.set(v, s);
  }
  return s;
}

/** Two segments (non-negative decimal strings without leading zeros) compared as numbers. */
function compareSegment(x: string, y: string): number {
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

const sameSegments = (a: Version, b: Version) => a.segments.length === b.segments.length && a.segments.every((s, i) => s === b.segments[i]);

function compare(a: Version, b: Version): number {
  if (show(a) === show(b)) return 0;
  if (sameSegments(a, b)) {
    if (a.pre === '' && b.pre === '') return 0;
    if (a.pre === '') return 1;
    if (b.pre === '') return -1;
    return comparePrereleases(a.pre, b.pre);
  }
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    // Past the end of the shorter one, only non-zero segments make a difference.
    if (x === undefined) return b.segments.slice(i).some((s) => s !== '0') ? -1 : 0;
    if (y === undefined) return a.segments.slice(i).some((s) => s !== '0') ? 1 : 0;
    if (x !== y) return compareSegment(x, y);
  }
  return 0;
}

function comparePrereleases(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const c = comparePart(pa[i] ?? '', pb[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

function comparePart(a: string, b: string): number {
  if (a === b) return 0;
  const [ai, aNumeric] = parseInt64(a);
  const [bi, bNumeric] = parseInt64(b);
  if (a === '') return bNumeric ? -1 : 1;
  if (b === '') return aNumeric ? 1 : -1;
  if (aNumeric && !bNumeric) return -1;
  if (!aNumeric && bNumeric) return 1;
  // Go compares strings bytewise; these parts are ASCII.
  if (!aNumeric && !bNumeric && a > b) return 1;
  if (ai > bi) return 1;
  return -1;
}

/** A pre-release only satisfies an ordering constraint that names a pre-release of the same segments. */
function prereleaseOk(v: Version, c: Version): boolean {
  if (c.pre !== '' && v.pre !== '') return sameSegments(c, v);
  return !(c.pre === '' && v.pre !== '');
}

function check(op: string, v: Version, c: Version): boolean {
  switch (op) {
    case '':
    case '=':
      return compare(v, c) === 0;
    case '!=':
      return compare(v, c) !== 0;
    case '>':
      return prereleaseOk(v, c) && compare(v, c) === 1;
    case '<':
      return prereleaseOk(v, c) && compare(v, c) === -1;
    case '>=':
      return prereleaseOk(v, c) && compare(v, c) >= 0;
    case '<=':
      return prereleaseOk(v, c) && compare(v, c) <= 0;
    default: {
      // ~> : at least c, and the segments written in c but the last are the same.
      if (!prereleaseOk(v, c) || (c.pre !== '' && v.pre === '') || compare(v, c) < 0) return false;
      const cs = c.segments.length;
      if (cs > v.segments.length) return false;
      for (let i = 0; i < c.si - 1; i++) if (v.segments[i] !== c.segments[i]) return false;
      return compareSegment(c.segments[cs - 1] ?? '0', v.segments[cs - 1] ?? '0') <= 0;
    }
  }
}

/** compare_versions(version, constraints...): every comma-separated constraint must hold. */
export function compareVersions(version: string, constraints: readonly string[]): boolean {
  let v: Version;
  try {
    v = parseVersion(version);
  } catch (err) {
    throw new DslError(`error parsing argument value: ${(err as Error).message}`);
  }
  const parsed = constraints
    .join(',')
    .split(',')
    .map((single) => {
      if (!goMatch(patterns().constraint, single)) throw new DslError(`Malformed constraint: ${single}`);
      // It matched: blanks, the one operator the version can follow, blanks, the version, blanks.
      const body = trimBlanks(single);
      const op = OPERATORS_LONGEST_FIRST.find((o) => body.startsWith(o)) ?? '';
      return { op, c: parseVersion(trimBlanks(body.slice(op.length))) };
    });
  return parsed.every(({ op, c }) => check(op, v, c));
}
