// The overview page's numbers: per-minute series from buckets of any length, and the words it shows.
import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatLag,
  formatMs,
  formatPerMinute,
  formatRate,
  overviewSeries,
} from "../../client/src/pages/overview/overview-data.ts";

describe("overview data", () => {
  it("turns 15-minute buckets into rates per minute, with gaps where nothing was sent", () => {
    const series = overviewSeries(
      [
        { start: "2026-11-26T10:00:00.000Z", attempts: 30, succeeded: 27, p50DurationMs: 40, p95DurationMs: 300 },
        { start: "2026-11-26T10:15:00.000Z", attempts: 0, succeeded: 0, p50DurationMs: null, p95DurationMs: null },
      ],
      15,
    );
    expect(series).toEqual({
      xs: [Date.parse("2026-11-26T10:00:00.000Z") / 1000, Date.parse("2026-11-26T10:15:00.000Z") / 1000],
      perMinute: [2, 0],
      failedPerMinute: [0.2, 0],
      successPercent: [90, null],
      p50: [40, null],
      p95: [300, null],
    });
  });

  it("says rates, counts, lag and durations in words", () => {
    expect(formatRate(null)).toBe("–");
    expect(formatRate(0.98456)).toBe("98.5%");
    expect(formatPerMinute(0.25)).toBe("0.3");
    expect(formatPerMinute(1234.4)).toBe("1,234");
    expect(formatCount(9999, 10_000)).toBe("9,999");
    expect(formatCount(10_000, 10_000)).toBe("10,000+");
    expect([0, 0.4, 4, 200, 3600 + 300, 7200].map(formatLag)).toEqual(["none", "none", "4 s", "3 min 20 s", "1 h 5 min", "2 h"]);
    expect([null, 43, 12_345].map(formatMs)).toEqual(["–", "43 ms", "12.3 s"]);
  });
});
