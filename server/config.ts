// Every setting Switchyard reads from the environment, parsed once at start.
import path from "node:path";
import { z } from "zod";
import { StartupError } from "./startup-error.ts";
import { DEFAULT_STEP_BUDGET } from "./rules/condition.ts";

export type Role = "api" | "worker" | "all";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
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
  SWITCHYARD_ADMIN_TOKEN: z.string().optional(),
  SWITCHYARD_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SWITCHYARD_MIGRATE: booleanFlag,
  SWITCHYARD_SECRET_KEY: z.string().optional(),
  SWITCHYARD_PREVIOUS_SECRET_KEYS: z.string().default(""),
  SWITCHYARD_ALLOW_HTTP: booleanFlag,
  SWITCHYARD_ALLOW_NETWORKS: z.string().default(""),
  SWITCHYARD_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(50),
  SWITCHYARD_DESTINATION_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(10),
  SWITCHYARD_WORKER_SLOW_AFTER_MS: z.coerce.number().int().min(10).max(30_000).default(250),
  SWITCHYARD_WORKER_SLOW_CAPACITY: z.coerce.number().int().min(0).max(100_000).default(500),
  SWITCHYARD_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  SWITCHYARD_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  SWITCHYARD_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  SWITCHYARD_SHUTDOWN_DEADLINE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  SWITCHYARD_LIVE_KEEPALIVE_MS: z.coerce.number().int().min(1000).max(600_000).default(12_000),
  SWITCHYARD_RULE_STEP_BUDGET: z.coerce.number().int().min(1000).max(100_000_000).default(DEFAULT_STEP_BUDGET),
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
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
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
    previousSecretKeys: e.SWITCHYARD_PREVIOUS_SECRET_KEYS.split(",")
      .map((k) => k.trim())
      .filter(Boolean),
    allowHttp: e.SWITCHYARD_ALLOW_HTTP,
    allowNetworks: e.SWITCHYARD_ALLOW_NETWORKS,
    retentionDays: e.SWITCHYARD_RETENTION_DAYS,
    liveKeepAliveMs: e.SWITCHYARD_LIVE_KEEPALIVE_MS,
    ruleStepBudget: e.SWITCHYARD_RULE_STEP_BUDGET,
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
