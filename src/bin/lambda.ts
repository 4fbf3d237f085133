// dist/lambda.js: the serverless job's handlers (handler names lambda.plan, lambda.scope, lambda.merge),
// configured from the environment the stack sets. A configuration mistake fails the step with one line.
import { configFromEnv } from '../lambda/config.js';
import { createHandlers } from '../lambda/handlers.js';

const handlers = createHandlers(() => configFromEnv(process.env));

export const { plan, scope, merge } = handlers;
