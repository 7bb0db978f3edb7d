// An organization's deliveries waiting now, and how late the oldest due one
// is (lag). Read per destination through the index of its pending deliveries
// (destinationId, nextAttemptAt), each count stopping at COUNT_LIMIT: the cost depends
// on the organization's own destinations, never on the size of the table or
// on another organization's backlog.
import type { Operation } from "../operation.ts";
import { organization, tenantSql } from "../tenancy/tenant-db.ts";

/** Counts stop here; the overview shows "10,000+". */
export const COUNT_LIMIT = 10_000;

export interface Backlog {
  /** Due now, to destinations that may be sent to (active, circuit closed). */
  dueNow: number;
  /** Due, but held back: destination paused, disabled or its circuit open. */
  heldBack: number;
  /** Waiting for a later attempt (a retry's delay). */
  scheduled: number;
  /** Claimed by a worker, request in flight. */
  sending: number;
  /** When the oldest delivery due to a sendable destination was due; null when none is. */
  oldestDueAt: Date | null;
}

export async function backlog(op: Operation, now: Date): Promise<Backlog> {
  const [row] = await op.db.$queryRaw<Backlog[]>(tenantSql`
    WITH dst AS (
      SELECT id, (state = 'ACTIVE' AND ("circuitOpenUntil" IS NULL OR "circuitOpenUntil" <= ${now})) AS sendable
      FROM "Destination" WHERE "organizationId" = ${organization}
    )
    SELECT
      (SELECT count(*)::int FROM (SELECT 1 FROM dst CROSS JOIN LATERAL (
         SELECT 1 FROM "Delivery" d WHERE d."destinationId" = dst.id AND d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${now}
         LIMIT ${COUNT_LIMIT}) x WHERE dst.sendable LIMIT ${COUNT_LIMIT}) c) AS "dueNow",
      (SELECT count(*)::int FROM (SELECT 1 FROM dst CROSS JOIN LATERAL (
         SELECT 1 FROM "Delivery" d WHERE d."destinationId" = dst.id AND d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${now}
         LIMIT ${COUNT_LIMIT}) x WHERE NOT dst.sendable LIMIT ${COUNT_LIMIT}) c) AS "heldBack",
      (SELECT count(*)::int FROM (SELECT 1 FROM dst CROSS JOIN LATERAL (
         SELECT 1 FROM "Delivery" d WHERE d."destinationId" = dst.id AND d.status = 'SCHEDULED' AND d."nextAttemptAt" > ${now}
         LIMIT ${COUNT_LIMIT}) x LIMIT ${COUNT_LIMIT}) c) AS scheduled,
      (SELECT count(*)::int FROM (SELECT 1 FROM dst CROSS JOIN LATERAL (
         SELECT 1 FROM "Delivery" d WHERE d."destinationId" = dst.id AND d.status = 'SENDING'
         LIMIT ${COUNT_LIMIT}) x LIMIT ${COUNT_LIMIT}) c) AS sending,
      (SELECT min(x."nextAttemptAt") FROM dst CROSS JOIN LATERAL (
         SELECT d."nextAttemptAt" FROM "Delivery" d
         WHERE d."destinationId" = dst.id AND d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${now}
         ORDER BY d."nextAttemptAt" LIMIT 1) x WHERE dst.sendable) AS "oldestDueAt"`);
  return { ...row, oldestDueAt: row.oldestDueAt ? new Date(row.oldestDueAt) : null };
}
