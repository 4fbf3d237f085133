// What a run could not cover at all (report.gaps, filled by template loading and by scopes), in one line each.
// Every report shows them near the top, and `fail-on-unaudited` fails on any: a skipped template or an
// unreachable (account, region) is a hole in the audit, not a pass.
import type { Gap } from '../types.js';
import { oneLine } from './untrusted.js';

/** `template x.yaml:3 skipped: <reason>` / `scope 123456789012/eu-west-1 not audited (<state>): <reason>`; one line, host/template text made inert. */
export function describeGap(g: Gap): string {
  if (g.kind === 'template') return `template ${oneLine(g.file, 200)}${g.line !== undefined ? `:${g.line}` : ''} skipped: ${oneLine(g.reason, 300)}`;
  return `scope ${scopeName(g)} not audited (${oneLine(g.state, 60)}): ${oneLine(g.reason, 300)}`;
}

/** `<account>/<region>`, the form the `unaudited-scopes` output lists. */
export function scopeName(g: Extract<Gap, { kind: 'scope' }>): string {
  return `${oneLine(g.account, 40)}/${oneLine(g.region, 40)}`;
}

export function skippedTemplates(gaps: readonly Gap[]): Extract<Gap, { kind: 'template' }>[] {
  return gaps.filter((g): g is Extract<Gap, { kind: 'template' }> => g.kind === 'template');
}

export function unauditedScopes(gaps: readonly Gap[]): Extract<Gap, { kind: 'scope' }>[] {
  return gaps.filter((g): g is Extract<Gap, { kind: 'scope' }> => g.kind === 'scope');
}
