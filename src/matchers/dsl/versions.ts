// compare_versions: the subset of hashicorp/go-version that nuclei's helper relies on: versions like
// `v1.2.3-rc.1+meta`, constraints `=`, `!=`, `>`, `<`, `>=`, `<=`, `~>` joined by commas (all must hold).
import { DslError } from './values.js';

interface Version {
  segments: number[];
  /** How many segments were written (`~>` depends on it). */
  specified: number;
  pre: string;
}

const VERSION_RE = /^v?(\d+(?:\.\d+)*)(?:-(\d[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(-?[A-Za-z\-~][0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*))?(?:\+[0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*)?$/;

function parseVersion(text: string): Version {
  const m = VERSION_RE.exec(text.trim());
  if (m === null) throw new DslError(`error parsing argument value: Malformed version: ${text}`);
  const parts = (m[1] ?? '0').split('.').map(Number);
  const specified = parts.length;
  while (parts.length < 3) parts.push(0);
  const pre = m[2] ?? (m[3] ?? '').replace(/^-/, '');
  return { segments: parts, specified, pre };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function compare(a: Version, b: Version): number {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i] ?? 0;
    const y = b.segments[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return comparePre(a.pre, b.pre);
}

/** A pre-release only satisfies constraints that name a pre-release of the same base version. */
function prereleaseOk(v: Version, c: Version): boolean {
  if (v.pre !== '' && c.pre !== '') return v.segments.join('.') === c.segments.join('.');
  if (v.pre !== '' && c.pre === '') return false;
  return true;
}

function check(op: string, v: Version, c: Version): boolean {
  const cmp = compare(v, c);
  switch (op) {
    case '':
    case '=':
      return cmp === 0;
    case '!=':
      return cmp !== 0;
    case '>':
      return prereleaseOk(v, c) && cmp > 0;
    case '<':
      return prereleaseOk(v, c) && cmp < 0;
    case '>=':
      return prereleaseOk(v, c) && cmp >= 0;
    case '<=':
      return prereleaseOk(v, c) && cmp <= 0;
    case '~>': {
      if (!prereleaseOk(v, c) || (c.pre !== '' && v.pre === '') || cmp < 0) return false;
      for (let i = 0; i < c.specified - 1; i++) if (v.segments[i] !== c.segments[i]) return false;
      return (c.segments[c.specified - 1] ?? 0) <= (v.segments[c.specified - 1] ?? 0);
    }
    default:
      throw new DslError(`Malformed constraint: ${op}`);
  }
}

export function compareVersions(version: string, constraints: readonly string[]): boolean {
  const v = parseVersion(version);
  const all = constraints.join(',').split(',');
  return all.every((raw) => {
    const m = /^\s*(?:(=|!=|>=|<=|>|<|~>)\s*)?(\S+)\s*$/.exec(raw);
    if (m === null) throw new DslError(`Malformed constraint: ${raw}`);
    return check(m[1] ?? '', v, parseVersion(m[2] ?? ''));
  });
}
