// Character sets for the translator: ranges of code points, Go's case folding, POSIX and Perl
// classes, Unicode properties, and how a set is written as a JS class.

export type Range = [number, number];

export const MAX_CODE_POINT = 0x10ffff;

export const PERL_CLASSES: Record<string, Range[]> = {
  d: [[0x30, 0x39]],
  s: [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]],
  w: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
};

export const POSIX_CLASSES: Record<string, Range[]> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

export function escapeLiteral(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (/[A-Za-z0-9_ ]/.test(ch)) return ch;
  if ('^$\\.*+?()[]{}|/'.includes(ch)) return `\\${ch}`;
  return `\\u{${cp.toString(16)}}`;
}

export function renderClass(ranges: readonly Range[], props: readonly string[], negated: boolean): string {
  const items = ranges.map(([lo, hi]) => (lo === hi ? `\\u{${lo.toString(16)}}` : `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`));
  return `[${negated ? '^' : ''}${items.join('')}${props.join('')}]`;
}

export function normalizeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function negateRanges(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

// Case orbits (k, K and the Kelvin sign; s, S and long s; ...) built once from JS case mappings,
// keeping the pairs Unicode simple case folding equates, which is what Go's (?i) uses.
let orbits: Map<number, number[]> | undefined;

export function caseOrbits(): Map<number, number[]> {
  if (orbits !== undefined) return orbits;
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
    if (!parent.has(rb)) parent.set(rb, rb);
  };
  const single = (s: string): number | undefined => {
    const cps = Array.from(s);
    return cps.length === 1 ? cps[0]?.codePointAt(0) : undefined;
  };
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    for (const mapped of [ch.toLowerCase(), ch.toUpperCase()]) {
      const m = single(mapped);
      // Keep only pairs that simple case folding (JS's `iu`, Go's (?i)) equates: not ı and I.
      if (m !== undefined && m !== cp && new RegExp(`^\\u{${cp.toString(16)}}$`, 'iu').test(String.fromCodePoint(m))) union(cp, m);
    }
  }
  const groups = new Map<number, number[]>();
  for (const cp of parent.keys()) {
    const root = find(cp);
    const group = groups.get(root) ?? [];
    group.push(cp);
    groups.set(root, group);
  }
  orbits = new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a - b);
    for (const cp of group) orbits.set(cp, group);
  }
  return orbits;
}

export function caseOrbit(cp: number): number[] {
  return caseOrbits().get(cp) ?? [cp];
}

export function foldRanges(ranges: readonly Range[]): Range[] {
  const out: Range[] = [...ranges.map((r): Range => [r[0], r[1]])];
  for (const [cp, orbit] of caseOrbits()) {
    if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) {
      for (const x of orbit) out.push([x, x]);
    }
  }
  return normalizeRanges(out);
}

const propertyCache = new Map<string, Range[]>();

/** Every code point of a Unicode property, as ranges (only needed to negate a case-folded property). */
export function propertyRanges(prop: string, test: RegExp): Range[] {
  const cached = propertyCache.get(prop);
  if (cached !== undefined) return cached;
  const out: Range[] = [];
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!test.test(String.fromCodePoint(cp))) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  propertyCache.set(prop, out);
  return out;
}

/** Go's \p names: general categories (L, Lu, ...), scripts (Greek, Latin, ...) and Any. */
export function unicodeProperty(name: string): string | undefined {
  const candidates = name === 'Any' ? ['Any'] : /^[A-Z][a-z]?$/.test(name) ? [name] : [`Script=${name}`];
  for (const candidate of candidates) {
    try {
      new RegExp(`\\p{${candidate}}`, 'u');
      return candidate;
    } catch {
      // not a property JS knows
    }
  }
  return undefined;
}
