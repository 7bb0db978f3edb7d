// Applies the committed Prisma migrations from inside the process (the Prisma
// CLI cannot drive the embedded database). Bookkeeping goes into Prisma's own
// `_prisma_migrations` table with Prisma's checksums, so `prisma migrate
// status` and `migrate deploy` agree with what was applied here.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { StartupError } from "../startup-error.ts";

export interface SqlExecutor {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlRunner extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function committedMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const bookkeeping = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same in every Switchyard process.
const MIGRATION_LOCK = 7_302_514_001;

export class MigrationError extends StartupError {}

/** Names of committed migrations not yet applied. */
export async function pendingMigrations(sql: SqlExecutor): Promise<string[]> {
  const [{ exists }] = await sql.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  const applied = exists
    ? await sql.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    : [];
  const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  const pending: string[] = [];
  for (const migration of committedMigrations()) {
    const checksum = appliedByName.get(migration.name);
    if (checksum === undefined) pending.push(migration.name);
    else if (checksum !== migration.checksum) {
      throw new MigrationError(`Migration ${migration.name} was changed after it was applied.`);
    }
  }
  return pending;
}

/** Applies every pending migration in one transaction (all or nothing). Returns their names. */
export async function applyMigrations(sql: SqlRunner): Promise<string[]> {
  return sql.transaction(async (tx) => {
    // Serialises concurrent starters; released at commit.
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.exec(bookkeeping);
    const pending = new Set(await pendingMigrations(tx));
    const applied: string[] = [];
    for (const migration of committedMigrations().filter((m) => pending.has(m.name))) {
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      applied.push(migration.name);
    }
    return applied;
  });
}
