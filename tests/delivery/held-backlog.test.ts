// A backlog the worker cannot send now (its destination paused, or at its
// limit of requests in flight) must cost the other destinations' claims
// nothing. Each claim once walked every due delivery oldest first and read
// such a backlog row by row ahead of everyone else's: 1.4-2.7 s a claim with
// 100,000 of them. The property is what the claim reads (the database's own
// count of rows, from EXPLAIN ANALYZE), not how long it takes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimStatement, type ClaimOptions } from "../../server/delivery/claim.ts";
import { Prisma } from "../../server/db/generated/client.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { asNewOrganization, createDestination, createWebhook, publish, subscribe } from "../utils/fixtures.ts";

const HELD = 20_000;

interface PlanNode {
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/** Rows of Delivery the plan read: returned by its scans, and those its filters dropped. */
function deliveryRowsRead(node: PlanNode): number {
  const own =
    node["Relation Name"] === "Delivery"
      ? ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + deliveryRowsRead(child), 0);
}

let t: TestApp;
let paused: string;
let busy: string;
let healthy: string;

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  const a = await asNewOrganization(t, "Backlogged");
  const held = await subscribe(a, { url: "http://127.0.0.1:9/paused" });
  paused = held.destinationId;
  busy = await createDestination(a, { url: "http://127.0.0.1:9/busy" });
  await createWebhook(a, { destinationId: busy, eventTypes: [held.eventType] });
  await publish(a, held.eventType, { first: true });
  // Each destination's backlog: HELD copies of its delivery, due an hour ago, older than anything else.
  const sql = t.app.runtime.db.sql;
  await sql.query(
    `INSERT INTO "Delivery" (id, "organizationId", "eventId", "webhookId", "destinationId", "eventType", status, "nextAttemptAt", "createdAt", "updatedAt", "retrySchedule")
     SELECT d.id || '_' || g, d."organizationId", d."eventId", d."webhookId", d."destinationId", d."eventType", 'SCHEDULED',
            now() - interval '1 hour' + g * interval '1 ms', now(), now(), d."retrySchedule"
     FROM "Delivery" d, generate_series(1, ${HELD}) g WHERE d."organizationId" = $1`,
    [a.organizationId],
  );
  await sql.query(`UPDATE "Destination" SET state = 'PAUSED' WHERE id = $1`, [paused]);

  const b = await asNewOrganization(t, "Healthy");
  const fresh = await subscribe(b, { url: "http://127.0.0.1:9/healthy" });
  healthy = fresh.destinationId;
  for (let i = 0; i < 5; i++) await publish(b, fresh.eventType, { i });
  await sql.query(`ANALYZE "Delivery"`);
}, 120_000);
afterAll(() => t?.stop());

describe("a claim beside a large backlog it cannot send", () => {
  it("reads a few rows of it, not all of them, and claims the others' deliveries", async () => {
    const now = new Date();
    const options: ClaimOptions = {
      workerId: "held-backlog",
      now,
      leaseUntil: new Date(now.getTime() + 60_000),
      limit: 10,
      perDestination: 10,
      // The busy destination has no allowance left: its requests in flight are at its limit.
      allowance: new Map([[busy, 0]]),
      organizationLoad: new Map(),
    };
    const [{ "QUERY PLAN": plan }] = await t.app.runtime.db.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${claimStatement(options)}`,
    );
    const read = deliveryRowsRead(plan[0].Plan);
    expect(read, `rows of Delivery read by one claim, beside ${2 * HELD} held`).toBeLessThan(500);

    const claimed = await t.app.runtime.prisma.delivery.findMany({ where: { leasedBy: "held-backlog" }, select: { destinationId: true } });
    expect(claimed.map((d) => d.destinationId)).toEqual(Array(5).fill(healthy));
  });
});
