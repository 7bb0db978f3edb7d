// A delivery whose lease keeps expiring with no attempt recorded (its worker
// died mid-request each time, or the attempt could not be stored) would be
// sent again at every expiry, without end and without a trace in the
// history. The claim counts those expiries (Delivery.expiredLeases, reset
// when an attempt is recorded under the lease, or a manual one); at the limit
// the delivery fails for good instead.
import type { Runtime } from "../runtime.ts";
import type { LoadedDelivery } from "./claim.ts";
import { publishDeliveryChange, raiseExhausted } from "./deliver.ts";

/** Lease expiries without a recorded attempt after which a delivery fails rather than being sent again. */
export const MAX_EXPIRED_LEASES = 3;

export const EXPIRED_LEASES_ERROR = `Its lease expired ${MAX_EXPIRED_LEASES} times with no attempt recorded (the worker stopped mid-request, or the attempt could not be stored): failed rather than sent again.`;

/**
 * Fails, among deliveries this worker has just claimed, those at the limit,
 * and returns the others to send. A failed one raises delivery.exhausted
 * like any delivery that runs out of attempts.
 */
export async function failingExpiredLeases(runtime: Runtime, workerId: string, claimed: LoadedDelivery[]): Promise<LoadedDelivery[]> {
  const exhausted = claimed.filter((d) => d.expiredLeases >= MAX_EXPIRED_LEASES);
  if (exhausted.length === 0) return claimed;
  const now = runtime.clock.now();
  const failed = await runtime.prisma.delivery.updateManyAndReturn({
    where: { id: { in: exhausted.map((d) => d.id) }, status: "SENDING", leasedBy: workerId },
    data: {
      status: "FAILED",
      lastError: EXPIRED_LEASES_ERROR,
      completedAt: now,
      nextAttemptAt: null,
      leasedBy: null,
      leaseUntil: null,
      updatedAt: now,
    },
  });
  runtime.logger.warn(
    { deliveries: failed.map((d) => d.id), expiredLeases: MAX_EXPIRED_LEASES },
    "deliveries failed: their leases kept expiring with no attempt recorded",
  );
  for (const delivery of failed) {
    runtime.metrics.deliveriesFailed(delivery.organizationId, 1);
    publishDeliveryChange(runtime, delivery);
    await raiseExhausted(
      runtime,
      exhausted.find((d) => d.id === delivery.id)!,
      delivery,
    );
  }
  return claimed.filter((d) => d.expiredLeases < MAX_EXPIRED_LEASES);
}
