import { describe, expect, it } from "vitest";
import { BoundedSubscription } from "../../server/live/bounded-subscription.ts";
import { createLiveBudget, LiveFeedLimitError } from "../../server/live/live-budget.ts";

const emit = (target: EventTarget, topic: string, detail: unknown) => target.dispatchEvent(new CustomEvent(topic, { detail }));

describe("a bounded subscription", () => {
  it("passes items through in order while the reader keeps up", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", { bufferSize: 3 });
    const reading = subscription.next();
    emit(target, "t", 1);
    emit(target, "t", 2);
    expect(await reading).toEqual({ value: { value: 1, missedBefore: 0 }, done: false });
    expect(await subscription.next()).toEqual({ value: { value: 2, missedBefore: 0 }, done: false });
  });

  it("keeps only the newest items for a reader that stopped, and says how many it missed", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", { bufferSize: 3 });
    for (let i = 1; i <= 10; i++) emit(target, "t", i);
    expect(subscription.buffered).toBe(3);
    const read = [await subscription.next(), await subscription.next(), await subscription.next()].map((r) => r.value);
    expect(read).toEqual([
      { value: 8, missedBefore: 7 },
      { value: 9, missedBefore: 0 },
      { value: 10, missedBefore: 0 },
    ]);
  });

  it("filters before buffering, ends on its stop topic, and lets go of its listeners", async () => {
    const target = new EventTarget();
    let ended = false;
    const subscription = new BoundedSubscription<number>(target, "t", {
      bufferSize: 5,
      until: "stop",
      filter: (n) => n % 2 === 0,
      onEnd: () => (ended = true),
    });
    for (let i = 1; i <= 6; i++) emit(target, "t", i);
    expect(subscription.buffered).toBe(3);
    const pending = subscription.next();
    expect(await pending).toEqual({ value: { value: 2, missedBefore: 0 }, done: false });
    emit(target, "stop", {});
    expect(ended).toBe(true);
    expect(await subscription.next()).toEqual({ value: undefined, done: true });
    emit(target, "t", 8);
    expect(subscription.buffered).toBe(0);
  });

  it("wakes a waiting reader when it ends", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", { bufferSize: 5 });
    const waiting = subscription.next();
    await subscription.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it("tells the next item after a transport gap between which times items may be missing, once", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", { bufferSize: 5 });
    emit(target, "t", 1);
    const gap = { from: new Date(1000), until: new Date(5000) };
    subscription.interrupted(gap);
    subscription.interrupted({ from: new Date(2000), until: new Date(6000) });
    emit(target, "t", 2);
    emit(target, "t", 3);
    const read = [await subscription.next(), await subscription.next(), await subscription.next()].map((r) => r.value);
    // Item 1 was buffered before the gap; two gaps before item 2 are reported as one.
    expect(read).toEqual([
      { value: 1, missedBefore: 0 },
      { value: 2, missedBefore: 0, missedBetween: { from: new Date(1000), until: new Date(6000) } },
      { value: 3, missedBefore: 0 },
    ]);
  });

  it("keeps a gap when the item that carried it is dropped for a slow reader", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", { bufferSize: 2 });
    subscription.interrupted({ from: new Date(1000), until: new Date(2000) });
    for (let i = 1; i <= 4; i++) emit(target, "t", i);
    expect((await subscription.next()).value).toEqual({
      value: 3,
      missedBefore: 2,
      missedBetween: { from: new Date(1000), until: new Date(2000) },
    });
  });

  it("drops the items beyond its budget and says how many before the next one it keeps", async () => {
    const target = new EventTarget();
    let allowed = [true, false, false, true, true];
    let released = 0;
    const budget = { take: () => allowed.shift() ?? false, release: () => released++ };
    const subscription = new BoundedSubscription<number>(target, "t", { bufferSize: 10, budget });
    for (let i = 1; i <= 5; i++) emit(target, "t", i);
    expect(subscription.dropped).toBe(2);
    const read = [await subscription.next(), await subscription.next(), await subscription.next()].map((r) => r.value);
    expect(read).toEqual([
      { value: 1, missedBefore: 0 },
      { value: 4, missedBefore: 2 },
      { value: 5, missedBefore: 0 },
    ]);
    allowed = [];
    await subscription.return();
    await subscription.return();
    expect(released).toBe(1);
  });
});

describe("the live feed's budget", () => {
  const options = { maxSubscriptionsPerOrganization: 3, maxSubscriptions: 4, itemsPerSecondPerOrganization: 100, itemsPerSecond: 150 };

  it("bounds open subscriptions per organization and in all, and frees a place when one ends", () => {
    const budget = createLiveBudget(options);
    const a = [budget.open("a"), budget.open("a"), budget.open("a")];
    expect(() => budget.open("a")).toThrow(LiveFeedLimitError);
    expect(() => budget.open("a")).toThrow(/This organization already has 3/);
    budget.open("b");
    expect(() => budget.open("c")).toThrow(/This server already has 4/);
    a[0].release();
    a[0].release();
    expect(budget.stats()).toEqual({ subscriptions: 3, organizations: 2 });
    budget.open("c");
  });

  it("shares items out evenly: each subscription gets its part of the smaller of its organization's budget and the process's", () => {
    let now = 0;
    const budget = createLiveBudget(options, () => now);
    const [a1, a2] = [budget.open("a"), budget.open("a")];
    const b = budget.open("b");
    const taken = (share: { take(): boolean }) => {
      let n = 0;
      for (let i = 0; i < 1000; i++) if (share.take()) n++;
      return n;
    };
    // Each starts with one second of its share, then refills at that rate.
    for (const share of [a1, a2, b]) taken(share);
    now += 1000;
    // Organization a: 100/s over 2 = 50 each; the process: 150/s over 3 = 50 each.
    expect([taken(a1), taken(a2), taken(b)]).toEqual([50, 50, 50]);
    a2.release();
    now += 1000;
    // a1 alone in a: 100/s, but the process gives each of 2 at most 75/s.
    expect([taken(a1), taken(b)]).toEqual([75, 75]);
  });
});
