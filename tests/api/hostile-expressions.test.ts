// Regular expressions that users write cannot freeze the process: patterns
// run on RE2 (linear time).
// The inputs are the ones a hostile user sent: each froze publishEvent (and
// with it /healthz and every tenant) for seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { createEventType } from "../utils/fixtures.ts";

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

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
});
afterAll(async () => {
  await t?.stop();
});

const bytes = (payload: unknown) => Buffer.byteLength(JSON.stringify(payload));

async function publish(type: string, payload: unknown) {
  return (await t.graphql(Publish, { input: { type, payload } })).data!.publishEvent;
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

  it("that RE2 cannot run (backreferences, lookaround) are refused when the event type is saved, at their place in the schema", async () => {
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
    expect(await t.app.runtime.prisma.eventType.count({ where: { name: { in: ["hostile.backreference", "hostile.lookahead"] } } })).toBe(0);
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
});

