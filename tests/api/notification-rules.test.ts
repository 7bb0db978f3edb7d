// Notification rules and system events (README, "Notification rules and system events").
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { TestReceiver } from "../utils/test-receiver.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { TestClock } from "../utils/test-clock.ts";
import { createDestination, createEventType, createWebhook, publish } from "../utils/fixtures.ts";
import { ConditionBudget } from "../../server/rules/condition.ts";

const SystemTypes = graphql(`
  query SystemTypes {
    eventTypes(filter: { system: true }, first: 100) {
      edges {
        node {
          name
          system
          schema
          example
        }
      }
    }
  }
`);

const CreateRule = graphql(`
  mutation CreateRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      __typename
      ... on NotificationRulePayload {
        notificationRule {
          id
          name
          eventType
          condition
          enabled
          destinations {
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

const UpdateRule = graphql(`
  mutation UpdateRule($input: UpdateNotificationRuleInput!) {
    updateNotificationRule(input: $input) {
      __typename
      ... on NotificationRulePayload {
        notificationRule {
          condition
          enabled
          destinations {
            id
          }
        }
      }
    }
  }
`);

const DeleteRule = graphql(`
  mutation DeleteRule($id: ID!) {
    deleteNotificationRule(input: { id: $id }) {
      __typename
    }
  }
`);

const ListRules = graphql(`
  query ListRules($filter: NotificationRuleFilter) {
    notificationRules(filter: $filter) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`);

const RuleDeliveries = graphql(`
  query RuleDeliveries($eventId: ID!) {
    deliveries(filter: { eventId: $eventId }) {
      edges {
        node {
          destination {
            id
          }
          rule {
            id
          }
          webhook {
            id
          }
        }
      }
    }
  }
`);

const ArchiveSystemType = graphql(`
  mutation ArchiveSystemType($id: ID!) {
    archiveEventType(input: { id: $id }) {
      __typename
      ... on ValidationError {
        issues {
          message
        }
      }
    }
  }
`);

const DeleteUsed = graphql(`
  mutation DeleteDestinationUsedByRule($id: ID!) {
    deleteDestination(input: { id: $id }) {
      __typename
      ... on DestinationInUseError {
        message
        notificationRules {
          name
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
const clock = new TestClock();
beforeAll(async () => ({ t, receiver } = await startDeliveryTestBed({ clock, captureLogs: true }, 200)));
beforeEach(async () => {
  await clearDeliveryTestBed(t, receiver, 200);
  // Each test starts without the rules and webhooks of the ones before it.
  await t.app.runtime.prisma.notificationRule.deleteMany({});
  await t.app.runtime.prisma.webhook.updateMany({ data: { enabled: false } });
});
afterAll(() => stopDeliveryTestBed(t, receiver));

async function rule(input: { name: string; eventType: string; condition?: string; destinationIds: string[] }) {
  const result = await t.graphql(CreateRule, { input });
  const payload = result.data!.createNotificationRule;
  if (payload.__typename !== "NotificationRulePayload") throw new Error(JSON.stringify(result));
  return payload.notificationRule;
}

const eventsOfType = (type: string) => t.app.runtime.prisma.event.findMany({ where: { type }, orderBy: { id: "asc" } });

describe("system events", () => {
  it("are in the catalogue, with a schema and an example that fits it", async () => {
    const result = await t.graphql(SystemTypes);
    const names = result.data!.eventTypes.edges.map((e) => e.node.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "organization.updated",
        "user.updated",
        "destination.created",
        "destination.updated",
        "destination.deleted",
        "destination.disabled",
        "credential.created",
        "credential.deleted",
        "token.created",
        "token.revoked",
        "webhook.created",
        "webhook.updated",
        "webhook.deleted",
        "delivery.exhausted",
      ]),
    );
    for (const edge of result.data!.eventTypes.edges) {
      expect(edge.node.system).toBe(true);
      expect(edge.node.schema).toMatchObject({ type: "object" });
      expect(edge.node.example).toBeTruthy();
    }
  });

  it("cannot be redefined, changed or archived", async () => {
    const system = await t.app.runtime.prisma.eventType.findFirstOrThrow({ where: { name: "destination.created" } });
    const archived = await t.graphql(ArchiveSystemType, { id: system.id });
    expect(archived.data!.archiveEventType).toMatchObject({
      __typename: "ValidationError",
      issues: [{ message: "destination.created is a system event type and cannot be changed." }],
    });
    await expect(createEventType(t, "delivery.exhausted")).rejects.toThrow(/ValidationError/);
  });

  it("reach webhooks subscribed to them", async () => {
    const destinationId = await createDestination(t, { url: `${receiver.origin}/system` });
    await createWebhook(t, { destinationId, eventTypes: ["destination.created"] });
    const created = await createDestination(t, { url: `${receiver.origin}/new-one`, name: "Brand new" });
    await t.app.worker!.runOnce();
    const bodies = receiver.received
      .filter((r) => r.rawUrl === "/system")
      .map((r) => JSON.parse(r.body) as { type: string; data: { destination: { id: string; name: string } } });
    expect(bodies).toEqual([
      expect.objectContaining({
        type: "destination.created",
        data: expect.objectContaining({ destination: expect.objectContaining({ id: created, name: "Brand new" }) }),
      }),
    ]);
  });
});

describe("notification rules", () => {
  it("validate their condition at creation, pointing at the position", async () => {
    const destinationId = await createDestination(t, { url: `${receiver.origin}/x` });
    await createEventType(t, "order.placed");
    const bad = await t.graphql(CreateRule, {
      input: { name: "bad", eventType: "order.placed", condition: "data.amount > && 1", destinationIds: [destinationId] },
    });
    expect(bad.data!.createNotificationRule).toEqual({
      __typename: "ValidationError",
      issues: [{ path: ["input", "condition"], message: "Unexpected token: AND at line 1, column 15." }],
    });
    const unknownType = await t.graphql(CreateRule, { input: { name: "bad", eventType: "no.such", destinationIds: [destinationId] } });
    expect(unknownType.data!.createNotificationRule).toMatchObject({ issues: [{ path: ["input", "eventType"] }] });
    const noDestination = await t.graphql(CreateRule, {
      input: { name: "bad", eventType: "order.placed", destinationIds: ["dst_01h455vb4pex5vsknk084sn02q"] },
    });
    expect(noDestination.data!.createNotificationRule).toMatchObject({ issues: [{ path: ["input", "destinationIds", "0"] }] });
    expect((await t.graphql(ListRules, {})).data!.notificationRules.totalCount).toBe(0);
  });

  it("deliver matching events through the engine, recording which rule caused each delivery", async () => {
    await createEventType(t, "payment.received");
    const big = await createDestination(t, { url: `${receiver.origin}/big` });
    const all = await createDestination(t, { url: `${receiver.origin}/all` });
    const bigRule = await rule({
      name: "Big USD",
      eventType: "payment.received",
      condition: 'data.amount > 1000 && data.currency == "USD"',
      destinationIds: [big],
    });
    const allRule = await rule({ name: "Everything", eventType: "payment.received", destinationIds: [all] });

    const large = await publish(t, "payment.received", { amount: 1500.5, currency: "USD" });
    const small = await publish(t, "payment.received", { amount: 20, currency: "USD" });
    const euros = await publish(t, "payment.received", { amount: 5000, currency: "EUR" });
    const large_ = await t.graphql(RuleDeliveries, { eventId: large.event.id });
    expect(large_.data!.deliveries.edges.map((e) => e.node).sort((a, b) => a.destination.id.localeCompare(b.destination.id))).toEqual(
      [
        { destination: { id: big }, rule: { id: bigRule.id }, webhook: null },
        { destination: { id: all }, rule: { id: allRule.id }, webhook: null },
      ].sort((a, b) => a.destination.id.localeCompare(b.destination.id)),
    );
    expect((await t.graphql(RuleDeliveries, { eventId: small.event.id })).data!.deliveries.edges.map((e) => e.node.rule!.id)).toEqual([
      allRule.id,
    ]);
    expect((await t.graphql(RuleDeliveries, { eventId: euros.event.id })).data!.deliveries.edges.map((e) => e.node.rule!.id)).toEqual([
      allRule.id,
    ]);
    await t.app.worker!.runOnce();
    expect(receiver.received.filter((r) => r.rawUrl === "/big")).toHaveLength(1);
    expect(receiver.received.filter((r) => r.rawUrl === "/all")).toHaveLength(3);
  });

  it("can be updated, listed and deleted; a destination a rule uses cannot be deleted", async () => {
    await createEventType(t, "ticket.opened");
    const a = await createDestination(t, { url: `${receiver.origin}/a`, name: "Alerts A" });
    const b = await createDestination(t, { url: `${receiver.origin}/b`, name: "Alerts B" });
    const r = await rule({ name: "Tickets", eventType: "ticket.opened", condition: "data.priority == 1", destinationIds: [a] });
    const updated = await t.graphql(UpdateRule, { input: { id: r.id, condition: null, destinationIds: [b], enabled: false } });
    expect(updated.data!.updateNotificationRule).toMatchObject({
      notificationRule: { condition: null, enabled: false, destinations: [{ id: b }] },
    });
    expect((await t.graphql(ListRules, { filter: { destinationId: b } })).data!.notificationRules.edges).toEqual([
      { node: { name: "Tickets" } },
    ]);
    const refused = await t.graphql(DeleteUsed, { id: b });
    expect(refused.data!.deleteDestination).toEqual({
      __typename: "DestinationInUseError",
      message: 'The destination is used by notification rule "Tickets"; delete or change it first.',
      notificationRules: [{ name: "Tickets" }],
    });
    expect((await t.graphql(DeleteRule, { id: r.id })).data!.deleteNotificationRule.__typename).toBe("DeletePayload");
    expect((await t.graphql(DeleteUsed, { id: b })).data!.deleteDestination.__typename).toBe("DeletePayload");
  });

  it("fire on a system event a real mutation caused", async () => {
    const alerts = await createDestination(t, { url: `${receiver.origin}/ops` });
    await rule({ name: "Watch credentials", eventType: "credential.created", destinationIds: [alerts] });
    const created = await t.graphql(
      graphql(`
        mutation RuleTriggeringCredential($input: CreateCredentialInput!) {
          createCredential(input: $input) {
            __typename
          }
        }
      `),
      { input: { name: "Billing key", type: "BEARER", fields: { token: "never-in-the-event-123" } } },
    );
    expect(created.data?.createCredential.__typename, JSON.stringify(created)).toBe("CreateCredentialPayload");
    await t.app.worker!.runOnce();
    const problems = t.logs.filter((line) => /"level":(40|50)/.test(line)).join("\n");
    const [request] = receiver.received.filter((r) => r.rawUrl === "/ops");
    expect(request, problems).toBeDefined();
    expect(JSON.parse(request.body)).toMatchObject({
      type: "credential.created",
      data: { credential: { name: "Billing key", type: "BEARER" }, actor: { tokenName: "First admin token" } },
    });
    expect(request.body).not.toContain("never-in-the-event-123");
  });

  it("raise destination.disabled when Switchyard disables a destination", async () => {
    const ops = await createDestination(t, { url: `${receiver.origin}/ops-disabled` });
    await rule({ name: "Disabled destinations", eventType: "destination.disabled", destinationIds: [ops] });
    await createEventType(t, "gone.test");
    const gone = await createDestination(t, { url: `${receiver.origin}/gone`, name: "Gone away" });
    await createWebhook(t, { destinationId: gone, eventTypes: ["gone.test"] });
    receiver.respond((request) => ({ status: request.rawUrl === "/gone" ? 410 : 200 }));
    await publish(t, "gone.test", {});
    await t.app.worker!.runOnce();
    const [alert] = receiver.received.filter((r) => r.rawUrl === "/ops-disabled");
    expect(JSON.parse(alert.body)).toMatchObject({
      type: "destination.disabled",
      data: {
        destination: { id: gone, name: "Gone away", state: "DISABLED" },
        reason: "The endpoint answered 410 Gone.",
        actor: { tokenId: null, tokenName: "Switchyard" },
      },
    });
  });

  it("do not loop when a rule's own delivery failure raises the event it watches", async () => {
    await createEventType(t, "flaky.event");
    const flaky = await createDestination(t, { url: `${receiver.origin}/flaky` });
    await createWebhook(t, { destinationId: flaky, eventTypes: ["flaky.event"], options: { retrySchedule: [] } });
    const alerts = await createDestination(t, { url: `${receiver.origin}/also-down` });
    await rule({ name: "Exhausted deliveries", eventType: "delivery.exhausted", destinationIds: [alerts] });
    receiver.respond(500);
    const before = (await eventsOfType("delivery.exhausted")).length;

    await publish(t, "flaky.event", {});
    await t.app.worker!.runOnce(); // the webhook delivery fails for good: one delivery.exhausted
    expect((await eventsOfType("delivery.exhausted")).length).toBe(before + 1);
    // The rule's delivery of that event fails through its whole schedule…
    for (let i = 0; i < 10; i++) {
      clock.advance(13 * 3600 * 1000); // past the longest step (10 h) even with +20 % jitter
      await t.app.worker!.runOnce();
    }
    const exhausted = await eventsOfType("delivery.exhausted");
    const ruleDelivery = await t.app.runtime.prisma.delivery.findFirstOrThrow({ where: { eventId: exhausted.at(-1)!.id } });
    expect(ruleDelivery.status).toBe("FAILED");
    // …and raises nothing more.
    expect(exhausted.length).toBe(before + 1);
    expect(receiver.received.filter((r) => r.rawUrl === "/also-down")).toHaveLength(8);
  });
});

describe("conditions", () => {
  const event = (payload: unknown) => ({ id: "evt_1", type: "x.y", payload });
  it.each([
    ['data.amount > 1000 && data.currency == "USD"', { amount: 1000.5, currency: "USD" }, true],
    ["data.amount > 1000", { amount: 999 }, false],
    ["data.count >= 2", { count: 2 }, true],
    ['data.note == "say \\"hi\\""', { note: 'say "hi"' }, true],
    ['data.path == "C:\\\\temp"', { path: "C:\\temp" }, true],
    ["data.missing > 1", { present: 1 }, false],
    ["has(data.missing) && data.missing > 1", { present: 1 }, false],
    ["!has(data.missing)", { present: 1 }, true],
    ["data.currency > 5", { currency: "USD" }, false],
    ['data.tags.exists(t, t == "vip")', { tags: ["new", "vip"] }, true],
    ['data.customer.tier in ["gold", "platinum"]', { customer: { tier: "gold" } }, true],
    ['event.type == "x.y"', {}, true],
    ["data.amount", { amount: 5 }, false],
    ["data.flag", { flag: true }, true],
  ])("%s on %j is %s", (condition, payload, expected) => {
    expect(new ConditionBudget().evaluate(condition, event(payload))).toEqual({ matches: expected });
  });

  it("matches every event without a condition", () => {
    expect(new ConditionBudget().evaluate(null, event({}))).toEqual({ matches: true });
  });
});
