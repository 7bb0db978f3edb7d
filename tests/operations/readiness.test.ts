// /readyz checks the database and, when configured, Redis, and says in JSON
// what failed (503); /healthz stays a cheap liveness answer, up while Redis
// is down. The Redis is a test's own, on a free port, killed and started again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrivateRedis, type PrivateRedis } from "../utils/private-redis.ts";
import { redisServerBin } from "../utils/private-services.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

async function get(base: string, path: string) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("without Redis", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { REDIS_URL: "" } })));
  afterAll(() => t?.stop());

  it("is ready when the database answers, and names the checks it made", async () => {
    const { status, body } = await get(t.app.url!, "/readyz");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ready", failed: [], checks: { database: { status: "up", ms: expect.any(Number) } } });
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });
});

if (!redisServerBin) console.warn("No redis-server on the PATH (set REDIS_SERVER_BIN): the readiness test with Redis down is skipped.");

describe.runIf(redisServerBin)("with Redis", () => {
  let t: TestApp;
  let redis: PrivateRedis;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    t = await startTestApp({ env: { REDIS_URL: redis.url, SWITCHYARD_METRICS_PORT: "0" } });
  });
  afterAll(async () => {
    await t?.stop();
    await redis?.close();
  });

  it("is not ready while Redis is down, says so on both ports, and is ready again when it is back", async () => {
    for (const base of [t.app.url!, t.app.metricsUrl!]) {
      const { status, body } = await get(base, "/readyz");
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ status: "ready", failed: [], checks: { database: { status: "up" }, redis: { status: "up" } } });
    }

    await redis.kill();
    await expect.poll(async () => (await get(t.app.url!, "/readyz")).status, { timeout: 10_000 }).toBe(503);
    for (const base of [t.app.url!, t.app.metricsUrl!]) {
      const { status, body } = await get(base, "/readyz");
      expect(status).toBe(503);
      expect(body).toMatchObject({
        status: "not ready",
        failed: ["redis"],
        checks: { database: { status: "up" }, redis: { status: "down", error: expect.stringMatching(/^not connected|^no answer/) } },
      });
      // Nothing about where Redis is: /readyz needs no token.
      expect(JSON.stringify(body)).not.toContain(String(redis.port));
    }
    // Liveness does not depend on Redis, and answers at once.
    const started = performance.now();
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.app.metricsUrl}/healthz`)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);

    await redis.start();
    await expect.poll(async () => (await get(t.app.url!, "/readyz")).status, { timeout: 20_000, interval: 250 }).toBe(200);
  }, 60_000);
});
