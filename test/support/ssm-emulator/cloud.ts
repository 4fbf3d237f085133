// An emulated AWS: accounts, each with an SSM model per enabled region; STS (GetCallerIdentity, AssumeRole into a
// member role), Organizations (ListAccounts, ListAccountsForParent, ListOrganizationalUnitsForParent) and Account
// (ListRegions). A request is routed by its SigV4 credential scope (service, region) and access key (whose
// credentials: the caller's own, or an assumed role's, whose key carries its account), as AWS itself keys them.
import { ApiError, replayPool, SsmModel, type EmulatedInstance, type EmulatorOptions } from './model.js';

/** An XML document as nested elements (STS answers in XML). */
export type XmlValue = string | { [element: string]: XmlValue };

export interface CloudAccount {
  /** Regions enabled for the account, each with its fleet (empty: SSM has no managed instance there). Other regions are not enabled. */
  regions: Record<string, readonly EmulatedInstance[]>;
  /** The member role fleetprobe assumes; absent, AssumeRole is denied as for a role that does not exist. */
  role?: { name: string; externalId?: string; trusts?: (callerArn: string) => boolean };
  /** Per region: SSM answers AccessDenied, drops the connection, or throttles. */
  ssm?: Record<string, { deny?: boolean; unreachable?: boolean; throttle?: (operation: string, n: number) => boolean }>;
  /** account:ListRegions is denied to the member role. */
  denyListRegions?: boolean;
  state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  /** Organizations parent: the root (`r-…`) or an OU id. */
  parent?: string;
}

export interface CloudSpec {
  /** Whose base credentials the emulator knows (access key, ARN). */
  caller: { accessKeyId: string; arn: string };
  /** Further principals with credentials of their own (the serverless job's Lambda and state machine roles). */
  otherCallers?: readonly { accessKeyId: string; arn: string }[];
  accounts: Record<string, CloudAccount>;
  /** The Organization: its management account, root id and OUs (id → parent id). */
  organization?: { management: string; root: string; units?: Record<string, string>; delegated?: string[] };
  /** Output buckets and their regions (S3 redirects a request signed for another region). */
  buckets?: Record<string, string>;
  /** Options every SSM model gets. */
  options: EmulatorOptions;
  /** Keep a log of every call as IAM would authorize it (who, which action, on what), for policy checks. */
  record?: boolean;
}

/** One call as IAM sees it: the caller's ARN, the action (`ssm:SendCommand`), the resource when it names one. */
export interface CallRecord {
  arn: string;
  account: string;
  region: string;
  action: string;
  resource?: string;
  /** Condition keys the request carries (`s3:prefix`, `cloudwatch:namespace`). */
  context?: Record<string, string>;
}

interface Principal {
  account: string;
  arn: string;
  /** An assumed-role session: a further AssumeRole is role chaining. */
  chained: boolean;
}

/** Where a request goes, from its signature. */
export interface Signed {
  accessKeyId: string;
  region: string;
  service: string;
}

export function parseSignature(authorization: string | undefined): Signed | undefined {
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return m ? { accessKeyId: m[1]!, region: m[2]!, service: m[3]! } : undefined;
}

export class Cloud {
  readonly models = new Map<string, SsmModel>();
  /** Requests per STS, Organizations and Account operation. */
  readonly requests: Record<string, number> = {};
  /** Every call, when spec.record is set. */
  readonly calls: CallRecord[] = [];
  private readonly keys = new Map<string, Principal>();
  private issued = 0;

  constructor(readonly spec: CloudSpec) {
    for (const caller of [spec.caller, ...(spec.otherCallers ?? [])]) {
      const [account] = /::(\d{12}):/.exec(caller.arn)?.slice(1) ?? [];
      this.keys.set(caller.accessKeyId, { account: account!, arn: caller.arn, chained: caller.arn.includes(':assumed-role/') });
    }
    const replay = spec.options.replay ?? replayPool();
    for (const [account, a] of Object.entries(spec.accounts)) {
      for (const [region, fleet] of Object.entries(a.regions)) {
        const throttle = a.ssm?.[region]?.throttle ?? spec.options.throttle;
        const options: EmulatorOptions = { ...spec.options, region, replay, ...(throttle ? { throttle } : {}) };
        this.models.set(`${account}/${region}`, new SsmModel(options, fleet));
      }
    }
  }

  /** Logs a call (spec.record): `action` as IAM names it. Unknown callers are not logged; AWS refuses them first. */
  record(signed: Signed | undefined, action: string, resource?: string, context?: Record<string, string>): void {
    const who = this.principal(signed);
    if (!this.spec.record || !who) return;
    this.calls.push({ arn: who.arn, account: who.account, region: signed!.region, action, ...(resource ? { resource } : {}), ...(context ? { context } : {}) });
  }

  model(account: string, region: string): SsmModel {
    const m = this.models.get(`${account}/${region}`);
    if (!m) throw new Error(`no emulated SSM in ${account}/${region}`);
    return m;
  }

  principal(signed: Signed | undefined): Principal | undefined {
    return signed && this.keys.get(signed.accessKeyId);
  }

  /** The SSM model a signed request reaches, or the error AWS would answer. `drop`: the endpoint does not answer. */
  ssmFor(signed: Signed | undefined): SsmModel | 'drop' {
    const who = this.principal(signed);
    if (!who) throw new ApiError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    const behaviour = this.spec.accounts[who.account]?.ssm?.[signed!.region];
    if (behaviour?.unreachable) return 'drop';
    const model = this.models.get(`${who.account}/${signed!.region}`);
    // What SSM answers in a region the account has not enabled (opt-in regions).
    if (!model) throw new ApiError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (behaviour?.deny) throw new ApiError('AccessDeniedException', `User: ${who.arn} is not authorized to perform: ssm:* in ${signed!.region} with an explicit deny`);
    return model;
  }

  /** Every stored output object across the cloud (bucket/key → bytes), with the bucket's region. */
  s3Objects(): Map<string, Buffer> {
    const all = new Map<string, Buffer>();
    for (const m of this.models.values()) for (const [k, v] of m.s3) all.set(k, v);
    return all;
  }

  sts(signed: Signed | undefined, params: URLSearchParams): XmlValue {
    const action = params.get('Action') ?? '';
    this.count(`STS.${action}`);
    const who = this.principal(signed);
    if (!who) throw new ApiError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
    if (action === 'GetCallerIdentity') return { Arn: who.arn, UserId: `AIDEMU${who.account}`, Account: who.account };
    if (action !== 'AssumeRole') throw new ApiError('InvalidAction', `emulator does not implement ${action}`);
    const roleArn = params.get('RoleArn') ?? '';
    const session = params.get('RoleSessionName') ?? '';
    const duration = Number(params.get('DurationSeconds') ?? 3600);
    if (!/^[\w+=,.@-]{2,64}$/.test(session)) throw new ApiError('ValidationError', `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint`);
    if (who.chained && duration > 3600) throw new ApiError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    const m = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
    const account = m ? this.spec.accounts[m[1]!] : undefined;
    const role = account?.role;
    const denied = () => new ApiError('AccessDenied', `User: ${who.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
    if (!m || !role || role.name !== m[2] || !(role.trusts ?? (() => true))(who.arn)) throw denied();
    if (role.externalId !== undefined && params.get('ExternalId') !== role.externalId) throw denied();
    const accessKeyId = `ASIA${m[1]}${String(++this.issued).padStart(4, '0')}`;
    const arn = `arn:aws:sts::${m[1]}:assumed-role/${role.name.split('/').pop()}/${session}`;
    this.keys.set(accessKeyId, { account: m[1]!, arn, chained: true });
    return {
      Credentials: { AccessKeyId: accessKeyId, SecretAccessKey: `secret-${accessKeyId}`, SessionToken: `token-${accessKeyId}`, Expiration: new Date(Date.now() + duration * 1000).toISOString() },
      AssumedRoleUser: { Arn: arn, AssumedRoleId: `AROAEMU:${session}` },
    };
  }

  organizations(signed: Signed | undefined, operation: string, input: Record<string, unknown>): unknown {
    this.count(`Organizations.${operation}`);
    const who = this.principal(signed);
    if (!who) throw new ApiError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    const org = this.spec.organization;
    if (!org || !(who.account in this.spec.accounts || who.account === org.management)) throw new ApiError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    if (who.account !== org.management && !org.delegated?.includes(who.account)) throw new ApiError('AccessDeniedException', "You don't have permissions to access this resource.");
    const parent = input['ParentId'] as string | undefined;
    if (parent !== undefined && parent !== org.root && !(parent in (org.units ?? {}))) throw new ApiError('ParentNotFoundException', 'We can\'t find a root or OU with the ParentId that you specified.');
    const page = <T>(items: T[], max: number, key: string) => {
      const size = Math.min(Number(input['MaxResults'] ?? max), max);
      const start = Number(input['NextToken'] ?? 0);
      return { [key]: items.slice(start, start + size), ...(start + size < items.length ? { NextToken: String(start + size) } : {}) };
    };
    const accountView = ([id, a]: [string, CloudAccount]) => ({ Id: id, Arn: `arn:aws:organizations::${org.management}:account/o-emu/${id}`, Name: `account-${id}`, Email: `${id}@example.com`, State: a.state ?? 'ACTIVE', Status: a.state === 'SUSPENDED' ? 'SUSPENDED' : 'ACTIVE' });
    const accounts = Object.entries(this.spec.accounts);
    switch (operation) {
      case 'ListAccounts':
        return page(accounts.map(accountView), 20, 'Accounts');
      case 'ListAccountsForParent':
        return page(accounts.filter(([, a]) => (a.parent ?? org.root) === parent).map(accountView), 20, 'Accounts');
      case 'ListOrganizationalUnitsForParent':
        return page(
          Object.entries(org.units ?? {})
            .filter(([, p]) => p === parent)
            .map(([id]) => ({ Id: id, Arn: `arn:aws:organizations::${org.management}:ou/o-emu/${id}`, Name: id })),
          20,
          'OrganizationalUnits',
        );
      default:
        throw new ApiError('UnknownOperationException', `emulator does not implement ${operation}`);
    }
  }

  listRegions(signed: Signed | undefined, input: Record<string, unknown>): unknown {
    this.count('Account.ListRegions');
    const who = this.principal(signed);
    if (!who) throw new ApiError('UnrecognizedClientException', 'The security token included in the request is invalid.', 403);
    const account = this.spec.accounts[who.account];
    if (!account || account.denyListRegions) throw new ApiError('AccessDeniedException', `User: ${who.arn} is not authorized to perform: account:ListRegions`, 403);
    const wanted = (input['RegionOptStatusContains'] as string[] | undefined) ?? ['ENABLED', 'ENABLED_BY_DEFAULT', 'DISABLED', 'ENABLING', 'DISABLING'];
    const regions = Object.keys(account.regions)
      .sort()
      .map((r) => ({ RegionName: r, RegionOptStatus: OPT_IN.has(r) ? 'ENABLED' : 'ENABLED_BY_DEFAULT' }))
      .filter((r) => wanted.includes(r.RegionOptStatus));
    const max = Number(input['MaxResults'] ?? 50);
    const start = Number(input['NextToken'] ?? 0);
    return { Regions: regions.slice(start, start + max), ...(start + max < regions.length ? { NextToken: String(start + max) } : {}) };
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.models.values()].map((m) => m.shutdown()));
  }

  private count(op: string): void {
    this.requests[op] = (this.requests[op] ?? 0) + 1;
  }
}

/** Regions an account must opt into (the rest are enabled by default). */
const OPT_IN = new Set(['af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1', 'ca-west-1', 'mx-central-1']);
