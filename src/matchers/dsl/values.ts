// Values a nuclei DSL expression computes with, and Go's ways of printing them. govaluate works on
// float64, string, bool, nil and slices; templates see numbers printed by Go, so we print them the same.

export type Value = string | number | boolean | null | readonly Value[];

/** Any failure while evaluating; the message follows govaluate/nuclei wording where it matters ("No parameter"). */
export class DslError extends Error {
  override readonly name = 'DslError';
}

/** A `{{…}}` marker could not be rendered: nuclei abandons the whole dsl matcher (false under and/or alike). */
export class DslRenderError extends DslError {}

/** The expression does not parse (reported at template load). */
export class DslSyntaxError extends Error {
  override readonly name = 'DslSyntaxError';
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64): shortest digits, never an exponent. */
export function formatFloatF(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (Object.is(n, -0)) return '-0';
  const s = String(n);
  if (!s.includes('e')) return s;
  const { digits, exp, negative } = decompose(n);
  // digits d1d2d3... with the decimal point after position exp+1
  const point = exp + 1;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}

/** Go's fmt.Sprint of a float64: %g with the shortest digits, which uses an exponent when it is below -4 or at least 6 (1e+06). */
export function formatFloatV(n: number): string {
  if (!Number.isFinite(n) || n === 0) return formatFloatF(n);
  const { digits, exp, negative } = decompose(n);
  if (exp < -4 || exp >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${negative ? '-' : ''}${mantissa}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  return formatFloatF(n);
}

function decompose(n: number): { digits: string; exp: number; negative: boolean } {
  const [mant = '0', e = '0'] = Math.abs(n).toExponential().split('e');
  return { digits: mant.replace('.', ''), exp: Number(e), negative: n < 0 };
}

/** nuclei's types.ToString / the dsl package's toString: how a function sees its string argument. */
export function toGoString(v: Value | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatFloatF(v);
  return sprint(v);
}

/** Go's fmt.Sprint (%v): string concatenation with `+` and dsl extractor output. */
export function sprint(v: Value | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatFloatV(v);
  return `[${v.map((x) => sprint(x)).join(' ')}]`;
}

/** reflect.DeepEqual over our value shapes. */
export function deepEqual(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x as Value, b[i] as Value));
  }
  return a === b;
}

/** Go compares strings bytewise; on byte strings that is plain code unit order. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
