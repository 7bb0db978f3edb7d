// A destination's health after each attempt: a success resets it; failures
// open a circuit breaker (so one dead receiver cannot take the workers' time
// from healthy ones) and, after days without a success, disable it.
import type { Db } from "../db/database.ts";
import type { Destination } from "../db/generated/client.ts";

export const CIRCUIT_BREAKER_THRESHOLD = 10;
export const CIRCUIT_COOLDOWN_MS = 60_000;
export const CIRCUIT_MAX_COOLDOWN_MS = 30 * 60_000;
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;

export type HealthOutcome = { kind: "success" } | { kind: "failure" } | { kind: "gone" };

export interface HealthChange {
  destination: Destination;
  /** Set when this attempt made Switchyard disable the destination. */
  disabledReason?: string;
}

/** Cooldown doubles with each further failure past the threshold, up to 30 minutes. */
export function circuitCooldownMs(consecutiveFailures: number): number {
  const extra = Math.max(0, consecutiveFailures - CIRCUIT_BREAKER_THRESHOLD);
  return Math.min(CIRCUIT_MAX_COOLDOWN_MS, CIRCUIT_COOLDOWN_MS * 2 ** Math.min(extra, 20));
}

export async function recordDestinationHealth(db: Db, destinationId: string, outcome: HealthOutcome, now: Date): Promise<HealthChange> {
  if (outcome.kind === "success") {
    const destination = await db.destination.update({
      where: { id: destinationId },
      data: { consecutiveFailures: 0, failingSince: null, circuitOpenUntil: null, lastSuccessAt: now },
    });
    return { destination };
  }
  const failed = await db.destination.update({
    where: { id: destinationId },
    data: { consecutiveFailures: { increment: 1 } },
  });
  const failingSince = failed.failingSince ?? now;
  let disabledReason: string | undefined;
  if (failed.state === "ACTIVE") {
    if (outcome.kind === "gone") disabledReason = "The endpoint answered 410 Gone.";
    else if (now.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS) disabledReason = "No successful delivery for 5 days.";
  }
  const destination = await db.destination.update({
    where: { id: destinationId },
    data: {
      failingSince,
      circuitOpenUntil:
        failed.consecutiveFailures >= CIRCUIT_BREAKER_THRESHOLD ? new Date(now.getTime() + circuitCooldownMs(failed.consecutiveFailures)) : undefined,
      ...(disabledReason && { state: "DISABLED" as const, disabledReason, disabledAt: now }),
    },
  });
  return { destination, disabledReason };
}
