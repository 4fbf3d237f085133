// The serverless job's three Lambda handlers, one per kind of step of the state machine (infra/definition.ts).
// dist/lambda.js exports them configured from the environment; tests build them against the emulator.
import type { Context } from 'aws-lambda';
import type { JobConfig } from './config.js';
import { mergeStep, type MergeOutput } from './merge.js';
import { plan, type PlanEvent, type PlanOutput } from './plan.js';
import { scopeStep, type ScopeEvent, type ScopeOutput } from './scope.js';

export interface Handlers {
  plan: (event: PlanEvent) => Promise<PlanOutput>;
  scope: (event: ScopeEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>) => Promise<ScopeOutput>;
  merge: (event: { run: PlanOutput['run'] }) => Promise<MergeOutput>;
}

/** Without a Lambda context (tests), a step has the scope function's whole five minutes. */
const FIVE_MINUTES = 300_000;

export function createHandlers(job: () => JobConfig): Handlers {
  return {
    // async: a configuration error rejects the invocation like any other, with its one-line message.
    plan: async (event) => plan(event, job()),
    scope: async (event, context) => {
      const started = Date.now();
      return scopeStep(event, job(), () => context?.getRemainingTimeInMillis() ?? FIVE_MINUTES - (Date.now() - started));
    },
    merge: async (event) => mergeStep(event, job()),
  };
}
