// Latency percentiles with HdrHistogram (hdr-histogram-js): values recorded
// in microseconds, three significant digits, reported in milliseconds.
import * as hdr from "hdr-histogram-js";

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(latenciesMs: Iterable<number>): LatencySummary {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3 });
  try {
    for (const ms of latenciesMs) histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
    const ms = (us: number) => Math.round(us) / 1000;
    return {
      count: histogram.totalCount,
      p50: ms(histogram.getValueAtPercentile(50)),
      p95: ms(histogram.getValueAtPercentile(95)),
      p99: ms(histogram.getValueAtPercentile(99)),
      max: ms(histogram.maxValue),
      mean: ms(histogram.mean),
    };
  } finally {
    histogram.destroy();
  }
}

/** Latency of each event from when it was started to when the sink received it; events the sink never saw are counted apart. */
export function latenciesOf(started: Map<string, number>, arrived: Map<string, number>): { latencies: number[]; missing: number } {
  const latencies: number[] = [];
  let missing = 0;
  for (const [id, at] of started) {
    const received = arrived.get(id);
    if (received === undefined) missing++;
    else latencies.push(received - at);
  }
  return { latencies, missing };
}
