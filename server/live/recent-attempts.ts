// The most recent attempts matching a live feed's filter, in the shape the
// feed publishes them, newest first: what a subscriber sees on opening it.
import type { Prisma } from "../db/generated/client.ts";
import type { Operation } from "../operation.ts";
import { attemptShown, attemptShownSelect } from "./attempt-shown.ts";
import type { AttemptRecorded } from "./live-events.ts";

/** Most attempts a subscriber may ask to see from before it subscribed. */
export const MAX_RECENT_ATTEMPTS = 200;

export interface AttemptFeedFilter {
  destinationId?: string | null;
  webhookId?: string | null;
  eventType?: string | null;
  succeeded?: boolean | null;
}

export async function recentAttempts(op: Operation, filter: AttemptFeedFilter, count: number): Promise<AttemptRecorded[]> {
  const delivery: Prisma.DeliveryWhereInput = {
    ...(filter.webhookId && { webhookId: filter.webhookId }),
    ...(filter.eventType && { eventType: filter.eventType }),
  };
  const rows = await op.db.attempt.findMany({
    where: {
      ...(filter.destinationId && { destinationId: filter.destinationId }),
      ...(filter.succeeded != null && { succeeded: filter.succeeded }),
      ...(Object.keys(delivery).length > 0 && { delivery }),
    },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: count,
    select: attemptShownSelect,
  });
  return rows.map((row) => ({
    organizationId: row.organizationId,
    attemptId: row.id,
    deliveryId: row.deliveryId,
    destinationId: row.destinationId,
    webhookId: row.delivery.webhookId,
    eventType: row.delivery.eventType,
    succeeded: row.succeeded,
    // Recorded when its answer came.
    recordedAt: row.sentAt.getTime() + row.durationMs,
    // The delivery as it stands now, not as it stood after this attempt: what a read from the database would show.
    shown: attemptShown(row, row.delivery, row.delivery.destination),
  }));
}
