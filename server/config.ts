// Every setting Switchyard reads from the environment, parsed and checked once
// at start: a bad value stops the start with a line naming the variable.
import path from "node:path";
import { z } from "zod";
import { isTokenSecretShape } from "./auth/token-secret.ts";
import { parseAllowNetworks } from "./network/address-policy.ts";
import { decodeKey } from "./secrets/master-key.ts";
import { StartupError } from "./startup-error.ts";
import { DEFAULT_ORGANIZATION_STEPS_PER_SECOND, DEFAULT_STEP_BUDGET } from "./rules/condition.ts";
import type { LiveBudgetOptions } from "./live/live-budget.ts";

export type Role = "api" | "worker" | "all";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
  .optional()
  .transform((v) => v === "true" || v === "1");

function wholeNumber(min: number, max: number, fallback: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
}

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const environment = z.object({
  PORT: wholeNumber(0, 65535, 4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SWITCHYARD_DATA_DIR: z.string().default("data"),
  SWITCHYARD_ADMIN_TOKEN: z
    .string()
    .refine(isTokenSecretShape, "must be `sy_` followed by 20 to 128 letters and digits (or unset, to have one generated)")
    .optional(),
  SWITCHYARD_LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(", ")}` }).default("info"),
  SWITCHYARD_MIGRATE: booleanFlag,
  SWITCHYARD_SECRET_KEY: z.string().optional(),
  SWITCHYARD_PREVIOUS_SECRET_KEYS: z.string().default(""),
  SWITCHYARD_ALLOW_HTTP: booleanFlag,
  SWITCHYARD_ALLOW_NETWORKS: z.string().default(""),
  SWITCHYARD_WORKER_CONCURRENCY: wholeNumber(1, 10_000, 50),
  SWITCHYARD_DESTINATION_CONCURRENCY: wholeNumber(1, 1000, 10),
  SWITCHYARD_WORKER_SLOW_AFTER_MS: wholeNumber(10, 30_000, 250),
  SWITCHYARD_WORKER_SLOW_CAPACITY: wholeNumber(0, 100_000, 500),
  SWITCHYARD_WORKER_CLAIM_AHEAD: wholeNumber(0, 10_000, 25),
  SWITCHYARD_LEASE_MS: wholeNumber(1000, 3_600_000, 60_000),
  SWITCHYARD_POLL_INTERVAL_MS: wholeNumber(10, 60_000, 1000),
  SWITCHYARD_DATABASE_POOL_SIZE: wholeNumber(1, 1000, 10),
  SWITCHYARD_API_DATABASE_POOL_SIZE: wholeNumber(1, 1000, 10),
  SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION: wholeNumber(1, 1000, 3),
  SWITCHYARD_API_STATEMENT_TIMEOUT_MS: wholeNumber(100, 600_000, 10_000),
  SWITCHYARD_RETENTION_DAYS: wholeNumber(1, 3650, 30),
  SWITCHYARD_SHUTDOWN_DEADLINE_MS: wholeNumber(0, 600_000, 10_000),
  SWITCHYARD_LIVE_KEEPALIVE_MS: wholeNumber(1000, 600_000, 12_000),
  SWITCHYARD_MAX_CONNECTIONS_PER_ADDRESS: wholeNumber(0, 10_000_000, 1000),
  SWITCHYARD_WEBSOCKET_MESSAGES_PER_SECOND: wholeNumber(1, 1_000_000, 100),
  SWITCHYARD_IDLE_CONNECTION_MS: wholeNumber(1000, 3_600_000, 60_000),
  SWITCHYARD_ANSWER_MEMORY_MIB: wholeNumber(32, 65_536, 128),
  SWITCHYARD_LIVE_MAX_SUBSCRIPTIONS_PER_ORGANIZATION: wholeNumber(1, 1_000_000, 100),
  SWITCHYARD_LIVE_MAX_SUBSCRIPTIONS: wholeNumber(1, 1_000_000, 1000),
  SWITCHYARD_LIVE_ITEMS_PER_SECOND_PER_ORGANIZATION: wholeNumber(1, 100_000_000, 2000),
  SWITCHYARD_LIVE_ITEMS_PER_SECOND: wholeNumber(1, 100_000_000, 10_000),
  SWITCHYARD_RULE_STEP_BUDGET: wholeNumber(1000, 100_000_000, DEFAULT_STEP_BUDGET),
  SWITCHYARD_ORGANIZATION_RULE_STEPS_PER_SECOND: wholeNumber(0, 1_000_000_000, DEFAULT_ORGANIZATION_STEPS_PER_SECOND),
  SWITCHYARD_RATE_LIMIT: wholeNumber(0, 1_000_000_000, 6000),
  SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 86_400, 60),
  SWITCHYARD_AUTH_FAILURE_LIMIT: wholeNumber(0, 1_000_000_000, 30),
  SWITCHYARD_OAUTH_TOKEN_SECONDS: wholeNumber(60, 86_400, 3600),
  // Off by default: the bound is the whole installation's, so one organization's backlog would refuse everyone's publishes.
  SWITCHYARD_INTAKE_MAX_BACKLOG: wholeNumber(0, 100_000_000, 0),
  // On by default: an organization far behind on deliveries is told to slow down; the others are not.
  SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION: wholeNumber(0, 100_000_000, 10_000),
  SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS: booleanFlag,
  SWITCHYARD_METRICS_PORT: z.union([z.literal("off"), wholeNumber(0, 65535, 9464)], {
    error: "must be a port number from 0 to 65535, or off",
  }),
  SWITCHYARD_METRICS_HOST: z.string().default("127.0.0.1"),
  SWITCHYARD_METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,256}$/, "must be 16 to 256 printable characters without spaces")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SWITCHYARD_METRICS_ORGANIZATION_LABELS: booleanFlag,
  // OpenTelemetry's own variables: tracing is on only when an OTLP endpoint is given.
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  OTEL_SDK_DISABLED: booleanFlag,
  OTEL_TRACES_EXPORTER: z.string().default("otlp"),
  OTEL_SERVICE_NAME: z.string().default("switchyard"),
  OTEL_BSP_SCHEDULE_DELAY: wholeNumber(1, 3_600_000, 5000),
  SWITCHYARD_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s):// URL, e.g. https://hooks.example.com" })
    .refine((v) => !/[?#]/.test(v), "must not have a query or fragment")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SWITCHYARD_INGEST_RATE_LIMIT: wholeNumber(0, 1_000_000_000, 6000),
});

export interface Config {
  port: number;
  host: string;
  role: Role;
  /** PostgreSQL URL in server mode; undefined means the embedded database. */
  databaseUrl?: string;
  redisUrl?: string;
  /** Folder of the embedded database, or "memory://" for a throwaway one. */
  dataDir: string;
  adminToken?: string;
  logLevel: z.infer<typeof environment>["SWITCHYARD_LOG_LEVEL"];
  /** Apply pending migrations at start in server mode (the embedded database always does). */
  migrateOnStart: boolean;
  /** Master key for credential secrets (base64 or hex of 32 bytes). */
  secretKey?: string;
  /** Older master keys that still open secrets sealed before a rotation. */
  previousSecretKeys: string[];
  /** Allow plain-http destinations (local development). */
  allowHttp: boolean;
  /** CIDR ranges exempt from the private-address block, comma-separated (local development, tests). */
  allowNetworks: string;
  database: DatabaseSettings;
  /** Days events, deliveries and attempts are kept. */
  retentionDays: number;
  /** WebSocket ping interval; a live-feed client that has not answered by the next ping is disconnected. */
  liveKeepAliveMs: number;
  /** What the live feed may take of each api process: open subscriptions and items sent per second. */
  liveBudget: LiveBudgetOptions;
  /** Open connections to the API from one client address (0: no limit). */
  maxConnectionsPerAddress: number;
  /** Messages one WebSocket may send a second before it is closed. */
  webSocketMessagesPerSecond: number;
  /** An HTTP connection neither read nor written for this long is closed (a client that stops reading its answer). */
  idleConnectionMs: number;
  /** Stored payloads and bodies the answers being built may hold at once: in all, and one organization's answers. */
  responseMemory: { answerBytesInProcess: number; answerBytesPerOrganization: number };
  /** Evaluation steps a notification rule's condition may take on one event; past them it counts as not matching. */
  ruleStepBudget: number;
  /** Evaluation steps one organization's conditions may take a second in this process, on average (0: no limit). */
  organizationRuleStepsPerSecond: number;
  /** Flood control of the API (0 turns a limit off). */
  rateLimit: {
    /** Points a token may spend per window: a request costs one per root field, publishing one per event. */
    points: number;
    windowSeconds: number;
    /** Failed authentications a client address may make per window (unknown ingest keys count as such). */
    authFailures: number;
    /** Requests one source's ingest URL accepts per window. */
    ingestRequests: number;
  };
  /** How long an access token issued by POST /oauth/token (OAuth2 client credentials) holds. */
  oauthTokenSeconds: number;
  /** Due deliveries beyond which publishing is refused (HTTP 503) until workers catch up; 0 never refuses. */
  intakeMaxBacklog: number;
  /** The same bound for one organization's due deliveries, refusing only that organization's publishes. */
  intakeMaxBacklogPerOrganization: number;
  /** Admins whose tokens reach several organizations may create more (added to their reach). */
  partnersCreateOrganizations: boolean;
  metrics: {
    /** The listener of /metrics, /healthz and /readyz apart from the API; undefined: none. */
    port?: number;
    host: string;
    /** When set: /metrics also on the API port, and every /metrics answer needs `Authorization: Bearer <token>`. */
    token?: string;
    /** Label counters with the organization id (one series per organization: for a handful of them). */
    organizationLabels: boolean;
  };
  /** OpenTelemetry tracing, when an OTLP endpoint is configured. */
  tracing?: {
    /** The OTLP/HTTP traces URL (…/v1/traces). */
    url: string;
    serviceName: string;
    /** How often buffered spans are sent. */
    scheduleDelayMs: number;
  };
  /** The address senders reach Switchyard at (behind a proxy), without a trailing slash: ingest URLs and HubSpot's signed URI. */
  publicUrl?: string;
  worker: {
    concurrency: number;
    perDestination: number;
    /** A request unanswered this long is waiting, not working: it leaves `concurrency` for the slow pool. */
    slowAfterMs: number;
    /** Waiting requests a worker holds beyond its concurrency (an organization at most a quarter of them). */
    slowCapacity: number;
    /** Deliveries a worker claims beyond its concurrency, queued for a slot, so its slots stay busy while the next claim runs. */
    claimAhead: number;
    /** How long a claim holds; longer than any request may take (timeouts are at most 30 s). */
    leaseMs: number;
    pollIntervalMs: number;
    /** On SIGTERM, how long requests in flight may take before the rest is given back. */
    shutdownDeadlineMs: number;
  };
}

/** How the process uses PostgreSQL's connections (the embedded database has one executor: only `perOrganization` and the wait apply). */
export interface DatabaseSettings {
  /** Connections for the delivery engine, background jobs and work shared by organizations (authentication, wake-ups). */
  poolSize: number;
  /** Connections for statements run on behalf of an organization's API requests. */
  apiPoolSize: number;
  /** How many of those one organization may hold at once; its further statements wait their turn. */
  perOrganization: number;
  /** An API request's statement is cancelled after this long, and a statement waiting for its turn gives up. */
  apiStatementTimeoutMs: number;
}

export class ConfigError extends StartupError {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, role: Role = "all"): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
  }
  const e = parsed.data;
  checkParsedSettings(e);
  return {
    port: e.PORT,
    host: e.HOST,
    role,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: e.SWITCHYARD_DATA_DIR === "memory://" ? e.SWITCHYARD_DATA_DIR : path.resolve(e.SWITCHYARD_DATA_DIR),
    adminToken: e.SWITCHYARD_ADMIN_TOKEN,
    logLevel: e.SWITCHYARD_LOG_LEVEL,
    migrateOnStart: e.SWITCHYARD_MIGRATE,
    secretKey: e.SWITCHYARD_SECRET_KEY || undefined,
    previousSecretKeys: previousKeys(e.SWITCHYARD_PREVIOUS_SECRET_KEYS),
    allowHttp: e.SWITCHYARD_ALLOW_HTTP,
    allowNetworks: e.SWITCHYARD_ALLOW_NETWORKS,
    database: {
      poolSize: e.SWITCHYARD_DATABASE_POOL_SIZE,
      apiPoolSize: e.SWITCHYARD_API_DATABASE_POOL_SIZE,
      perOrganization: e.SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION,
      apiStatementTimeoutMs: e.SWITCHYARD_API_STATEMENT_TIMEOUT_MS,
    },
    retentionDays: e.SWITCHYARD_RETENTION_DAYS,
    liveKeepAliveMs: e.SWITCHYARD_LIVE_KEEPALIVE_MS,
    liveBudget: {
      maxSubscriptionsPerOrganization: e.SWITCHYARD_LIVE_MAX_SUBSCRIPTIONS_PER_ORGANIZATION,
      maxSubscriptions: e.SWITCHYARD_LIVE_MAX_SUBSCRIPTIONS,
      itemsPerSecondPerOrganization: e.SWITCHYARD_LIVE_ITEMS_PER_SECOND_PER_ORGANIZATION,
      itemsPerSecond: e.SWITCHYARD_LIVE_ITEMS_PER_SECOND,
    },
    maxConnectionsPerAddress: e.SWITCHYARD_MAX_CONNECTIONS_PER_ADDRESS,
    webSocketMessagesPerSecond: e.SWITCHYARD_WEBSOCKET_MESSAGES_PER_SECOND,
    idleConnectionMs: e.SWITCHYARD_IDLE_CONNECTION_MS,
    responseMemory: {
      answerBytesInProcess: e.SWITCHYARD_ANSWER_MEMORY_MIB * 1024 * 1024,
      // Half: one organization's answers leave the other half to everyone else's.
      answerBytesPerOrganization: (e.SWITCHYARD_ANSWER_MEMORY_MIB * 1024 * 1024) / 2,
    },
    ruleStepBudget: e.SWITCHYARD_RULE_STEP_BUDGET,
    organizationRuleStepsPerSecond: e.SWITCHYARD_ORGANIZATION_RULE_STEPS_PER_SECOND,
    rateLimit: {
      points: e.SWITCHYARD_RATE_LIMIT,
      windowSeconds: e.SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS,
      authFailures: e.SWITCHYARD_AUTH_FAILURE_LIMIT,
      ingestRequests: e.SWITCHYARD_INGEST_RATE_LIMIT,
    },
    oauthTokenSeconds: e.SWITCHYARD_OAUTH_TOKEN_SECONDS,
    intakeMaxBacklog: e.SWITCHYARD_INTAKE_MAX_BACKLOG,
    intakeMaxBacklogPerOrganization: e.SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION,
    partnersCreateOrganizations: e.SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS,
    metrics: {
      port: e.SWITCHYARD_METRICS_PORT === "off" ? undefined : e.SWITCHYARD_METRICS_PORT,
      host: e.SWITCHYARD_METRICS_HOST,
      token: e.SWITCHYARD_METRICS_TOKEN,
      organizationLabels: e.SWITCHYARD_METRICS_ORGANIZATION_LABELS,
    },
    tracing: tracingOf(e),
    publicUrl: e.SWITCHYARD_PUBLIC_URL,
    worker: {
      concurrency: e.SWITCHYARD_WORKER_CONCURRENCY,
      perDestination: e.SWITCHYARD_DESTINATION_CONCURRENCY,
      slowAfterMs: e.SWITCHYARD_WORKER_SLOW_AFTER_MS,
      slowCapacity: e.SWITCHYARD_WORKER_SLOW_CAPACITY,
      claimAhead: e.SWITCHYARD_WORKER_CLAIM_AHEAD,
      leaseMs: e.SWITCHYARD_LEASE_MS,
      pollIntervalMs: e.SWITCHYARD_POLL_INTERVAL_MS,
      shutdownDeadlineMs: e.SWITCHYARD_SHUTDOWN_DEADLINE_MS,
    },
  };
}

/**
 * Settings whose format their own parsers know (keys, CIDR ranges): checked
 * here with those parsers, so a typo stops the start before the database opens.
 */
function checkParsedSettings(e: z.infer<typeof environment>): void {
  const problems: string[] = [];
  const check = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof StartupError)) throw error;
      problems.push(error.message);
    }
  };
  if (e.SWITCHYARD_SECRET_KEY) check(() => decodeKey(e.SWITCHYARD_SECRET_KEY!, "SWITCHYARD_SECRET_KEY"));
  previousKeys(e.SWITCHYARD_PREVIOUS_SECRET_KEYS).forEach((key, i) => check(() => decodeKey(key, `SWITCHYARD_PREVIOUS_SECRET_KEYS[${i}]`)));
  check(() => parseAllowNetworks(e.SWITCHYARD_ALLOW_NETWORKS));
  if (e.SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION > e.SWITCHYARD_API_DATABASE_POOL_SIZE) {
    problems.push(
      `SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION: must be at most SWITCHYARD_API_DATABASE_POOL_SIZE (${e.SWITCHYARD_API_DATABASE_POOL_SIZE})`,
    );
  }
  if (e.SWITCHYARD_IDLE_CONNECTION_MS <= e.SWITCHYARD_LIVE_KEEPALIVE_MS) {
    // An SSE stream writes only its keep-alive while nothing happens: it would be closed as idle.
    problems.push(`SWITCHYARD_IDLE_CONNECTION_MS: must be more than SWITCHYARD_LIVE_KEEPALIVE_MS (${e.SWITCHYARD_LIVE_KEEPALIVE_MS})`);
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
}

/** As the OpenTelemetry SDKs read their variables: a traces endpoint as it is, the general one with /v1/traces appended. */
function tracingOf(e: z.infer<typeof environment>): Config["tracing"] {
  if (e.OTEL_SDK_DISABLED || e.OTEL_TRACES_EXPORTER.split(",").includes("none")) return undefined;
  const url =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (e.OTEL_EXPORTER_OTLP_ENDPOINT && `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, "")}/v1/traces`);
  return url ? { url, serviceName: e.OTEL_SERVICE_NAME, scheduleDelayMs: e.OTEL_BSP_SCHEDULE_DELAY } : undefined;
}

function previousKeys(setting: string): string[] {
  return setting
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
}
