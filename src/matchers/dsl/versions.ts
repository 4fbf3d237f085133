// compare_versions: hashicorp/go-version v1.6.0 (the version nuclei's DSL pins), re-implemented:
// versions and constraints are read with go-version's own regular expressions, run by our Go regexp
// (linear time, so a host printing a long pseudo-version costs what it is long), segments are int64.
import { compileGoRegex, goFindAllSubmatch } from '../regex.js';
import { DslError } from './values.js';

const VERSION =
  `v?([0-9]+(\\.[0-9]+)*?)` +
  `(-([0-9]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)|(-?([A-Za-z\\-~]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)))?` +
  `(\\+([0-9A-Za-z\\-~]+(\\.[0-9A-Za-z\\-~]+)*))?` +
  `?`;
const OPERATORS = ['', '=', '!=', '>', '<', '>=', '<=', '~>'];

let compiled: { version: ReturnType<typeof compileGoRegex>; constraint: ReturnType<typeof compileGoRegex> } | undefined;
function patterns() {
  compiled ??= {
    version: compileGoRegex(`^${VERSION}$`),
    // go-version joins the operators in map order; the anchors make every order parse alike.
    constraint: compileGoRegex(`^\\s*(${OPERATORS.map(quoteMeta).join('|')})\\s*(${VERSION})\\s*$`),
  };
  return compiled;
}

/** regexp.QuoteMeta. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

interface Version {
  segments: bigint[];
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

function parseVersion(text: string): Version {
  const m = goFindAllSubmatch(patterns().version, text, 1)[0];
  if (m === undefined) throw new DslError(`Malformed version: ${text}`);
  const parts = (m[1] ?? '').split('.');
  const segments = parts.map((p) => {
    const [v, ok] = parseInt64(p);
    if (!ok) throw new DslError(`Error parsing version: strconv.ParseInt: parsing "${p}": value out of range`);
    return v;
  });
  while (segments.length < 3) segments.push(0n);
  return { segments, si: parts.length, pre: m[7] !== '' ? (m[7] ?? '') : (m[4] ?? ''), metadata: m[10] ?? '' };
}

function show(v: Version): string {
  return v.segments.join('.') + (v.pre !== '' ? `-${v.pre}` : '') + (v.metadata !== '' ? `+${v.metadata}` : '');
}

function compare(a: Version, b: Version): number {
  if (show(a) === show(b)) return 0;
  if (a.segments.length === b.segments.length && a.segments.every((s, i) => s === b.segments[i])) {
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
    if (x === undefined) return b.segments.slice(i).some((s) => s !== 0n) ? -1 : 0;
    if (y === undefined) return a.segments.slice(i).some((s) => s !== 0n) ? 1 : 0;
    if (x !== y) return x < y ? -1 : 1;
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
  if (c.pre !== '' && v.pre !== '') return c.segments.length === v.segments.length && c.segments.every((s, i) => s === v.segments[i]);
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
      return (c.segments[cs - 1] ?? 0n) <= (v.segments[cs - 1] ?? 0n);
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
      const m = goFindAllSubmatch(patterns().constraint, single, 1)[0];
      if (m === undefined) throw new DslError(`Malformed constraint: ${single}`);
      return { op: m[1] ?? '', c: parseVersion(m[2] ?? '') };
    });
  return parsed.every(({ op, c }) => check(op, v, c));
}
