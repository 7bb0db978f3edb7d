// The overview's numbers as the page shows them: chart series per minute,
// rates in percent, durations and counts in words ("10,000+", "3 min").

export interface OverviewBucket {
  start: string;
  attempts: number;
  succeeded: number;
  p50DurationMs?: number | null;
  p95DurationMs?: number | null;
}

export interface OverviewSeries {
  /** Bucket starts, in Unix seconds (uPlot's time axis). */
  xs: number[];
  /** Attempts per minute in each bucket (a 15-minute bucket's count / 15). */
  perMinute: number[];
  failedPerMinute: number[];
  /** Percent, one decimal; null where nothing was sent. */
  successPercent: (number | null)[];
  p50: (number | null)[];
  p95: (number | null)[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function overviewSeries(buckets: readonly OverviewBucket[], bucketMinutes: number): OverviewSeries {
  return {
    xs: buckets.map((b) => Date.parse(b.start) / 1000),
    perMinute: buckets.map((b) => oneDecimal(b.attempts / bucketMinutes)),
    failedPerMinute: buckets.map((b) => oneDecimal((b.attempts - b.succeeded) / bucketMinutes)),
    successPercent: buckets.map((b) => (b.attempts > 0 ? oneDecimal((b.succeeded / b.attempts) * 100) : null)),
    p50: buckets.map((b) => b.p50DurationMs ?? null),
    p95: buckets.map((b) => b.p95DurationMs ?? null),
  };
}

/** "98.5%", or "–" when nothing was sent. */
export function formatRate(rate: number | null | undefined): string {
  return rate == null ? "–" : `${oneDecimal(rate * 100)}%`;
}

/** "12.5", "0.3", "1,204". */
export function formatPerMinute(perMinute: number): string {
  return perMinute >= 100 ? Math.round(perMinute).toLocaleString("en") : String(oneDecimal(perMinute));
}

/** "10,000+" at the limit the API stops counting at. */
export function formatCount(count: number, limit: number): string {
  return count >= limit ? `${limit.toLocaleString("en")}+` : count.toLocaleString("en");
}

/** "none", "4 s", "3 min 20 s", "2 h 5 min". */
export function formatLag(seconds: number): string {
  if (seconds < 1) return "none";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ""}`;
  const minutes = Math.floor((s % 3600) / 60);
  return `${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ""}`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms == null) return "–";
  return ms >= 10_000 ? `${oneDecimal(ms / 1000)} s` : `${ms} ms`;
}
