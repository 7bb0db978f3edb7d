// Opens the database Switchyard runs on: the embedded PGlite (no
// DATABASE_URL) or PostgreSQL through adapter-pg. Both speak one SQL dialect,
// so the rest of the code does not care which one it has.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "./generated/client.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { startEmbeddedThread, type EmbeddedThread } from "./embedded-thread.ts";
import type { SqlExecutor, SqlRunner } from "./migrate.ts";
import type { DatabaseSettings } from "../config.ts";
import { organizationShares, type OrganizationShares } from "./organization-share.ts";
import { OrganizationPool } from "./organization-pool.ts";

export type { PrismaClient };
/** What domain code queries through: the client itself or an open transaction. */
export type Db = Prisma.TransactionClient;

/** Runs one raw statement (built with Prisma.sql) and returns its rows. */
export type RawQuery = <T = Record<string, unknown>>(statement: Prisma.Sql) => Promise<T[]>;

/** A raw statement through Prisma: on an open transaction, or where the statement is not a hot one. */
export const prismaQuery =
  (db: Pick<Db, "$queryRaw">): RawQuery =>
  <T>(statement: Prisma.Sql) =>
    db.$queryRaw<T[]>(statement);

export interface Database {
  kind: "embedded" | "postgres";
  prisma: PrismaClient;
  /** Raw SQL for migrations and health checks. */
  sql: SqlRunner;
  /**
   * The delivery engine's hottest statements (claim, record, grouped publish
   * writes) go to the driver directly: Prisma's client and query compiler
   * cost ~0.4-0.6 ms of CPU per statement, more than the driver and most
   * statements themselves. Outside a transaction only. Values come back as
   * $queryRaw returns them for these statements (timestamptz as Date, json
   * parsed, int4 as number).
   */
  query: RawQuery;
  /**
   * LISTEN on a channel: `notification` gets each payload; `listening(false)` says notifications may have
   * been missed (the connection was lost) until `listening(true)`. Returns a function that stops listening.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  /** Each organization's share of the statements its API requests may run at once (organization-share.ts). */
  shares: OrganizationShares;
  close(): Promise<void>;
}

export interface ListenHandlers {
  notification(payload: string): void;
  listening(active: boolean): void;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Folder for the embedded database, or "memory://". */
  dataDir: string;
  /** A PGlite data dump to start from (tests use a migrated template). */
  loadDataDir?: Blob;
  /** Connections, and each organization's share of the API's. */
  connections: DatabaseSettings;
  /** Called with the SQL of every query Prisma runs (tests count them to catch N+1 queries). */
  onQuery?: (sql: string) => void;
}

// Prisma's defaults (2 s to start a transaction, 5 s to finish) are too tight
// for the embedded database, which runs one statement at a time for everyone.
const transactionOptions = { maxWait: 30_000, timeout: 60_000 };

function prismaClient(adapter: PrismaPGlite | PrismaPg, onQuery?: (sql: string) => void): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  client.$on("query" as never, (event: { query: string }) => onQuery(event.query));
  return client;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { perOrganization, apiStatementTimeoutMs } = options.connections;
  const shares = organizationShares({ perOrganization, waitMs: apiStatementTimeoutMs });
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.connections, shares, options.onQuery)
    : openEmbedded(options, shares);
}

async function openEmbedded({ dataDir, loadDataDir, onQuery }: DatabaseOptions, shares: OrganizationShares): Promise<Database> {
  let location = dataDir;
  let unlock = () => {};
  if (dataDir !== "memory://") {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
    location = path.join(dataDir, "pgdata");
  }
  let pglite: EmbeddedThread;
  try {
    pglite = await startEmbeddedThread(location, loadDataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  // One executor runs everyone's statements in turn: an organization's API requests queue at most their share
  // of statements in front of the others' (nothing can cancel a running one here: PGlite has no statement timeout).
  const shared: EmbeddedThread = {
    ...pglite,
    query: (sql, params, options) => shares.run(() => pglite.query(sql, params, options)),
    exec: (sql) => shares.run(() => pglite.exec(sql)),
    transaction: (work) => shares.run(() => pglite.transaction(work)),
  };
  // The adapter calls only query, exec and transaction (with query, exec and rollback), which the thread offers.
  const prisma = prismaClient(new PrismaPGlite(shared as unknown as PGlite), onQuery);
  return {
    kind: "embedded",
    prisma,
    shares,
    sql: pgliteSqlRunner(pglite),
    query: async <T>(statement: Prisma.Sql) => {
      // Prisma.Sql builds its text anew at each read: once per call is enough.
      const text = statement.text;
      onQuery?.(text);
      return (await shared.query<T>(text, statement.values)).rows;
    },
    // One process owns the embedded database, and its notifications arrive as the writing statement completes.
    listen: async (channel, handlers) => {
      const stop = await pglite.listen(channel, handlers.notification);
      handlers.listening(true);
      return stop;
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

export function pgliteSqlRunner(pglite: Pick<PGlite, "exec" | "query" | "transaction"> | EmbeddedThread): SqlRunner {
  const on = (client: Pick<EmbeddedThread, "exec" | "query">): SqlExecutor => ({
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
  });
  return { ...on(pglite), transaction: (fn) => (pglite as EmbeddedThread).transaction((tx) => fn(on(tx))) };
}

/**
 * Names for the engine's statements, so that each connection parses and plans
 * each one once (a prepared statement) instead of at every call: planning the
 * claim was 40 % of its cost in the database. Their texts are fixed (values
 * travel as parameters), so few names are made; past MAX_PREPARED texts, a
 * statement runs unnamed, so nothing can fill the server's memory with them.
 */
const MAX_PREPARED = 32;
function preparedNameCache() {
  const names = new Map<string, string>();
  return {
    of(text: string): string | undefined {
      let name = names.get(text);
      if (name === undefined && names.size < MAX_PREPARED) names.set(text, (name = `switchyard_${names.size}`));
      return name;
    },
  };
}

async function openPostgres(
  databaseUrl: string,
  connections: DatabaseSettings,
  shares: OrganizationShares,
  onQuery?: (sql: string) => void,
): Promise<Database> {
  const preparedNames = preparedNameCache();
  const api = new pg.Pool({
    connectionString: databaseUrl,
    max: connections.apiPoolSize,
    statement_timeout: connections.apiStatementTimeoutMs,
    // No parallel workers: an organization's share of connections is then also its share of the database's cores.
    // With them, one search over a million attempts took three cores, and three at once slowed everyone else's
    // statements tenfold (bench/README.md, heavy reads).
    options: "-c max_parallel_workers_per_gather=0",
  });
  const pool = new OrganizationPool({ connectionString: databaseUrl, max: connections.poolSize }, api, shares);
  // An idle connection dropped by the server must not crash the process.
  pool.on("error", () => undefined);
  api.on("error", () => undefined);
  const prisma = prismaClient(new PrismaPg(pool), onQuery);
  const onClient = (client: pg.ClientBase) => ({
    exec: async (sql: string) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  });
  return {
    kind: "postgres",
    prisma,
    shares,
    query: async <T>(statement: Prisma.Sql) => {
      // Prisma.Sql builds its text anew at each read (several KiB for the claim): once per call is enough.
      const text = statement.text;
      onQuery?.(text);
      return (await pool.query({ name: preparedNames.of(text), text, values: statement.values })).rows as T[];
    },
    listen: (channel, handlers) => listenOnPostgres(databaseUrl, channel, handlers),
    sql: {
      exec: async (sql) => {
        await pool.query(sql);
      },
      query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
      transaction: async (fn) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await fn(onClient(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
    },
    close: async () => {
      await prisma.$disconnect();
      await Promise.all([pool.end(), api.end()]);
    },
  };
}

/** A connection of its own that LISTENs, reconnecting every second after it is lost. */
async function listenOnPostgres(databaseUrl: string, channel: string, handlers: ListenHandlers): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const candidate = new pg.Client({ connectionString: databaseUrl });
    client = candidate;
    let lost = false;
    const lose = () => {
      if (lost) return;
      lost = true;
      handlers.listening(false);
      void candidate.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void connect(), 1000).unref();
    };
    candidate.on("notification", (message) => {
      if (message.channel === channel) handlers.notification(message.payload ?? "");
    });
    candidate.on("error", lose);
    candidate.on("end", lose);
    try {
      await candidate.connect();
      await candidate.query(`LISTEN "${channel}"`);
      if (!stopped && !lost) handlers.listening(true);
    } catch {
      lose();
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
