// The live feed's list: newest first, capped, paused without losing items,
// no duplicates, and the server's missed-item counts added up for a notice.
import { describe, expect, it } from "vitest";
import { FEED_LIMIT, feedReducer, initialFeed, type FeedAction, type FeedState } from "../../client/src/pages/live-feed/feed-state.ts";

interface Row {
  id: string;
  recordedAt: string;
}

const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, second)).toISOString();
const row = (n: number): Row => ({ id: `att_${n}`, recordedAt: at(n) });
const received = (n: number, missedBefore = 0): FeedAction<Row> => ({ type: "received", item: row(n), missedBefore });
const run = (actions: FeedAction<Row>[], state: FeedState<Row> = initialFeed<Row>()) => actions.reduce(feedReducer<Row>, state);
const ids = (rows: Row[]) => rows.map((r) => r.id);

describe("the live feed's list", () => {
  it("lists items newest first, even when they arrive slightly out of order", () => {
    const state = run([received(1), received(3), received(2)]);
    expect(ids(state.items)).toEqual(["att_3", "att_2", "att_1"]);
  });

  it("lists an attempt once", () => {
    expect(ids(run([received(1), received(1)]).items)).toEqual(["att_1"]);
  });

  it("keeps the newest FEED_LIMIT items", () => {
    const state = run(Array.from({ length: FEED_LIMIT + 5 }, (_, i) => received(i)));
    expect(state.items).toHaveLength(FEED_LIMIT);
    expect(state.items[0].id).toBe(`att_${FEED_LIMIT + 4}`);
    expect(state.items.at(-1)!.id).toBe("att_5");
  });

  it("holds items back while paused and shows them, in order, on resume", () => {
    const paused = run([received(1), { type: "pause" }, received(3), received(2)]);
    expect(ids(paused.items)).toEqual(["att_1"]);
    expect(ids(paused.held)).toEqual(["att_3", "att_2"]);
    const resumed = feedReducer(paused, { type: "resume" });
    expect(ids(resumed.items)).toEqual(["att_3", "att_2", "att_1"]);
    expect(resumed.held).toEqual([]);
    expect(resumed.paused).toBe(false);
  });

  it("counts what falls off the held items while paused for long", () => {
    const state = run([{ type: "pause" }, ...Array.from({ length: FEED_LIMIT + 3 }, (_, i) => received(i))]);
    expect(state.held).toHaveLength(FEED_LIMIT);
    expect(state.overflowed).toBe(3);
    expect(feedReducer(state, { type: "resume" }).overflowed).toBe(0);
  });

  it("adds up the items the server dropped, until dismissed", () => {
    const state = run([received(1), received(2, 4), { type: "pause" }, received(3, 2), received(3, 1)]);
    expect(state.missed).toBe(7);
    expect(feedReducer(state, { type: "dismissMissed" }).missed).toBe(0);
  });

  it("joins the spans when the live feed was cut off, until dismissed", () => {
    const cut = (n: number, from: number, until: number): FeedAction<Row> => ({
      type: "received",
      item: row(n),
      missedBefore: 0,
      missedBetween: { from: at(from), until: at(until) },
    });
    const state = run([received(1), cut(20, 5, 18), received(21), cut(40, 30, 38)]);
    expect(state.gap).toEqual({ from: at(5), until: at(38) });
    expect(feedReducer(state, { type: "dismissGap" }).gap).toBeNull();
  });

  it("clears for new filters but stays paused", () => {
    const state = run([received(1), received(2, 1), { type: "pause" }, received(3), { type: "clear" }]);
    expect(state).toEqual({ ...initialFeed<Row>(), paused: true });
  });

  it("shows a subscription error until the next item arrives", () => {
    const failed = run([{ type: "failed", message: "Could not reach the Switchyard API." }]);
    expect(failed.error).toBe("Could not reach the Switchyard API.");
    expect(feedReducer(failed, received(1)).error).toBeNull();
  });
});
