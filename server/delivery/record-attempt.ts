// Records attempts in a single statement: each delivery's attempt count and
// next state, the attempts themselves, and the destinations' health. One
// statement is one atomic step, as the transaction it replaces was, at a
// fraction of the cost: no BEGIN/COMMIT round trips, and no query for Prisma
// to compile per row.
//
// The statement's cost hardly depends on how many attempts it carries (on
// the embedded database ~3.8 ms for one, ~4.4 ms for ten), so the worker's
// recorder groups the successful attempts that finish while a statement is
// running into the next one (group commit; see createAttemptRecorder).
import {
  Prisma,
  type Attempt,
  type AttemptErrorCode,
  type AttemptTrigger,
  type BodyEncoding,
  type Delivery,
  type DeliveryStatus,
  type Destination,
} from "../db/generated/client.ts";
import type { RawQuery } from "../db/database.ts";
import { columnsOf, splitRow } from "../db/aliased-columns.ts";
import { failureHealthUpdate, healthChange, successHealthUpdate, type HealthChange } from "./destination-health.ts";
import type { HealthOutcome } from "./delivery-policy.ts";
import { storableText } from "./stored-response.ts";

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

/** One request's attempt: for one delivery, or a batch of one webhook's deliveries. */
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
  /** As stored-response.ts made them storable. */
  responseHeaders: Record<string, string> | null;
  omittedHeaderCount: number;
  responseBody: string | null;
  responseBodyEncoding: BodyEncoding;
  responseBodyTruncated: boolean;
  /** Null code: nothing went wrong with the request, but something is worth saying (an attempt recorded without its response). */
  error?: { code: AttemptErrorCode | null; message: string };
  deliveries: AttemptedDelivery[];
}

export interface RecordedAttempt {
  attempts: Attempt[];
  /** Each delivery as it stands after the attempt (moved on, or only counted when the lease was lost). */
  deliveries: Delivery[];
  health: HealthChange;
}

const deliveryColumns = Object.values(Prisma.DeliveryScalarFieldEnum);
const healthColumns = [...Object.values(Prisma.DestinationScalarFieldEnum), "previousState"];
// The attempts themselves are not read back: every column but their delivery's is what the statement was given (see attemptOf).
const resultColumns = Prisma.join([columnsOf("m", deliveryColumns), columnsOf("a", ["id"]), columnsOf("h", healthColumns)]);

/** Several records in one statement only when all are successes (their health updates then merge per destination). */
function groupable(records: AttemptRecord[]): boolean {
  return records.length === 1 || records.every((record) => record.health.kind === "success");
}

/** The statement, on its own (for EXPLAIN and benchmarks). */
export function recordAttemptsStatement(records: AttemptRecord[]): Prisma.Sql {
  if (records.length === 0 || !groupable(records)) throw new Error("records of failed attempts are recorded one at a time");
  // Everything per delivery travels as one JSON parameter.
  const input = records.flatMap((record) =>
    record.deliveries.map((delivery) => ({
      ...delivery,
      trigger: record.trigger,
      workerId: record.workerId ?? null,
      destinationId: record.destinationId,
      sentAt: record.sentAt,
      now: record.now,
      succeeded: record.succeeded,
      durationMs: record.durationMs,
      url: record.url,
      requestHeaders: record.requestHeaders,
      responseStatus: record.responseStatus,
      responseHeaders: record.responseHeaders,
      omittedHeaderCount: record.omittedHeaderCount,
      responseBody: record.responseBody,
      responseBodyEncoding: record.responseBodyEncoding,
      responseBodyTruncated: record.responseBodyTruncated,
      errorCode: record.error?.code ?? null,
      // Error messages may quote what a receiver sent.
      errorMessage: record.error ? storableText(record.error.message) : null,
    })),
  );
  const ids = input.map((row) => row.id);
  // Does this attempt still own the delivery? Evaluated on the row as locked by the update.
  const holds = Prisma.sql`(v.trigger <> 'SCHEDULED' OR (d.status = 'SENDING' AND d."leasedBy" = v."workerId"))`;
  const moves = Prisma.sql`(${holds} AND v.status IS NOT NULL)`;
  const releases = Prisma.sql`(${holds} AND v.trigger = 'SCHEDULED')`;
  const health =
    records.length === 1 && records[0].health.kind !== "success"
      ? failureHealthUpdate(records[0].destinationId, records[0].health, records[0].sentAt, records[0].now)
      : successHealthUpdate(Prisma.sql`input`, [...new Set(records.map((record) => record.destinationId))]);
  return Prisma.sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS v(
        id text, "attemptId" text, "batchLeaderId" text, "requestBody" text, "scheduledAttempts" int, status text, "nextAttemptAt" timestamptz,
        trigger text, "workerId" text, "destinationId" text, "sentAt" timestamptz, now timestamptz, succeeded boolean, "durationMs" int,
        url text, "requestHeaders" jsonb, "responseStatus" int, "responseHeaders" jsonb, "omittedHeaderCount" int, "responseBody" text,
        "responseBodyEncoding" text, "responseBodyTruncated" boolean,
        "errorCode" text, "errorMessage" text)
    ),
    moved AS (
      UPDATE "Delivery" d SET
        "attemptCount" = d."attemptCount" + 1,
        "updatedAt" = v.now,
        "lastAttemptAt" = CASE WHEN ${holds} THEN v."sentAt" ELSE d."lastAttemptAt" END,
        "lastStatusCode" = CASE WHEN ${holds} THEN v."responseStatus" ELSE d."lastStatusCode" END,
        "lastError" = CASE WHEN ${holds} THEN v."errorMessage" ELSE d."lastError" END,
        "scheduledAttempts" = CASE WHEN ${holds} THEN v."scheduledAttempts" ELSE d."scheduledAttempts" END,
        "expiredLeases" = CASE WHEN ${holds} THEN 0 ELSE d."expiredLeases" END,
        status = CASE WHEN ${moves} THEN v.status::"DeliveryStatus" ELSE d.status END,
        "nextAttemptAt" = CASE WHEN ${moves} THEN v."nextAttemptAt" ELSE d."nextAttemptAt" END,
        "completedAt" = CASE WHEN ${moves} AND v.status IN ('SUCCEEDED', 'FAILED') THEN v.now ELSE d."completedAt" END,
        "leasedBy" = CASE WHEN ${releases} THEN NULL ELSE d."leasedBy" END,
        "leaseUntil" = CASE WHEN ${releases} THEN NULL ELSE d."leaseUntil" END
      FROM input v
      -- The id list lets the planner use the primary key (it cannot tell how many rows the JSON holds).
      WHERE d.id = v.id AND d.id = ANY(${ids}::text[])
      RETURNING d.*
    ),
    inserted AS (
      INSERT INTO "Attempt" ("id", "organizationId", "deliveryId", "destinationId", "eventId", "number", "trigger", "succeeded", "sentAt",
        "durationMs", "url", "requestHeaders", "requestBody", "batchLeaderId", "responseStatus", "responseHeaders", "omittedHeaderCount",
        "responseBody", "responseBodyEncoding", "responseBodyTruncated", "errorCode", "errorMessage")
      SELECT v."attemptId", m."organizationId", m.id, m."destinationId", m."eventId", m."attemptCount", v.trigger::"AttemptTrigger",
        v.succeeded, v."sentAt", v."durationMs", v.url, v."requestHeaders", v."requestBody", v."batchLeaderId", v."responseStatus",
        v."responseHeaders", v."omittedHeaderCount", v."responseBody", v."responseBodyEncoding"::"BodyEncoding", v."responseBodyTruncated",
        v."errorCode"::"AttemptErrorCode", v."errorMessage"
      FROM moved m JOIN input v ON v.id = m.id
      RETURNING id, "deliveryId"
    ),
    health AS (${health})
    SELECT ${resultColumns}
    FROM (moved m JOIN inserted a ON a."deliveryId" = m.id)
    FULL JOIN health h ON h.id = m."destinationId"`;
}

/** The attempt as the statement inserted it: from its record and its delivery's row after the update. */
function attemptOf(record: AttemptRecord, delivery: AttemptedDelivery, moved: Delivery): Attempt {
  return {
    id: delivery.attemptId,
    organizationId: moved.organizationId,
    deliveryId: moved.id,
    destinationId: moved.destinationId,
    eventId: moved.eventId,
    number: moved.attemptCount,
    trigger: record.trigger,
    succeeded: record.succeeded,
    sentAt: record.sentAt,
    durationMs: record.durationMs,
    url: record.url,
    requestHeaders: record.requestHeaders,
    requestBody: delivery.requestBody,
    batchLeaderId: delivery.batchLeaderId,
    responseStatus: record.responseStatus,
    responseHeaders: record.responseHeaders,
    omittedHeaderCount: record.omittedHeaderCount,
    responseBody: record.responseBody,
    responseBodyEncoding: record.responseBodyEncoding,
    responseBodyTruncated: record.responseBodyTruncated,
    errorCode: record.error?.code ?? null,
    errorMessage: record.error ? storableText(record.error.message) : null,
  };
}

/** Records attempts in one statement; the results in the order of `records`. */
export async function recordAttempts(query: RawQuery, records: AttemptRecord[]): Promise<RecordedAttempt[]> {
  const rows = (await query(recordAttemptsStatement(records))).map(splitRow);
  const byDelivery = new Map(rows.filter((row) => row.m.id !== null).map((row) => [row.m.id as string, row.m as Delivery]));
  const byDestination = new Map(rows.filter((row) => row.h.id !== null).map((row) => [row.h.id as string, row.h]));
  return records.map((record) => {
    const found = record.deliveries.flatMap((delivery) => {
      const moved = byDelivery.get(delivery.id);
      return moved ? [{ delivery: moved, attempt: attemptOf(record, delivery, moved) }] : [];
    });
    return {
      attempts: found.map((row) => row.attempt),
      deliveries: found.map((row) => row.delivery),
      health: healthChange(byDestination.get(record.destinationId) as (Destination & { previousState: string }) | undefined),
    };
  });
}

export async function recordAttempt(query: RawQuery, record: AttemptRecord): Promise<RecordedAttempt> {
  return (await recordAttempts(query, [record]))[0];
}

export interface AttemptRecorder {
  record(record: AttemptRecord): Promise<RecordedAttempt>;
}

/** Records every attempt on its own (manual attempts, tests). */
export const directRecorder = (query: RawQuery): AttemptRecorder => ({ record: (record) => recordAttempt(query, record) });

/** Most attempts in one statement. */
export const MAX_GROUP = 64;

/**
 * Group commit: a successful attempt is recorded with the others that
 * finished in the same turn of the event loop, or, while a statement runs,
 * with every other one that finished meanwhile, in the next statement.
 * Nothing waits on a timer, so a lone attempt is recorded as fast as before. Failed attempts (whose health updates must apply one after
 * the other) are recorded on their own. When a group's statement fails, each
 * attempt of it is tried alone, so one bad record cannot take the others with
 * it.
 */
export function createAttemptRecorder(query: RawQuery): AttemptRecorder {
  const queue: { record: AttemptRecord; resolve: (result: RecordedAttempt) => void; reject: (error: unknown) => void }[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) {
        const group = queue.splice(0, MAX_GROUP);
        try {
          const results = await recordAttempts(
            query,
            group.map((item) => item.record),
          );
          group.forEach((item, index) => item.resolve(results[index]));
        } catch (error) {
          if (group.length === 1) {
            group[0].reject(error);
            continue;
          }
          for (const item of group) await recordAttempt(query, item.record).then(item.resolve, item.reject);
        }
      }
    } finally {
      flushing = false;
    }
  }

  return {
    record(record) {
      if (record.health.kind !== "success") return recordAttempt(query, record);
      return new Promise<RecordedAttempt>((resolve, reject) => {
        queue.push({ record, resolve, reject });
        if (flushing) return;
        flushing = true;
        // On the next turn of the event loop: the answers that arrived together are recorded together.
        setImmediate(() => void flush());
      });
    },
  };
}
