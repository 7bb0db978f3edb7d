// A destination's health after each attempt: a success resets it; failures
// open a circuit breaker (so one dead receiver cannot take the workers' time
// from healthy ones) and, after days without a success, disable it.
//
// The rules are written as SQL: the update is one step of the statement that
// records an attempt (see record-attempt.ts), and it reads the destination's
// counters under the row lock, so concurrent attempts to one destination
// count every failure.
import { Prisma, type Destination } from "../db/generated/client.ts";

export const CIRCUIT_BREAKER_THRESHOLD = 10;
export const CIRCUIT_COOLDOWN_MS = 60_000;
export const CIRCUIT_MAX_COOLDOWN_MS = 30 * 60_000;
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;
/**
 * A success on a destination that is already healthy only moves
 * `lastSuccessAt` on, and does so at most once per this many ms: a busy
 * destination's row is not rewritten by every delivery (each a lock and a
 * new row version) to move a "last success" time shown to the second.
 */
export const LAST_SUCCESS_RESOLUTION_MS = 1000;

export const GONE_REASON = "The endpoint answered 410 Gone.";
export const STALE_REASON = "No successful delivery for 5 days.";

export type HealthOutcome = { kind: "success" } | { kind: "failure" } | { kind: "gone" };

export interface HealthChange {
  /** The destination after the attempt; null when it did not change (a success on a healthy destination). */
  destination: Destination | null;
  /** Set when this attempt made Switchyard disable the destination. */
  disabledReason?: string;
}

/** Cooldown doubles with each further failure past the threshold, up to 30 minutes. */
export function circuitCooldownMs(consecutiveFailures: number): number {
  const extra = Math.max(0, consecutiveFailures - CIRCUIT_BREAKER_THRESHOLD);
  return Math.min(CIRCUIT_MAX_COOLDOWN_MS, CIRCUIT_COOLDOWN_MS * 2 ** Math.min(extra, 20));
}

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
    SET "consecutiveFailures" = 0, "failingSince" = NULL, "circuitOpenUntil" = NULL, "lastSuccessAt" = s."successAt", "updatedAt" = s."successAt"
    FROM (SELECT "destinationId", max(now) AS "successAt" FROM ${input} GROUP BY "destinationId") s
    WHERE dst.id = s."destinationId" AND dst.id = ANY(${destinationIds}::text[])
      AND (dst."consecutiveFailures" <> 0 OR dst."failingSince" IS NOT NULL OR dst."circuitOpenUntil" IS NOT NULL
           OR dst."lastSuccessAt" IS NULL OR dst."lastSuccessAt" <= s."successAt" - ${LAST_SUCCESS_RESOLUTION_MS}::int * interval '1 millisecond')
    RETURNING dst.*, dst.state AS "previousState"`;
}

/**
 * A data-modifying CTE body that applies a failed attempt to the destination
 * and returns its new row plus `previousState`: `circuitCooldownMs` and the
 * disabling rules, in SQL.
 */
export function failureHealthUpdate(destinationId: string, outcome: Exclude<HealthOutcome, { kind: "success" }>, now: Date): Prisma.Sql {
  // `old` is the row as locked by this statement: what the attempt found, for `previousState`.
  const failures = Prisma.sql`(old."consecutiveFailures" + 1)`;
  const disabledReason = Prisma.sql`CASE
      WHEN old.state <> 'ACTIVE' THEN NULL
      WHEN ${outcome.kind === "gone"}::boolean THEN ${GONE_REASON}
      WHEN ${now}::timestamptz - COALESCE(old."failingSince", ${now}::timestamptz) >= ${DISABLE_AFTER_MS}::int * interval '1 millisecond' THEN ${STALE_REASON}
    END`;
  return Prisma.sql`
    UPDATE "Destination" dst
    SET "consecutiveFailures" = ${failures},
        "failingSince" = COALESCE(old."failingSince", ${now}::timestamptz),
        "circuitOpenUntil" = CASE WHEN ${failures} >= ${CIRCUIT_BREAKER_THRESHOLD}::int
          THEN ${now}::timestamptz + LEAST(${CIRCUIT_MAX_COOLDOWN_MS}::float8, ${CIRCUIT_COOLDOWN_MS}::float8 * power(2, LEAST(GREATEST(0, ${failures} - ${CIRCUIT_BREAKER_THRESHOLD}::int), 20))) * interval '1 millisecond'
          ELSE old."circuitOpenUntil" END,
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
