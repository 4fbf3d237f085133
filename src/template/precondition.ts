// nuclei's `pre-condition` is JavaScript over helpers that describe the machine running the probe.
// fleetprobe probes only Linux hosts, so the OS helpers are known at load; anything else is refused.
import { inputError } from '../errors.js';

const LINUX: Record<string, boolean> = {
  IsLinux: true,
  IsWindows: false,
  IsOSX: false,
  IsAndroid: false,
  IsIOS: false,
  IsJS: false,
  IsFreeBSD: false,
  IsOpenBSD: false,
  IsSolaris: false,
};

/** Evaluates a pre-condition made of OS helpers, `!`, `&&`, `||` and parentheses, for a Linux host. */
export function evaluatePreCondition(expr: string, file: string, line: number | undefined): boolean {
  const tokens = expr.match(/\s*(&&|\|\||!|\(|\)|[A-Za-z]+\(\s*\))/gy);
  if (!tokens || tokens.join('').replace(/\s/g, '') !== expr.replace(/\s/g, '')) return refuse();
  let pos = 0;
  const peek = () => tokens[pos]?.trim();
  const or = (): boolean => {
    let v = and();
    while (peek() === '||') { pos++; v = and() || v; }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (peek() === '&&') { pos++; v = not() && v; }
    return v;
  };
  const not = (): boolean => {
    const t = peek();
    pos++;
    if (t === '!') return !not();
    if (t === '(') {
      const v = or();
      if (peek() !== ')') return refuse();
      pos++;
      return v;
    }
    const name = t?.replace(/\(\s*\)$/, '') ?? '';
    if (!(name in LINUX)) return refuse();
    return LINUX[name]!;
  };
  const value = or();
  if (pos !== tokens.length) return refuse();
  return value;

  function refuse(): never {
    throw inputError(file, line, `pre-condition '${expr}' is not supported; allowed: ${Object.keys(LINUX).map((k) => `${k}()`).join(', ')} with !, &&, || and parentheses`);
  }
}
