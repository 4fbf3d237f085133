// The Step Functions state machine of the scheduled audit, as Amazon States Language. The CDK stack deploys
// exactly this object, and the handler test walks it state by state, so both follow one definition.
//
//   Plan ─► Fan out? ─► Scopes (inline Map, few scopes) ─────────┐
//                   └─► Scopes (Distributed Map, items in S3) ───┴─► Merge
//   each scope: Dispatch ─► Finished? ─► Wait ─► Poll ─┐     (the Wait loop holds no Lambda, however long hosts take)
//                              ▲───────────────────────┘
//                           └─► Publish ⟲ ─► Scope done      (Compliance and Security Hub, in the member account)
//   a step that fails: Scope failed (recorded as a scope the run could not audit) ─► Scope done
//
// Payloads stay small: states pass the run's and the scope's names; per-scope state and results live in S3.

export interface FunctionArns {
  plan: string;
  scope: string;
  merge: string;
}

/** Lambda's own transient failures: safe to retry for every step. */
const LAMBDA_ERRORS = ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'];
const RETRY_LAMBDA = { ErrorEquals: LAMBDA_ERRORS, IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2, JitterStrategy: 'FULL' };
/** Reading a scope's commands again is harmless (sending them again would not be: Dispatch does not retry this). */
const RETRY_READ = { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 5, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL' };
/** Inline Map's limit of parallel iterations; more scopes go to the Distributed Map. */
export const INLINE_CONCURRENCY = 40;

function scopeTask(arn: string, step: string, next: string, retry: object[], extra: Record<string, string> = {}): object {
  return {
    Type: 'Task',
    Resource: arn,
    Parameters: { step, 'run.$': '$.run', 'scope.$': '$.scope', ...extra },
    Retry: retry,
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Scope failed' }],
    Next: next,
  };
}

/** One (account, region) scope, from sending the probes to its member-account writes. */
function scopeProcessor(arns: FunctionArns, mode: 'INLINE' | 'DISTRIBUTED'): object {
  return {
    ProcessorConfig: mode === 'INLINE' ? { Mode: 'INLINE' } : { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
    StartAt: 'Dispatch',
    States: {
      Dispatch: scopeTask(arns.scope, 'dispatch', 'Finished?', [RETRY_LAMBDA]),
      'Finished?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Publish' }], Default: 'Wait' },
      Wait: { Type: 'Wait', SecondsPath: '$.waitSeconds', Next: 'Poll' },
      Poll: scopeTask(arns.scope, 'poll', 'Finished?', [RETRY_LAMBDA, RETRY_READ]),
      Publish: scopeTask(arns.scope, 'publish', 'Published?', [RETRY_LAMBDA, RETRY_READ]),
      'Published?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Scope done' }], Default: 'Publish' },
      'Scope failed': {
        Type: 'Task',
        Resource: arns.scope,
        Parameters: { step: 'failed', 'run.$': '$.run', 'scope.$': '$.scope', 'error.$': '$.error' },
        Retry: [RETRY_LAMBDA],
        Next: 'Scope done',
      },
      // Each iteration's output is kept by the Map until it ends: keep it empty.
      'Scope done': { Type: 'Pass', Result: {}, End: true },
    },
  };
}

export function auditDefinition(arns: FunctionArns, distributedConcurrency: number): object {
  const items = { 'run.$': '$.run', 'scope.$': '$$.Map.Item.Value' };
  return {
    Comment: 'fleetprobe: a scheduled audit over (account, region) scopes through SSM Run Command',
    StartAt: 'Plan',
    States: {
      Plan: {
        Type: 'Task',
        Resource: arns.plan,
        Parameters: { 'inputs.$': '$.inputs', 'execution.$': '$$.Execution.Name', 'startedAt.$': '$$.Execution.StartTime' },
        Retry: [RETRY_LAMBDA],
        Next: 'Fan out?',
      },
      'Fan out?': { Type: 'Choice', Choices: [{ Variable: '$.distributed', BooleanEquals: true, Next: 'Scopes (distributed)' }], Default: 'Scopes' },
      Scopes: {
        Type: 'Map',
        ItemsPath: '$.scopes',
        ItemSelector: items,
        MaxConcurrency: INLINE_CONCURRENCY,
        ItemProcessor: scopeProcessor(arns, 'INLINE'),
        ResultPath: null,
        Next: 'Merge',
      },
      'Scopes (distributed)': {
        Type: 'Map',
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { 'Bucket.$': '$.run.bucket', 'Key.$': '$.scopesKey' } },
        ItemSelector: items,
        MaxConcurrency: distributedConcurrency,
        // A scope that fails is recorded by its own iteration; the run goes on to report the rest.
        ToleratedFailurePercentage: 100,
        ItemProcessor: scopeProcessor(arns, 'DISTRIBUTED'),
        ResultPath: null,
        Next: 'Merge',
      },
      Merge: { Type: 'Task', Resource: arns.merge, Parameters: { 'run.$': '$.run' }, Retry: [RETRY_LAMBDA, RETRY_READ], End: true },
    },
  };
}
