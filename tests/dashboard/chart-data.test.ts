// Per-destination charts: the API's buckets (empty ones left out) become
// aligned series over the whole range, gaps where nothing was sent.
import { describe, expect, it } from "vitest";
import { chartRanges, shapeStats, statsWindow, summarize } from "../../client/src/pages/destinations/chart-data.ts";

const hour = 3_600_000;
const t0 = Date.UTC(2025, 2, 1, 0, 0, 0);

describe("chart data", () => {
  it("asks for a window that starts on a bucket boundary", () => {
    const now = t0 + 30 * hour + 17 * 60_000;
    const day = statsWindow(chartRanges[0], now);
    expect(day).toEqual({ since: new Date(t0 + 6 * hour).toISOString(), until: new Date(now).toISOString(), bucketMinutes: 60 });
    const week = statsWindow(chartRanges[1], now);
    expect(Date.parse(week.since) % (6 * hour)).toBe(0);
    expect(week.bucketMinutes).toBe(360);
  });

  it("puts every bucket of the range on the x axis, with gaps where nothing was sent", () => {
    const window = { since: new Date(t0).toISOString(), until: new Date(t0 + 4 * hour).toISOString(), bucketMinutes: 60 };
    const series = shapeStats(
      [
        { start: new Date(t0 + hour).toISOString(), attempts: 4, succeeded: 3, successRate: 0.75, p50DurationMs: 120, p95DurationMs: 900 },
        {
          start: new Date(t0 + 3 * hour).toISOString(),
          attempts: 1,
          succeeded: 0,
          successRate: 0,
          p50DurationMs: 15000,
          p95DurationMs: 15000,
        },
      ],
      window,
    );
    expect(series.xs).toEqual([0, 1, 2, 3].map((h) => (t0 + h * hour) / 1000));
    expect(series.successPercent).toEqual([null, 75, null, 0]);
    expect(series.p50).toEqual([null, 120, null, 15000]);
    expect(series.p95).toEqual([null, 900, null, 15000]);
    expect(series.attempts).toEqual([0, 4, 0, 1]);
  });

  it("rounds the success rate to a tenth of a percent", () => {
    const window = { since: new Date(t0).toISOString(), until: new Date(t0 + hour).toISOString(), bucketMinutes: 60 };
    const series = shapeStats([{ start: new Date(t0).toISOString(), attempts: 3, succeeded: 2, successRate: 2 / 3 }], window);
    expect(series.successPercent).toEqual([66.7]);
    expect(series.p50).toEqual([null]);
  });

  it("sums up the range", () => {
    expect(summarize([])).toEqual({ attempts: 0, succeeded: 0, successPercent: null });
    expect(
      summarize([
        { start: "", attempts: 4, succeeded: 3, successRate: 0.75 },
        { start: "", attempts: 4, succeeded: 4, successRate: 1 },
      ]),
    ).toEqual({ attempts: 8, succeeded: 7, successPercent: 87.5 });
  });
});
