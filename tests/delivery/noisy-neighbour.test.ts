// One organization's hanging receivers must not hold another's deliveries:
// while organization A's destinations hang (their requests take their share
// of the worker and wait out the 30 s timeout), organization B's deliveries
// to a healthy receiver are claimed and arrive. The property is an order of
// events, not a time: B's deliveries all arrive before any of A's requests
// has ended. (How fast B's arrive is measured by `npm run bench`.)
import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { asNewOrganization, createDestination, createEventType, createWebhook, publish, subscribe } from "../utils/fixtures.ts";

let t: TestApp | undefined;
const receivers: TestReceiver[] = [];

afterEach(async () => {
  // A's requests still hang: the worker gives them back after a short shutdown deadline.
  await t?.stop();
  t = undefined;
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

describe.each([6, 50])("with %i hanging destinations of another organization", (hanging) => {
  it("claims and delivers a healthy destination's deliveries while the hanging ones hold their share", async () => {
    t = await startTestApp({
      startWorker: true,
      env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8", SWITCHYARD_SHUTDOWN_DEADLINE_MS: "200" },
    });
    const { concurrency, perDestination, slowCapacity } = t.app.runtime.config.worker;
    const hang = await startTestReceiver(() => ({ hang: true }));
    const healthy = await startTestReceiver(204);
    receivers.push(hang, healthy);

    const a = await asNewOrganization(t, "Neighbour A");
    await createEventType(a, "order.created");
    for (let i = 0; i < hanging; i++) {
      const destinationId = await createDestination(a, { url: `${hang.origin}/a${i}`, timeoutMs: 30_000 });
      await createWebhook(a, { destinationId, eventTypes: ["order.created"] });
    }
    const events = hanging <= 6 ? 100 : 20;
    for (let i = 0; i < events; i++) await publish(a, "order.created", { i });
    // A's requests are out and hanging before B publishes anything.
    await hang.waitFor(Math.min(hanging, concurrency), 20_000);

    const b = await asNewOrganization(t, "Healthy B");
    const { eventType } = await subscribe(b, { url: `${healthy.origin}/b` });
    for (let i = 0; i < 20; i++) await publish(b, eventType, { i });
    await healthy.waitFor(20, 25_000);

    const prisma = t.app.runtime.prisma;
    const succeeded = () => prisma.delivery.count({ where: { organizationId: b.organizationId, status: "SUCCEEDED" } });
    // The receiver has them; their attempts are recorded a moment later.
    for (let tries = 0; (await succeeded()) < 20 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    // Not one of A's requests has ended (they time out after 30 s): B was served while they held their share.
    expect(await prisma.attempt.count({ where: { organizationId: a.organizationId } })).toBe(0);
    expect(await succeeded()).toBe(20);
    // And A's share is bounded: per destination by its limit, in all by the worker's room for waiting requests.
    const perPath = new Map<string, number>();
    for (const request of hang.received) perPath.set(request.rawUrl, (perPath.get(request.rawUrl) ?? 0) + 1);
    expect(Math.max(...perPath.values())).toBeLessThanOrEqual(perDestination);
    expect(hang.received.length).toBeLessThanOrEqual(concurrency + Math.floor(slowCapacity / 4));
  }, 60_000);
});
