// Regular expressions and conditions that users write cannot freeze the
// process: patterns run on RE2 (linear time) and conditions on a step budget.
// The inputs are the ones a hostile user sent: each froze publishEvent (and
// with it /healthz and every tenant) for seconds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { createDestination, createEventType, createWebhook } from "../utils/fixtures.ts";
import { ConditionBudget } from "../../server/rules/condition.ts";
import { newId } from "../../server/ids.ts";

const CreateType = graphql(`
  mutation HostileCreateEventType($input: CreateEventTypeInput!) {
    createEventType(input: $input) {
      __typename
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const Publish = graphql(`
  mutation HostilePublish($input: PublishEventInput!) {
    publishEvent(input: $input) {
      __typename
      ... on PublishedEvent {
        event {
          id
          deliveries {
            destination {
              id
            }
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

const CreateRule = graphql(`
  mutation HostileCreateRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      __typename
      ... on NotificationRulePayload {
        notificationRule {
          id
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
  mutation HostileUpdateRule($input: UpdateNotificationRuleInput!) {
    updateNotificationRule(input: $input) {
      __typename
      ... on NotificationRulePayload {
        notificationRule {
          lastEvaluationError {
            message
          }
        }
      }
    }
  }
`);

const RuleErrors = graphql(`
  query HostileRuleErrors($eventType: String!) {
    notificationRules(filter: { eventType: $eventType }) {
      edges {
        node {
          name
          lastEvaluationError {
            message
            at
          }
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
});
beforeEach(() => {
  receiver.received.length = 0;
});
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

const bytes = (payload: unknown) => Buffer.byteLength(JSON.stringify(payload));

async function publish(type: string, payload: unknown) {
  return (await t.graphql(Publish, { input: { type, payload } })).data!.publishEvent;
}

async function rule(name: string, eventType: string, destinationId: string, condition?: string) {
  const created = (await t.graphql(CreateRule, { input: { name, eventType, condition, destinationIds: [destinationId] } })).data!
    .createNotificationRule;
  if (created.__typename !== "NotificationRulePayload") throw new Error(JSON.stringify(created));
  return created.notificationRule.id;
}

/** Which destinations an event went to, by name. */
function reached(published: Awaited<ReturnType<typeof publish>>, names: Record<string, string>) {
  if (published.__typename !== "PublishedEvent") throw new Error(JSON.stringify(published));
  const byId = new Map(Object.entries(names).map(([name, id]) => [id, name]));
  return published.event.deliveries.map((d) => byId.get(d.destination.id)).sort();
}

async function healthy() {
  return (await t.app.yoga.fetch("http://switchyard.test/healthz")).status;
}

describe("JSON Schema patterns", () => {
  it("decide the 172-byte payload against ^(a+)+$ by RE2, and publishing answers", async () => {
    const schema = { type: "object", properties: { values: { type: "array", items: { type: "string", pattern: "^(a+)+$" } } } };
    await createEventType(t, "hostile.pattern", { schema });
    const hostile = { values: Array.from({ length: 5 }, () => `${"a".repeat(28)}!`) };
    expect(bytes(hostile)).toBe(172);

    const refused = await publish("hostile.pattern", hostile);
    expect(refused.__typename).toBe("ValidationError");
    expect(refused.__typename === "ValidationError" && refused.issues).toEqual(
      hostile.values.map((_, i) => ({
        path: ["input", "payload", "values", String(i)],
        message: `/values/${i} must match pattern "^(a+)+$"`,
      })),
    );
    expect((await publish("hostile.pattern", { values: ["a".repeat(28), "aaa"] })).__typename).toBe("PublishedEvent");
    expect(await healthy()).toBe(200);
  });

  it("that RE2 cannot run (backreferences, lookaround) or that are too large are refused when the event type is saved, at their place in the schema", async () => {
    const backreference = await t.graphql(CreateType, {
      input: { name: "hostile.backreference", schema: { type: "object", properties: { code: { type: "string", pattern: "^(\\w)\\1$" } } } },
    });
    expect(backreference.data!.createEventType).toEqual({
      __typename: "ValidationError",
      issues: [
        {
          path: ["input", "schema", "properties", "code", "pattern"],
          message:
            'The pattern "^(\\\\w)\\\\1$" is not supported (invalid escape sequence: `\\1`); patterns use RE2 syntax, without backreferences or lookaround.',
        },
      ],
    });
    const lookahead = await t.graphql(CreateType, {
      input: { name: "hostile.lookahead", schema: { type: "object", patternProperties: { "^(?!internal_)": { type: "string" } } } },
    });
    expect(lookahead.data!.createEventType).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "schema", "patternProperties", "^(?!internal_)"], message: expect.stringContaining("not supported") }],
    });
    // Linear in the input, but each character steps every instruction: `.{1000}` has a thousand.
    const large = await t.graphql(CreateType, {
      input: { name: "hostile.large", schema: { type: "array", items: { type: "string", pattern: ".{1000}$" } } },
    });
    expect(large.data!.createEventType).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "schema", "items", "pattern"], message: expect.stringContaining("more than 1000 instructions") }],
    });
    expect(
      await t.app.runtime.prisma.eventType.count({
        where: { name: { in: ["hostile.backreference", "hostile.lookahead", "hostile.large"] } },
      }),
    ).toBe(0);
  });

  it("of patternProperties are not tried on the schema's own property names with JavaScript's RegExp", async () => {
    const schema = {
      type: "object",
      properties: { [`${"a".repeat(28)}!`]: { type: "string" } },
      patternProperties: { "^(a+)+$": { type: "string" } },
    };
    expect((await t.graphql(CreateType, { input: { name: "hostile.overlap", schema } })).data!.createEventType.__typename).toBe(
      "EventTypePayload",
    );
  });
  it("in a schema saved before they ran on RE2, when RE2 refuses them, answer publishes with a clear issue", async () => {
    const prisma = t.app.runtime.prisma;
    const organizationId = (await prisma.organization.findFirstOrThrow()).id;
    await prisma.eventType.create({
      data: {
        id: newId("EventType"),
        organizationId,
        name: "hostile.legacy",
        schema: { type: "object", properties: { s: { type: "string", pattern: "^(?!x)" } } },
      },
    });
    const refused = await publish("hostile.legacy", { s: "a" });
    expect(refused.__typename === "ValidationError" && refused.issues).toEqual([
      {
        path: ["input", "payload"],
        message: expect.stringMatching(/^The event type's schema cannot be checked: The pattern "\^\(\?!x\)" is not supported/),
      },
    ]);
  });
});

describe("rule conditions", () => {
  it("run matches() on RE2: the 36-byte payload is decided, and the other rule and the webhook deliver", async () => {
    await createEventType(t, "hostile.matches");
    const names = {
      re2: await createDestination(t, { url: `${receiver.origin}/re2` }),
      other: await createDestination(t, { url: `${receiver.origin}/other` }),
      hook: await createDestination(t, { url: `${receiver.origin}/hook` }),
    };
    await rule("Only a's", "hostile.matches", names.re2, 'data.s.matches("^(a+)+$")');
    await rule("Everything", "hostile.matches", names.other);
    await createWebhook(t, { destinationId: names.hook, eventTypes: ["hostile.matches"] });
    const hostile = { s: `${"a".repeat(27)}!` };
    expect(bytes(hostile)).toBe(36);

    expect(reached(await publish("hostile.matches", hostile), names)).toEqual(["hook", "other"]);
    expect(reached(await publish("hostile.matches", { s: "a".repeat(27) }), names)).toEqual(["hook", "other", "re2"]);
    await t.app.worker!.runOnce();
    expect(receiver.received.map((r) => r.rawUrl).sort()).toEqual(["/hook", "/hook", "/other", "/other", "/re2"]);
    const rules = (await t.graphql(RuleErrors, { eventType: "hostile.matches" })).data!.notificationRules.edges;
    expect(rules.map((e) => e.node.lastEvaluationError)).toEqual([null, null]);
  });

  it("whose matches() pattern RE2 cannot run is refused when the rule is saved", async () => {
    await createEventType(t, "hostile.refused");
    const destinationId = await createDestination(t, { url: `${receiver.origin}/never` });
    const refused = (
      await t.graphql(CreateRule, {
        input: { name: "Twice", eventType: "hostile.refused", condition: 'data.s.matches("(a)\\\\1")', destinationIds: [destinationId] },
      })
    ).data!.createNotificationRule;
    expect(refused).toEqual({
      __typename: "ValidationError",
      issues: [
        {
          path: ["input", "condition"],
          message:
            'The pattern "(a)\\\\1" is not supported (invalid escape sequence: `\\1`); matches() uses RE2 syntax, without backreferences or lookaround.',
        },
      ],
    });
  });

  it("stop at their step budget: the nested all() over 2,000 items does not match, is reported on its rule, and the rest of the event delivers", async () => {
    await createEventType(t, "hostile.quadratic");
    const names = {
      quadratic: await createDestination(t, { url: `${receiver.origin}/quadratic` }),
      other: await createDestination(t, { url: `${receiver.origin}/everything` }),
      hook: await createDestination(t, { url: `${receiver.origin}/webhook` }),
    };
    const condition = "data.l.all(a, data.l.all(b, a == b || a != b))";
    const quadratic = await rule("Quadratic", "hostile.quadratic", names.quadratic, condition);
    await rule("Everything else", "hostile.quadratic", names.other);
    await createWebhook(t, { destinationId: names.hook, eventTypes: ["hostile.quadratic"] });

    // The same condition decides a short list: the budget, not the condition, stops the long one.
    expect(reached(await publish("hostile.quadratic", { l: [1, 2, 3] }), names)).toEqual(["hook", "other", "quadratic"]);
    const published = await publish("hostile.quadratic", { l: Array.from({ length: 2000 }, (_, i) => i) });
    expect(reached(published, names)).toEqual(["hook", "other"]);
    expect(await healthy()).toBe(200);

    const rules = (await t.graphql(RuleErrors, { eventType: "hostile.quadratic" })).data!.notificationRules.edges.map((e) => e.node);
    const eventId = published.__typename === "PublishedEvent" ? published.event.id : "";
    expect(rules).toEqual([
      {
        name: "Quadratic",
        lastEvaluationError: {
          message: `Stopped on event ${eventId} after its 1,000,000 evaluation steps; it counted as not matching.`,
          at: expect.any(String),
        },
      },
      { name: "Everything else", lastEvaluationError: null },
    ]);
    await t.app.worker!.runOnce();
    expect(receiver.received.map((r) => r.rawUrl).sort()).toEqual(["/everything", "/everything", "/quadratic", "/webhook", "/webhook"]);

    // A new condition starts without the old one's error.
    const updated = await t.graphql(UpdateRule, { input: { id: quadratic, condition: "size(data.l) < 100" } });
    expect(updated.data!.updateNotificationRule).toEqual({
      __typename: "NotificationRulePayload",
      notificationRule: { lastEvaluationError: null },
    });
  });
  it("saved before their matches() pattern was checked, when RE2 refuses it, do not match and say why on the rule", async () => {
    await createEventType(t, "hostile.old_rule");
    const names = {
      old: await createDestination(t, { url: `${receiver.origin}/old` }),
      hook: await createDestination(t, { url: `${receiver.origin}/old-hook` }),
    };
    const prisma = t.app.runtime.prisma;
    const organizationId = (await prisma.organization.findFirstOrThrow()).id;
    await prisma.notificationRule.create({
      data: {
        id: newId("NotificationRule"),
        organizationId,
        name: "Old lookahead",
        eventType: "hostile.old_rule",
        condition: 'data.s.matches("^(?=a)")',
        destinations: { create: [{ destinationId: names.old }] },
      },
    });
    await createWebhook(t, { destinationId: names.hook, eventTypes: ["hostile.old_rule"] });
    expect(reached(await publish("hostile.old_rule", { s: "a" }), names)).toEqual(["hook"]);
    const rules = (await t.graphql(RuleErrors, { eventType: "hostile.old_rule" })).data!.notificationRules.edges.map((e) => e.node);
    expect(rules).toEqual([
      {
        name: "Old lookahead",
        lastEvaluationError: {
          message: expect.stringMatching(/^The condition cannot be evaluated: The pattern "\^\(\?=a\)" is not supported/),
          at: expect.any(String),
        },
      },
    ]);
  });
});

describe("the step budget", () => {
  const event = (payload: unknown) => ({ id: "evt_1", type: "x.y", payload });
  const l = Array.from({ length: 2000 }, (_, i) => i);

  it("cannot be sidestepped by an operator that absorbs errors", () => {
    expect(new ConditionBudget().evaluate("data.l.all(a, data.l.all(b, a == b || a != b)) || true", event({ l }))).toMatchObject({
      matches: false,
      problem: expect.any(String),
    });
    expect(new ConditionBudget().evaluate("data.l.exists(a, data.l.exists(b, a + b < 0.0)) || true", event({ l }))).toMatchObject({
      matches: false,
      problem: expect.any(String),
    });
  });

  it("is shared by the conditions of one publish call, up to ten times the budget of one", () => {
    const budget = new ConditionBudget(1000);
    const outcomes = Array.from({ length: 30 }, () => budget.evaluate("data.l.all(x, x >= 0.0)", event({ l: l.slice(0, 100) })));
    const firstOver = outcomes.findIndex((o) => o.problem);
    expect(firstOver).toBeGreaterThan(5);
    expect(outcomes.slice(0, firstOver)).toEqual(Array(firstOver).fill({ matches: true }));
    expect(outcomes.slice(firstOver).every((o) => !o.matches && /publish call/.test(o.problem!))).toBe(true);
  });
});
