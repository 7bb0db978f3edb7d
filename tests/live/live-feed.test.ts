// The live feed over both transports, its filters, its auth and isolation,
// and what a slow consumer costs the server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { rawSubscription, sseSubscribe, wsClient } from "../utils/live-clients.ts";
import { publish, subscribe, commandLineToken } from "../utils/fixtures.ts";
import { newId } from "../../server/ids.ts";
import { attemptShown, attemptShownSelect } from "../../server/live/attempt-shown.ts";
import { attemptTopic } from "../../server/live/live-events.ts";
import { FEED_BUFFER_SIZE } from "../../schema/live-feed.ts";

const AttemptFeed = graphql(`
  subscription AttemptFeed($filter: LiveFeedFilter) {
    deliveryAttempts(filter: $filter) {
      missedBefore
      recordedAt
      attempt {
        number
        succeeded
        responseStatus
        delivery {
          id
          status
          eventType
          event {
            id
          }
          destination {
            id
            name
          }
        }
      }
    }
  }
`);

// What a delivery change's item answers from what it carries (schema/live-feed.ts, DELIVERY_SHOWN); an attempt's
// item carries the same of its delivery.
const ShownDeliveryFields = graphql(`
  fragment ShownDeliveryFields on Delivery {
    __typename
    id
    eventType
    status
    attemptCount
    nextAttemptAt
    lastAttemptAt
    lastStatusCode
    lastError
    completedAt
    createdAt
  }
`);

void ShownDeliveryFields;

// Every field an item answers from what it carries (schema/live-feed.ts, ATTEMPT_SHOWN), through a
// fragment (one nested in another), an inline fragment and __typename, as dashboards write them.
const ShownFields = graphql(`
  fragment ShownFields on Attempt {
    __typename
    id
    number
    trigger
    succeeded
    sentAt
    durationMs
    url
    ... on Attempt {
      responseStatus
      omittedHeaderCount
      responseBodyEncoding
      responseBodyTruncated
      errorCode
      errorMessage
    }
    delivery {
      ...ShownDeliveryFields
      destination {
        id
        name
      }
    }
  }
`);

void ShownFields;

const ShownFeed = graphql(`
  subscription ShownFeed($filter: LiveFeedFilter) {
    deliveryAttempts(filter: $filter) {
      attempt {
        ...ShownFields
      }
    }
  }
`);

const ShownAttempt = graphql(`
  query ShownAttempt($id: ID!) {
    node(id: $id) {
      ...ShownFields
    }
  }
`);

const ShownDeliveryFeed = graphql(`
  subscription ShownDeliveryFeed($filter: LiveFeedFilter) {
    deliveryUpdated(filter: $filter) {
      status
      delivery {
        ...ShownDeliveryFields
      }
    }
  }
`);

const ShownDelivery = graphql(`
  query ShownDelivery($id: ID!) {
    node(id: $id) {
      ...ShownDeliveryFields
    }
  }
`);

const DeliveryFeed = graphql(`
  subscription DeliveryFeed($filter: LiveFeedFilter) {
    deliveryUpdated(filter: $filter) {
      status
      missedBefore
      delivery {
        id
        event {
          id
        }
      }
    }
  }
`);

// Big items (a 60 KiB response body each), so a paused reader's socket buffers fill quickly.
const HeavyFeed = graphql(`
  subscription HeavyFeed {
    deliveryAttempts {
      missedBefore
      attempt {
        responseBody
      }
    }
  }
`);

const RevokeForFeed = graphql(`
  mutation RevokeForFeed($id: ID!) {
    revokeAccessToken(input: { id: $id }) {
      __typename
    }
  }
`);

const ResendForFeed = graphql(`
  mutation ResendForFeed($id: ID!) {
    resendDelivery(input: { id: $id }) {
      __typename
    }
  }
`);

type AttemptItem = {
  deliveryAttempts: {
    missedBefore: number;
    attempt: { number: number; succeeded: boolean; delivery: { id: string; event: { id: string }; destination: { id: string } } };
  };
};
type DeliveryItem = { deliveryUpdated: { status: string; delivery: { id: string; event: { id: string } } } };

let t: TestApp;
let receiver: TestReceiver;
const clients: { dispose(): unknown }[] = [];
const ws = (params: Record<string, unknown> = { authorization: `Bearer ${t.adminToken}` }) => {
  const client = wsClient(t.app.url!, params);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  t = await startTestApp({
    env: {
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
      // The slow consumer stops reading, so it answers no ping: long enough that it is not cut off mid-test on a busy machine.
      SWITCHYARD_LIVE_KEEPALIVE_MS: "300000",
      SWITCHYARD_IDLE_CONNECTION_MS: "600000",
      // The slow consumer is sent 5,000 items at once: here the buffer drops them, not the budget (live-budget.test.ts).
      SWITCHYARD_LIVE_ITEMS_PER_SECOND_PER_ORGANIZATION: "100000000",
      SWITCHYARD_LIVE_ITEMS_PER_SECOND: "100000000",
    },
  });
  receiver = await startTestReceiver(200);
});
beforeEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  // The server has let go of the previous test's subscriptions.
  await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(0);
  receiver.respond(200);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await receiver?.close();
  await t?.stop();
});

/** Waits until the server has opened `count` live subscriptions. */
async function subscribed(count: number) {
  await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBeGreaterThanOrEqual(count);
  await t.app.runtime.live.settled();
}

describe("over WebSocket (graphql-transport-ws)", () => {
  it("streams each attempt with its delivery, event and destination", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/ws` });
    const feed = ws().subscribe<AttemptItem>(AttemptFeed, { filter: { destinationId } });
    await subscribed(1);
    const published = await publish(t, eventType, { n: 1 });
    await t.app.worker!.runOnce();
    const [item] = await feed.waitFor(1);
    expect(item.deliveryAttempts).toMatchObject({
      missedBefore: 0,
      attempt: { number: 1, succeeded: true, delivery: { event: { id: published.event.id }, destination: { id: destinationId } } },
    });
  });

  it("answers what dashboards show from the item itself, as a read would; more than that is read", async () => {
    receiver.respond({ status: 503, body: "busy" });
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/shown`, webhook: { retrySchedule: [600] } });
    const shown = ws().subscribe<{ deliveryAttempts: { attempt: { id: string } } }>(ShownFeed, { filter: { destinationId } });
    const read = ws().subscribe<AttemptItem>(AttemptFeed, { filter: { destinationId } });
    await subscribed(2);
    // Statements that read an attempt (the worker only writes them).
    const attemptReads = () => t.queries.filter((sql) => /FROM "public"\."Attempt"/.test(sql)).length;
    t.queries.length = 0;
    await publish(t, eventType, {});
    await t.app.worker!.runOnce();
    const [[item]] = await Promise.all([shown.waitFor(1), read.waitFor(1)]);
    // One read, for the subscriber that asked for the delivery's event; none for the other.
    expect(attemptReads()).toBe(1);
    const stored = await t.graphql(ShownAttempt, { id: item.deliveryAttempts.attempt.id });
    expect(item.deliveryAttempts.attempt).toEqual(stored.data?.node);
    expect(item.deliveryAttempts.attempt).toMatchObject({
      responseStatus: 503,
      errorCode: "HTTP_STATUS",
      delivery: { status: "SCHEDULED", lastStatusCode: 503, destination: { id: destinationId } },
    });
  });

  it("answers a delivery change's own fields from the item, as the delivery stood at that change", async () => {
    receiver.respond({ status: 503, body: "busy" });
    const { eventType, destinationId } = await subscribe(t, {
      url: `${receiver.origin}/shown-delivery`,
      webhook: { retrySchedule: [600] },
    });
    type Shown = { deliveryUpdated: { status: string; delivery: { id: string; status: string } } };
    const shown = ws().subscribe<Shown>(ShownDeliveryFeed, { filter: { destinationId } });
    const read = ws().subscribe<DeliveryItem>(DeliveryFeed, { filter: { destinationId } });
    await subscribed(2);
    const deliveryReads = () => t.queries.filter((sql) => /FROM "public"\."Delivery"/.test(sql)).length;
    await publish(t, eventType, {});
    t.queries.length = 0; // the publish call's answer read its deliveries
    await t.app.worker!.runOnce();
    await Promise.all([shown.waitFor(2), read.waitFor(2)]);
    // SENDING, then SCHEDULED again (503, a retry in 600 s): a read for each of the subscriber asking for the event, none for the other.
    expect(deliveryReads()).toBe(2);
    const [sending, scheduled] = shown.items.map((item) => item.deliveryUpdated);
    expect([sending.status, sending.delivery.status, scheduled.status]).toEqual(["SENDING", "SENDING", "SCHEDULED"]);
    const stored = await t.graphql(ShownDelivery, { id: scheduled.delivery.id });
    expect(scheduled.delivery).toEqual(stored.data?.node);
    expect(scheduled.delivery).toMatchObject({ status: "SCHEDULED", attemptCount: 1, lastStatusCode: 503 });
  });

  it("streams delivery state changes, manual re-sends included", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/states` });
    const feed = ws().subscribe<DeliveryItem>(DeliveryFeed, { filter: { destinationId } });
    await subscribed(1);
    const published = await publish(t, eventType, {});
    await t.app.worker!.runOnce();
    await feed.waitFor(2);
    expect(feed.items.map((i) => i.deliveryUpdated.status)).toEqual(["SENDING", "SUCCEEDED"]);
    await t.graphql(ResendForFeed, { id: published.event.deliveries[0].id });
    await feed.waitFor(3);
    expect(feed.items[2].deliveryUpdated).toMatchObject({ status: "SUCCEEDED", delivery: { id: published.event.deliveries[0].id } });
  });

  it("filters by destination, webhook, event type and outcome", async () => {
    const ok = await subscribe(t, { url: `${receiver.origin}/ok` });
    const failing = await subscribe(t, { url: `${receiver.origin}/fail`, webhook: { retrySchedule: [] } });
    receiver.respond((request) => ({ status: request.rawUrl === "/fail" ? 500 : 200 }));
    const client = ws();
    const failures = client.subscribe<AttemptItem>(AttemptFeed, { filter: { outcome: "FAILED" } });
    const byType = client.subscribe<AttemptItem>(AttemptFeed, { filter: { eventType: ok.eventType } });
    const byWebhook = client.subscribe<AttemptItem>(AttemptFeed, { filter: { webhookId: failing.webhookId } });
    await subscribed(3);
    await publish(t, ok.eventType, {});
    await publish(t, failing.eventType, {});
    await t.app.worker!.runOnce();
    await Promise.all([failures.waitFor(1), byType.waitFor(1), byWebhook.waitFor(1)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures.items.map((i) => i.deliveryAttempts.attempt.delivery.destination.id)).toEqual([failing.destinationId]);
    expect(byType.items.map((i) => i.deliveryAttempts.attempt.delivery.destination.id)).toEqual([ok.destinationId]);
    expect(byWebhook.items.map((i) => i.deliveryAttempts.attempt.succeeded)).toEqual([false]);
  });

  it("refuses a connection without a token (4401) or with a bad one (4403)", async () => {
    for (const [params, code] of [
      [{}, 4401],
      [{ authorization: "Bearer sy_0000000000000000000000000000000000000000" }, 4403],
      [{ token: "not-a-token" }, 4403],
    ] as const) {
      const client = ws(params);
      const feed = client.subscribe<AttemptItem>(AttemptFeed);
      await expect.poll(() => client.closed.code, { timeout: 5000 }).toBe(code);
      expect(feed.items).toHaveLength(0);
    }
  });

  it("ends a revoked token's open subscriptions and refuses it afterwards", async () => {
    const { token, secret } = await commandLineToken(t, (await t.app.runtime.prisma.organization.findFirstOrThrow()).id, {
      name: "watcher",
      role: "VIEWER",
    });
    const client = ws({ token: secret });
    const feed = client.subscribe<AttemptItem>(AttemptFeed);
    await subscribed(1);
    await t.graphql(RevokeForFeed, { id: token.id });
    await expect.poll(() => feed.completed, { timeout: 5000 }).toBe(true);
    const again = ws({ token: secret });
    again.subscribe<AttemptItem>(AttemptFeed);
    await expect.poll(() => again.closed.code, { timeout: 5000 }).toBe(4403);
  });
});

describe("over SSE", () => {
  it("streams attempts to a request carrying the token", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/sse` });
    const { response, feed } = await sseSubscribe<AttemptItem>(
      t.app.url!,
      AttemptFeed,
      { authorization: `Bearer ${t.adminToken}` },
      { filter: { destinationId } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    await subscribed(1);
    const published = await publish(t, eventType, {});
    await t.app.worker!.runOnce();
    const [item] = await feed.waitFor(1);
    expect(item.deliveryAttempts.attempt.delivery.event.id).toBe(published.event.id);
    feed.stop();
  });

  it("answers 401 without a token", async () => {
    const { response } = await sseSubscribe(t.app.url!, AttemptFeed, {});
    expect(response.status).toBe(401);
  });
});

describe("isolation", () => {
  it("never shows a subscriber another organization's attempts, with both publishing at once", async () => {
    const prisma = t.app.runtime.prisma;
    const other = await prisma.organization.create({ data: { id: newId("Organization"), name: "Other" } });
    const { secret: otherAdmin } = await commandLineToken(t, other.id, { name: "other", role: "ADMIN" });
    const asOther = {
      ...t,
      adminToken: otherAdmin,
      graphql: ((doc, vars) => t.graphql(doc, vars, { token: otherAdmin })) as TestApp["graphql"],
    };
    const mine = await subscribe(t, { url: `${receiver.origin}/mine` });
    const theirs = await subscribe(asOther, { url: `${receiver.origin}/theirs` });
    const myFeed = ws().subscribe<AttemptItem>(AttemptFeed);
    const theirFeed = ws({ token: otherAdmin }).subscribe<AttemptItem>(AttemptFeed);
    await subscribed(2);
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => publish(t, mine.eventType, { i })),
      ...Array.from({ length: 5 }, (_, i) => publish(asOther, theirs.eventType, { i })),
    ]);
    await t.app.worker!.runOnce();
    await Promise.all([myFeed.waitFor(5), theirFeed.waitFor(5)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(new Set(myFeed.items.map((i) => i.deliveryAttempts.attempt.delivery.destination.id))).toEqual(new Set([mine.destinationId]));
    expect(new Set(theirFeed.items.map((i) => i.deliveryAttempts.attempt.delivery.destination.id))).toEqual(
      new Set([theirs.destinationId]),
    );
  });
});

/** A real attempt (published and delivered), and a way to announce it on the live feed again, as often as a test needs. */
async function recordedAttempt(path: string) {
  const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}${path}` });
  const published = await publish(t, eventType, {});
  await t.app.worker!.runOnce();
  const attempt = await t.app.runtime.prisma.attempt.findFirstOrThrow({
    where: { eventId: published.event.id },
    select: attemptShownSelect,
  });
  const announce = () =>
    t.app.runtime.live.publish(attemptTopic(attempt.organizationId), {
      organizationId: attempt.organizationId,
      attemptId: attempt.id,
      deliveryId: attempt.deliveryId,
      destinationId,
      webhookId: null,
      eventType,
      succeeded: true,
      recordedAt: Date.now(),
      shown: attemptShown(attempt, attempt.delivery, attempt.delivery.destination),
    });
  return { destinationId, announce };
}

describe("many subscribers", () => {
  it("load each item once between them, whatever their number", async () => {
    const { destinationId, announce } = await recordedAttempt("/many");
    // Queries the server runs to hand one item to `count` subscribers.
    const queriesFor = async (count: number) => {
      const feeds = Array.from({ length: count }, () => ws().subscribe<AttemptItem>(AttemptFeed));
      await subscribed(count);
      t.queries.length = 0;
      announce();
      const received = await Promise.all(feeds.map((feed) => feed.waitFor(1)));
      expect(received.map(([first]) => first.deliveryAttempts.attempt.delivery.destination.id)).toEqual(Array(count).fill(destinationId));
      const queries = t.queries.length;
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
      await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(0);
      return queries;
    };
    const one = await queriesFor(1);
    expect(one).toBeGreaterThan(0);
    expect(await queriesFor(8)).toBe(one);
  });
});

describe("a slow consumer", () => {
  it("holds the server to a bounded buffer and learns how many items it missed", async () => {
    receiver.respond({ status: 200, body: "y".repeat(60 * 1024) });
    const { announce } = await recordedAttempt("/slow");

    const raw = await rawSubscription(t.app.url!, t.adminToken, HeavyFeed);
    await subscribed(1);
    raw.socket.pause(); // stops reading: the kernel buffers fill, then the server must hold back
    const total = 5000;
    for (let i = 0; i < total; i++) {
      announce();
      if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    // The reader is stuck, so the server holds items back until the bound, then drops the oldest
    // (it drops only when the buffer is full), and never holds more. It may still be handing a few
    // held items to the stuck socket, so the buffer can sit a little under the bound.
    await expect.poll(() => t.app.runtime.live.stats().dropped, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(t.app.runtime.live.stats().buffered).toBeLessThanOrEqual(FEED_BUFFER_SIZE);

    raw.socket.resume();
    const tally = () => {
      const received = raw.next().map((m) => (m.payload as { data: { deliveryAttempts: { missedBefore: number } } }).data.deliveryAttempts);
      return { received: received.length, missed: received.reduce((sum, item) => sum + item.missedBefore, 0) };
    };
    // Everything is accounted for: read, or reported missed.
    await expect.poll(() => tally().received + tally().missed, { timeout: 60_000, interval: 100 }).toBe(total);
    expect(tally().missed).toBeGreaterThan(0);
    expect(tally().received).toBeGreaterThanOrEqual(FEED_BUFFER_SIZE);
    raw.socket.close();
  }, 180_000);
});

describe("a client that stops answering", () => {
  it("is disconnected after one unanswered ping, and its subscription ends", async () => {
    const quick = await startTestApp({ env: { SWITCHYARD_LIVE_KEEPALIVE_MS: "1000" } });
    try {
      const raw = await rawSubscription(quick.app.url!, quick.adminToken, AttemptFeed);
      await expect.poll(() => quick.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(1);
      const closed = new Promise<void>((resolve) => raw.socket.once("close", () => resolve()));
      raw.socket.pause(); // reads nothing more, so it answers no ping
      await expect.poll(() => quick.app.runtime.live.stats().subscriptions, { timeout: 10_000 }).toBe(0);
      raw.socket.resume();
      await closed;
    } finally {
      await quick.stop();
    }
  });
});
