// Starts a real Switchyard (api role, random port) on a fresh database and
// gives tests a typed way to call its GraphQL API as a given token.
import { inject } from "vitest";
import { print, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig } from "../../server/config.ts";
import { generateTokenSecret } from "../../server/auth/token-secret.ts";
import type { Clock } from "../../server/clock.ts";
import { createLogger } from "../../server/logger.ts";
import { startApp, type App } from "../../schema/app.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

/** One master key for every test process, so processes sharing a database can open each other's secrets. */
export const testSecretKey = Buffer.alloc(32, 7).toString("base64");

export interface TestApp {
  app: App;
  /** The first admin token of the default organization. */
  adminToken: string;
  /** What the first start printed (the banner). */
  printed: string[];
  /** Log lines, when started with captureLogs. */
  logs: string[];
  /** SQL of every query, in order (tests clear it and count). */
  queries: string[];
  database: TestDatabase;
  graphql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** Keep every log line (at trace level) in `logs`. */
  captureLogs?: boolean;
  /** Run the delivery worker's loop; by default tests drive it with `app.worker.runOnce()`. */
  startWorker?: boolean;
}

/** Typed GraphQL calls as a token, over any fetch (yoga's in-process one, or real HTTP to `baseUrl`). */
export function graphqlClient(
  fetchImpl: (url: string, init: RequestInit) => Promise<Response> | Response,
  defaultToken: string,
  baseUrl = "http://switchyard.test",
): TestApp["graphql"] {
  return async (document, variables, { token = defaultToken, headers = {} } = {}) => {
    const response = await fetchImpl(`${baseUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token !== null && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: response.status, ...((await response.json()) as ExecutionResult<never>) };
  };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(inject("databaseTemplate"));
  const adminToken = generateTokenSecret();
  const config = loadConfig({
    SWITCHYARD_DATA_DIR: "memory://",
    PORT: "0",
    HOST: "127.0.0.1",
    SWITCHYARD_LOG_LEVEL: "silent",
    SWITCHYARD_ADMIN_TOKEN: adminToken,
    SWITCHYARD_SECRET_KEY: testSecretKey,
    // Many Switchyards run at once: a metrics listener only where a test asks for one (PORT 0 or its own).
    SWITCHYARD_METRICS_PORT: "off",
    ...(database.databaseUrl && { DATABASE_URL: database.databaseUrl }),
    // With the machine's Redis, live events travel through it as in production.
    ...(process.env.REDIS_URL && { REDIS_URL: process.env.REDIS_URL }),
    ...options.env,
  });
  const printed: string[] = [];
  const logs: string[] = [];
  const queries: string[] = [];
  const logger = options.captureLogs ? createLogger("trace", { write: (line: string) => void logs.push(line) }) : undefined;
  let app: App;
  try {
    app = await startApp(config, {
      loadDataDir: database.loadDataDir,
      clock: options.clock,
      logger,
      print: (text) => printed.push(text),
      startWorker: options.startWorker ?? false,
      onQuery: (sql) => void queries.push(sql),
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    app,
    adminToken,
    printed,
    logs,
    queries,
    database,
    graphql: graphqlClient((url, init) => app.yoga.fetch(url, init), adminToken),
    stop: async () => {
      await app.stop();
      await database.drop();
    },
  };
}
