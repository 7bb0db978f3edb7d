// A destination's stats (`destination.stats`) as chart series: one slot per
// bucket over the whole range (the API leaves empty buckets out; here they
// become gaps), success rate in percent, latency in milliseconds.

export interface StatsBucket {
  start: string;
  attempts: number;
  succeeded: number;
  successRate: number;
  p50DurationMs?: number | null;
  p95DurationMs?: number | null;
}

export interface StatsWindow {
  since: string;
  until: string;
  bucketMinutes: number;
}

export interface ChartRange {
  key: string;
  label: string;
  hours: number;
  bucketMinutes: number;
}

export const chartRanges: readonly ChartRange[] = [
  { key: "24h", label: "Last 24 hours", hours: 24, bucketMinutes: 60 },
  { key: "7d", label: "Last 7 days", hours: 7 * 24, bucketMinutes: 6 * 60 },
  { key: "30d", label: "Last 30 days", hours: 30 * 24, bucketMinutes: 24 * 60 },
];

/**
 * The window to ask for: the range back from now, its start on a bucket
 * boundary (the API aligns buckets to multiples of their length since the
 * epoch), so the first bucket is whole.
 */
export function statsWindow(range: ChartRange, now: number): StatsWindow {
  const bucketMs = range.bucketMinutes * 60_000;
  const since = Math.floor((now - range.hours * 3_600_000) / bucketMs) * bucketMs;
  return { since: new Date(since).toISOString(), until: new Date(now).toISOString(), bucketMinutes: range.bucketMinutes };
}

export interface ChartSeries {
  /** Bucket starts, in Unix seconds (what uPlot's time axis takes). */
  xs: number[];
  /** Success rate per bucket in percent; null where nothing was sent. */
  successPercent: (number | null)[];
  p50: (number | null)[];
  p95: (number | null)[];
  attempts: number[];
}

export function shapeStats(buckets: readonly StatsBucket[], window: StatsWindow): ChartSeries {
  const bucketMs = window.bucketMinutes * 60_000;
  const byStart = new Map(buckets.map((b) => [Date.parse(b.start), b]));
  const series: ChartSeries = { xs: [], successPercent: [], p50: [], p95: [], attempts: [] };
  const first = Math.floor(Date.parse(window.since) / bucketMs) * bucketMs;
  const end = Date.parse(window.until);
  for (let start = first; start < end; start += bucketMs) {
    const bucket = byStart.get(start);
    series.xs.push(start / 1000);
    series.attempts.push(bucket?.attempts ?? 0);
    series.successPercent.push(bucket && bucket.attempts > 0 ? Math.round(bucket.successRate * 1000) / 10 : null);
    series.p50.push(bucket?.p50DurationMs ?? null);
    series.p95.push(bucket?.p95DurationMs ?? null);
  }
  return series;
}

export interface StatsSummary {
  attempts: number;
  succeeded: number;
  /** Percent, one decimal; null when nothing was sent. */
  successPercent: number | null;
}

export function summarize(buckets: readonly StatsBucket[]): StatsSummary {
  const attempts = buckets.reduce((n, b) => n + b.attempts, 0);
  const succeeded = buckets.reduce((n, b) => n + b.succeeded, 0);
  return { attempts, succeeded, successPercent: attempts ? Math.round((succeeded / attempts) * 1000) / 10 : null };
}
