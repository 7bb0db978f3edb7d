// A destination's health after each attempt: a success resets it; failures
// open a circuit breaker (so one dead receiver cannot take the workers' time
// from healthy ones) and, after days without a success, disable it.
//
// The circuit, as an operator sees it:
// - CLOSED: deliveries flow. Each failure counts, except failures of
//   requests sent before the last failure was recorded: those were in flight
//   together (one outage, say a receiver restarting) and count once.
// - OPEN after 10 counted failures in a row: nothing is claimed for it until
//   `circuitOpenUntil` (1 minute the first time).
// - HALF_OPEN once the cooldown is over: a single probe request is claimed
//   (across all workers). Its success closes the circuit; its failure opens
//   it again for twice as long, up to 30 minutes.
//
// The rules' constants and the cooldown are the delivery policy's
// (delivery-policy.ts); here they are written as SQL: the update is one step
// of the statement that records an attempt (see record-attempt.ts), and it reads the destination's
// counters under the row lock, so concurrent attempts to one destination
// are each applied to what the previous one left.
import { Prisma, type Destination } from "../db/generated/client.ts";
import {
  CIRCUIT_BREAKER_THRESHOLD,
  CIRCUIT_COOLDOWN_MS,
  CIRCUIT_MAX_COOLDOWN_MS,
  DISABLE_AFTER_MS,
  GONE_REASON,
  STALE_REASON,
  type HealthOutcome,
} from "./delivery-policy.ts";

/**
 * A success on a destination that is already healthy only moves
 * `lastSuccessAt` on, and does so at most once per this many ms: a busy
 * destination's row is not rewritten by every delivery (each a lock and a
 * new row version) to move a "last success" time shown to the second.
 */
export const LAST_SUCCESS_RESOLUTION_MS = 1000;

export type CircuitState = "CLOSED" | "OPEN" | "HALF_OPEN";

export interface HealthChange {
  /** The destination after the attempt; null when it did not change (a success on a healthy destination). */
  destination: Destination | null;
  /** Set when this attempt made Switchyard disable the destination. */
  disabledReason?: string;
}

export function circuitState(destination: Pick<Destination, "circuitOpenUntil" | "circuitProbeAt">, now: Date): CircuitState {
  if (!destination.circuitOpenUntil) return "CLOSED";
  if (destination.circuitProbeAt || destination.circuitOpenUntil <= now) return "HALF_OPEN";
  return "OPEN";
}

/** The columns a closed circuit has: after a success, or when an operator closes it. */
export const closedCircuit = {
  consecutiveFailures: 0,
  failingSince: null,
  lastFailureAt: null,
  circuitOpenUntil: null,
  circuitOpenedAt: null,
  circuitOpenings: 0,
  circuitProbeAt: null,
} as const;

/**
 * A data-modifying CTE body for successes: resets the health of each
 * destination in `input` (a relation with "destinationId" and now; their
 * ids in `destinationIds`, so that the planner knows how few they are), and
 * returns the changed rows plus `previousState`. A destination that was
 * already healthy is left alone unless its lastSuccessAt is older than
 * LAST_SUCCESS_RESOLUTION_MS.
 */
export function successHealthUpdate(input: Prisma.Sql, destinationIds: string[]): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Destination" dst
    SET "consecutiveFailures" = 0, "failingSince" = NULL, "lastFailureAt" = NULL, "circuitOpenUntil" = NULL, "circuitOpenedAt" = NULL,
        "circuitOpenings" = 0, "circuitProbeAt" = NULL, "lastSuccessAt" = s."successAt", "updatedAt" = s."successAt"
    FROM (SELECT "destinationId", max(now) AS "successAt" FROM ${input} GROUP BY "destinationId") s
    WHERE dst.id = s."destinationId" AND dst.id = ANY(${destinationIds}::text[])
      AND (dst."consecutiveFailures" <> 0 OR dst."failingSince" IS NOT NULL OR dst."circuitOpenUntil" IS NOT NULL
           OR dst."lastSuccessAt" IS NULL OR dst."lastSuccessAt" <= s."successAt" - ${LAST_SUCCESS_RESOLUTION_MS}::int * interval '1 millisecond')
    RETURNING dst.*, dst.state AS "previousState"`;
}

/** delivery-policy.ts's `circuitCooldownMs(openings)` in SQL, from the same constants. */
function cooldownSql(openings: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEAST(${CIRCUIT_MAX_COOLDOWN_MS}::float8, ${CIRCUIT_COOLDOWN_MS}::float8 * power(2, LEAST(GREATEST(0, ${openings} - 1), 20))) * interval '1 millisecond'`;
}

/**
 * A data-modifying CTE body that applies a failed attempt (its request sent
 * at `sentAt`) to the destination and returns its new row plus
 * `previousState`: the circuit and the disabling rules above, in SQL.
 */
export function failureHealthUpdate(
  destinationId: string,
  outcome: Exclude<HealthOutcome, { kind: "success" }>,
  sentAt: Date,
  now: Date,
): Prisma.Sql {
  // `old` is the row as locked by this statement: what the attempt found, for `previousState`.
  const open = Prisma.sql`(old."circuitOpenUntil" IS NOT NULL)`;
  // While open, only the probe (or an operator's re-send) is sent after it opened; earlier requests were in flight when it did.
  const probeFailed = Prisma.sql`(${open} AND ${sentAt}::timestamptz > old."circuitOpenedAt")`;
  const counts = Prisma.sql`(NOT ${open} AND (old."lastFailureAt" IS NULL OR ${sentAt}::timestamptz > old."lastFailureAt"))`;
  const failures = Prisma.sql`(old."consecutiveFailures" + CASE WHEN ${counts} OR ${probeFailed} THEN 1 ELSE 0 END)`;
  const opens = Prisma.sql`(${counts} AND ${failures} >= ${CIRCUIT_BREAKER_THRESHOLD}::int)`;
  const openings = Prisma.sql`(CASE WHEN ${opens} THEN 1 WHEN ${probeFailed} THEN old."circuitOpenings" + 1 ELSE old."circuitOpenings" END)`;
  const disabledReason = Prisma.sql`CASE
      WHEN old.state <> 'ACTIVE' THEN NULL
      WHEN ${outcome.kind === "gone"}::boolean THEN ${GONE_REASON}
      WHEN ${now}::timestamptz - COALESCE(old."failingSince", ${now}::timestamptz) >= ${DISABLE_AFTER_MS}::int * interval '1 millisecond' THEN ${STALE_REASON}
    END`;
  return Prisma.sql`
    UPDATE "Destination" dst
    SET "consecutiveFailures" = ${failures},
        "failingSince" = COALESCE(old."failingSince", ${now}::timestamptz),
        "lastFailureAt" = GREATEST(old."lastFailureAt", ${now}::timestamptz),
        "circuitOpenings" = ${openings},
        "circuitOpenedAt" = CASE WHEN ${opens} OR ${probeFailed} THEN ${now}::timestamptz ELSE old."circuitOpenedAt" END,
        "circuitOpenUntil" = CASE WHEN ${opens} OR ${probeFailed} THEN ${now}::timestamptz + ${cooldownSql(openings)} ELSE old."circuitOpenUntil" END,
        "circuitProbeAt" = CASE WHEN ${probeFailed} THEN NULL ELSE old."circuitProbeAt" END,
        state = CASE WHEN ${disabledReason} IS NULL THEN old.state ELSE 'DISABLED' END,
        "disabledReason" = COALESCE(${disabledReason}, old."disabledReason"),
        "disabledAt" = CASE WHEN ${disabledReason} IS NULL THEN old."disabledAt" ELSE ${now}::timestamptz END,
        "updatedAt" = ${now}
    FROM (SELECT * FROM "Destination" WHERE id = ${destinationId} FOR UPDATE) old
    WHERE dst.id = old.id
    RETURNING dst.*, old.state AS "previousState"`;
}

/** What the health update returned (a `Destination` row plus `previousState`), as a HealthChange. */
export function healthChange(row: (Destination & { previousState: string }) | undefined): HealthChange {
  if (!row) return { destination: null };
  const { previousState, ...destination } = row;
  const disabledNow = previousState === "ACTIVE" && destination.state === "DISABLED";
  return { destination, ...(disabledNow && { disabledReason: destination.disabledReason ?? undefined }) };
}
