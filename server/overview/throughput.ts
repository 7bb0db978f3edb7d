// Attempts, successes and latency of an organization over a window, per
// bucket and in total, read from the per-minute counts ("AttemptMinute")
// rather than the attempts: a day is at most 1,440 minutes × a few latency
// buckets, however many millions of attempts it had.
import type { Operation } from "../operation.ts";
import { organization, tenantSql } from "../tenancy/tenant-db.ts";
import { percentileOf } from "./latency-histogram.ts";

export interface ThroughputBucket {
  start: Date;
  attempts: number;
  succeeded: number;
  p50DurationMs: number | null;
  p95DurationMs: number | null;
}

export interface Throughput extends Omit<ThroughputBucket, "start"> {
  since: Date;
  until: Date;
  bucketMinutes: number;
  /** Oldest first; every bucket of the window, empty ones included. */
  buckets: ThroughputBucket[];
}

function summed(histogram: Map<number, { attempts: number; succeeded: number }>) {
  const counts = new Map([...histogram].map(([bucket, row]) => [bucket, row.attempts]));
  let attempts = 0;
  let succeeded = 0;
  for (const row of histogram.values()) {
    attempts += row.attempts;
    succeeded += row.succeeded;
  }
  return { attempts, succeeded, p50DurationMs: percentileOf(counts, 0.5), p95DurationMs: percentileOf(counts, 0.95) };
}

/** The last `buckets` buckets of `bucketMinutes` up to `now`, the current one (partly over) last. */
export async function throughput(op: Operation, now: Date, window: { bucketMinutes: number; buckets: number }): Promise<Throughput> {
  const bucketMs = window.bucketMinutes * 60_000;
  const firstStart = Math.floor(now.getTime() / bucketMs) * bucketMs - (window.buckets - 1) * bucketMs;
  const since = new Date(firstStart);
  const seconds = window.bucketMinutes * 60;
  const rows = await op.db.$queryRaw<{ start: Date; latencyBucket: number; attempts: number; succeeded: number }[]>(tenantSql`
    SELECT to_timestamp(floor(extract(epoch FROM "minute") / ${seconds}) * ${seconds}) AS start, "latencyBucket",
           sum("attempts")::int AS attempts, sum("succeeded")::int AS succeeded
    FROM "AttemptMinute"
    WHERE "organizationId" = ${organization} AND "minute" >= ${since} AND "minute" <= ${now}
    GROUP BY 1, 2`);

  const perBucket = new Map<number, Map<number, { attempts: number; succeeded: number }>>();
  const overall = new Map<number, { attempts: number; succeeded: number }>();
  for (const row of rows) {
    const start = new Date(row.start).getTime();
    let histogram = perBucket.get(start);
    if (!histogram) perBucket.set(start, (histogram = new Map()));
    histogram.set(row.latencyBucket, { attempts: row.attempts, succeeded: row.succeeded });
    const total = overall.get(row.latencyBucket) ?? { attempts: 0, succeeded: 0 };
    overall.set(row.latencyBucket, { attempts: total.attempts + row.attempts, succeeded: total.succeeded + row.succeeded });
  }
  const buckets: ThroughputBucket[] = [];
  for (let i = 0; i < window.buckets; i++) {
    const start = firstStart + i * bucketMs;
    buckets.push({ start: new Date(start), ...summed(perBucket.get(start) ?? new Map()) });
  }
  return { since, until: now, bucketMinutes: window.bucketMinutes, buckets, ...summed(overall) };
}
