import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { TestClock } from "../utils/test-clock.ts";
import { asNewOrganization, createDestination, createEventType, createWebhook } from "../utils/fixtures.ts";
import { newId } from "../../server/ids.ts";
import { operationFor } from "../../server/operation.ts";
import { COMMAND_LINE } from "../../server/changes/change.ts";
import { publishEvents } from "../../server/events/publish.ts";

const Publish = graphql(`
  mutation PublishOne($input: PublishEventInput!) {
    publishEvent(input: $input) {
      __typename
      ... on PublishedEvent {
        duplicate
        event {
          id
          type
          payload
          idempotencyKey
          occurredAt
          deliveries {
            id
            status
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const PublishBare = graphql(`
  mutation PublishBare($input: PublishEventInput!) {
    publishEvent(input: $input) {
      __typename
      ... on PublishedEvent {
        duplicate
        event {
          id
        }
      }
    }
  }
`);

const PublishMany = graphql(`
  mutation PublishMany($events: [PublishEventInput!]!) {
    publishEvents(input: { events: $events }) {
      __typename
      ... on PublishEventsPayload {
        results {
          duplicate
          event {
            id
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const CountEvents = graphql(`
  query CountEvents($type: String) {
    events(filter: { type: $type }) {
      totalCount
    }
  }
`);

const ArchiveType = graphql(`
  mutation ArchiveForPublish($id: ID!) {
    archiveEventType(input: { id: $id }) {
      __typename
    }
  }
`);

let t: TestApp;
const clock = new TestClock();
const typeName = "invoice.paid";
const schemaType = "payment.captured";

beforeAll(async () => {
  t = await startTestApp({ clock, env: { SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  await createEventType(t, typeName);
  await createEventType(t, schemaType, {
    schema: {
      type: "object",
      required: ["amount", "currency"],
      properties: { amount: { type: "number", minimum: 0 }, currency: { type: "string", enum: ["USD", "EUR"] } },
    },
    example: { amount: 10, currency: "USD" },
  });
  const destinationId = await createDestination(t, { url: "https://localhost/hooks" });
  await createWebhook(t, { destinationId, eventTypes: [typeName, schemaType] });
});
afterAll(() => t?.stop());

const count = async (type = typeName) => (await t.graphql(CountEvents, { type })).data!.events.totalCount;

describe("publishing", () => {
  it("stores the event and its deliveries together, and returns them", async () => {
    const result = await t.graphql(Publish, {
      input: { type: typeName, payload: { invoice: "in_1" }, occurredAt: "2026-01-02T03:04:05.000Z" },
    });
    expect(result.data!.publishEvent).toMatchObject({
      __typename: "PublishedEvent",
      duplicate: false,
      event: {
        type: typeName,
        payload: { invoice: "in_1" },
        occurredAt: "2026-01-02T03:04:05.000Z",
        deliveries: [{ status: "SCHEDULED" }],
      },
    });
  });

  it("returns the first event for a repeated idempotency key within 24 hours, and creates nothing", async () => {
    const first = await t.graphql(Publish, { input: { type: typeName, payload: { n: 1 }, idempotencyKey: "order-42" } });
    const before = await count();
    const again = await t.graphql(Publish, { input: { type: typeName, payload: { n: 2 }, idempotencyKey: "order-42" } });
    const firstEvent = (first.data!.publishEvent as { event: { id: string } }).event;
    expect(again.data!.publishEvent).toMatchObject({ duplicate: true, event: { id: firstEvent.id, payload: { n: 1 } } });
    expect(await count()).toBe(before);
    const deliveries = await t.app.runtime.prisma.delivery.count({ where: { eventId: firstEvent.id } });
    expect(deliveries).toBe(1);

    clock.advance(24 * 3600 * 1000 + 1000);
    const later = await t.graphql(Publish, { input: { type: typeName, payload: { n: 3 }, idempotencyKey: "order-42" } });
    expect(later.data!.publishEvent).toMatchObject({ duplicate: false, event: { payload: { n: 3 } } });
    expect((later.data!.publishEvent as { event: { id: string } }).event.id).not.toBe(firstEvent.id);
  });

  it("keeps concurrent publishes of one key to a single event", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.graphql(Publish, { input: { type: typeName, payload: { i }, idempotencyKey: "race-1" } })),
    );
    const ids = new Set(results.map((r) => (r.data!.publishEvent as { event: { id: string } }).event.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !(r.data!.publishEvent as { duplicate: boolean }).duplicate)).toHaveLength(1);
  });

  it("returns the first event of a key whose publisher commits while this publish waits for it", async () => {
    // On PostgreSQL the second publish waits on the key inside its statement, then names an event
    // its statement's snapshot does not have: it must read it again, not lose it.
    const prisma = t.app.runtime.prisma;
    const { organizationId } = await prisma.eventType.findFirstOrThrow({ where: { name: typeName } });
    const eventId = newId("Event");
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let claimed!: () => void;
    const keyClaimed = new Promise<void>((resolve) => (claimed = resolve));
    const first = prisma.$transaction(async (tx) => {
      await tx.idempotencyKey.create({ data: { organizationId, key: "held-1", eventId, createdAt: clock.now() } });
      await tx.event.create({
        data: {
          id: eventId,
          organizationId,
          type: typeName,
          payload: { n: 1 },
          idempotencyKey: "held-1",
          occurredAt: clock.now(),
          createdAt: clock.now(),
        },
      });
      claimed();
      await released;
    });
    await keyClaimed;
    const second = t.graphql(PublishBare, { input: { type: typeName, payload: { n: 2 }, idempotencyKey: "held-1" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await first;
    expect((await second).data!.publishEvent).toMatchObject({ __typename: "PublishedEvent", duplicate: true, event: { id: eventId } });
    expect(await prisma.event.count({ where: { idempotencyKey: "held-1" } })).toBe(1);
  });

  it.each([
    ["just over 512 KiB", 512 * 1024],
    ["2 MiB", 2 * 1024 * 1024],
  ])("refuses a payload of %s with a clear error and stores nothing", async (_label, size) => {
    const before = await count();
    const result = await t.graphql(Publish, { input: { type: typeName, payload: { blob: "x".repeat(size) } } });
    expect(result.data!.publishEvent).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "payload"], message: expect.stringMatching(/the limit is 524288 bytes \(512 KiB\)/) }],
    });
    expect(await count()).toBe(before);
  });

  it("answers 413 to a request body beyond 16 MiB", async () => {
    const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ query: "{ viewer { role } }", variables: { junk: "x".repeat(17 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("checks the payload against the event type's JSON Schema, naming the failing path", async () => {
    const result = await t.graphql(Publish, { input: { type: schemaType, payload: { amount: -5, currency: "GBP" } } });
    const payload = result.data!.publishEvent;
    expect(payload.__typename).toBe("ValidationError");
    if (payload.__typename !== "ValidationError") return;
    expect(payload.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["input", "payload", "amount"],
        ["input", "payload", "currency"],
      ]),
    );
    const missing = await t.graphql(Publish, { input: { type: schemaType, payload: { amount: 1 } } });
    expect(missing.data!.publishEvent).toMatchObject({
      issues: [{ path: ["input", "payload"], message: expect.stringContaining("currency") }],
    });
    expect(await count(schemaType)).toBe(0);
  });

  it("refuses unknown and archived event types", async () => {
    expect((await t.graphql(Publish, { input: { type: "nope.never", payload: {} } })).data!.publishEvent).toMatchObject({
      issues: [{ path: ["input", "type"], message: "No active event type nope.never; create it first." }],
    });
    const archivedId = await createEventType(t, "old.thing");
    await t.graphql(ArchiveType, { id: archivedId });
    expect((await t.graphql(Publish, { input: { type: "old.thing", payload: {} } })).data!.publishEvent).toMatchObject({
      issues: [{ path: ["input", "type"] }],
    });
  });

  it("publishes up to 1,000 events in one call", async () => {
    const before = await count();
    const events = Array.from({ length: 1000 }, (_, i) => ({ type: typeName, payload: { i } }));
    const result = await t.graphql(PublishMany, { events });
    const payload = result.data!.publishEvents;
    if (payload.__typename !== "PublishEventsPayload") throw new Error(JSON.stringify(result));
    expect(payload.results).toHaveLength(1000);
    expect(await count()).toBe(before + 1000);
    expect(await t.app.runtime.prisma.delivery.count({ where: { eventId: { in: payload.results.map((r) => r.event.id) } } })).toBe(1000);

    const tooMany = await t.graphql(PublishMany, { events: [...events, { type: typeName, payload: {} }] });
    expect(tooMany.data!.publishEvents).toMatchObject({
      issues: [{ path: ["input", "events"], message: "Publish 1 to 1000 events a call." }],
    });
  });

  it("refuses a call that would make more than 10,000 deliveries, storing nothing", async () => {
    // An organization of its own: the deliveries it makes put it behind, and publishing here would be refused.
    const other = await asNewOrganization(t, "Fanned out");
    const fanned = "ledger.fanned";
    await createEventType(other, fanned);
    const destinationId = await createDestination(other, { url: "https://localhost/fanned" });
    for (let i = 0; i < 101; i++) await createWebhook(other, { destinationId, eventTypes: [fanned] });
    // 100 events to 101 webhooks: 10,100 deliveries in one statement.
    const events = Array.from({ length: 100 }, (_, i) => ({ type: fanned, payload: { i } }));
    const result = await other.graphql(PublishMany, { events });
    expect(result.data!.publishEvents).toMatchObject({
      __typename: "ValidationError",
      issues: [
        { path: ["input", "events"], message: expect.stringMatching(/^These events would make 10,100 deliveries .* at most 10,000/) },
      ],
    });
    expect(await t.app.runtime.prisma.event.count({ where: { organizationId: other.organizationId, type: fanned } })).toBe(0);
    expect((await other.graphql(PublishMany, { events: events.slice(0, 99) })).data!.publishEvents.__typename).toBe("PublishEventsPayload");
  });

  it("publishes all of a batch or none of it", async () => {
    const before = await count();
    const result = await t.graphql(PublishMany, {
      events: [
        { type: typeName, payload: { ok: 1 } },
        { type: typeName, payload: { ok: 2 } },
        { type: schemaType, payload: { amount: "ten", currency: "USD" } },
        { type: typeName, payload: { ok: 3 }, idempotencyKey: "k" },
        { type: typeName, payload: { ok: 4 }, idempotencyKey: "k" },
      ],
    });
    expect(result.data!.publishEvents.__typename).toBe("ValidationError");
    const issues = (result.data!.publishEvents as { issues: { path: string[] }[] }).issues.map((i) => i.path.join("."));
    expect(issues).toEqual(["input.events.2.payload.amount", "input.events.4.idempotencyKey"]);
    expect(await count()).toBe(before);
  });
});

describe("publishing's SQL statements", () => {
  // Per statement, Prisma and the embedded database cost far more CPU than rows do (bench/README.md):
  // a publish is one write, whatever the number of events, once the token and the organization's
  // routing (types, programs, webhooks, rules) are cached; after a routing change, one read more.
  // The token's own statements (a lookup when its cached copy has expired) are counted by its tests, and
  // intake admission's count of the organization's backlog runs beside publishes, at most once a second.
  const statements = () => t.queries.filter((sql) => !sql.includes('"AccessToken') && !/AS backlog FROM/.test(sql)).length;

  it("publishes one event, reaching a program's webhook, a global one and a rule, in one statement once routing is cached", async () => {
    const prisma = t.app.runtime.prisma;
    const { organizationId } = await prisma.eventType.findFirstOrThrow({ where: { name: typeName } });
    const type = "count.checked";
    await createEventType(t, type);
    const programId = newId("Program");
    await prisma.program.create({ data: { id: programId, organizationId, name: "Counted" } });
    const destinationId = await createDestination(t, { url: "https://localhost/counted" });
    await createWebhook(t, { destinationId, eventTypes: [type] });
    const programHook = newId("Webhook");
    await prisma.webhook.create({
      data: { id: programHook, organizationId, name: "Counted program", destinationId, eventTypes: [type], retrySchedule: [], programId },
    });
    await prisma.notificationRule.create({
      data: {
        id: newId("NotificationRule"),
        organizationId,
        name: "Big ones",
        eventType: type,
        condition: "data.n > 1",
        destinations: { create: [{ destinationId }] },
      },
    });

    t.queries.length = 0;
    const result = await t.graphql(PublishBare, { input: { type, payload: { n: 2 }, programId, idempotencyKey: "counted-1" } });
    expect(result.data!.publishEvent).toMatchObject({ __typename: "PublishedEvent", duplicate: false });
    // The routing changed since it was last read: read, then write.
    expect(statements()).toBe(2);
    const eventId = (result.data!.publishEvent as { event: { id: string } }).event.id;
    // Two webhooks and the rule's destination.
    expect(await prisma.delivery.count({ where: { eventId } })).toBe(3);
    expect(await prisma.delivery.count({ where: { eventId, webhookId: programHook } })).toBe(1);
    expect(await prisma.delivery.count({ where: { eventId, ruleId: { not: null } } })).toBe(1);

    t.queries.length = 0;
    const again = await t.graphql(PublishBare, { input: { type, payload: { n: 3 }, programId, idempotencyKey: "counted-1" } });
    expect(again.data!.publishEvent).toMatchObject({ duplicate: true, event: { id: eventId } });
    expect(statements()).toBe(1);
    expect(await prisma.delivery.count({ where: { eventId } })).toBe(3);

    t.queries.length = 0;
    const next = await t.graphql(PublishBare, { input: { type, payload: { n: 4 }, programId } });
    expect(next.data!.publishEvent).toMatchObject({ duplicate: false });
    expect(statements()).toBe(1);
  });

  it("publishes 500 events in one call in one statement once routing is cached", async () => {
    const batch = (from: number) =>
      Array.from({ length: 500 }, (_, i) => ({
        type: i % 2 ? typeName : schemaType,
        payload: { amount: from + i, currency: "EUR" },
        idempotencyKey: `many-${from + i}`,
      }));
    // The same types, so the same routing: a small call caches it.
    await t.graphql(PublishMany, { events: batch(0).slice(0, 2) });
    t.queries.length = 0;
    const result = await t.graphql(PublishMany, { events: batch(500) });
    if (result.data!.publishEvents.__typename !== "PublishEventsPayload") throw new Error(JSON.stringify(result));
    expect(statements()).toBe(1);
    const ids = result.data!.publishEvents.results.map((r) => r.event.id);
    expect(new Set(ids).size).toBe(500);
    expect(await t.app.runtime.prisma.delivery.count({ where: { eventId: { in: ids } } })).toBe(500);
  });
});

describe("publishing on cached routing", () => {
  // Routing changes are written here straight to the database, as another process (or the command
  // line) would write them: nothing in this process hears of them, and the next publish must follow them.
  const prisma = () => t.app.runtime.prisma;
  const deliveriesOf = async (result: Awaited<ReturnType<typeof publishOne>>) =>
    (await prisma().delivery.findMany({ where: { eventId: result.id }, select: { webhookId: true, ruleId: true } })).map(
      (d) => d.webhookId ?? d.ruleId,
    );
  const publishOne = async (type: string, payload: unknown = {}) => {
    const result = await t.graphql(PublishBare, { input: { type, payload } });
    if (result.data?.publishEvent.__typename !== "PublishedEvent") throw new Error(JSON.stringify(result));
    return result.data.publishEvent.event;
  };
  let organizationId: string;
  let destinationId: string;
  beforeAll(async () => {
    ({ organizationId } = await prisma().eventType.findFirstOrThrow({ where: { name: typeName } }));
    destinationId = await createDestination(t, { url: "https://localhost/cached" });
  });

  it("fans out to a webhook added since the last publish", async () => {
    const type = "cached.added";
    await createEventType(t, type);
    const first = await createWebhook(t, { destinationId, eventTypes: [type] });
    expect(await deliveriesOf(await publishOne(type))).toEqual([first]);
    const second = newId("Webhook");
    await prisma().webhook.create({
      data: { id: second, organizationId, name: "Added later", destinationId, eventTypes: [type], retrySchedule: [] },
    });
    expect((await deliveriesOf(await publishOne(type))).sort()).toEqual([first, second].sort());
  });

  it("leaves out a webhook disabled since the last publish", async () => {
    const type = "cached.disabled";
    await createEventType(t, type);
    const kept = await createWebhook(t, { destinationId, eventTypes: [type] });
    const disabled = await createWebhook(t, { destinationId, eventTypes: [type] });
    expect(await deliveriesOf(await publishOne(type))).toHaveLength(2);
    await prisma().webhook.update({ where: { id: disabled }, data: { enabled: false } });
    expect(await deliveriesOf(await publishOne(type))).toEqual([kept]);
  });

  it("refuses a type archived since the last publish", async () => {
    const type = "cached.archived";
    const id = await createEventType(t, type);
    await publishOne(type);
    await prisma().eventType.update({ where: { id }, data: { archivedAt: new Date() } });
    expect((await t.graphql(PublishBare, { input: { type, payload: {} } })).data!.publishEvent.__typename).toBe("ValidationError");
  });

  it("accepts a type created since a publish of it was refused", async () => {
    const type = "cached.created_later";
    expect((await t.graphql(PublishBare, { input: { type, payload: {} } })).data!.publishEvent.__typename).toBe("ValidationError");
    await prisma().eventType.create({ data: { id: newId("EventType"), organizationId, name: type } });
    expect((await publishOne(type)).id).toMatch(/^evt_/);
  });

  it("follows a rule's new destination", async () => {
    const type = "cached.ruled";
    await createEventType(t, type);
    const ruleId = newId("NotificationRule");
    await prisma().notificationRule.create({ data: { id: ruleId, organizationId, name: "Cached rule", eventType: type } });
    expect(await deliveriesOf(await publishOne(type))).toEqual([]);
    await prisma().notificationRuleDestination.create({ data: { ruleId, destinationId } });
    expect(await deliveriesOf(await publishOne(type))).toEqual([ruleId]);
  });

  it("stores every one of many concurrent publishes with its whole fan-out, while a webhook is added among them", async () => {
    const type = "cached.concurrent";
    await createEventType(t, type);
    const first = await createWebhook(t, { destinationId, eventTypes: [type] });
    await publishOne(type);
    const publishes = Array.from({ length: 40 }, (_, i) => publishOne(type, { i }));
    const added = newId("Webhook");
    await prisma().webhook.create({
      data: { id: added, organizationId, name: "Added among", destinationId, eventTypes: [type], retrySchedule: [] },
    });
    const events = await Promise.all(publishes);
    expect(new Set(events.map((e) => e.id)).size).toBe(40);
    for (const event of events) {
      const hooks = (await deliveriesOf(event)).sort();
      // Published before the change, or after it: never part of one.
      expect([[first], [first, added].sort()]).toContainEqual(hooks);
    }
    // Published after the change: the new webhook is there.
    expect((await deliveriesOf(await publishOne(type))).sort()).toEqual([first, added].sort());
  });
});

describe("concurrent single publishes", () => {
  const writes = () => t.queries.filter((sql) => sql.includes('INSERT INTO "Event"')).length;

  it("are written together, each event with its whole fan-out", async () => {
    const type = "grouped.one";
    await createEventType(t, type);
    const destinationId = await createDestination(t, { url: "https://localhost/grouped" });
    const hooks = [
      await createWebhook(t, { destinationId, eventTypes: [type] }),
      await createWebhook(t, { destinationId, eventTypes: [type] }),
    ];
    await t.graphql(PublishBare, { input: { type, payload: {} } });
    t.queries.length = 0;
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => t.graphql(PublishBare, { input: { type, payload: { i } } })));
    // Group commit: calls arriving while a statement runs share the next one.
    expect(writes()).toBeLessThan(30);
    const ids = results.map((r) => (r.data!.publishEvent as { event: { id: string } }).event.id);
    expect(new Set(ids).size).toBe(30);
    for (const eventId of ids) {
      const deliveries = await t.app.runtime.prisma.delivery.findMany({ where: { eventId }, select: { webhookId: true } });
      expect(deliveries.map((d) => d.webhookId).sort()).toEqual([...hooks].sort());
    }
  });

  it("keep a repeated idempotency key to one event when the calls are written together", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.graphql(PublishBare, { input: { type: typeName, payload: { i }, idempotencyKey: i % 2 ? "grouped-odd" : "grouped-even" } }),
      ),
    );
    const published = results.map((r) => r.data!.publishEvent as { duplicate: boolean; event: { id: string } });
    expect(new Set(published.map((p) => p.event.id)).size).toBe(2);
    expect(published.filter((p) => !p.duplicate)).toHaveLength(2);
  });

  it("fail alone: a call the database refuses takes none of the others written with it down", async () => {
    const { organizationId } = await t.app.runtime.prisma.eventType.findFirstOrThrow({ where: { name: typeName } });
    const op = operationFor(t.app.runtime, { organizationId }, COMMAND_LINE);
    // The API refuses NUL before anything runs; straight to the operation, the database refuses it in the write.
    const calls = Array.from({ length: 10 }, (_, i) =>
      publishEvents(op, [{ type: typeName, payload: i === 4 ? { bad: "\u0000" } : { i } }]),
    );
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(settled.map((_, i) => (i === 4 ? "rejected" : "fulfilled")));
    for (const outcome of settled) {
      if (outcome.status !== "fulfilled") continue;
      const [{ event }] = outcome.value;
      expect(await t.app.runtime.prisma.delivery.count({ where: { eventId: event.id } })).toBe(1);
    }
  });
});
