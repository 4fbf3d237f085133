// Who the run is (STS GetCallerIdentity, before any other call) and how it acts in each account (AssumeRole into
// the member role). The pre-flight turns missing or refused credentials and an unreachable endpoint into one line.
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { UserError } from '../../../errors.js';
import { aborted, clientSettings, noAnswer, oneLine, watch, type AwsSession, type Watch } from '../sdk.js';
import { roleArn } from './inputs.js';

export interface Identity {
  account: string;
  arn: string;
  /** `aws`, `aws-cn`, `aws-us-gov`...: from the caller's ARN, so role ARNs are built in the right partition. */
  partition: string;
}

export interface RoleConfig {
  memberRole: string | undefined;
  externalId: string | undefined;
  sessionName: string;
}

/** Chained role sessions (OIDC role, then member role) last at most an hour; renewed this long before they end. */
const ROLE_SESSION_SECONDS = 3600;
const RENEW_BEFORE_MS = 5 * 60_000;

/** The run's way into each account: its own credentials, and the member role assumed from them. */
export class Accounts {
  private readonly sts: STSClient;
  private readonly roles = new Map<string, RoleSession>();
  private me: Identity | undefined;

  constructor(
    private readonly session: AwsSession,
    private readonly region: string,
    private readonly role: RoleConfig,
    w: Watch,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.sts = new STSClient(clientSettings(session, region));
    watch(this.sts.middlewareStack, w);
  }

  get caller(): Identity {
    if (!this.me) throw new Error('Accounts.identify() must run first');
    return this.me;
  }

  /** Resolves the credentials and asks STS whose they are. Throws UserError naming what to fix. */
  async identify(signal?: AbortSignal): Promise<Identity> {
    let source: string;
    try {
      source = describeSource(await this.sts.config.credentials(), this.env);
    } catch (e) {
      if (aborted(e, signal)) throw e;
      throw new UserError(`no AWS credentials: looked in ${searched(this.env)}; in GitHub Actions, run aws-actions/configure-aws-credentials first`);
    }
    try {
      const out = await this.sts.send(new GetCallerIdentityCommand({}), signal ? { abortSignal: signal } : {});
      const arn = out.Arn ?? '';
      this.me = { account: out.Account ?? '', arn, partition: /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws' };
      return this.me;
    } catch (e) {
      if (aborted(e, signal)) throw e;
      if (noAnswer(e)) throw new UserError(`cannot reach AWS STS in ${this.region} (${oneLine(e)}); check aws-region, the network and any AWS_ENDPOINT_URL settings`);
      throw new UserError(`AWS refused the credentials from ${source} (${oneLine(e)})`);
    }
  }

  /** The role fleetprobe assumes in the account, or undefined when it uses its own credentials there. */
  roleIn(account: string): string | undefined {
    return this.role.memberRole === undefined ? undefined : roleArn(this.role.memberRole, account, this.caller.partition);
  }

  /** Credentials for the account: the run's own (undefined: the session's), or the member role's, renewed before they end. */
  credentialsFor(account: string): AwsCredentialIdentityProvider | undefined {
    const session = this.sessionIn(account);
    return session && (() => session.get());
  }

  /** Assumes the member role in the account (once); rejects with AWS's own error when it cannot be assumed. */
  async reach(account: string, signal?: AbortSignal): Promise<void> {
    await this.sessionIn(account)?.get(signal);
  }

  private sessionIn(account: string): RoleSession | undefined {
    const arn = this.roleIn(account);
    if (arn === undefined) return undefined;
    let session = this.roles.get(arn);
    if (!session) {
      session = new RoleSession(async (signal) => {
        const out = await this.sts.send(
          new AssumeRoleCommand({
            RoleArn: arn,
            RoleSessionName: this.role.sessionName,
            DurationSeconds: ROLE_SESSION_SECONDS,
            ...(this.role.externalId ? { ExternalId: this.role.externalId } : {}),
          }),
          signal ? { abortSignal: signal } : {},
        );
        const c = out.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole ${arn} returned no credentials`);
        return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}), ...(c.Expiration ? { expiration: c.Expiration } : {}) };
      });
      this.roles.set(arn, session);
    }
    return session;
  }
}

/** One member-role session, shared by every client of the account; a refusal is kept (no retry storm on a denied role). */
class RoleSession {
  private current: Promise<AwsCredentialIdentity> | undefined;
  constructor(private readonly assume: (signal?: AbortSignal) => Promise<AwsCredentialIdentity>) {}

  async get(signal?: AbortSignal): Promise<AwsCredentialIdentity> {
    this.current ??= this.assume(signal);
    const c = await this.current;
    if (c.expiration && c.expiration.getTime() - Date.now() < RENEW_BEFORE_MS) this.current = this.assume();
    return this.current;
  }
}

/** Where the SDK's default chain looks, in its order, as the user can act on it. */
function searched(env: NodeJS.ProcessEnv): string {
  const profile = env.AWS_PROFILE ? `profile '${env.AWS_PROFILE}'` : 'the default profile';
  return `AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ${profile} of ~/.aws/credentials and ~/.aws/config (SSO, credential_process, role), AWS_WEB_IDENTITY_TOKEN_FILE, the container credentials endpoint and EC2 instance metadata`;
}

function describeSource(c: AwsCredentialIdentity, env: NodeJS.ProcessEnv): string {
  const keys = Object.keys((c as { $source?: Record<string, string> }).$source ?? {}).join(' ');
  if (/WEB_ID/.test(keys)) return 'the web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)';
  if (/ENV_VARS/.test(keys)) return 'AWS_ACCESS_KEY_ID';
  if (/PROFILE/.test(keys)) return env.AWS_PROFILE ? `profile '${env.AWS_PROFILE}'` : 'the default profile';
  if (/IMDS/.test(keys)) return 'EC2 instance metadata';
  if (/HTTP/.test(keys)) return 'the container credentials endpoint';
  return 'the configured source';
}
