// Server mode: PostgreSQL through DATABASE_URL, migrations applied by
// `npm run db:deploy`, and processes started with a role.
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runToEnd, startSwitchyard } from "../utils/processes.ts";
import { serverDatabaseUrl, serverRedisUrl } from "../utils/test-database.ts";
import { testSecretKey } from "../utils/test-app.ts";

const main = [process.execPath, ["--import", "tsx", "schema/main.ts"]] as const;

describe("roles", () => {
  it("refuses separate api or worker processes without a shared PostgreSQL", async () => {
    for (const role of ["api", "worker"]) {
      const result = await runToEnd(main[0], [...main[1], "--role", role], { DATABASE_URL: undefined, SWITCHYARD_DATA_DIR: "memory://" });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`--role ${role} needs DATABASE_URL`);
    }
  });

  it("refuses separate api or worker processes without Redis for the live feed", async () => {
    for (const role of ["api", "worker"]) {
      const result = await runToEnd(main[0], [...main[1], "--role", role], {
        DATABASE_URL: "postgresql://localhost/none",
        REDIS_URL: undefined,
      });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`--role ${role} needs REDIS_URL`);
    }
  });

  it("refuses an unknown role and a malformed DATABASE_URL", async () => {
    const role = await runToEnd(main[0], [...main[1], "--role", "everything"], { SWITCHYARD_DATA_DIR: "memory://" });
    expect(role.code).toBe(1);
    expect(role.output).toContain('--role must be one of api, worker, all; got "everything"');
    const url = await runToEnd(main[0], [...main[1]], { DATABASE_URL: "mysql://localhost/x" });
    expect(url.code).toBe(1);
    expect(url.output).toContain("DATABASE_URL: must be a postgresql:// URL");
  });
});

describe.runIf(serverDatabaseUrl && serverRedisUrl)("on PostgreSQL", () => {
  const name = `switchyard_deploy_${randomBytes(4).toString("hex")}`;
  let databaseUrl: string;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverDatabaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(serverDatabaseUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it("will not start on a database with pending migrations, and says how to apply them", async () => {
    const result = await runToEnd(main[0], [...main[1], "--role", "api"], {
      DATABASE_URL: databaseUrl,
      REDIS_URL: serverRedisUrl,
      PORT: "0",
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/pending migration\(s\) \(\d+_foundation.*\)\. Run `npm run db:deploy`/);
  });

  it("applies the committed migrations with npm run db:deploy, then runs an api process", async () => {
    const deploy = await runToEnd("npm", ["run", "db:deploy"], { DATABASE_URL: databaseUrl });
    expect(deploy.code, deploy.output).toBe(0);
    expect(deploy.output).toContain("All migrations have been successfully applied");
    const status = await runToEnd("npm", ["run", "db:status"], { DATABASE_URL: databaseUrl });
    expect(status.code, status.output).toBe(0);
    expect(status.output).toContain("Database schema is up to date");

    // The migrations build exactly the schema in prisma/schema.prisma: nothing was changed without one.
    const pulled = await runToEnd("npx", ["prisma", "db", "pull", "--print"], { DATABASE_URL: databaseUrl });
    expect(pulled.code, pulled.output).toBe(0);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-pulled-")), "schema.prisma");
    writeFileSync(file, pulled.output.slice(pulled.output.indexOf("generator ")));
    const drift = await runToEnd(
      "npx",
      ["prisma", "migrate", "diff", "--from-schema-datamodel", file, "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { DATABASE_URL: databaseUrl },
    );
    expect(drift.code, drift.output).toBe(0);
    expect(drift.output).toContain("No difference detected");

    const refused = await runToEnd(main[0], [...main[1], "--role", "api"], {
      DATABASE_URL: databaseUrl,
      REDIS_URL: serverRedisUrl,
      PORT: "0",
      SWITCHYARD_SECRET_KEY: undefined,
    });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("SWITCHYARD_SECRET_KEY is required with DATABASE_URL");

    const api = await startSwitchyard({ DATABASE_URL: databaseUrl, REDIS_URL: serverRedisUrl, SWITCHYARD_SECRET_KEY: testSecretKey }, [
      "--role",
      "api",
    ]);
    try {
      expect(api.output()).toContain('"database":"postgres"');
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      expect(api.output()).toMatch(/sy_[0-9A-Za-z]{40}/);
    } finally {
      await api.stop();
    }
  }, 90_000);
});
