// The only module of the serverless job that sees the AWS SDK: the calls its steps make (the run's S3 objects,
// SSM Compliance, Security Hub, CloudWatch, SNS), each behind a small interface in the job's own words, with the
// client settings the transport uses (src/transport/ssm/sdk.ts). SSM Run Command itself stays in the transport.
import { PutMetricDataCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { BatchImportFindingsCommand, GetFindingsCommand, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { PutComplianceItemsCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { ComplianceRequest } from '../report/aws/compliance.js';
import type { MetricDatum } from '../report/aws/metrics.js';
import type { AsffFinding } from '../report/aws/securityhub.js';
import { clientSettings, errorName, type AwsSession } from '../transport/ssm/sdk.js';

/** The session (endpoint, credentials: a member role's for member writes) and the region the calls go to. */
export interface Where extends AwsSession {
  region: string;
}

// Every client as the transport builds them: the same retries, ended by connection failures.
const config = (where: Where) => clientSettings(where, where.region);

/** The run's objects in the job's bucket (reports, per-scope state and results). */
export interface Bucket {
  readonly name: string;
  put(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  /** undefined when the object does not exist. */
  get(key: string): Promise<string | undefined>;
  /**
   * The object's first `limit` bytes as they are (no text decoding), undefined when it does not exist. A caller
   * that must notice an object over its cap asks for one byte more than it allows.
   */
  getBytes(key: string, limit: number): Promise<Uint8Array | undefined>;
  list(prefix: string): Promise<string[]>;
}

export function s3Bucket(name: string, where: Where): Bucket {
  // An endpoint override is an S3-compatible server addressed by host, where bucket subdomains do not resolve.
  const override = where.endpoint ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  const s3 = new S3Client({ ...config(where), ...(override ? { forcePathStyle: true } : {}) });
  return {
    name,
    async put(key, body, contentType = 'application/json') {
      // A Buffer has a known length, also when empty (the SDK warns on an empty string as on a stream).
      await s3.send(new PutObjectCommand({ Bucket: name, Key: key, Body: Buffer.from(body), ContentType: contentType }));
    },
    async get(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket: name, Key: key }));
        return (await out.Body?.transformToString('utf8')) ?? '';
      } catch (e) {
        if (errorName(e) === 'NoSuchKey') return undefined;
        throw e;
      }
    },
    async getBytes(key, limit) {
      try {
        // A ranged read: an object of any size costs at most `limit` bytes of memory here.
        const out = await s3.send(new GetObjectCommand({ Bucket: name, Key: key, Range: `bytes=0-${Math.max(0, limit - 1)}` }));
        const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
        return bytes.subarray(0, limit);
      } catch (e) {
        if (errorName(e) === 'NoSuchKey') return undefined;
        // An empty object has no byte 0 to start a range at.
        if (errorName(e) === 'InvalidRange') return new Uint8Array();
        throw e;
      }
    },
    async list(prefix) {
      const keys: string[] = [];
      let token: string | undefined;
      // 1,000 keys a page; a run's prefix holds a few objects per scope.
      for (let page = 0; page < 100_000; page++) {
        const out = await s3.send(new ListObjectsV2Command({ Bucket: name, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
        keys.push(...(out.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
        token = out.IsTruncated ? out.NextContinuationToken : undefined;
        if (!token) break;
      }
      return keys;
    },
  };
}

/** Writes that must be made in the instances' own account and region (the member role's credentials). */
export interface MemberWrites {
  putCompliance(request: ComplianceRequest): Promise<void>;
  /** fleetprobe's findings in this account and region that are still ACTIVE. */
  activeFindings(productArn: string): Promise<AsffFinding[]>;
  /** Returns the findings Security Hub refused, with its reason. */
  importFindings(findings: readonly AsffFinding[]): Promise<{ id: string; error: string }[]>;
}

export function memberWrites(where: Where): MemberWrites {
  const ssm = new SSMClient(config(where));
  const hub = new SecurityHubClient(config(where));
  return {
    async putCompliance({ account: _account, region: _region, ...request }) {
      await ssm.send(new PutComplianceItemsCommand(request));
    },
    async activeFindings(productArn) {
      const found: AsffFinding[] = [];
      let token: string | undefined;
      for (let page = 0; page < 100_000; page++) {
        const out = await hub.send(
          new GetFindingsCommand({
            Filters: {
              ProductArn: [{ Value: productArn, Comparison: 'EQUALS' }],
              GeneratorId: [{ Value: 'fleetprobe/', Comparison: 'PREFIX' }],
              RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
            },
            MaxResults: 100,
            ...(token ? { NextToken: token } : {}),
          }),
        );
        found.push(...((out.Findings ?? []) as AsffFinding[]));
        token = out.NextToken;
        if (!token) break;
      }
      return found;
    },
    async importFindings(findings) {
      const out = await hub.send(new BatchImportFindingsCommand({ Findings: findings as unknown as AwsSecurityFinding[] }));
      return (out.FailedFindings ?? []).map((f) => ({ id: f.Id ?? '?', error: `${f.ErrorCode ?? 'Error'}: ${f.ErrorMessage ?? ''}` }));
    },
  };
}

/** Writes of the audit account: the run's metrics and the gate's alert. */
export interface AuditWrites {
  putMetrics(namespace: string, data: readonly MetricDatum[]): Promise<void>;
  publish(topicArn: string, message: { Subject: string; Message: string }): Promise<void>;
}

export function auditWrites(where: Where): AuditWrites {
  const cloudwatch = new CloudWatchClient(config(where));
  const sns = new SNSClient(config(where));
  return {
    async putMetrics(namespace, data) {
      // PutMetricData takes up to 1,000 values and 1 MB a call.
      for (let i = 0; i < data.length; i += 1000) await cloudwatch.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: data.slice(i, i + 1000) }));
    },
    async publish(topicArn, message) {
      await sns.send(new PublishCommand({ TopicArn: topicArn, ...message }));
    },
  };
}
