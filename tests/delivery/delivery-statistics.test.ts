// The planner's statistics of the Delivery table follow its growth: a plan
// the claim keeps (a prepared statement, on PostgreSQL) made while the table
// was nearly empty scanned it whole at every step once a backlog came, until
// autovacuum's next visit (a minute; never, on the embedded database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeIfGrown } from "../../server/delivery/delivery-statistics.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { asNewOrganization, publish, subscribe } from "../utils/fixtures.ts";

let t: TestApp;

const analyzed = async () => {
  const [row] = await t.app.runtime.db.sql.query<{ reltuples: number }>(
    `SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = '"Delivery"'::regclass`,
  );
  return row.reltuples;
};

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  const a = await asNewOrganization(t, "Growing");
  const { eventType } = await subscribe(a, { url: "http://127.0.0.1:9/growing" });
  await publish(a, eventType, { first: true });
  await t.app.runtime.db.sql.exec(`ANALYZE "Delivery"`);
}, 60_000);
afterAll(() => t?.stop());

describe("the delivery table's statistics", () => {
  it("are gathered again once the table has grown past twice its analyzed size, and not before", async () => {
    const query = t.app.runtime.db.query;
    expect(await analyzed()).toBe(1);
    expect(await analyzeIfGrown(query)).toBe(false);

    // A backlog arrives: 5,000 copies of the delivery.
    await t.app.runtime.db.sql.query(
      `INSERT INTO "Delivery" (id, "organizationId", "eventId", "webhookId", "destinationId", "eventType", status, "nextAttemptAt", "createdAt", "updatedAt", "retrySchedule")
       SELECT d.id || '_' || g, d."organizationId", d."eventId", d."webhookId", d."destinationId", d."eventType", 'SCHEDULED',
              now(), now(), now(), d."retrySchedule"
       FROM "Delivery" d, generate_series(1, 5000) g`,
    );
    expect(await analyzed()).toBe(1);
    expect(await analyzeIfGrown(query)).toBe(true);
    expect(await analyzed()).toBe(5001);
    expect(await analyzeIfGrown(query)).toBe(false);
  });
});
