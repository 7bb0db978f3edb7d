import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { TestClock } from "../utils/test-clock.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { purgeExpiredHistory } from "../../server/jobs/retention.ts";

let t: TestApp;
const clock = new TestClock();
const day = 24 * 3600 * 1000;

beforeAll(async () => {
  t = await startTestApp({ clock, env: { SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
});
afterAll(() => t?.stop());

describe("retention", () => {
  it("purges events older than 30 days with their deliveries, attempts and per-minute counts, but not pending ones or recent ones", async () => {
    const { eventType } = await subscribe(t, { url: "https://localhost/retention" });
    const old = await publish(t, eventType, { old: true }, "old-key");
    const pending = await publish(t, eventType, { pending: true });
    const prisma = t.app.runtime.prisma;
    await prisma.delivery.update({ where: { id: old.event.deliveries[0].id }, data: { status: "SUCCEEDED", nextAttemptAt: null } });
    await prisma.attempt.create({
      data: {
        id: "att_01h455vb4pex5vsknk084sn02q",
        organizationId: (await prisma.event.findUniqueOrThrow({ where: { id: old.event.id } })).organizationId,
        deliveryId: old.event.deliveries[0].id,
        destinationId: (await prisma.delivery.findUniqueOrThrow({ where: { id: old.event.deliveries[0].id } })).destinationId,
        eventId: old.event.id,
        number: 1,
        trigger: "SCHEDULED",
        succeeded: true,
        sentAt: clock.now(),
        durationMs: 3,
        url: "https://localhost/retention",
        requestHeaders: {},
      },
    });
    // The trigger counted it for the overview.
    expect(await prisma.attemptMinute.count()).toBe(1);
    clock.advance(31 * day);
    const recent = await publish(t, eventType, { recent: true });

    // The old event goes (with the system events the setup raised, e.g. destination.created).
    expect(await purgeExpiredHistory(t.app.runtime)).toMatchObject({ idempotencyKeys: 1, attemptMinutes: 1 });
    expect(await prisma.attemptMinute.count()).toBe(0);
    expect(await prisma.event.findUnique({ where: { id: old.event.id } })).toBeNull();
    expect(await prisma.delivery.count({ where: { eventId: old.event.id } })).toBe(0);
    expect(await prisma.attempt.count({ where: { eventId: old.event.id } })).toBe(0);
    expect(await prisma.event.findUnique({ where: { id: pending.event.id } })).not.toBeNull();
    expect(await prisma.event.findUnique({ where: { id: recent.event.id } })).not.toBeNull();
    expect(await purgeExpiredHistory(t.app.runtime)).toEqual({
      events: 0,
      idempotencyKeys: 0,
      attemptMinutes: 0,
      incomingRequests: 0,
      issuedTokens: 0,
    });
  });
});
