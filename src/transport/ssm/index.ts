// The SSM transport: who the run is (STS), which (account, region) scopes it covers, then every scope's pre-flight,
// Run Command and collection, one outcome per target × template. Input mistakes surface at construction, before
// any API call; credential, region and endpoint problems at the pre-flight, as one line.
import type { RunOptions } from '../../options.js';
import type { ProbeRun, Template } from '../../types.js';
import type { Transport, TransportReport } from '../transport.js';
import { createSsmApi, OPERATIONS, type Operation, type SsmApi } from './client.js';
import { buildScripts, newBoundary } from './script.js';
import { Pacer, type AwsSession, type Watch } from './sdk.js';
import { parseInstanceIds, parseSelectors, type Selector } from './selectors.js';
import { auditScopes } from './scopes/fanout.js';
import { Accounts } from './scopes/identity.js';
import { checkRegionInputs, planScopes } from './scopes/plan.js';
import type { Resolver } from './scopes/regions.js';
import type { ScopeContext } from './scopes/scope.js';
import { where, type Scope } from './scopes/state.js';
import { stopReason } from './status.js';
import { UserError } from '../../errors.js';

export interface SsmTransportConfig extends AwsSession {
  /** Called as each command is sent (the action saves them for its post step). */
  onCommand?: (commandId: string, scope: Scope) => void;
  /** Polling interval: starts at minMs, grows to maxMs. */
  poll?: { minMs: number; maxMs: number };
  /** Receives the API calls of each polling round of each scope. */
  onRound?: (calls: number, scope: Scope) => void;
  /** Outcomes as each scope settles them, and the targets it found (the progress line). */
  onProgress?: (expected: number, runs: readonly ProbeRun[]) => void;
  /** Most calls in flight in one scope. */
  maxInFlight?: number;
  /** Tells whether a host name resolves (region checks); tests replace it. */
  resolve?: Resolver;
}

const DEFAULT_POLL = { minMs: 1000, maxMs: 10_000 };
/** Calls in flight across all scopes of the run. */
const GLOBAL_IN_FLIGHT = 64;

export class SsmTransport implements Transport {
  /** SSM and S3 calls of the run, summed over its scopes (tests and the bench read them). */
  readonly api: Pick<SsmApi, 'calls' | 'throttledAttempts'>;
  /** STS, Organizations and Account calls of the run (identity and planning). */
  readonly planCalls: Record<string, number> = {};
  private readonly ids: string[];
  private readonly selectors: Selector[];
  private readonly apis = new Map<string, SsmApi>();
  private readonly session: AwsSession;
  /** The run's own region (parseOptions guarantees one for transport ssm): STS and Organizations calls go there. */
  private readonly home: string;
  private readonly planWatch: Watch;
  /** The scopes the last run covered. */
  scopes: Scope[] = [];

  constructor(
    private readonly options: RunOptions,
    private readonly config: SsmTransportConfig = {},
  ) {
    this.ids = parseInstanceIds(options.instanceIds);
    this.selectors = parseSelectors(options.targets);
    this.home = options.awsRegion!;
    this.session = {
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
      ...(config.maxAttempts ? { maxAttempts: config.maxAttempts } : {}),
    };
    this.planWatch = { calls: this.planCalls, pacers: [new Pacer(8)] };
    const apis = this.apis;
    this.api = {
      get calls() {
        const sum = Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<Operation, number>;
        for (const a of apis.values()) for (const op of OPERATIONS) sum[op] += a.calls[op];
        return sum;
      },
      throttledAttempts: () => [...apis.values()].reduce((n, a) => n + a.throttledAttempts(), 0),
    };
  }

  async run(templates: readonly Template[], signal?: AbortSignal): Promise<TransportReport> {
    let accounts: Accounts;
    try {
      accounts = await this.identify(signal);
      this.scopes = await this.plan(accounts, signal);
    } catch (e) {
      if (!signal?.aborted || e instanceof UserError) throw e;
      const o = this.options;
      if (stopReason(signal, o.deadline).reason === 'deadline-exceeded') throw new UserError(`the run's deadline (${o.deadline}s) passed during the AWS pre-flight`);
      // Interrupted before anything was sent: nothing to cancel, nothing audited.
      return { runs: [], commandIds: [], gaps: [] };
    }
    const commandIds: string[] = [];
    const ctx = this.context(accounts, templates, newBoundary(), (id) => commandIds.push(id));
    const { runs, gaps } = await auditScopes(ctx, this.scopes, this.config.poll ?? DEFAULT_POLL, signal);
    return { runs, commandIds, gaps };
  }

  /** The pre-flight: region names, then the credentials and whose they are. Throws UserError naming what to fix. */
  async identify(signal?: AbortSignal): Promise<Accounts> {
    const accounts = new Accounts(this.session, this.home, this.options.scope, this.planWatch);
    await checkRegionInputs(this.options.scope, this.home, this.session, this.config.resolve);
    await accounts.identify(signal);
    return accounts;
  }

  /** The (account, region) scopes the run covers. */
  plan(accounts: Accounts, signal?: AbortSignal): Promise<Scope[]> {
    return planScopes(this.options.scope, { session: this.session, home: this.home, accounts, watch: this.planWatch, ...(signal ? { signal } : {}) });
  }

  /**
   * What every step of every scope needs. A run that keeps scope states between processes (serverless) builds it
   * again in each, with the boundary its states hold.
   */
  context(accounts: Accounts, templates: readonly Template[], boundary: string, onSent?: (commandId: string) => void): ScopeContext {
    const { parts, tooLarge } = buildScripts(templates, boundary, this.options.timeout);
    const global = new Pacer(GLOBAL_IN_FLIGHT);
    return {
      options: this.options,
      templates,
      boundary,
      parts,
      tooLarge,
      ids: this.ids,
      selectors: this.selectors,
      accounts,
      apiFor: (scope) => {
        const key = where(scope);
        let api = this.apis.get(key);
        if (!api) {
          const credentials = accounts.credentialsFor(scope.account);
          api = createSsmApi({ ...this.session, ...(credentials ? { credentials } : {}), region: scope.region, global, ...(this.config.maxInFlight ? { maxInFlight: this.config.maxInFlight } : {}) });
          this.apis.set(key, api);
        }
        return api;
      },
      onCommand: (id, scope) => {
        onSent?.(id);
        this.config.onCommand?.(id, scope);
      },
      ...(this.config.onRound ? { onRound: this.config.onRound } : {}),
      ...(this.config.onProgress ? { onProgress: this.config.onProgress } : {}),
    };
  }
}
