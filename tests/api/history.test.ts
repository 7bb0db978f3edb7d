// The history operators read: deliveries and attempts,
// searchable by event id, filterable, sortable, without N+1 queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { TestClock } from "../utils/test-clock.ts";
import { publish, subscribe } from "../utils/fixtures.ts";

const Deliveries = graphql(`
  query HistoryDeliveries($filter: DeliveryFilter, $orderBy: DeliveryOrder, $first: Int, $after: String) {
    deliveries(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          eventType
          lastAttemptAt
          event {
            id
            type
          }
          destination {
            id
            name
            url
          }
          webhook {
            id
            name
          }
          attempts {
            number
            responseStatus
          }
        }
      }
    }
  }
`);

const AttemptPages = graphql(`
  query HistoryAttemptPages($filter: AttemptFilter, $orderBy: AttemptOrder, $first: Int, $after: String) {
    deliveryAttempts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          url
        }
      }
    }
  }
`);

interface AttemptPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: { id: string; url: string } }[];
}

const Attempts = graphql(`
  query HistoryAttempts($filter: AttemptFilter, $orderBy: AttemptOrder, $first: Int) {
    deliveryAttempts(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      edges {
        node {
          id
          number
          trigger
          succeeded
          sentAt
          url
          responseStatus
          durationMs
          requestBody
          delivery {
            id
            eventType
            event {
              id
            }
            destination {
              name
            }
          }
        }
      }
    }
  }
`);

const EventWithDeliveries = graphql(`
  query EventWithDeliveries($id: ID!) {
    event(id: $id) {
      id
      type
      deliveries {
        status
        attempts {
          succeeded
        }
      }
    }
  }
`);

const Resend = graphql(`
  mutation HistoryResend($id: ID!) {
    resendDelivery(input: { id: $id }) {
      __typename
    }
  }
`);

let t: TestApp;
let ok: TestReceiver;
let failing: TestReceiver;
const clock = new TestClock();
const ids: { okType: string; failType: string; okWebhook: string; failDestination: string; events: string[] } = {
  okType: "",
  failType: "",
  okWebhook: "",
  failDestination: "",
  events: [],
};

beforeAll(async () => {
  t = await startTestApp({ clock, env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  ok = await startTestReceiver(200);
  failing = await startTestReceiver(500);
  const a = await subscribe(t, { url: ok.origin, eventType: "history.ok" });
  const b = await subscribe(t, { url: failing.origin, eventType: "history.fail", webhook: { retrySchedule: [] } });
  Object.assign(ids, { okType: a.eventType, failType: b.eventType, okWebhook: a.webhookId, failDestination: b.destinationId });
  for (let i = 0; i < 12; i++) {
    ids.events.push((await publish(t, a.eventType, { i })).event.id);
    clock.advance(1000);
  }
  for (let i = 0; i < 3; i++) ids.events.push((await publish(t, b.eventType, { i })).event.id);
  await t.app.worker!.runOnce();
});
afterAll(async () => {
  await ok?.close();
  await failing?.close();
  await t?.stop();
});

describe("history", () => {
  it("finds an event's deliveries by event id", async () => {
    const eventId = ids.events[3];
    const result = await t.graphql(Deliveries, { filter: { eventId } });
    expect(result.data!.deliveries.totalCount).toBe(1);
    expect(result.data!.deliveries.edges[0].node).toMatchObject({
      status: "SUCCEEDED",
      event: { id: eventId },
      webhook: { id: ids.okWebhook },
    });
    const event = await t.graphql(EventWithDeliveries, { id: eventId });
    expect(event.data!.event).toEqual({
      id: eventId,
      type: ids.okType,
      deliveries: [{ status: "SUCCEEDED", attempts: [{ succeeded: true }] }],
    });
  });

  it("filters deliveries by status, destination, webhook, event type and time", async () => {
    const failed = await t.graphql(Deliveries, { filter: { status: ["FAILED"] } });
    expect(failed.data!.deliveries.totalCount).toBe(3);
    expect(failed.data!.deliveries.edges.every((e) => e.node.destination.id === ids.failDestination)).toBe(true);
    expect((await t.graphql(Deliveries, { filter: { destinationId: ids.failDestination } })).data!.deliveries.totalCount).toBe(3);
    expect((await t.graphql(Deliveries, { filter: { webhookId: ids.okWebhook } })).data!.deliveries.totalCount).toBe(12);
    expect(
      (await t.graphql(Deliveries, { filter: { eventType: ids.okType, status: ["SUCCEEDED", "FAILED"] } })).data!.deliveries.totalCount,
    ).toBe(12);
    const first = await t.app.runtime.prisma.delivery.findFirstOrThrow({ where: { eventId: ids.events[0] } });
    const window = await t.graphql(Deliveries, {
      filter: {
        eventType: ids.okType,
        since: new Date(first.createdAt.getTime() + 2000).toISOString(),
        until: new Date(first.createdAt.getTime() + 5000).toISOString(),
      },
    });
    expect(window.data!.deliveries.totalCount).toBe(3);
  });

  it("pages through deliveries newest first", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await t.graphql(Deliveries, { filter: { eventType: ids.okType }, first: 5, after });
      seen.push(...page.data!.deliveries.edges.map((e) => e.node.event.id));
      if (!page.data!.deliveries.pageInfo.hasNextPage) break;
      after = page.data!.deliveries.pageInfo.endCursor!;
    }
    expect(seen).toEqual(ids.events.slice(0, 12).reverse());
  });

  it("filters attempts by outcome, trigger and event, and sorts them", async () => {
    const failedAttempts = await t.graphql(Attempts, { filter: { outcome: "FAILED" } });
    expect(failedAttempts.data!.deliveryAttempts.totalCount).toBe(3);
    expect(failedAttempts.data!.deliveryAttempts.edges.map((e) => e.node.responseStatus)).toEqual([500, 500, 500]);

    const deliveryId = failedAttempts.data!.deliveryAttempts.edges[0].node.delivery.id;
    await t.graphql(Resend, { id: deliveryId });
    const manual = await t.graphql(Attempts, { filter: { trigger: "MANUAL" } });
    expect(manual.data!.deliveryAttempts.edges.map((e) => e.node)).toMatchObject([
      { number: 2, trigger: "MANUAL", delivery: { id: deliveryId } },
    ]);

    const byEvent = await t.graphql(Attempts, { filter: { eventId: ids.events[5] } });
    expect(byEvent.data!.deliveryAttempts.edges.map((e) => e.node.delivery.event.id)).toEqual([ids.events[5]]);
    expect(JSON.parse(byEvent.data!.deliveryAttempts.edges[0].node.requestBody!)).toMatchObject({ id: ids.events[5], data: { i: 5 } });

    const slowest = await t.graphql(Attempts, { orderBy: { field: "DURATION", direction: "DESC" }, first: 20 });
    const durations = slowest.data!.deliveryAttempts.edges.map((e) => e.node.durationMs);
    expect(durations).toEqual([...durations].sort((x, y) => y - x));
    const oldest = await t.graphql(Attempts, { orderBy: { field: "SENT_AT", direction: "ASC" }, filter: { eventId: ids.events[0] } });
    expect(oldest.data!.deliveryAttempts.edges[0].node.delivery.event.id).toBe(ids.events[0]);
  });

  it("searches attempts by event id or part of the URL, and sorts them by URL, page after page", async () => {
    const byEvent = await t.graphql(AttemptPages, { filter: { search: ids.events[3] }, first: 10 });
    expect(byEvent.data!.deliveryAttempts.edges.map((e) => e.node.url)).toEqual([ok.origin + "/"]);
    const toFailing = await t.graphql(AttemptPages, { filter: { destinationId: ids.failDestination }, first: 50 });
    // Case-insensitive, any part of the URL.
    const byUrl = await t.graphql(AttemptPages, { filter: { search: failing.origin.toUpperCase() }, first: 50 });
    expect(byUrl.data!.deliveryAttempts.totalCount).toBe(toFailing.data!.deliveryAttempts.totalCount);
    expect(new Set(byUrl.data!.deliveryAttempts.edges.map((e) => e.node.url))).toEqual(new Set([failing.origin + "/"]));
    expect((await t.graphql(AttemptPages, { filter: { search: "no-such-host" }, first: 5 })).data!.deliveryAttempts.totalCount).toBe(0);
    // Or part of the destination's name.
    await t.app.runtime.prisma.destination.update({ where: { id: ids.failDestination }, data: { name: "Ledger Receiver Inc" } });
    const byName = await t.graphql(AttemptPages, { filter: { search: "receiver INC" }, first: 50 });
    expect(byName.data!.deliveryAttempts.totalCount).toBe(toFailing.data!.deliveryAttempts.totalCount);
    expect(new Set(byName.data!.deliveryAttempts.edges.map((e) => e.node.url))).toEqual(new Set([failing.origin + "/"]));

    // Many attempts share a URL: pages of 4 still give every attempt once, in URL order.
    const seen: { id: string; url: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await t.graphql(AttemptPages, { orderBy: { field: "URL", direction: "DESC" }, first: 4, after });
      const connection: AttemptPage = page.data!.deliveryAttempts;
      seen.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    const all = await t.graphql(AttemptPages, { first: 100 });
    expect(seen).toHaveLength(all.data!.deliveryAttempts.totalCount);
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
    expect(seen.map((a) => a.url)).toEqual(
      seen
        .map((a) => a.url)
        .sort()
        .reverse(),
    );
  });

  it("reads a page of history with a fixed number of queries, however many rows (no N+1)", async () => {
    const queriesFor = async (first: number) => {
      t.queries.length = 0;
      await t.graphql(Deliveries, { filter: { eventType: ids.okType }, first });
      await t.graphql(Attempts, { filter: { destinationId: undefined }, first });
      return t.queries.filter((sql) => !/lastUsedAt/.test(sql)).length;
    };
    const small = await queriesFor(2);
    const large = await queriesFor(12);
    expect(small).toBeGreaterThan(2);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(20);
  });
});

const Stats = graphql(`
  query DestinationStatsForTest($id: ID!, $since: DateTime!, $until: DateTime, $bucketMinutes: Int) {
    destination(id: $id) {
      stats(since: $since, until: $until, bucketMinutes: $bucketMinutes) {
        start
        attempts
        succeeded
        successRate
        p50DurationMs
        p95DurationMs
      }
    }
  }
`);

describe("destination statistics", () => {
  it("buckets attempts with success rate and latency, for charts", async () => {
    const failing = await t.graphql(Stats, {
      id: ids.failDestination,
      since: new Date(clock.now().getTime() - 3600_000).toISOString(),
      until: new Date(clock.now().getTime() + 3600_000).toISOString(),
      bucketMinutes: 120,
    });
    const buckets = failing.data!.destination!.stats;
    expect(buckets.reduce((n, b) => n + b.attempts, 0)).toBe(4); // three failures and one manual re-send
    expect(buckets.every((b) => b.successRate >= 0 && b.successRate <= 1)).toBe(true);
    expect(buckets[0].p50DurationMs).toBeGreaterThanOrEqual(0);
  });

  it("refuses a range with too many buckets, with a clear error", async () => {
    const result = await t.graphql(Stats, { id: ids.failDestination, since: "2020-01-01T00:00:00Z", bucketMinutes: 1 });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining("At most 500 buckets"),
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
