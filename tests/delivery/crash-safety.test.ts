// At least once, across real processes on PostgreSQL: a worker killed with
// SIGKILL mid-delivery loses nothing (another worker delivers after the lease
// expires), and SIGTERM stops claiming, lets requests in flight finish within
// the deadline and gives the rest back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, testSecretKey, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { startSwitchyardWorker, type RunningProcess } from "../utils/processes.ts";
import { serverDatabaseUrl, serverRedisUrl } from "../utils/test-database.ts";
import { publish, subscribe } from "../utils/fixtures.ts";

describe.runIf(serverDatabaseUrl && serverRedisUrl)("crash safety on PostgreSQL", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  const workers: RunningProcess[] = [];
  const env = () => ({
    DATABASE_URL: t.database.databaseUrl,
    REDIS_URL: serverRedisUrl,
    SWITCHYARD_SECRET_KEY: testSecretKey,
    SWITCHYARD_ALLOW_HTTP: "true",
    SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
    SWITCHYARD_LEASE_MS: "3000",
    SWITCHYARD_POLL_INTERVAL_MS: "200",
  });
  const worker = async (extra: Record<string, string> = {}) => {
    const proc = await startSwitchyardWorker({ ...env(), ...extra });
    workers.push(proc);
    return proc;
  };
  const status = (eventId: string) => t.app.runtime.prisma.delivery.findFirstOrThrow({ where: { eventId } });

  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
    receiver = await startTestReceiver();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop("SIGKILL")));
    // Nothing left due for the next test's workers.
    await t.app.runtime.prisma.delivery.updateMany({ where: { status: { in: ["SCHEDULED", "SENDING"] } }, data: { status: "CANCELLED" } });
    receiver.received.length = 0;
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.stop();
  });

  it("re-delivers what a worker killed mid-request was sending", async () => {
    receiver.respond((_request, index) => (index === 0 ? { hang: true } : { status: 204 }));
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/kill`, destination: { timeoutMs: 2000 } });
    const published = await publish(t, eventType, { order: 1 });

    const first = await worker();
    await receiver.waitFor(1);
    expect((await status(published.event.id)).status).toBe("SENDING");
    await first.stop("SIGKILL");

    await worker();
    const [killed, redelivered] = await receiver.waitFor(2, 20_000);
    expect(redelivered.headers["webhook-id"]).toBe(killed.headers["webhook-id"]);
    await expect.poll(async () => (await status(published.event.id)).status, { timeout: 10_000 }).toBe("SUCCEEDED");
    const attempts = await t.app.runtime.prisma.attempt.findMany({ where: { eventId: published.event.id } });
    expect(attempts.map((a) => a.succeeded)).toEqual([true]);
  }, 60_000);

  it("on SIGTERM stops claiming and lets requests in flight finish", async () => {
    receiver.respond({ status: 200, delayMs: 1500 });
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/term`, destination: { timeoutMs: 5000 } });
    const events = [];
    for (let i = 0; i < 3; i++) events.push((await publish(t, eventType, { i })).event.id);

    const proc = await worker();
    await receiver.waitFor(3);
    proc.child.kill("SIGTERM");
    // Published after the signal: this worker must not take it.
    const late = (await publish(t, eventType, { late: true })).event.id;
    const exit = await proc.exited;
    expect(exit.code).toBe(0);
    expect(proc.output()).toContain("waiting for deliveries in flight");
    for (const id of events) expect((await status(id)).status).toBe("SUCCEEDED");
    expect((await status(late)).status).toBe("SCHEDULED");
  }, 60_000);

  it("on SIGTERM gives back what is still in flight at the deadline, for another worker", async () => {
    receiver.respond((_request, index) => (index === 0 ? { hang: true } : { status: 204 }));
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/deadline`, destination: { timeoutMs: 20_000 } });
    const published = await publish(t, eventType, {});

    const proc = await worker({ SWITCHYARD_SHUTDOWN_DEADLINE_MS: "500", SWITCHYARD_LEASE_MS: "60000" });
    await receiver.waitFor(1);
    proc.child.kill("SIGTERM");
    expect((await proc.exited).code).toBe(0);
    expect(proc.output()).toContain("given back");
    expect(await status(published.event.id)).toMatchObject({ status: "SCHEDULED", leasedBy: null });

    await worker();
    await receiver.waitFor(2, 20_000);
    await expect.poll(async () => (await status(published.event.id)).status, { timeout: 10_000 }).toBe("SUCCEEDED");
  }, 60_000);
});
