// A real Switchyard for a benchmark: `startApp` (API and delivery worker in
// this process) on the embedded database or on a scratch PostgreSQL
// database, and a typed-enough way to call its GraphQL API. GraphQL calls go
// through `app.yoga.fetch`: the whole yoga pipeline (parsing, auth, armor,
// Pothos resolvers) without a socket in between.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { pgliteSqlRunner } from "../../server/db/database.ts";
import { applyMigrations } from "../../server/db/migrate.ts";
import { loadConfig, type Config } from "../../server/config.ts";
import { generateTokenSecret } from "../../server/auth/token-secret.ts";
import { createOrganization, forNewOrganization } from "../../server/organizations/organizations.ts";
import { COMMAND_LINE } from "../../server/changes/change.ts";
import { createAccessToken } from "../../server/tokens/access-tokens.ts";
import { startApp, type App } from "../../schema/app.ts";

export type TargetName = "embedded" | "postgres";

export interface Target {
  name: TargetName;
  /** postgres: the server to create scratch databases on (an existing database to connect to first). */
  adminUrl?: string;
  /** embedded: "disk" (a temporary data folder, like the default ./data) or "memory". */
  embeddedStorage?: "disk" | "memory";
  /** embedded: a migrated database (PGlite dump) each Switchyard starts from; see embeddedTemplate. */
  template?: Blob;
}

/**
 * A freshly migrated embedded database as a PGlite dump, made once per run:
 * loading it takes about a second where creating and migrating a new one
 * takes three to five (the test suite does the same). Switchyard still checks
 * its migrations at start and applies any the dump lacks. `file`: such a dump
 * made earlier (the test suite hands over its own), instead of a new one.
 */
export async function embeddedTemplate(file?: string): Promise<Blob> {
  if (file) return new Blob([readFileSync(file)]);
  const pglite = await PGlite.create("memory://");
  try {
    await applyMigrations(pgliteSqlRunner(pglite));
    return await pglite.dumpDataDir("none");
  } finally {
    await pglite.close();
  }
}

/** Settings every benchmarked Switchyard gets; the worker's own (concurrency…) come from this process's environment. */
export function benchEnv(): Record<string, string> {
  const passThrough = [
    "SWITCHYARD_WORKER_CONCURRENCY",
    "SWITCHYARD_DESTINATION_CONCURRENCY",
    "SWITCHYARD_POLL_INTERVAL_MS",
    "SWITCHYARD_WORKER_CLAIM_AHEAD",
  ] as const;
  const env: Record<string, string> = {
    PORT: "0",
    HOST: "127.0.0.1",
    SWITCHYARD_LOG_LEVEL: "silent",
    // Processes of one run must not compete for the default metrics port.
    SWITCHYARD_METRICS_PORT: "0",
    SWITCHYARD_ALLOW_HTTP: "true",
    SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
    // The harness publishes far beyond a token's default budget: flood control stays on (its cost is measured) but never refuses.
    SWITCHYARD_RATE_LIMIT: "1000000000",
  };
  for (const name of passThrough) if (process.env[name]) env[name] = process.env[name]!;
  return env;
}

/** The worker settings a benchmarked Switchyard runs with. */
export function workerSettings(): Config["worker"] {
  return loadConfig(benchEnv()).worker;
}

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string }[];
}

/** Calls Switchyard's GraphQL API with one access token. */
export interface GraphQLClient {
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

function graphqlClient(app: App, token: string): GraphQLClient {
  return graphqlThrough((url, init) => Promise.resolve(app.yoga.fetch(url, init)), "http://switchyard.bench/graphql", token);
}

/** A client of a Switchyard in another process, over HTTP (`origin`: http://127.0.0.1:<port>). */
export function httpGraphqlClient(origin: string, token: string): GraphQLClient {
  return graphqlThrough(fetch, `${origin}/graphql`, token);
}

function graphqlThrough(fetchFn: (url: string, init: RequestInit) => Promise<Response>, url: string, token: string): GraphQLClient {
  return {
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetchFn(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      const result = (await response.json()) as GraphQLResult<T>;
      if (result.errors?.length || !result.data)
        throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(result.errors ?? result)}`);
      return result.data;
    },
  };
}

export interface BenchApp extends GraphQLClient {
  app: App;
  target: TargetName;
  /** The first admin token: what every GraphQL call and live-feed subscriber authenticates with. */
  adminToken: string;
  /** The scratch database (postgres), for the report and for checking it was dropped. */
  database?: string;
  /** Stops Switchyard and drops its database; calling it again waits for the first call. */
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const SCRATCH_DATABASE_PREFIX = "switchyard_bench_";

/** A database of Switchyard's own for one benchmarked Switchyard: the settings that point at it, and how to remove it. */
export interface ScratchDatabase {
  env: Record<string, string>;
  /** The scratch database (postgres). */
  database?: string;
  cleanup(): Promise<void>;
}

/**
 * postgres: a new database on the target's server, migrated at start;
 * embedded: a temporary data folder, or memory, unless `dataDirFromTemplate`
 * (a Switchyard in another process cannot be handed the template): then a
 * folder holding the template's database, as if Switchyard had made it.
 */
export async function scratchDatabase(target: Target, options: { dataDirFromTemplate?: boolean } = {}): Promise<ScratchDatabase> {
  if (target.name === "postgres") {
    if (!target.adminUrl) throw new Error("the postgres target needs a PostgreSQL URL (DATABASE_URL)");
    const database = `${SCRATCH_DATABASE_PREFIX}${randomBytes(5).toString("hex")}`;
    await admin(target.adminUrl, `CREATE DATABASE "${database}"`);
    return {
      env: { DATABASE_URL: withDatabase(target.adminUrl, database), SWITCHYARD_MIGRATE: "true" },
      database,
      cleanup: () => admin(target.adminUrl!, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    };
  }
  if (target.embeddedStorage === "memory" && !options.dataDirFromTemplate)
    return { env: { SWITCHYARD_DATA_DIR: "memory://" }, cleanup: async () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-bench-"));
  const cleanup = async () => rmSync(dir, { recursive: true, force: true });
  if (options.dataDirFromTemplate && target.template) {
    try {
      // The folder layout Switchyard opens (server/db/database.ts): <data dir>/pgdata.
      const pglite = await PGlite.create(path.join(dir, "pgdata"), { loadDataDir: target.template });
      await pglite.close();
    } catch (error) {
      await cleanup();
      throw error;
    }
  }
  return { env: { SWITCHYARD_DATA_DIR: dir }, cleanup };
}

export async function startSwitchyard(target: Target, options: { startWorker?: boolean } = {}): Promise<BenchApp> {
  const adminToken = generateTokenSecret();
  const scratch = await scratchDatabase(target);
  const env: Record<string, string> = {
    ...benchEnv(),
    SWITCHYARD_ADMIN_TOKEN: adminToken,
    SWITCHYARD_SECRET_KEY: randomBytes(32).toString("base64"),
    ...scratch.env,
  };
  const { cleanup, database } = scratch;

  let app: App;
  try {
    app = await startApp(loadConfig(env), {
      print: () => undefined,
      startWorker: options.startWorker ?? true,
      loadDataDir: target.template,
    });
  } catch (error) {
    await cleanup();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    app,
    target: target.name,
    adminToken,
    database,
    ...graphqlClient(app, adminToken),
    stop() {
      stopped ??= (async () => {
        try {
          await app.stop();
        } finally {
          await cleanup();
        }
      })();
      return stopped;
    },
  };
}

/**
 * Another organization in the same Switchyard, made as the command line
 * makes one (`organization create`, then `token create`), and a client that
 * acts in it with its own admin token.
 */
export async function addOrganization(sy: BenchApp, name: string): Promise<GraphQLClient> {
  const op = forNewOrganization(sy.app.runtime, COMMAND_LINE);
  await createOrganization(op, { name });
  const { secret } = await createAccessToken(op, { name: `${name} admin`, role: "ADMIN" });
  return graphqlClient(sy.app, secret);
}

type Typed<T> = { __typename: string } & Partial<T>;

function expect<T>(payload: Typed<T>, typename: string, what: string): T {
  if (payload.__typename !== typename) throw new Error(`${what} failed: ${JSON.stringify(payload)}`);
  return payload as T;
}

async function createEventType(client: GraphQLClient, name: string): Promise<void> {
  const created = await client.graphql<{ createEventType: Typed<{ eventType: { name: string } }> }>(
    `mutation($input: CreateEventTypeInput!) { createEventType(input: $input) { __typename ... on EventTypePayload { eventType { name } } ... on ValidationError { issues { path message } } } }`,
    { input: { name, description: "benchmark event" } },
  );
  expect(created.createEventType, "EventTypePayload", "createEventType");
}

async function createDestination(
  client: GraphQLClient,
  input: { name: string; url: string; credentialId?: string; timeoutMs?: number },
): Promise<string> {
  const created = await client.graphql<{ createDestination: Typed<{ destination: { id: string } }> }>(
    `mutation($input: CreateDestinationInput!) { createDestination(input: $input) { __typename ... on DestinationPayload { destination { id } } ... on ValidationError { issues { path message } } } }`,
    { input },
  );
  return expect(created.createDestination, "DestinationPayload", "createDestination").destination.id;
}

async function createWebhook(client: GraphQLClient, input: { name: string; destinationId: string; eventTypes: string[] }): Promise<void> {
  const created = await client.graphql<{ createWebhook: Typed<{ webhook: { id: string } }> }>(
    `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename ... on WebhookPayload { webhook { id } } ... on ValidationError { issues { path message } } } }`,
    { input },
  );
  expect(created.createWebhook, "WebhookPayload", "createWebhook");
}

/** One chain per destination: event type `<prefix>_<i>` → destination (the sink, path /d<i>) → webhook. */
export interface Chain {
  eventTypes: string[];
  destinationIds: string[];
}

export async function createChains(
  client: GraphQLClient,
  options: { sinkOrigin: string; count: number; prefix: string; credential?: "STANDARD_WEBHOOKS" },
): Promise<Chain> {
  let credentialId: string | undefined;
  if (options.credential) {
    const created = await client.graphql<{ createCredential: Typed<{ credential: { id: string } }> }>(
      `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { __typename ... on CreateCredentialPayload { credential { id } } ... on ValidationError { issues { path message } } } }`,
      { input: { name: `${options.prefix} signing`, type: options.credential, fields: {} } },
    );
    credentialId = expect(created.createCredential, "CreateCredentialPayload", "createCredential").credential.id;
  }
  const chain: Chain = { eventTypes: [], destinationIds: [] };
  for (let i = 0; i < options.count; i++) {
    const name = `${options.prefix}.event_${i}`;
    await createEventType(client, name);
    const destinationId = await createDestination(client, {
      name: `${options.prefix} sink ${i}`,
      url: `${options.sinkOrigin}/d${i}`,
      credentialId,
    });
    await createWebhook(client, { name: `${options.prefix} webhook ${i}`, destinationId, eventTypes: [name] });
    chain.eventTypes.push(name);
    chain.destinationIds.push(destinationId);
  }
  return chain;
}

/**
 * One event type `<prefix>.event` fanned out to `count` destinations (paths
 * /f<i> of `origin`), a webhook on each: every event published becomes
 * `count` deliveries.
 */
export async function createFanOut(
  client: GraphQLClient,
  options: { origin: string; count: number; prefix: string; timeoutMs?: number },
): Promise<{ eventType: string; destinationIds: string[] }> {
  const eventType = `${options.prefix}.event`;
  await createEventType(client, eventType);
  const destinationIds: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const destinationId = await createDestination(client, {
      name: `${options.prefix} ${i}`,
      url: `${options.origin}/f${i}`,
      timeoutMs: options.timeoutMs,
    });
    await createWebhook(client, { name: `${options.prefix} webhook ${i}`, destinationId, eventTypes: [eventType] });
    destinationIds.push(destinationId);
  }
  return { eventType, destinationIds };
}

export interface PublishInput {
  type: string;
  payload: unknown;
}

/** The `publishEvents` mutation (up to 1,000 events a call); returns the new events' ids in order. */
export async function publishBatch(client: GraphQLClient, events: PublishInput[]): Promise<string[]> {
  const data = await client.graphql<{ publishEvents: Typed<{ results: { event: { id: string } }[] }> }>(
    `mutation($input: PublishEventsInput!) { publishEvents(input: $input) { __typename ... on PublishEventsPayload { results { event { id } } } ... on ValidationError { issues { path message } } } }`,
    { input: { events } },
  );
  return expect(data.publishEvents, "PublishEventsPayload", "publishEvents").results.map((r) => r.event.id);
}

/** The `publishEvent` mutation; returns the event's id. */
export async function publishOne(client: GraphQLClient, event: PublishInput): Promise<string> {
  const data = await client.graphql<{ publishEvent: Typed<{ event: { id: string } }> }>(
    `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename ... on PublishedEvent { event { id } } ... on ValidationError { issues { path message } } } }`,
    { input: event },
  );
  return expect(data.publishEvent, "PublishedEvent", "publishEvent").event.id;
}
