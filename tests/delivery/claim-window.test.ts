// A claim picks each destination's first delivery before any destination's
// second, among all the destinations with deliveries due, not only among the
// few whose deliveries came first. A backlog published at once (one event to
// many destinations, or a batch) is due at one time for all; when the claim's
// window was cut oldest first, those ties filled it with the first few
// destinations in index order, each given up to its limit, and a neighbour's
// hanging destinations took a worker's slots in waves (p99 of another
// organization 15 ms → 420 ms in `npm run bench -- --scenarios noisy-neighbour`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimDueDeliveries } from "../../server/delivery/claim.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { asNewOrganization, createDestination, createEventType, createWebhook, publish } from "../utils/fixtures.ts";

const DESTINATIONS = 20;
const EVENTS = 8;

let t: TestApp;
let organizationId: string;

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  const a = await asNewOrganization(t, "Fanned out");
  organizationId = a.organizationId;
  await createEventType(a, "order.created");
  for (let i = 0; i < DESTINATIONS; i++) {
    const destinationId = await createDestination(a, { url: `http://127.0.0.1:9/d${i}` });
    await createWebhook(a, { destinationId, eventTypes: ["order.created"] });
  }
  for (let i = 0; i < EVENTS; i++) await publish(a, "order.created", { i });
  // As a batch published in one call is: every delivery due at the same moment.
  await t.app.runtime.db.sql.query(`UPDATE "Delivery" SET "nextAttemptAt" = now() - interval '1 minute' WHERE "organizationId" = $1`, [
    organizationId,
  ]);
}, 60_000);
afterAll(() => t?.stop());

describe("a claim among many destinations due at the same time", () => {
  it("takes one delivery of each of as many destinations as it may take deliveries", async () => {
    const now = new Date();
    const claimed = await claimDueDeliveries(t.app.runtime.db.query, {
      workerId: "claim-window",
      now,
      leaseUntil: new Date(now.getTime() + 60_000),
      limit: 10,
      perDestination: 10,
      allowance: new Map(),
      organizationLoad: new Map(),
    });
    expect(claimed).toHaveLength(10);
    expect(new Set(claimed.map((d) => d.destinationId)).size).toBe(10);
    expect(claimed.every((d) => d.organizationId === organizationId)).toBe(true);
  });
});
