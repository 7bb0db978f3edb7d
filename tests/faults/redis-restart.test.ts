// Fault drill: Redis, which carries the live feed between processes, is
// killed while deliveries are in flight and started again. Deliveries must not
// notice; live subscribers (graphql-ws and SSE) must resume and be told
// between which times they may have missed items; a subscription opened and
// one closed during the outage must not crash the api process. The outage
// lasts longer than ioredis' 20 retries (~10 s), after which it fails the
// commands it had queued.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { crashLines, startDrillStack, type DrillStack } from "../utils/drill-stack.ts";
import { drillsCanRun } from "../utils/private-services.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { sseSubscribe, wsClient, type Collected } from "../utils/live-clients.ts";

const DrillAttempts = graphql(`
  subscription DrillAttempts($filter: LiveFeedFilter) {
    deliveryAttempts(filter: $filter) {
      missedBefore
      missedBetween {
        from
        until
      }
      attempt {
        delivery {
          event {
            id
          }
        }
      }
    }
  }
`);

const DrillUpdates = graphql(`
  subscription DrillUpdates($filter: LiveFeedFilter) {
    deliveryUpdated(filter: $filter) {
      status
      missedBetween {
        from
        until
      }
    }
  }
`);

const DrillPublishMany = graphql(`
  mutation DrillPublishMany($input: PublishEventsInput!) {
    publishEvents(input: $input) {
      __typename
      ... on PublishEventsPayload {
        results {
          event {
            id
          }
        }
      }
    }
  }
`);

const DrillToken = graphql(`
  mutation DrillToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
      }
    }
  }
`);

type Attempts = {
  deliveryAttempts: {
    missedBefore: number;
    missedBetween: { from: string; until: string } | null;
    attempt: { delivery: { event: { id: string } } };
  };
};
type Updates = { deliveryUpdated: { status: string; missedBetween: { from: string; until: string } | null } };

const OUTAGE_MS = 12_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(drillsCanRun)("drill: Redis killed and restarted", () => {
  let stack: DrillStack;

  beforeAll(async () => {
    stack = await startDrillStack({ SWITCHYARD_POLL_INTERVAL_MS: "200" });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** A token of its own: its subscriptions alone listen on its revocation topic, so their coming and going (un)subscribes in Redis. */
  async function newToken(name: string): Promise<string> {
    const result = await stack.graphql(DrillToken, { input: { name, role: "VIEWER" } });
    if (result.data?.createAccessToken.__typename !== "CreateAccessTokenPayload") throw new Error(JSON.stringify(result));
    return result.data.createAccessToken.secret;
  }

  async function publishMany(eventType: string, count: number): Promise<string[]> {
    const events = Array.from({ length: count }, (_, n) => ({ type: eventType, payload: { n } }));
    const result = await stack.graphql(DrillPublishMany, { input: { events } });
    if (result.data?.publishEvents.__typename !== "PublishEventsPayload") throw new Error(JSON.stringify(result));
    return result.data.publishEvents.results.map((r) => r.event.id);
  }

  /** Every event published, for the receiver's count. */
  const published: string[] = [];

  /** Publishes one event at a time until the feed has one more item; returns the new item and when it came. */
  async function publishUntilHeard<T>(eventType: string, feed: Collected<T>): Promise<{ item: T; at: number }> {
    const had = feed.items.length;
    // The feed's Redis SUBSCRIBE may still be on its way: publish until it hears one.
    for (let i = 0; i < 60 && feed.items.length === had; i++) {
      published.push((await publish(stack, eventType, { probe: i })).event.id);
      await feed.waitFor(had + 1, 500).catch(() => undefined);
    }
    const items = await feed.waitFor(had + 1, 5000);
    return { item: items[had], at: Date.now() };
  }

  it("keeps delivering, resumes the live feed and tells subscribers what they may have missed", async () => {
    const { receiver, api, worker, redis } = stack;
    receiver.respond({ status: 204, delayMs: 20 });
    const { eventType, destinationId } = await subscribe(stack, { url: `${receiver.origin}/redis` });
    const auth = { authorization: `Bearer ${stack.adminToken}` };
    const filter = { destinationId };
    const ws = wsClient(api.url, auth);
    const late = wsClient(api.url, { authorization: `Bearer ${await newToken("arrives during the outage")}` });
    const leaving = wsClient(api.url, { authorization: `Bearer ${await newToken("leaves during the outage")}` });
    const sse = await sseSubscribe<Updates>(api.url, DrillUpdates, auth, { filter: { destinationId, status: ["SUCCEEDED"] } });
    try {
      const attempts = ws.subscribe<Attempts>(DrillAttempts, { filter });
      const leavingFeed = leaving.subscribe<Attempts>(DrillAttempts, { filter });
      await publishUntilHeard(eventType, attempts);
      await publishUntilHeard(eventType, leavingFeed);
      await publishUntilHeard(eventType, sse.feed);

      // Deliveries in flight when Redis dies, and more published while it is away.
      published.push(...(await publishMany(eventType, 300)));
      const killedAt = Date.now();
      await redis.kill();
      published.push(...(await publishMany(eventType, 300)));
      // A subscriber leaves and another arrives while Redis is away.
      leavingFeed.stop();
      const lateFeed = late.subscribe<Attempts>(DrillAttempts, { filter });
      await sleep(OUTAGE_MS);
      await redis.start();
      const restartedAt = Date.now();
      // Still running: the outage outlasted ioredis' retries for the queued (UN)SUBSCRIBE.
      expect(api.child.exitCode, api.output().slice(-3000)).toBeNull();
      expect(crashLines(api)).toEqual([]);

      // The live feed comes back on every subscription, the first item saying what may be missing.
      const heard = await publishUntilHeard(eventType, attempts);
      const resumed = heard.item.deliveryAttempts;
      expect(resumed.missedBetween).not.toBeNull();
      const gap = { from: Date.parse(resumed.missedBetween!.from), until: Date.parse(resumed.missedBetween!.until) };
      // The gap covers the outage: it began before Redis was back and ended after it was killed.
      expect(gap.from).toBeLessThanOrEqual(restartedAt);
      expect(gap.until).toBeGreaterThanOrEqual(killedAt);
      expect(gap.from).toBeLessThan(gap.until);
      const sseItem = (await publishUntilHeard(eventType, sse.feed)).item;
      expect(sse.feed.items.some((item) => item.deliveryUpdated.missedBetween !== null)).toBe(true);
      expect(sseItem.deliveryUpdated.status).toBe("SUCCEEDED");
      await publishUntilHeard(eventType, lateFeed);
      // Items missed, by the graphql-ws subscriber, of the attempts made while Redis was away.
      const heardIds = new Set(attempts.items.map((item) => item.deliveryAttempts.attempt.delivery.event.id));

      // Deliveries did not notice: every event reached the receiver.
      await expect
        .poll(() => new Set(receiver.received.map((r) => String(r.headers["webhook-id"]))).size, { timeout: 30_000 })
        .toBe(published.length);
      const ids = receiver.received.map((r) => String(r.headers["webhook-id"]));
      const distinct = new Set(ids);
      const lost = published.filter((id) => !distinct.has(id));
      console.log(
        `[drill] Redis killed for ${((restartedAt - killedAt) / 1000).toFixed(1)} s: ${published.length} events, ${lost.length} lost, ` +
          `${ids.length - distinct.size} delivered twice; live feed heard again ${((heard.at - restartedAt) / 1000).toFixed(1)} s after Redis was back, ` +
          `${published.filter((id) => !heardIds.has(id)).length} live items missed (reported as a gap of ${((gap.until - gap.from) / 1000).toFixed(1)} s)`,
      );
      expect(lost).toEqual([]);

      // Nothing crashed, and both processes still work.
      expect(api.child.exitCode).toBeNull();
      expect(worker.child.exitCode).toBeNull();
      expect(crashLines(api)).toEqual([]);
      expect(crashLines(worker)).toEqual([]);
      expect(ws.closed.code).toBeUndefined();
    } finally {
      sse.feed.stop();
      await Promise.all([ws.dispose(), late.dispose(), leaving.dispose()]);
    }
  }, 90_000);
});
