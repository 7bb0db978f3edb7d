// Percentiles from the per-minute latency histogram ("AttemptMinute"): bucket
// b holds durations from 1.2^b to 1.2^(b+1) ms (the migration's trigger puts
// them there), so a percentile read from it is off by at most 10 %.
const GROWTH = 1.2;

/** The bucket of a duration, as the trigger computes it (for tests). */
export function latencyBucket(durationMs: number): number {
  return Math.floor(Math.log(Math.max(durationMs, 1)) / Math.log(GROWTH));
}

/**
 * The q-quantile (0 < q ≤ 1) of the durations counted in `counts` (bucket →
 * attempts), interpolated geometrically inside its bucket; null when empty.
 */
export function percentileOf(counts: ReadonlyMap<number, number>, q: number): number | null {
  const buckets = [...counts.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = q * total;
  let before = 0;
  for (const [bucket, n] of buckets) {
    if (before + n >= rank) {
      const lower = bucket === 0 ? 0 : GROWTH ** bucket;
      const upper = GROWTH ** (bucket + 1);
      const fraction = (rank - before) / n;
      // Below 1 ms the scale is linear; above, each bucket spans the same ratio.
      return Math.round(bucket === 0 ? upper * fraction : lower * (upper / lower) ** fraction);
    }
    before += n;
  }
  return Math.round(GROWTH ** (buckets[buckets.length - 1][0] + 1));
}
