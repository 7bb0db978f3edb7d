// Test databases. Without DATABASE_URL: a PGlite dump, migrated once, loaded
// into an in-memory PGlite per app. With DATABASE_URL (the machine's
// PostgreSQL): a migrated template database, copied per test with
// CREATE DATABASE … TEMPLATE, and dropped afterwards.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { applyMigrations, committedMigrations } from "../../server/db/migrate.ts";
import { openDatabase, pgliteSqlRunner } from "../../server/db/database.ts";
import { loadConfig } from "../../server/config.ts";

export type DatabaseTemplate = { kind: "embedded"; dumpFile: string } | { kind: "postgres"; adminUrl: string; name: string };

export const serverDatabaseUrl = process.env.DATABASE_URL || undefined;
/** Separate api and worker processes need both: tests of them run when both are given. */
export const serverRedisUrl = process.env.REDIS_URL || undefined;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function prepareTemplate(): Promise<DatabaseTemplate> {
  if (!serverDatabaseUrl) {
    const pglite = await PGlite.create("memory://");
    await applyMigrations(pgliteSqlRunner(pglite));
    const dump = await pglite.dumpDataDir("gzip");
    await pglite.close();
    const dumpFile = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-test-")), "template.tar.gz");
    writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    return { kind: "embedded", dumpFile };
  }
  const checksum = committedMigrations()
    .map((m) => m.checksum.slice(0, 6))
    .join("")
    .slice(-24);
  const name = `switchyard_tpl_${checksum}_${randomBytes(3).toString("hex")}`;
  await admin(serverDatabaseUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const db = await openDatabase({
    databaseUrl: withDatabase(serverDatabaseUrl, name),
    dataDir: "memory://",
    connections: { ...loadConfig({}).database, poolSize: 1 },
  });
  await applyMigrations(db.sql);
  await db.close();
  return { kind: "postgres", adminUrl: serverDatabaseUrl, name };
}

export async function dropTemplate(template: DatabaseTemplate): Promise<void> {
  if (template.kind === "embedded") rmSync(path.dirname(template.dumpFile), { recursive: true, force: true });
  else await admin(template.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${template.name}" WITH (FORCE)`));
}

export interface TestDatabase {
  /** Set in server mode: a fresh PostgreSQL database for this test. */
  databaseUrl?: string;
  /** Set in embedded mode: the migrated dump to load. */
  loadDataDir?: Blob;
  drop(): Promise<void>;
}

export async function createTestDatabase(template: DatabaseTemplate): Promise<TestDatabase> {
  if (template.kind === "embedded") {
    return { loadDataDir: new Blob([readFileSync(template.dumpFile)]), drop: async () => undefined };
  }
  const name = `switchyard_test_${randomBytes(6).toString("hex")}`;
  await admin(template.adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.name}"`));
  return {
    databaseUrl: withDatabase(template.adminUrl, name),
    drop: async () => {
      await admin(template.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
