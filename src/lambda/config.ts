// The job's settings, from the functions' environment (the stack sets it from its parameters). Anything wrong
// here is a deployment mistake: one line naming the variable.
import { UserError } from '../errors.js';
import { COMPLIANCE_TYPE } from '../report/aws/compliance.js';
import type { AwsSession } from '../transport/ssm/sdk.js';

export interface JobConfig {
  /** The job's bucket: templates/ (input), work/ (between steps), results/ (reports). */
  bucket: string;
  /** The audit account's region (the Lambda's own). */
  region: string;
  /** More (account, region) scopes than this fan out with the Distributed Map. */
  distributedThreshold: number;
  securityHub: boolean;
  complianceType: string;
  /** SNS topic for the gate's alert; none: no alert. */
  topicArn: string | undefined;
  auditName: string;
  /** Metrics per (account, region) beside the totals (parameter ScopeMetrics). */
  scopeMetrics: boolean;
  /** The member role the stack lets the job assume (parameter MemberRoleName); none: the job audits its own account. */
  memberRole: string | undefined;
  /** Where AWS is and with which credentials (tests point it at the emulator). */
  session: AwsSession;
  /** Polling bounds: the Wait between two polls of a scope grows from min to max. */
  poll: { minMs: number; maxMs: number };
}

/** Between two polls of a scope: at least 5 s (each poll is a Lambda invocation), at most 60 s late. */
export const POLL = { minMs: 5_000, maxMs: 60_000 };

export function configFromEnv(env: NodeJS.ProcessEnv): JobConfig {
  const need = (name: string): string => {
    const v = env[name];
    if (!v) throw new UserError(`environment variable ${name} is not set (the stack sets it)`);
    return v;
  };
  const threshold = Number(env['FLEETPROBE_DISTRIBUTED_THRESHOLD'] ?? '40');
  if (!Number.isInteger(threshold) || threshold < 1) throw new UserError(`FLEETPROBE_DISTRIBUTED_THRESHOLD: '${env['FLEETPROBE_DISTRIBUTED_THRESHOLD']}' is not a whole number of at least 1`);
  const complianceType = env['FLEETPROBE_COMPLIANCE_TYPE'] ?? 'Custom:fleetprobe';
  if (!COMPLIANCE_TYPE.test(complianceType)) throw new UserError(`FLEETPROBE_COMPLIANCE_TYPE: '${complianceType}' is not Custom:<letters, digits, _ or ->`);
  return {
    bucket: need('FLEETPROBE_BUCKET'),
    region: need('AWS_REGION'),
    distributedThreshold: threshold,
    securityHub: env['FLEETPROBE_SECURITY_HUB'] === 'true',
    complianceType,
    topicArn: env['FLEETPROBE_TOPIC_ARN'] || undefined,
    auditName: env['FLEETPROBE_AUDIT_NAME'] || 'fleetprobe',
    scopeMetrics: env['FLEETPROBE_SCOPE_METRICS'] !== 'false',
    memberRole: env['FLEETPROBE_MEMBER_ROLE'] || undefined,
    session: {},
    poll: POLL,
  };
}
