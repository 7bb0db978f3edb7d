// Everything a Switchyard process shares between requests and jobs: the
// database, the clock, the logger and the settings. Built once at start.
import { systemClock, type Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import { openDatabase, type Database, type PrismaClient } from "./db/database.ts";
import { applyMigrations, pendingMigrations } from "./db/migrate.ts";
import { createLogger, type Logger } from "./logger.ts";
import { StartupError } from "./startup-error.ts";
import { loadSecretBox } from "./secrets/master-key.ts";
import type { SecretBox } from "./secrets/secret-box.ts";
import { createAddressPolicy, type AddressPolicy } from "./network/address-policy.ts";
import type { DestinationUrlPolicy } from "./network/destination-url.ts";
import { createGuardedConnector, type GuardedConnectorOptions } from "./network/guarded-connector.ts";
import { createHttpSender, type HttpSender } from "./delivery/http-sender.ts";
import { localWakeups, postgresWakeups, type Wakeups } from "./delivery/wakeups.ts";
import { createLiveEvents, type LiveEvents } from "./live/live-events.ts";
import { createLiveBudget, type LiveBudget } from "./live/live-budget.ts";
import { createTokenCache, type TokenCache } from "./auth/token-cache.ts";
import { createMetrics, type Metrics } from "./observability/metrics.ts";
import { cachedQueueSnapshot } from "./observability/queue-snapshot.ts";
import { createTracing, type Tracing } from "./observability/tracing.ts";
import { ConditionShares } from "./rules/condition-share.ts";
import { CALL_BUDGET_FACTOR } from "./rules/condition.ts";

export interface Runtime {
  config: Config;
  db: Database;
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  /** Seals and opens credential secrets. */
  secrets: SecretBox;
  /** Which addresses and URLs destinations may use. */
  addresses: AddressPolicy;
  urlPolicy: DestinationUrlPolicy;
  /** Sends webhook requests, only ever to vetted addresses. */
  http: HttpSender;
  /** Wakes delivery workers when deliveries become due. */
  wakeups: Wakeups;
  /** Attempts and delivery changes, for live subscriptions. */
  live: LiveEvents;
  /** What live subscriptions may take of this process. */
  liveBudget: LiveBudget;
  /** Authenticates requests, keeping tokens in the process until they change. */
  tokens: TokenCache;
  /** Prometheus metrics: counted in memory, served by /metrics. */
  metrics: Metrics;
  /** OpenTelemetry tracing (tracing.enabled is false unless configured). */
  tracing: Tracing;
  /** Each organization's share of this process's CPU for rule conditions. */
  conditionShares: ConditionShares;
}

export interface RuntimeOverrides {
  clock?: Clock;
  logger?: Logger;
  /** A PGlite dump to start the embedded database from (tests). */
  loadDataDir?: Blob;
  /** Sees the SQL of every query (tests). */
  onQuery?: (sql: string) => void;
}

export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    connections: config.database,
    loadDataDir: overrides.loadDataDir,
    onQuery: overrides.onQuery,
  });
  try {
    if (db.kind === "embedded" || config.migrateOnStart) {
      const applied = await applyMigrations(db.sql);
      if (applied.length > 0) logger.info({ migrations: applied }, "applied database migrations");
    } else {
      const pending = await pendingMigrations(db.sql);
      if (pending.length > 0) {
        throw new StartupError(
          `The database has ${pending.length} pending migration(s) (${pending.join(", ")}). ` +
            "Run `npm run db:deploy` with the same DATABASE_URL, or start with SWITCHYARD_MIGRATE=true.",
        );
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  try {
    const addresses = createAddressPolicy(config.allowNetworks);
    const live = createLiveEvents(config.redisUrl, logger);
    const metrics = createMetrics(
      { queue: cachedQueueSnapshot(db.prisma, overrides.clock ?? systemClock), subscriptions: () => live.stats().subscriptions },
      {
        organizationLabels: config.metrics.organizationLabels,
        // Only where something serves them: each set observes the event loop and the garbage collector.
        processMetrics: config.metrics.port !== undefined || config.metrics.token !== undefined,
      },
    );
    return {
      config,
      db,
      prisma: db.prisma,
      clock: overrides.clock ?? systemClock,
      logger,
      secrets: loadSecretBox(config, logger),
      addresses,
      urlPolicy: { addresses, allowHttp: config.allowHttp },
      http: createHttpSender((rejectUnauthorized) => createGuardedConnector(addresses, { rejectUnauthorized } as GuardedConnectorOptions)),
      wakeups: config.databaseUrl ? postgresWakeups(config.databaseUrl, logger) : localWakeups(),
      live,
      liveBudget: createLiveBudget(config.liveBudget),
      tokens: createTokenCache(db, logger),
      metrics,
      tracing: createTracing(config.tracing),
      // A full bucket holds one publish call's whole budget.
      conditionShares: new ConditionShares(config.organizationRuleStepsPerSecond, config.ruleStepBudget * CALL_BUDGET_FACTOR),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function closeRuntime(runtime: Runtime): Promise<void> {
  await runtime.http.close();
  await runtime.live.close();
  await runtime.wakeups.close();
  await runtime.tokens.close();
  await runtime.tracing.close();
  await runtime.db.close();
}
