// A destination's success rate and latency over time, bucketed, for charts.
import { ValidationError } from "../errors.ts";
import type { Operation } from "../operation.ts";
import { organization, tenantSql } from "../tenancy/tenant-db.ts";

export interface StatsBucket {
  start: Date;
  attempts: number;
  succeeded: number;
  p50DurationMs: number | null;
  p95DurationMs: number | null;
}

const MAX_BUCKETS = 500;

export async function destinationStats(
  op: Operation,
  destinationId: string,
  range: { since: Date; until: Date; bucketMinutes: number },
): Promise<StatsBucket[]> {
  const { since, until, bucketMinutes } = range;
  if (!Number.isInteger(bucketMinutes) || bucketMinutes < 1 || bucketMinutes > 1440) {
    throw ValidationError.field(["bucketMinutes"], "Buckets are 1 to 1440 minutes.");
  }
  if (until <= since) throw ValidationError.field(["until"], "`until` must be after `since`.");
  if ((until.getTime() - since.getTime()) / (bucketMinutes * 60_000) > MAX_BUCKETS) {
    throw ValidationError.field(["bucketMinutes"], `At most ${MAX_BUCKETS} buckets: choose larger buckets or a shorter range.`);
  }
  const seconds = bucketMinutes * 60;
  const rows = await op.db.$queryRaw<
    { start: Date; attempts: number; succeeded: number; p50: number | null; p95: number | null }[]
  >(tenantSql`
    SELECT to_timestamp(floor(extract(epoch FROM "sentAt") / ${seconds}) * ${seconds}) AS start,
           count(*)::int AS attempts,
           (count(*) FILTER (WHERE succeeded))::int AS succeeded,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "durationMs") AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY "durationMs") AS p95
    FROM "Attempt"
    WHERE "organizationId" = ${organization} AND "destinationId" = ${destinationId}
      AND "sentAt" >= ${since} AND "sentAt" < ${until}
    GROUP BY 1 ORDER BY 1`);
  return rows.map((row) => ({
    start: new Date(row.start),
    attempts: row.attempts,
    succeeded: row.succeeded,
    p50DurationMs: row.p50 === null ? null : Math.round(Number(row.p50)),
    p95DurationMs: row.p95 === null ? null : Math.round(Number(row.p95)),
  }));
}
