// Operator actions on deliveries: re-send one now, re-queue the failed ones,
// and send a test event to a destination.
import type { Attempt } from "../db/generated/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import type { Operation } from "../operation.ts";
import { scoped } from "../tenancy/scope.ts";
import { organization, tenantSql } from "../tenancy/tenant-db.ts";
import { recordChange } from "../changes/record-change.ts";
import { attemptDeliveriesById } from "./deliver.ts";

export const TEST_EVENT_TYPE = "switchyard.test";
const REQUEUE_PAGE = 1000;

// The only unscoped load from an operator's request: the delivery was found through the organization's handle first.
async function manualAttempt(runtime: Runtime, deliveryId: string): Promise<Attempt> {
  const outcome = await attemptDeliveriesById(runtime, [deliveryId], "MANUAL");
  if (!outcome) throw new NotFoundError("Delivery", deliveryId);
  return outcome.attempts[0];
}

/**
 * A manual attempt now, whatever the delivery's state; a success completes it.
 * The attempt is recorded as it is made (no transaction waits on a receiver);
 * the audit entry follows it.
 */
export async function resendDelivery(op: Operation, id: string): Promise<Attempt> {
  const delivery = await op.db.delivery.findUnique({ where: { id }, select: { id: true } });
  if (!delivery) throw new NotFoundError("Delivery", id);
  const attempt = await manualAttempt(op.runtime, delivery.id);
  await op.transaction((tx) => recordChange(tx, { action: "delivery.resent", resourceType: "Delivery", resourceId: id, after: attempt }));
  return attempt;
}

/**
 * Puts a destination's failed deliveries (created since `since`) back on the
 * full retry schedule, a page at a time, so memory stays flat however many there are.
 */
export async function retryFailedDeliveries(op: Operation, destinationId: string, since: Date): Promise<number> {
  const destination = await op.db.destination.findUnique({ where: { id: destinationId }, select: { id: true } });
  if (!destination) throw new NotFoundError("Destination", destinationId);
  const now = op.clock.now();
  if (since.getTime() > now.getTime()) throw ValidationError.field(["input", "since"], "`since` is in the future.");
  let total = 0;
  for (;;) {
    const count = await op.db.$executeRaw(tenantSql`
      UPDATE "Delivery" SET status = 'SCHEDULED', "nextAttemptAt" = ${now}, "scheduledAttempts" = 0, "completedAt" = NULL, "updatedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "Delivery"
        WHERE "organizationId" = ${organization} AND "destinationId" = ${destinationId}
          AND status = 'FAILED' AND "createdAt" >= ${since}
        LIMIT ${REQUEUE_PAGE}
        FOR UPDATE SKIP LOCKED
      )`);
    total += count;
    if (count < REQUEUE_PAGE) break;
  }
  await op.transaction((tx) =>
    recordChange(tx, {
      action: "deliveries.requeued",
      resourceType: "Destination",
      resourceId: destinationId,
      after: { since, requeued: total },
    }),
  );
  if (total > 0) op.runtime.wakeups.notify();
  return total;
}

/** Sends a `switchyard.test` event to the destination once, now, and returns the attempt. */
export async function sendTestEvent(op: Operation, destinationId: string): Promise<Attempt> {
  const destination = await op.db.destination.findUnique({ where: { id: destinationId } });
  if (!destination) throw new NotFoundError("Destination", destinationId);
  const now = op.clock.now();
  const eventId = newId("Event");
  const deliveryId = newId("Delivery");
  await op.transaction(async (tx) => {
    // Creates still name the organization (the types require it); the handle refuses any other.
    await tx.db.event.create({
      data: scoped(tx.scope, {
        id: eventId,
        type: TEST_EVENT_TYPE,
        source: "SYSTEM" as const,
        occurredAt: now,
        createdAt: now,
        payload: { message: "A test event from Switchyard.", destination: { id: destination.id, name: destination.name } },
      }),
    });
    // Not due for the worker (no nextAttemptAt): only this manual attempt sends it.
    await tx.db.delivery.create({
      data: scoped(tx.scope, {
        id: deliveryId,
        eventId,
        destinationId,
        eventType: TEST_EVENT_TYPE,
        retrySchedule: [],
        nextAttemptAt: null,
        createdAt: now,
      }),
    });
  });
  const attempt = await manualAttempt(op.runtime, deliveryId);
  await op.transaction(async (tx) => {
    if (!attempt.succeeded) {
      await tx.db.delivery.update({ where: { id: deliveryId }, data: { status: "FAILED", completedAt: tx.clock.now() } });
    }
    await recordChange(tx, { action: "destination.tested", resourceType: "Destination", resourceId: destinationId, after: attempt });
  });
  return attempt;
}
