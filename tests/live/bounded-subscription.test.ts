import { describe, expect, it } from "vitest";
import { BoundedSubscription } from "../../server/live/bounded-subscription.ts";

const emit = (target: EventTarget, topic: string, detail: unknown) => target.dispatchEvent(new CustomEvent(topic, { detail }));

describe("a bounded subscription", () => {
  it("passes items through in order while the reader keeps up", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", 3);
    const reading = subscription.next();
    emit(target, "t", 1);
    emit(target, "t", 2);
    expect(await reading).toEqual({ value: { value: 1, missedBefore: 0 }, done: false });
    expect(await subscription.next()).toEqual({ value: { value: 2, missedBefore: 0 }, done: false });
  });

  it("keeps only the newest items for a reader that stopped, and says how many it missed", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", 3);
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
    const subscription = new BoundedSubscription<number>(
      target,
      "t",
      5,
      "stop",
      (n) => n % 2 === 0,
      () => (ended = true),
    );
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
    const subscription = new BoundedSubscription<number>(target, "t", 5);
    const waiting = subscription.next();
    await subscription.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it("tells the next item after a transport gap between which times items may be missing, once", async () => {
    const target = new EventTarget();
    const subscription = new BoundedSubscription<number>(target, "t", 5);
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
    const subscription = new BoundedSubscription<number>(target, "t", 2);
    subscription.interrupted({ from: new Date(1000), until: new Date(2000) });
    for (let i = 1; i <= 4; i++) emit(target, "t", i);
    expect((await subscription.next()).value).toEqual({
      value: 3,
      missedBefore: 2,
      missedBetween: { from: new Date(1000), until: new Date(2000) },
    });
  });
});
