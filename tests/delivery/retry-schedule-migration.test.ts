// Stored retry schedules lose the entry for the first attempt (which was
// never waited for), so that they keep their timings under the new meaning;
// a webhook that had its own schedule keeps it as its own, even when empty.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { committedMigrations } from "../../server/db/migrate.ts";

const NAME = "retry_schedule_lists_retries";
const migrations = committedMigrations();
const index = migrations.findIndex((m) => m.name.endsWith(NAME));
let db: PGlite;

beforeAll(async () => {
  db = new PGlite();
  for (const migration of migrations.slice(0, index)) await db.exec(migration.sql);
  await db.exec(`
    INSERT INTO "Organization" (id, name, "updatedAt") VALUES ('org_1', 'Acme', now());
    INSERT INTO "Destination" (id, "organizationId", name, code, url, "updatedAt") VALUES ('dst_1', 'org_1', 'Receiver', 'receiver', 'https://example.com', now());
    INSERT INTO "Event" (id, "organizationId", type, payload, "occurredAt") VALUES ('evt_1', 'org_1', 'invoice.paid', '{}', now());
    INSERT INTO "Webhook" (id, "organizationId", name, "destinationId", "eventTypes", "retrySchedule", "updatedAt") VALUES
      ('wh_default', 'org_1', 'Default', 'dst_1', '{invoice.paid}', '{}', now()),
      ('wh_once', 'org_1', 'Once', 'dst_1', '{invoice.paid}', '{0}', now()),
      ('wh_custom', 'org_1', 'Custom', 'dst_1', '{invoice.paid}', '{0,1,2}', now());
    INSERT INTO "Delivery" (id, "organizationId", "eventId", "destinationId", "eventType", "retrySchedule", "updatedAt") VALUES
      ('dlv_default', 'org_1', 'evt_1', 'dst_1', 'invoice.paid', '{0,5,300,1800,7200,18000,36000,36000}', now()),
      ('dlv_once', 'org_1', 'evt_1', 'dst_1', 'invoice.paid', '{0}', now()),
      ('dlv_empty', 'org_1', 'evt_1', 'dst_1', 'invoice.paid', '{}', now());
  `);
  await db.exec(migrations[index].sql);
});
afterAll(async () => {
  await db?.close();
});

describe(`the ${NAME} migration`, () => {
  it("drops the first attempt's entry from each webhook's own schedule, and keeps it its own", async () => {
    const { rows } = await db.query(`SELECT id, "retrySchedule", "customRetrySchedule" FROM "Webhook" ORDER BY id`);
    expect(rows).toEqual([
      { id: "wh_custom", retrySchedule: [1, 2], customRetrySchedule: true },
      { id: "wh_default", retrySchedule: [], customRetrySchedule: false },
      { id: "wh_once", retrySchedule: [], customRetrySchedule: true },
    ]);
  });

  it("does the same for deliveries, so those under way keep their timings", async () => {
    const { rows } = await db.query(`SELECT id, "retrySchedule" FROM "Delivery" ORDER BY id`);
    expect(rows).toEqual([
      { id: "dlv_default", retrySchedule: [5, 300, 1800, 7200, 18000, 36000, 36000] },
      { id: "dlv_empty", retrySchedule: [] },
      { id: "dlv_once", retrySchedule: [] },
    ]);
  });
});
