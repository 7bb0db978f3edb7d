// JSON Schemas that organizations write cannot freeze the process or reach
// another organization: each input here is one a hostile-tenant audit sent
// (uniqueItems over 30,000 arrays: 10.7 s a publish; 30 levels of
// allOf:[$ref,$ref]: 9 s; a $ref'd definition expanded 100 times: 3 s to
// compile), or one found measuring the limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { asNewOrganization, createEventType } from "../utils/fixtures.ts";
import { MAX_SCHEMA_BYTES, MAX_SCHEMA_NODES } from "../../server/events/payload-schema.ts";
import { newId } from "../../server/ids.ts";

const CreateType = graphql(`
  mutation HostileSchemaCreateEventType($input: CreateEventTypeInput!) {
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

const UpdateType = graphql(`
  mutation HostileSchemaUpdateEventType($input: UpdateEventTypeInput!) {
    updateEventType(input: $input) {
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
  mutation HostileSchemaPublish($input: PublishEventInput!) {
    publishEvent(input: $input) {
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

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

async function create(app: Pick<TestApp, "graphql">, name: string, schema: unknown, example?: unknown) {
  return (await app.graphql(CreateType, { input: { name, schema, example } })).data!.createEventType;
}

async function publish(app: Pick<TestApp, "graphql">, type: string, payload: unknown) {
  return (await app.graphql(Publish, { input: { type, payload } })).data!.publishEvent;
}

/** The ValidationError's issues, or the result when it is something else. */
const issuesOf = (result: { __typename: string; issues?: unknown }) => (result.__typename === "ValidationError" ? result.issues : result);

/** Each $defs level refers twice to the next: the schema doubles per level once expanded. */
function doublingChain(levels: number) {
  const $defs: Record<string, object> = { [`l${levels}`]: { type: "object" } };
  for (let i = 0; i < levels; i++) $defs[`l${i}`] = { allOf: [{ $ref: `#/$defs/l${i + 1}` }, { $ref: `#/$defs/l${i + 1}` }] };
  return { $ref: "#/$defs/l0", $defs };
}

describe("JSON Schemas are refused when saved", () => {
  it("with uniqueItems over items that are not declared scalar (pairwise deep equality), at the keyword", async () => {
    for (const [name, schema, path] of [
      ["hostile.unique_any", { type: "array", uniqueItems: true }, ["uniqueItems"]],
      [
        "hostile.unique_arrays",
        { type: "object", properties: { ids: { type: "array", items: { type: "array" }, uniqueItems: true } } },
        ["properties", "ids", "uniqueItems"],
      ],
      [
        "hostile.unique_ref",
        { $defs: { n: { type: "integer" } }, type: "array", items: { $ref: "#/$defs/n" }, uniqueItems: true },
        ["uniqueItems"],
      ],
    ] as const)
      expect(issuesOf(await create(t, name, schema))).toEqual([
        {
          path: ["input", "schema", ...path],
          message: expect.stringMatching(/^uniqueItems is checked only on arrays whose items have a scalar type/),
        },
      ]);
  });

  it("with uniqueItems over scalar items accepted, and 30,000 of them checked in linear time", async () => {
    await createEventType(t, "hostile.unique_ints", {
      schema: { type: "array", uniqueItems: true, items: { type: ["integer", "string"] } },
    });
    const ints = Array.from({ length: 30_000 }, (_, i) => i);
    expect((await publish(t, "hostile.unique_ints", ints)).__typename).toBe("PublishedEvent");
    expect(issuesOf(await publish(t, "hostile.unique_ints", [...ints, 7]))).toEqual([
      { path: ["input", "payload"], message: "(root) must NOT have duplicate items (items ## 30000 and 7 are identical)" },
    ]);
  });

  it("that expand to more subschemas than the limit once $refs are followed (30 levels of allOf:[$ref,$ref]), under input.schema", async () => {
    const result = issuesOf(await create(t, "hostile.doubling", doublingChain(30), { a: 1 }));
    expect(result).toEqual([
      {
        path: expect.arrayContaining(["input", "schema", "$ref", "allOf"]),
        message: expect.stringContaining(`more than ${MAX_SCHEMA_NODES} subschemas once its $refs are followed`),
      },
    ]);
    // A definition of 100 properties referred to from 100 places: 3 s to compile before.
    const props = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${i}`, { type: "string" }]));
    const fanned = {
      $defs: { x: { type: "object", properties: props } },
      type: "object",
      properties: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`q${i}`, { $ref: "#/$defs/x" }])),
    };
    expect(issuesOf(await create(t, "hostile.fanned", fanned))).toEqual([
      {
        path: expect.arrayContaining(["input", "schema", "properties"]),
        message: expect.stringContaining("refer to large definitions from fewer places"),
      },
    ]);
    expect((await create(t, "hostile.shallow_chain", doublingChain(6), { a: 1 })).__typename).toBe("EventTypePayload");
  });

  it("larger than the size limit, or nested deeper than the depth limit", async () => {
    const big = {
      type: "object",
      properties: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`property_${i}`, { type: "string" }])),
    };
    expect(issuesOf(await create(t, "hostile.big", big))).toEqual([
      {
        path: ["input", "schema"],
        message: expect.stringMatching(new RegExp(`^The schema is \\d+ bytes of JSON; the limit is ${MAX_SCHEMA_BYTES} bytes`)),
      },
    ]);
    let deep: unknown = { type: "string" };
    for (let i = 0; i < 40; i++) deep = { not: deep };
    expect(issuesOf(await create(t, "hostile.deep", deep))).toEqual([
      { path: ["input", "schema", ...Array<string>(33).fill("not")], message: expect.stringContaining("nested more than 32 levels") },
    ]);
  });

  it("with a $ref outside the schema (even one ajv knows, such as the meta-schema) or an $id below the root", async () => {
    const outside = { type: "object", properties: { s: { $ref: "https://json-schema.org/draft/2020-12/schema" } } };
    expect(issuesOf(await create(t, "hostile.meta_ref", outside))).toEqual([
      { path: ["input", "schema", "properties", "s", "$ref"], message: expect.stringContaining("is outside this schema") },
    ]);
    const innerId = {
      $defs: { a: { $id: "https://schemas.example.com/a.json", type: "string" } },
      $ref: "https://schemas.example.com/a.json",
    };
    expect(issuesOf(await create(t, "hostile.inner_id", innerId))).toEqual([
      { path: ["input", "schema", "$defs", "a", "$id"], message: expect.stringContaining("Only the schema's root may have an $id") },
      { path: ["input", "schema", "$ref"], message: expect.stringContaining("is outside this schema") },
    ]);
  });

  it("when updated to one beyond the limits", async () => {
    const id = await createEventType(t, "hostile.updated", { schema: { type: "array" } });
    expect(
      issuesOf((await t.graphql(UpdateType, { input: { id, schema: { type: "array", uniqueItems: true } } })).data!.updateEventType),
    ).toEqual([{ path: ["input", "schema", "uniqueItems"], message: expect.stringContaining("uniqueItems is checked only") }]);
  });
});

describe("JSON Schemas within the limits", () => {
  it("may be recursive (a $ref back into a definition being expanded counts once): trees validate", async () => {
    const tree = {
      $id: "https://schemas.example.com/tree.json",
      $ref: "#/$defs/node",
      $defs: {
        node: {
          type: "object",
          required: ["v"],
          properties: { v: { type: "integer" }, children: { type: "array", items: { $ref: "#/$defs/node" } } },
        },
      },
    };
    await createEventType(t, "hostile.tree", { schema: tree, example: { v: 1, children: [{ v: 2 }] } });
    const grow = (depth: number): unknown => ({ v: depth, children: depth ? [grow(depth - 1), grow(depth - 1)] : [] });
    expect((await publish(t, "hostile.tree", grow(10))).__typename).toBe("PublishedEvent");
    expect(issuesOf(await publish(t, "hostile.tree", { v: 1, children: [{ v: "x" }] }))).toEqual([
      { path: ["input", "payload", "children", "0", "v"], message: "/children/0/v must be integer" },
    ]);
  });

  it("run on a budget of work: recursion that fans out per level answers with an issue instead of running 2^40 checks", async () => {
    const fanOut = {
      $ref: "#/$defs/t",
      $defs: {
        t: { type: "object", allOf: [{ additionalProperties: { $ref: "#/$defs/t" } }, { additionalProperties: { $ref: "#/$defs/t" } }] },
      },
    };
    await createEventType(t, "hostile.fan_out", { schema: fanOut });
    let payload: unknown = {};
    for (let i = 0; i < 40; i++) payload = { a: payload };
    const started = performance.now();
    expect(issuesOf(await publish(t, "hostile.fan_out", payload))).toEqual([
      { path: ["input", "payload"], message: expect.stringContaining("units of work to check against the event type's schema") },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await publish(t, "hostile.fan_out", { a: { b: {} } })).__typename).toBe("PublishedEvent");
  });

  it("leave room for ordinary payloads: 5,000 names checked by a bounded-repeat pattern", async () => {
    // {1,255} compiles to ~500 RE2 instructions; charged in full per character, 1,000 such names (43 KB) were refused.
    await createEventType(t, "hostile.names", { schema: { type: "array", items: { type: "string", pattern: "^[A-Za-z .'-]{1,255}$" } } });
    const names = Array.from({ length: 5000 }, (_, i) => `Abcdefghij Klmnopqrst Uvwxyz Abc ${"de".repeat(1 + (i % 3))}`);
    expect((await publish(t, "hostile.names", names)).__typename).toBe("PublishedEvent");
  });

  it("report at most 100 problems with a payload, then how many more", async () => {
    await createEventType(t, "hostile.many_errors", { schema: { type: "array", items: { type: "string" } } });
    const issues = issuesOf(
      await publish(
        t,
        "hostile.many_errors",
        Array.from({ length: 500 }, (_, i) => i),
      ),
    ) as unknown[];
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({ path: ["input", "payload"], message: "…and 400 more problems with the payload." });
  });
});

describe("JSON Schema $ids", () => {
  it("are each organization's own: the same $id in two organizations compiles and checks each one's schema", async () => {
    const $id = "https://schemas.example.com/order.json";
    const other = await asNewOrganization(t, "Schema neighbours");
    await createEventType(t, "order.placed", { schema: { $id, type: "object", required: ["amount"] } });
    await createEventType(other, "order.placed", { schema: { $id, type: "object", required: ["sku"] } });
    expect((await publish(t, "order.placed", { amount: 1 })).__typename).toBe("PublishedEvent");
    expect((await publish(other, "order.placed", { sku: "A-1" })).__typename).toBe("PublishedEvent");
    expect(issuesOf(await publish(other, "order.placed", { amount: 1 }))).toEqual([
      { path: ["input", "payload"], message: "(root) must have required property 'sku'" },
    ]);
    // A $ref to the other organization's $id does not reach its schema.
    expect(issuesOf(await create(other, "order.shipped", { $ref: "https://schemas.example.com/order.json#/required" }))).toEqual([
      { path: ["input", "schema", "$ref"], message: expect.stringContaining("is outside this schema") },
    ]);
  });
});

describe("JSON Schemas saved before the limits", () => {
  it("that break them are not run: publishes answer with an issue saying to update the schema", async () => {
    const prisma = t.app.runtime.prisma;
    const organizationId = (await prisma.organization.findFirstOrThrow()).id;
    for (const [name, schema] of [
      ["hostile.legacy_unique", { type: "array", uniqueItems: true }],
      ["hostile.legacy_doubling", doublingChain(30)],
    ] as const)
      await prisma.eventType.create({ data: { id: newId("EventType"), organizationId, name, schema } });
    const started = performance.now();
    expect(
      issuesOf(
        await publish(
          t,
          "hostile.legacy_unique",
          Array.from({ length: 30_000 }, (_, i) => [i]),
        ),
      ),
    ).toEqual([
      {
        path: ["input", "payload"],
        message: expect.stringMatching(
          /^The event type's schema cannot be checked: uniqueItems is checked only on arrays whose items have a scalar type.* Update the event type's schema\.$/,
        ),
      },
    ]);
    expect(issuesOf(await publish(t, "hostile.legacy_doubling", { a: 1 }))).toEqual([
      {
        path: ["input", "payload"],
        message: expect.stringMatching(/^The event type's schema cannot be checked: The schema applies more than/),
      },
    ]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
