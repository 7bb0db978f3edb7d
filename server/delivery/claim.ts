// Workers claim due deliveries with FOR UPDATE SKIP LOCKED and a lease: no
// two workers take the same delivery, and one whose worker died (lease
// expired while SENDING) is simply due again.
import type { Db } from "../db/database.ts";

export interface ClaimOptions {
  workerId: string;
  now: Date;
  leaseUntil: Date;
  limit: number;
  /** Destinations this worker already has as many requests in flight to as it allows. */
  excludedDestinationIds: string[];
  /** Only this webhook's deliveries (topping up a batch). */
  webhookId?: string;
}

export async function claimDueDeliveries(db: Db, options: ClaimOptions): Promise<string[]> {
  if (options.limit <= 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Delivery" SET status = 'SENDING', "leasedBy" = ${options.workerId}, "leaseUntil" = ${options.leaseUntil}, "updatedAt" = ${options.now}
    WHERE id IN (
      SELECT d.id FROM "Delivery" d
      JOIN "Destination" dst ON dst.id = d."destinationId"
      WHERE ((d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${options.now}) OR (d.status = 'SENDING' AND d."leaseUntil" < ${options.now}))
        AND dst.state = 'ACTIVE'
        AND (dst."circuitOpenUntil" IS NULL OR dst."circuitOpenUntil" <= ${options.now})
        AND NOT (d."destinationId" = ANY(${options.excludedDestinationIds}::text[]))
        AND (${options.webhookId ?? null}::text IS NULL OR d."webhookId" = ${options.webhookId ?? null}::text)
      ORDER BY d."nextAttemptAt"
      LIMIT ${options.limit}
      FOR UPDATE OF d SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((row) => row.id);
}

/** Gives claimed deliveries back (shutdown, rate limit), due again at `dueAt`. */
export async function releaseDeliveries(db: Db, workerId: string, ids: string[], dueAt: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: ids }, status: "SENDING", leasedBy: workerId },
    data: { status: "SCHEDULED", leasedBy: null, leaseUntil: null, nextAttemptAt: dueAt },
  });
}
