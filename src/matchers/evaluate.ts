// STUB: owned by the matchers work (see issue 2). Contract below is fixed; internals are not.
import type { BlockRun, Finding, Template } from '../types.js';

/**
 * Pure: the findings nuclei would report for `template` on a host whose blocks produced `blocks`
 * (one per code block, in order). `input` is the target string nuclei would pass ('' when self-contained).
 */
export function evaluateTemplate(_template: Template, _blocks: readonly BlockRun[], _input: string): Finding[] {
  return [];
}
