// Queue depth, lag and destinations needing attention, for the metrics'
// gauges. Read in one statement at most every `maxAgeMs` (scrapes in between,
// and concurrent ones, share it), and bounded: each count walks its index (of
// SCHEDULED deliveries by nextAttemptAt, or SENDING ones by leaseUntil) and stops at the cap, the
// lag is the first entry of the due index, so a scrape costs the same with a
// backlog of ten or of ten million.
import type { Db } from "../db/database.ts";
import type { Clock } from "../clock.ts";

/** Counts stop here: a gauge at this value means this many or more. */
export const QUEUE_COUNT_CAP = 10_000;
const DEFAULT_MAX_AGE_MS = 5000;

export interface QueueSnapshot {
  due: number;
  scheduled: number;
  sending: number;
  lagSeconds: number;
  destinations: { circuitOpen: number; disabled: number; paused: number };
}

export async function readQueueSnapshot(db: Db, now: Date, cap = QUEUE_COUNT_CAP): Promise<QueueSnapshot> {
  const [row] = await db.$queryRaw<
    { due: number; scheduled: number; sending: number; oldest: Date | null; circuitOpen: number; disabled: number; paused: number }[]
  >`
    SELECT
      (SELECT count(*)::int FROM (SELECT 1 FROM "Delivery" WHERE status = 'SCHEDULED' AND "nextAttemptAt" <= ${now} LIMIT ${cap}) s) AS due,
      (SELECT count(*)::int FROM (SELECT 1 FROM "Delivery" WHERE status = 'SCHEDULED' AND "nextAttemptAt" > ${now} LIMIT ${cap}) s) AS scheduled,
      (SELECT count(*)::int FROM (SELECT 1 FROM "Delivery" WHERE status = 'SENDING' LIMIT ${cap}) s) AS sending,
      (SELECT min("nextAttemptAt") FROM "Delivery" WHERE status = 'SCHEDULED' AND "nextAttemptAt" <= ${now}) AS oldest,
      -- Destinations are few (one per receiving endpoint), and only those needing attention are counted.
      (SELECT count(*)::int FROM "Destination" WHERE state = 'ACTIVE' AND "circuitOpenUntil" > ${now}) AS "circuitOpen",
      (SELECT count(*)::int FROM "Destination" WHERE state = 'DISABLED') AS disabled,
      (SELECT count(*)::int FROM "Destination" WHERE state = 'PAUSED') AS paused`;
  return {
    due: row.due,
    scheduled: row.scheduled,
    sending: row.sending,
    lagSeconds: row.oldest ? Math.max(0, (now.getTime() - new Date(row.oldest).getTime()) / 1000) : 0,
    destinations: { circuitOpen: row.circuitOpen, disabled: row.disabled, paused: row.paused },
  };
}

/** The snapshot, read again only when older than `maxAgeMs`; concurrent callers share one read. */
export function cachedQueueSnapshot(db: Db, clock: Clock, maxAgeMs = DEFAULT_MAX_AGE_MS): () => Promise<QueueSnapshot> {
  let last: { at: number; snapshot: Promise<QueueSnapshot> } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= maxAgeMs) {
      const snapshot = readQueueSnapshot(db, clock.now());
      last = { at: now, snapshot };
      // A failed read is not kept: the next scrape tries again.
      snapshot.catch(() => {
        if (last?.snapshot === snapshot) last = undefined;
      });
    }
    return last.snapshot;
  };
}
