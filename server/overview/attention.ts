// Destinations that need someone to look at them: disabled, paused, circuit
// open, or failing (their last attempt failed). The order puts the worst first.
import type { Prisma } from "../db/generated/client.ts";

export type AttentionReason = "DISABLED" | "CIRCUIT_OPEN" | "FAILING" | "PAUSED";

interface DestinationHealth {
  state: string;
  circuitOpenUntil: Date | null;
  consecutiveFailures: number;
}

/** Why a destination needs attention, worst first; empty when it does not. */
export function attentionReasons(destination: DestinationHealth, now: Date): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (destination.state === "DISABLED") reasons.push("DISABLED");
  if (destination.circuitOpenUntil && destination.circuitOpenUntil > now) reasons.push("CIRCUIT_OPEN");
  if (destination.consecutiveFailures > 0) reasons.push("FAILING");
  if (destination.state === "PAUSED") reasons.push("PAUSED");
  return reasons;
}

/** The same condition as `attentionReasons`, for a query (the organization is bound by the tenant handle). */
export function needingAttention(now: Date): Prisma.DestinationWhereInput {
  return { OR: [{ state: { not: "ACTIVE" } }, { circuitOpenUntil: { gt: now } }, { consecutiveFailures: { gt: 0 } }] };
}
