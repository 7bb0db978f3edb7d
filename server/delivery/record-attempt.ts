// Records one attempt (for a delivery, or a batch of one webhook's
// deliveries) in a single statement: each delivery's attempt count and next
// state, the attempts themselves, and the destination's health. One
// statement is one atomic step, as the transaction it replaces was, at a
// fraction of the cost: no BEGIN/COMMIT round trips, and no query for Prisma
// to compile per row.
import { Prisma, type Attempt, type AttemptErrorCode, type AttemptTrigger, type Delivery, type DeliveryStatus, type Destination } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import { columnsOf, splitRow } from "./claim.ts";
import { destinationHealthUpdate, healthChange, type HealthChange, type HealthOutcome } from "./destination-health.ts";

export interface AttemptedDelivery {
  id: string;
  attemptId: string;
  /** The batch's first attempt, which keeps the request body; null on that one. */
  batchLeaderId: string | null;
  requestBody: string | null;
  /** The delivery's scheduled attempts, this one included when scheduled. */
  scheduledAttempts: number;
  /** The delivery's next state; null leaves status, nextAttemptAt and completedAt as they are (a failed manual attempt). */
  status: DeliveryStatus | null;
  nextAttemptAt: Date | null;
}

export interface AttemptRecord {
  trigger: AttemptTrigger;
  /** The worker whose lease a scheduled attempt needs: a late answer after another worker took over moves nothing. */
  workerId?: string;
  destinationId: string;
  health: HealthOutcome;
  sentAt: Date;
  now: Date;
  succeeded: boolean;
  durationMs: number;
  url: string;
  /** Redacted. */
  requestHeaders: Record<string, string>;
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  responseBodyTruncated: boolean;
  error?: { code: AttemptErrorCode; message: string };
  deliveries: AttemptedDelivery[];
}

export interface RecordedAttempt {
  attempts: Attempt[];
  /** Each delivery as it stands after the attempt (moved on, or only counted when the lease was lost). */
  deliveries: Delivery[];
  health: HealthChange;
}

const deliveryColumns = Object.values(Prisma.DeliveryScalarFieldEnum);
const attemptColumns = Object.values(Prisma.AttemptScalarFieldEnum);
const healthColumns = [...Object.values(Prisma.DestinationScalarFieldEnum), "previousState"];
const resultColumns = Prisma.join([columnsOf("m", deliveryColumns), columnsOf("a", attemptColumns), columnsOf("h", healthColumns)]);

export async function recordAttempt(db: Db, record: AttemptRecord): Promise<RecordedAttempt> {
  const scheduled = record.trigger === "SCHEDULED";
  // Does this attempt still own the delivery? Evaluated on the row as locked by the update.
  const holds = Prisma.sql`(NOT ${scheduled}::boolean OR (d.status = 'SENDING' AND d."leasedBy" = ${record.workerId ?? null}::text))`;
  const moves = Prisma.sql`(${holds} AND v.status IS NOT NULL)`;
  const input = JSON.stringify(record.deliveries);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${input}::jsonb) AS v(
        id text, "attemptId" text, "batchLeaderId" text, "requestBody" text, "scheduledAttempts" int, status text, "nextAttemptAt" timestamptz)
    ),
    moved AS (
      UPDATE "Delivery" d SET
        "attemptCount" = d."attemptCount" + 1,
        "updatedAt" = ${record.now},
        "lastAttemptAt" = CASE WHEN ${holds} THEN ${record.sentAt}::timestamptz ELSE d."lastAttemptAt" END,
        "lastStatusCode" = CASE WHEN ${holds} THEN ${record.responseStatus}::int ELSE d."lastStatusCode" END,
        "lastError" = CASE WHEN ${holds} THEN ${record.error?.message ?? null}::text ELSE d."lastError" END,
        "scheduledAttempts" = CASE WHEN ${holds} THEN v."scheduledAttempts" ELSE d."scheduledAttempts" END,
        status = CASE WHEN ${moves} THEN v.status::"DeliveryStatus" ELSE d.status END,
        "nextAttemptAt" = CASE WHEN ${moves} THEN v."nextAttemptAt" ELSE d."nextAttemptAt" END,
        "completedAt" = CASE WHEN ${moves} AND v.status IN ('SUCCEEDED', 'FAILED') THEN ${record.now}::timestamptz ELSE d."completedAt" END,
        "leasedBy" = CASE WHEN ${holds} AND ${scheduled}::boolean THEN NULL ELSE d."leasedBy" END,
        "leaseUntil" = CASE WHEN ${holds} AND ${scheduled}::boolean THEN NULL ELSE d."leaseUntil" END
      FROM input v
      WHERE d.id = v.id
      RETURNING d.*
    ),
    inserted AS (
      INSERT INTO "Attempt" ("id", "organizationId", "deliveryId", "destinationId", "eventId", "number", "trigger", "succeeded", "sentAt",
        "durationMs", "url", "requestHeaders", "requestBody", "batchLeaderId", "responseStatus", "responseHeaders", "responseBody",
        "responseBodyTruncated", "errorCode", "errorMessage")
      SELECT v."attemptId", m."organizationId", m.id, m."destinationId", m."eventId", m."attemptCount", ${record.trigger}::"AttemptTrigger",
        ${record.succeeded}::boolean, ${record.sentAt}::timestamptz, ${record.durationMs}::int, ${record.url}::text,
        ${JSON.stringify(record.requestHeaders)}::jsonb, v."requestBody", v."batchLeaderId", ${record.responseStatus}::int,
        ${record.responseHeaders === null ? null : JSON.stringify(record.responseHeaders)}::jsonb, ${record.responseBody}::text,
        ${record.responseBodyTruncated}::boolean, ${record.error?.code ?? null}::"AttemptErrorCode", ${record.error?.message ?? null}::text
      FROM moved m JOIN input v ON v.id = m.id
      RETURNING *
    ),
    health AS (${destinationHealthUpdate(record.destinationId, record.health, record.now)})
    SELECT ${resultColumns}
    FROM (SELECT 1) one
    LEFT JOIN health h ON true
    LEFT JOIN (moved m JOIN inserted a ON a."deliveryId" = m.id) ON true`;

  const order = new Map(record.deliveries.map((d, index) => [d.id, index]));
  const parts = rows.map(splitRow).filter((part) => part.m.id !== null);
  parts.sort((x, y) => order.get(x.m.id as string)! - order.get(y.m.id as string)!);
  return {
    attempts: parts.map((part) => part.a as Attempt),
    deliveries: parts.map((part) => part.m as Delivery),
    health: healthChange(rows[0]?.["h.id"] == null ? undefined : (splitRow(rows[0]).h as Destination & { previousState: string })),
  };
}
