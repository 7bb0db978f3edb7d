// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the schema of the last committed migration to the
// current prisma/schema.prisma. (`prisma migrate dev` does not work with the
// JS engine, so this diff is how migrations are written here.)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name in snake_case>");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error("db:diff needs DATABASE_URL: the schema engine diffs through a PostgreSQL connection (it writes nothing there).");
  process.exit(2);
}

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
const lastMigrationCommit = git("log", "-1", "--format=%H", "--", "prisma/migrations");
const from = lastMigrationCommit
  ? (() => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-diff-")), "schema.prisma");
      writeFileSync(file, git("show", `${lastMigrationCommit}:prisma/schema.prisma`));
      return ["--from-schema-datamodel", file];
    })()
  : ["--from-empty"];

const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
  console.error("prisma/schema.prisma has no change since the last migration.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${dir}/migration.sql`);
