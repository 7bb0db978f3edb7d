// Operator actions on deliveries: re-send one now, re-queue the failed ones,
// and send a test event to a destination.
import type { Attempt } from "../db/generated/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { organization, tenantDb, tenantSql } from "../tenancy/tenant-db.ts";
import { attemptDeliveriesById } from "./deliver.ts";

export const TEST_EVENT_TYPE = "switchyard.test";
const REQUEUE_PAGE = 1000;

// The only unscoped load from an operator's request: the delivery was found through the organization's handle first.
async function manualAttempt(runtime: Runtime, deliveryId: string): Promise<Attempt> {
  const outcome = await attemptDeliveriesById(runtime, [deliveryId], "MANUAL");
  if (!outcome) throw new NotFoundError("Delivery", deliveryId);
  return outcome.attempts[0];
}

/** A manual attempt now, whatever the delivery's state; a success completes it. */
export async function resendDelivery(runtime: Runtime, scope: TenantScope, id: string): Promise<Attempt> {
  const delivery = await tenantDb(runtime.prisma, scope).delivery.findUnique({ where: { id }, select: { id: true } });
  if (!delivery) throw new NotFoundError("Delivery", id);
  return manualAttempt(runtime, delivery.id);
}

/**
 * Puts a destination's failed deliveries (created since `since`) back on the
 * full retry schedule, a page at a time, so memory stays flat however many there are.
 */
export async function retryFailedDeliveries(runtime: Runtime, scope: TenantScope, destinationId: string, since: Date): Promise<number> {
  const db = tenantDb(runtime.prisma, scope);
  const destination = await db.destination.findUnique({ where: { id: destinationId }, select: { id: true } });
  if (!destination) throw new NotFoundError("Destination", destinationId);
  const now = runtime.clock.now();
  if (since.getTime() > now.getTime()) throw ValidationError.field(["input", "since"], "`since` is in the future.");
  let total = 0;
  for (;;) {
    const count = await db.$executeRaw(tenantSql`
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
  if (total > 0) runtime.wakeups.notify();
  return total;
}

/** Sends a `switchyard.test` event to the destination once, now, and returns the attempt. */
export async function sendTestEvent(runtime: Runtime, scope: TenantScope, destinationId: string): Promise<Attempt> {
  const db = tenantDb(runtime.prisma, scope);
  const destination = await db.destination.findUnique({ where: { id: destinationId } });
  if (!destination) throw new NotFoundError("Destination", destinationId);
  const now = runtime.clock.now();
  const eventId = newId("Event");
  const deliveryId = newId("Delivery");
  await db.$transaction([
    // Creates still name the organization (the types require it); the handle refuses any other.
    db.event.create({
      data: scoped(scope, {
        id: eventId,
        type: TEST_EVENT_TYPE,
        source: "SYSTEM" as const,
        occurredAt: now,
        createdAt: now,
        payload: { message: "A test event from Switchyard.", destination: { id: destination.id, name: destination.name } },
      }),
    }),
    // Not due for the worker (no nextAttemptAt): only this manual attempt sends it.
    db.delivery.create({
      data: scoped(scope, {
        id: deliveryId,
        eventId,
        destinationId,
        eventType: TEST_EVENT_TYPE,
        retrySchedule: [],
        nextAttemptAt: null,
        createdAt: now,
      }),
    }),
  ]);
  const attempt = await manualAttempt(runtime, deliveryId);
  if (!attempt.succeeded) {
    await db.delivery.update({ where: { id: deliveryId }, data: { status: "FAILED", completedAt: runtime.clock.now() } });
  }
  return attempt;
}
