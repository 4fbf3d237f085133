import type { Gap, ProbeRun, Template } from '../types.js';

/**
 * The one interface every transport implements: the targets it was built with in,
 * exactly one ProbeRun per target × template out (a verdict's raw material, or the reason there is none).
 */
export interface Transport {
  run(templates: readonly Template[], signal?: AbortSignal): Promise<TransportReport>;
}

export interface TransportReport {
  runs: ProbeRun[];
  /** Command ids sent (SSM), so reports and the post step can name or cancel them. */
  commandIds: string[];
  /** What the transport was asked to cover and could not reach at all (SSM scopes not audited). */
  gaps?: Gap[];
}
