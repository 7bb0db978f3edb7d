// `npm start` as a process manager runs it: a SIGTERM to npm's own pid (not
// its process group) must reach Switchyard and end in a clean shutdown; a bad
// setting must stop the start with one line naming it, not a stack trace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestDatabase, type TestDatabase } from "../utils/test-database.ts";
import { run, runToEnd } from "../utils/processes.ts";
import { testSecretKey } from "../utils/test-app.ts";

let database: TestDatabase;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  database = await createTestDatabase(inject("databaseTemplate"));
  env = database.databaseUrl
    ? { DATABASE_URL: database.databaseUrl, SWITCHYARD_SECRET_KEY: testSecretKey, SWITCHYARD_ADMIN_TOKEN: undefined }
    : { DATABASE_URL: undefined, SWITCHYARD_DATA_DIR: "memory://", SWITCHYARD_ADMIN_TOKEN: undefined };
});
afterAll(() => database?.drop());

describe("npm start under a process manager", () => {
  it("passes a SIGTERM sent to npm on to Switchyard, which shuts down cleanly and exits 0", async () => {
    const proc = run("npm", ["start", "--silent"], { ...env, PORT: "0", HOST: "127.0.0.1" });
    try {
      await proc.waitFor((_line, json) => json?.msg === "Switchyard API listening", 60_000);
      // npm's pid alone, as systemd (KillMode=mixed), Docker or PM2 would send it.
      process.kill(proc.child.pid!, "SIGTERM");
      const exit = await proc.exited;
      expect(exit, proc.output()).toEqual({ code: 0, signal: null });
      expect(proc.output()).toContain('"msg":"stopping"');
      expect(proc.output()).toContain('"msg":"stopped"');
    } finally {
      await proc.stop("SIGKILL");
    }
  }, 90_000);
});

describe("configuration errors", () => {
  const start = (overrides: Record<string, string | undefined>) =>
    runToEnd("npm", ["start", "--silent"], { ...env, PORT: "0", HOST: "127.0.0.1", ...overrides });

  const cases: [string, string, RegExp][] = [
    ["SWITCHYARD_ADMIN_TOKEN", "not-a-token", /SWITCHYARD_ADMIN_TOKEN.*sy_/],
    ["PORT", "eighty", /PORT.*0 to 65535/],
    ["SWITCHYARD_SECRET_KEY", "too-short", /SWITCHYARD_SECRET_KEY must be 32 random bytes/],
    ["SWITCHYARD_ALLOW_NETWORKS", "10.0.0.0/99", /SWITCHYARD_ALLOW_NETWORKS: "10.0.0.0\/99"/],
    ["SWITCHYARD_WORKER_CONCURRENCY", "0", /SWITCHYARD_WORKER_CONCURRENCY.*1 to 10000/],
    ["SWITCHYARD_LOG_LEVEL", "loud", /SWITCHYARD_LOG_LEVEL.*one of/],
    ["SWITCHYARD_METRICS_PORT", "nine", /SWITCHYARD_METRICS_PORT: must be a port number from 0 to 65535, or off/],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318", /OTEL_EXPORTER_OTLP_ENDPOINT: must be an http\(s\) URL/],
    [
      "SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION",
      "11",
      /SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION: must be at most SWITCHYARD_API_DATABASE_POOL_SIZE \(10\)/,
    ],
    ["SWITCHYARD_API_STATEMENT_TIMEOUT_MS", "10", /SWITCHYARD_API_STATEMENT_TIMEOUT_MS.*100 to 600000/],
    ["SWITCHYARD_IDLE_CONNECTION_MS", "12000", /SWITCHYARD_IDLE_CONNECTION_MS: must be more than SWITCHYARD_LIVE_KEEPALIVE_MS \(12000\)/],
  ];

  it.each(cases)(
    "stops on a bad %s with one line naming it and no stack trace",
    async (name, value, message) => {
      const result = await start({ [name]: value });
      expect(result.code, result.output).not.toBe(0);
      const lines = result.output.trim().split("\n");
      expect(lines, result.output).toHaveLength(1);
      expect(lines[0]).toMatch(/^switchyard: /);
      expect(lines[0]).toMatch(message);
      expect(result.output).not.toMatch(/^\s+at /m);
    },
    60_000,
  );
});
