// Opening the live feed with `recent`: the latest attempts at once, then the
// new ones, with no gap and no repeat between the two, even for attempts
// recorded while the feed was opening.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { FeedItem } from "../../server/live/bounded-subscription.ts";
import { ReplayedSubscription } from "../../server/live/replayed-subscription.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { wsClient } from "../utils/live-clients.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";

const FeedWithHistory = graphql(`
  subscription FeedWithHistory($filter: LiveFeedFilter, $recent: Int) {
    deliveryAttempts(filter: $filter, recent: $recent) {
      missedBefore
      attempt {
        id
        succeeded
        sentAt
        delivery {
          destination {
            id
          }
        }
      }
    }
  }
`);

type Item = {
  deliveryAttempts: { attempt: { id: string; succeeded: boolean; sentAt: string; delivery: { destination: { id: string } } } };
};

let t: TestApp;
let receiver: TestReceiver;
const clients: ReturnType<typeof wsClient>[] = [];
const ws = () => {
  const client = wsClient(t.app.url!, { authorization: `Bearer ${t.adminToken}` });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" }, startWorker: true });
  receiver = await startTestReceiver((request) => ({ status: request.rawUrl.startsWith("/fail") ? 500 : 200 }));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await receiver?.close();
  await t?.stop();
});

const attemptIds = async (where: object = {}) =>
  (await t.app.runtime.prisma.attempt.findMany({ where, orderBy: [{ sentAt: "asc" }, { id: "asc" }], select: { id: true } })).map(
    (a) => a.id,
  );

describe("the live feed with history", () => {
  it("shows every attempt once, those recorded while it opened included", async () => {
    const chain = await subscribe(t, { url: `${receiver.origin}/ok` });
    for (let i = 0; i < 20; i++) await publish(t, chain.eventType, { before: i });
    await expect.poll(async () => (await attemptIds()).length, { timeout: 15_000 }).toBe(20);

    // Attempts keep being made while feeds open, several times over, so some land in the overlap.
    let publishing = true;
    let published = 20;
    const publisher = (async () => {
      while (publishing) {
        await publish(t, chain.eventType, { during: published++ });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const feeds = [];
    for (let i = 0; i < 5; i++) {
      feeds.push(ws().subscribe<Item>(FeedWithHistory, { recent: 200 }));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    publishing = false;
    await publisher;
    await expect.poll(async () => (await attemptIds()).length, { timeout: 15_000 }).toBe(published);
    const all = await attemptIds();
    expect(all.length).toBeLessThanOrEqual(200);

    for (const feed of feeds) {
      await feed.waitFor(all.length, 15_000);
      // A moment more for anything that would come twice.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ids = feed.items.map((item) => item.deliveryAttempts.attempt.id);
      expect(feed.errors).toEqual([]);
      expect(new Set(ids).size, "no attempt twice").toBe(ids.length);
      expect([...ids].sort()).toEqual([...all].sort());
    }
  });

  it("starts with the latest attempts matching the filter, oldest of them first", async () => {
    const ok = await subscribe(t, { url: `${receiver.origin}/ok-filtered` });
    const failing = await subscribe(t, { url: `${receiver.origin}/fail-filtered` });
    for (let i = 0; i < 4; i++) await publish(t, ok.eventType, { i });
    await publish(t, failing.eventType, { failed: true });
    await expect.poll(async () => (await attemptIds({ destinationId: ok.destinationId })).length, { timeout: 15_000 }).toBe(4);
    await expect.poll(async () => (await attemptIds({ destinationId: failing.destinationId })).length, { timeout: 15_000 }).toBe(1);
    const latest = (await attemptIds({ destinationId: ok.destinationId })).slice(-3);

    const feed = ws().subscribe<Item>(FeedWithHistory, { recent: 3, filter: { destinationId: ok.destinationId, outcome: "SUCCEEDED" } });
    const replayed = await feed.waitFor(3);
    expect(replayed.map((item) => item.deliveryAttempts.attempt.id)).toEqual(latest);

    // Then live, still filtered.
    await publish(t, failing.eventType, { failed: "again" });
    await publish(t, ok.eventType, { live: true });
    const [, , , live] = await feed.waitFor(4);
    expect(live.deliveryAttempts.attempt.delivery.destination.id).toBe(ok.destinationId);
    expect(latest).not.toContain(live.deliveryAttempts.attempt.id);

    const refused = ws().subscribe<Item>(FeedWithHistory, { recent: 201 });
    await expect.poll(() => refused.errors.length, { timeout: 5000 }).toBe(1);
    expect(JSON.stringify(refused.errors)).toContain("BAD_USER_INPUT");
  });
});

describe("ReplayedSubscription", () => {
  /** A live feed fed by hand. */
  function handFed() {
    const queue: FeedItem<{ id: string }>[] = [];
    let waiting: ((result: IteratorResult<FeedItem<{ id: string }>>) => void) | undefined;
    let returned = false;
    const live: AsyncIterableIterator<FeedItem<{ id: string }>> = {
      next: () => {
        const item = queue.shift();
        if (item) return Promise.resolve({ value: item, done: false });
        if (returned) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => {
        returned = true;
        waiting?.({ value: undefined, done: true });
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    const push = (item: FeedItem<{ id: string }>) => {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: item, done: false });
      } else queue.push(item);
    };
    return { live, push, returned: () => returned };
  }

  it("leaves out live items already replayed, passing on what they said was missed", async () => {
    const { live, push } = handFed();
    // Recorded while the history loaded: both in it and live.
    push({ value: { id: "b" }, missedBefore: 2 });
    push({ value: { id: "c" }, missedBefore: 0 });
    const feed = new ReplayedSubscription(
      live,
      async () => [{ id: "b" }, { id: "a" }],
      (v) => v.id,
    );
    const read = async () => (await feed.next()).value as FeedItem<{ id: string }>;
    expect((await read()).value.id).toBe("a");
    expect((await read()).value.id).toBe("b");
    expect(await read()).toEqual({ value: { id: "c" }, missedBefore: 2 });
  });

  it("ends at once when returned on a quiet feed", async () => {
    const { live, returned } = handFed();
    const feed = new ReplayedSubscription(
      live,
      async () => [],
      (v: { id: string }) => v.id,
    );
    const pending = feed.next();
    await feed.return();
    expect(returned()).toBe(true);
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
