// Every setting Switchyard reads from the environment, parsed and checked once
// at start: a bad value stops the start with a line naming the variable.
import path from "node:path";
import { z } from "zod";
import { isTokenSecretShape } from "./auth/token-secret.ts";
import { parseAllowNetworks } from "./network/address-policy.ts";
import { decodeKey } from "./secrets/master-key.ts";
import { StartupError } from "./startup-error.ts";
import { DEFAULT_STEP_BUDGET } from "./rules/condition.ts";

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
  SWITCHYARD_LEASE_MS: wholeNumber(1000, 3_600_000, 60_000),
  SWITCHYARD_POLL_INTERVAL_MS: wholeNumber(10, 60_000, 1000),
  SWITCHYARD_RETENTION_DAYS: wholeNumber(1, 3650, 30),
  SWITCHYARD_SHUTDOWN_DEADLINE_MS: wholeNumber(0, 600_000, 10_000),
  SWITCHYARD_LIVE_KEEPALIVE_MS: wholeNumber(1000, 600_000, 12_000),
  SWITCHYARD_RULE_STEP_BUDGET: wholeNumber(1000, 100_000_000, DEFAULT_STEP_BUDGET),
  SWITCHYARD_RATE_LIMIT: wholeNumber(0, 1_000_000_000, 6000),
  SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 86_400, 60),
  SWITCHYARD_AUTH_FAILURE_LIMIT: wholeNumber(0, 1_000_000_000, 30),
  SWITCHYARD_OAUTH_TOKEN_SECONDS: wholeNumber(60, 86_400, 3600),
  // Off by default: the bound is the whole process's, so one organization's backlog would refuse everyone's publishes.
  SWITCHYARD_INTAKE_MAX_BACKLOG: wholeNumber(0, 100_000_000, 0),
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
  /** Days events, deliveries and attempts are kept. */
  retentionDays: number;
  /** WebSocket ping interval; a live-feed client that has not answered by the next ping is disconnected. */
  liveKeepAliveMs: number;
  /** Evaluation steps a notification rule's condition may take on one event; past them it counts as not matching. */
  ruleStepBudget: number;
  /** Flood control of the API (0 turns a limit off). */
  rateLimit: {
    /** Points a token may spend per window: a request costs one per root field, publishing one per event. */
    points: number;
    windowSeconds: number;
    /** Failed authentications a client address may make per window. */
    authFailures: number;
  };
  /** How long an access token issued by POST /oauth/token (OAuth2 client credentials) holds. */
  oauthTokenSeconds: number;
  /** Due deliveries beyond which publishing is refused (HTTP 503) until workers catch up; 0 never refuses. */
  intakeMaxBacklog: number;
  worker: {
    concurrency: number;
    perDestination: number;
    /** A request unanswered this long is waiting, not working: it leaves `concurrency` for the slow pool. */
    slowAfterMs: number;
    /** Waiting requests a worker holds beyond its concurrency (an organization at most a quarter of them). */
    slowCapacity: number;
    /** How long a claim holds; longer than any request may take (timeouts are at most 30 s). */
    leaseMs: number;
    pollIntervalMs: number;
    /** On SIGTERM, how long requests in flight may take before the rest is given back. */
    shutdownDeadlineMs: number;
  };
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
    retentionDays: e.SWITCHYARD_RETENTION_DAYS,
    liveKeepAliveMs: e.SWITCHYARD_LIVE_KEEPALIVE_MS,
    ruleStepBudget: e.SWITCHYARD_RULE_STEP_BUDGET,
    rateLimit: {
      points: e.SWITCHYARD_RATE_LIMIT,
      windowSeconds: e.SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS,
      authFailures: e.SWITCHYARD_AUTH_FAILURE_LIMIT,
    },
    oauthTokenSeconds: e.SWITCHYARD_OAUTH_TOKEN_SECONDS,
    intakeMaxBacklog: e.SWITCHYARD_INTAKE_MAX_BACKLOG,
    worker: {
      concurrency: e.SWITCHYARD_WORKER_CONCURRENCY,
      perDestination: e.SWITCHYARD_DESTINATION_CONCURRENCY,
      slowAfterMs: e.SWITCHYARD_WORKER_SLOW_AFTER_MS,
      slowCapacity: e.SWITCHYARD_WORKER_SLOW_CAPACITY,
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
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
}

function previousKeys(setting: string): string[] {
  return setting
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
}
