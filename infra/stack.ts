// The audit account's stack: schedule, state machine, the three Lambda functions, the results bucket, the alert
// topic and alarms, each role allowed only what its step does. Everything a user sets is a CloudFormation
// parameter, so the committed template (for users without CDK) and `cdk deploy` are the same stack.
import { Aws, CfnCondition, type CfnElement, CfnOutput, CfnParameter, type CfnParameterProps, Duration, Fn, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { auditDefinition } from './definition.js';

export interface AuditStackProps extends StackProps {
  code: lambda.Code;
  /** cloudformation/member-role.yaml: the member-account role of the multi-account transport, deployed as it is. */
  memberRoleTemplate: string;
}

/** Distributed Map child executions at once: each is one (account, region) scope with its own SSM quotas. */
const DISTRIBUTED_CONCURRENCY = 100;
/** Per-scope state and results: only the run that wrote them reads them. */
const WORK_RETENTION_DAYS = 7;

/** cdk-nag findings accepted on a construct, each with the reason it is right here. */
function acknowledge(scope: Construct, rule: string, findings: readonly string[], reason: string): void {
  for (const finding of findings) Validations.of(scope).acknowledge({ id: `AwsSolutions::${rule}[${finding}]`, reason });
}

/** How cdk-nag names a resource in its findings: `<LogicalId.Arn>`. */
function logicalId(construct: Construct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

export class AuditStack extends Stack {
  constructor(scope: Construct, id: string, props: AuditStackProps) {
    super(scope, id, props);

    const param = (name: string, p: CfnParameterProps) => new CfnParameter(this, name, { type: 'String', ...p });
    const schedule = param('ScheduleExpression', { default: 'rate(1 day)', description: 'When audits run: cron(...) or rate(...), as EventBridge Scheduler takes them.' });
    const timezone = param('ScheduleTimezone', { default: 'UTC', description: 'Time zone of a cron() schedule (IANA name).' });
    const inputs = param('AuditInputs', {
      default: '{"targets":"tag:fleetprobe=audit"}',
      description: 'The audit\'s options as a JSON object of the GitHub Action\'s inputs (targets, instance-ids, templates, fail-on, ...).',
    });
    const scopeMetrics = param('ScopeMetrics', {
      default: 'true',
      allowedValues: ['true', 'false'],
      description: 'Also send the host counts per (account, region) scope with hosts, beside the totals (5 custom metrics per scope).',
    });
    const auditName = param('AuditName', { default: 'fleetprobe', allowedPattern: '[A-Za-z0-9._-]{1,64}', description: 'Names this audit in metrics and alerts.' });
    const complianceType = param('ComplianceType', {
      default: 'Custom:fleetprobe',
      allowedPattern: 'Custom:[a-zA-Z0-9_-][a-zA-Z0-9_]+',
      description: 'SSM Compliance type the results are written under; give each audit with its own templates its own type.',
    });
    const securityHub = param('SecurityHubFindings', { default: 'false', allowedValues: ['true', 'false'], description: 'Also import findings into AWS Security Hub in each member account and region.' });
    const alertEmail = param('AlertEmail', { default: '', description: 'Optional e-mail address subscribed to the alert topic (gate failed, audit failed).' });
    const retention = param('ResultsRetentionDays', { type: 'Number', default: '365', minValue: 1, description: 'Days the reports of each run are kept in the results bucket.' });
    const threshold = param('DistributedMapThreshold', {
      type: 'Number',
      default: '40',
      minValue: 1,
      description: 'Runs with more (account, region) scopes than this fan out with a Distributed Map.',
    });
    const memberRole = param('MemberRoleName', {
      default: 'fleetprobe-member',
      allowedPattern: '([\\w+=,.@/-]{1,512})?',
      description: 'The role the job assumes in each audited account (the member-account role template). Empty: the job audits its own account with its own roles.',
    });
    const memberUnits = param('MemberOrganizationalUnits', {
      default: '',
      description: 'Comma-separated OU ids: deploys the member role (cloudformation/member-role.yaml) to their accounts with a service-managed StackSet. Empty: deploy it yourself.',
    });
    const codeBucket = param('LambdaCodeBucket', { default: '', description: 'Without CDK: the bucket holding the Lambda code zip (dist/lambda.js and a package.json of {"type":"module"}). Leave empty with cdk deploy.' });
    const codeKey = param('LambdaCodeKey', { default: '', description: 'Without CDK: the key of that zip.' });
    const ownCode = new CfnCondition(this, 'UploadedCode', { expression: Fn.conditionNot(Fn.conditionEquals(codeBucket.valueAsString, '')) });
    const withMemberRole = new CfnCondition(this, 'WithMemberRole', { expression: Fn.conditionNot(Fn.conditionEquals(memberRole.valueAsString, '')) });
    const ownAccountOnly = new CfnCondition(this, 'OwnAccountOnly', { expression: Fn.conditionEquals(memberRole.valueAsString, '') });
    const deployMembers = new CfnCondition(this, 'DeployMemberRoles', { expression: Fn.conditionAnd(Fn.conditionNot(Fn.conditionEquals(memberUnits.valueAsString, '')), withMemberRole) });
    const emailGiven = new CfnCondition(this, 'AlertEmailGiven', { expression: Fn.conditionNot(Fn.conditionEquals(alertEmail.valueAsString, '')) });

    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(retention.valueAsNumber) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const bucket = new s3.Bucket(this, 'Results', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'results/',
      lifecycleRules: [
        { prefix: 'results/', expiration: Duration.days(retention.valueAsNumber) },
        { prefix: 'work/', expiration: Duration.days(WORK_RETENTION_DAYS) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // CloudWatch alarms cannot publish to a topic encrypted with the AWS managed SNS key: a key of its own.
    const key = new kms.Key(this, 'AlertKey', { enableKeyRotation: true, description: 'fleetprobe alert topic' });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new sns.Topic(this, 'Alerts', { masterKey: key, enforceSSL: true, displayName: 'fleetprobe audit alerts' });
    new sns.CfnSubscription(this, 'AlertSubscription', { topicArn: topic.topicArn, protocol: 'email', endpoint: alertEmail.valueAsString }).cfnOptions.condition = emailGiven;

    // Plan and Scope share the audit role: it is the one principal each member role trusts (both assume it).
    const lambdaRole = (id: string) => new iam.Role(this, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const auditRole = lambdaRole('JobRole');
    const fn = (name: string, handler: string, memoryMB: number, timeout: Duration, environment: Record<string, string>, role: iam.Role) => {
      const logGroup = new logs.LogGroup(this, `${name}Logs`, { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
      // Instead of the AWSLambdaBasicExecutionRole managed policy: its own log group only.
      role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:*`] }));
      const f = new lambda.Function(this, name, {
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        code: props.code,
        handler: `lambda.${handler}`,
        memorySize: memoryMB,
        timeout,
        role,
        logGroup,
        environment: { FLEETPROBE_BUCKET: bucket.bucketName, FLEETPROBE_MEMBER_ROLE: memberRole.valueAsString, ...environment },
      });
      const cfn = f.node.defaultChild as lambda.CfnFunction;
      const code = cfn.code as lambda.CfnFunction.CodeProperty;
      cfn.addPropertyOverride('Code.S3Bucket', Fn.conditionIf(ownCode.logicalId, codeBucket.valueAsString, code.s3Bucket));
      cfn.addPropertyOverride('Code.S3Key', Fn.conditionIf(ownCode.logicalId, codeKey.valueAsString, code.s3Key));
      acknowledge(role, 'AwsSolutions-IAM5', [`Resource::<${logicalId(logGroup)}.Arn>:*`], 'Log streams of the function\'s own log group are created at run time.');
      // CloudFormation's validator checks the parameters' defaults: empty means "the CDK asset" here.
      Validations.of(f).acknowledge({ id: 'CloudFormation-Validate::W1030', reason: 'LambdaCodeBucket/LambdaCodeKey are used only when given (condition UploadedCode).' });
      return f;
    };
    const plan = fn('Plan', 'plan', 1024, Duration.minutes(5), { FLEETPROBE_DISTRIBUTED_THRESHOLD: threshold.valueAsString }, auditRole);
    const scopeFn = fn('Scope', 'scope', 1024, Duration.minutes(5), { FLEETPROBE_SECURITY_HUB: securityHub.valueAsString, FLEETPROBE_COMPLIANCE_TYPE: complianceType.valueAsString }, auditRole);
    const merge = fn('Merge', 'merge', 2048, Duration.minutes(15), { FLEETPROBE_TOPIC_ARN: topic.topicArn, FLEETPROBE_AUDIT_NAME: auditName.valueAsString, FLEETPROBE_SCOPE_METRICS: scopeMetrics.valueAsString }, lambdaRole('MergeRole'));

    // Each step reads and writes only what it touches in the bucket; nothing deletes (the lifecycle expires).
    const objects = (prefix: string) => bucket.arnForObjects(`${prefix}/*`);
    const allow = (f: lambda.Function, actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
      f.addToRolePolicy(new iam.PolicyStatement({ actions, resources, ...(conditions ? { conditions } : {}) }));
    const steps = [
      { f: plan, read: ['templates', 'work'], write: ['work'] },
      { f: merge, read: ['work'], write: ['results'] },
    ];
    for (const { f, read, write } of steps) {
      allow(f, ['s3:GetObject'], read.map(objects));
      allow(f, ['s3:ListBucket'], [bucket.bucketArn], { StringLike: { 's3:prefix': read.map((p) => `${p}/*`) } });
      allow(f, ['s3:PutObject'], write.map(objects));
      acknowledge(f.role!, 'AwsSolutions-IAM5', [...new Set([...read, ...write])].map((p) => `Resource::<${logicalId(bucket)}.Arn>/${p}/*`), 'Objects under the step\'s own prefixes of the results bucket are named per run.');
    }
    allow(merge, ['sns:Publish'], [topic.topicArn]);
    allow(merge, ['kms:GenerateDataKey', 'kms:Decrypt'], [key.keyArn]);
    allow(merge, ['cloudwatch:PutMetricData'], ['*'], { StringEquals: { 'cloudwatch:namespace': 'fleetprobe' } });
    acknowledge(merge.role!, 'AwsSolutions-IAM5', ['Resource::*'], 'PutMetricData has no resource type; the statement is limited to the fleetprobe namespace by condition.');

    // Into the audited accounts: the member role only (Plan lists regions there, Scope does everything else).
    const partition = Aws.PARTITION;
    const memberRoles = `arn:${partition}:iam::*:role/${memberRole.valueAsString}`;
    const conditional = (id: string, condition: CfnCondition, role: iam.IRole, statements: iam.PolicyStatement[]) => {
      const policy = new iam.Policy(this, id, { statements, roles: [role] });
      (policy.node.defaultChild as iam.CfnPolicy).cfnOptions.condition = condition;
      return policy;
    };
    const assume = conditional('AssumeMemberRole', withMemberRole, auditRole, [new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: [memberRoles] })]);
    acknowledge(assume, 'AwsSolutions-IAM5', ['Resource::arn:<AWS::Partition>:iam::*:role/<MemberRoleName>'], 'The member role of every audited account: accounts are listed at run time (AWS Organizations); the role trusts only this audit role.');
    // `accounts: organization` or OU ids: listing the Organization (read only; no resource types for these calls).
    allow(plan, ['organizations:ListAccounts', 'organizations:ListAccountsForParent', 'organizations:ListOrganizationalUnitsForParent'], ['*']);
    acknowledge(plan.role!, 'AwsSolutions-IAM5', ['Resource::*'], 'Organizations listing calls have no resource type; they are read only.');
    // Without a member role the job audits its own account: what the member role would allow, here.
    const own = (service: string, resource: string) => `arn:${partition}:${service}:*:${Aws.ACCOUNT_ID}:${resource}`;
    const instances = [own('ec2', 'instance/*'), own('ssm', 'managed-instance/*')];
    const ownPolicy = conditional('OwnAccountAudit', ownAccountOnly, auditRole, [
      new iam.PolicyStatement({ actions: ['ssm:SendCommand'], resources: [`arn:${partition}:ssm:*::document/AWS-RunShellScript`] }),
      new iam.PolicyStatement({ actions: ['ssm:SendCommand'], resources: instances, conditions: { StringEquals: { 'ssm:resourceTag/fleetprobe': 'audit' } } }),
      new iam.PolicyStatement({ actions: ['ssm:DescribeInstanceInformation', 'ssm:ListCommandInvocations', 'ssm:GetCommandInvocation', 'ssm:ListCommands', 'ssm:CancelCommand'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['account:ListRegions'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['ssm:PutComplianceItems'], resources: instances }),
      new iam.PolicyStatement({ actions: ['securityhub:BatchImportFindings'], resources: [own('securityhub', `product/${Aws.ACCOUNT_ID}/default`)] }),
      new iam.PolicyStatement({ actions: ['securityhub:GetFindings'], resources: [own('securityhub', 'hub/default')] }),
    ]);
    acknowledge(
      ownPolicy,
      'AwsSolutions-IAM5',
      [
        'Resource::arn:<AWS::Partition>:ssm:*::document/AWS-RunShellScript',
        'Resource::arn:<AWS::Partition>:ec2:*:<AWS::AccountId>:instance/*',
        'Resource::arn:<AWS::Partition>:ssm:*:<AWS::AccountId>:managed-instance/*',
        'Resource::*',
        'Resource::arn:<AWS::Partition>:securityhub:*:<AWS::AccountId>:product/<AWS::AccountId>/default',
        'Resource::arn:<AWS::Partition>:securityhub:*:<AWS::AccountId>:hub/default',
      ],
      'This account\'s instances in every audited region (SendCommand only on those tagged fleetprobe=audit); the Run Command read calls and ListRegions have no resource type; Security Hub in each audited region.',
    );

    const stateMachineName = `${Aws.STACK_NAME}-audit`;
    const machineLogs = new logs.LogGroup(this, 'StateMachineLogs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    const machine = new sfn.StateMachine(this, 'Audit', {
      stateMachineName,
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromString(this.toJsonString(auditDefinition({ plan: plan.functionArn, scope: scopeFn.functionArn, merge: merge.functionArn }, DISTRIBUTED_CONCURRENCY))),
      logs: { destination: machineLogs, level: sfn.LogLevel.ALL, includeExecutionData: false },
      tracingEnabled: true,
    });
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [plan.functionArn, scopeFn.functionArn, merge.functionArn] }));
    // The Distributed Map reads the run's list of scopes.
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [objects('work')] }));
    // The Distributed Map starts and follows child executions of this same state machine.
    const self = `arn:${Aws.PARTITION}:states:${Aws.REGION}:${Aws.ACCOUNT_ID}`;
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [`${self}:stateMachine:${stateMachineName}`] }));
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [`${self}:execution:${stateMachineName}/*`] }));
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['states:DescribeMapRun', 'states:ListMapRuns', 'states:UpdateMapRun'], resources: [`${self}:mapRun:${stateMachineName}/*`] }));
    acknowledge(
      machine.role,
      'AwsSolutions-IAM5',
      [
        `Resource::<${logicalId(bucket)}.Arn>/work/*`,
        'Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:<AWS::StackName>-audit/*',
        'Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:mapRun:<AWS::StackName>-audit/*',
      ],
      'The run\'s list of scopes (work/*) and the child executions and map runs of its Distributed Map are named at run time.',
    );
    acknowledge(machine.role, 'AwsSolutions-IAM5', ['Resource::*'], 'X-Ray tracing (PutTraceSegments, PutTelemetryRecords, sampling rules) has no resource type.');

    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } } }),
    });
    machine.grantStartExecution(schedulerRole);
    new scheduler.CfnSchedule(this, 'Schedule', {
      description: 'Starts the fleetprobe audit',
      scheduleExpression: schedule.valueAsString,
      scheduleExpressionTimezone: timezone.valueAsString,
      flexibleTimeWindow: { mode: 'OFF' },
      target: {
        arn: machine.stateMachineArn,
        roleArn: schedulerRole.roleArn,
        input: Fn.sub('{"inputs":${Inputs}}', { Inputs: inputs.valueAsString }),
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
      },
    });

    // The audit itself could not run (bad inputs, a bug): the gate's own alert is sent by the Merge step.
    const alarm = (id: string, metric: cloudwatch.Metric, description: string) => {
      const a = new cloudwatch.Alarm(this, id, { metric, threshold: 1, evaluationPeriods: 1, comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING, alarmDescription: description });
      a.addAlarmAction(new actions.SnsAction(topic));
    };
    alarm('AuditFailed', machine.metricFailed({ period: Duration.hours(1), statistic: 'Sum' }), 'A fleetprobe audit execution failed: no reports were written for it.');
    alarm('AuditTimedOut', machine.metricTimedOut({ period: Duration.hours(1), statistic: 'Sum' }), 'A fleetprobe audit execution timed out.');

    // The member role is the very template the action's users deploy, trusting this job's role, with result writes.
    const stackSet = new cloudformation.CfnStackSet(this, 'MemberRoles', {
      stackSetName: `${Aws.STACK_NAME}-member-role`,
      description: 'fleetprobe member role for the scheduled audit',
      permissionModel: 'SERVICE_MANAGED',
      autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false },
      capabilities: ['CAPABILITY_NAMED_IAM'],
      templateBody: readFileSync(props.memberRoleTemplate, 'utf8'),
      parameters: [
        { parameterKey: 'AuditRoleArn', parameterValue: auditRole.roleArn },
        { parameterKey: 'RoleName', parameterValue: memberRole.valueAsString },
        { parameterKey: 'ResultWrites', parameterValue: 'true' },
      ],
      // IAM is global: one region is enough.
      stackInstancesGroup: [{ deploymentTargets: { organizationalUnitIds: Fn.split(',', memberUnits.valueAsString) }, regions: [Aws.REGION] }],
      operationPreferences: { failureTolerancePercentage: 10, maxConcurrentPercentage: 25 },
    });
    stackSet.cfnOptions.condition = deployMembers;

    new CfnOutput(this, 'AuditRoleArn', { value: auditRole.roleArn, description: 'The role each member role must trust (member-role template parameter AuditRoleArn)' });
    new CfnOutput(this, 'StateMachineArn', { value: machine.stateMachineArn, description: 'Start an audit now: aws stepfunctions start-execution --state-machine-arn <this>' });
    new CfnOutput(this, 'ResultsBucket', { value: bucket.bucketName, description: 'Reports of each run under results/YYYY/MM/DD/<execution>/' });
    new CfnOutput(this, 'AlertTopicArn', { value: topic.topicArn });
  }
}
