// Text PostgreSQL cannot store (NUL, lone surrogates) and JSON nested beyond
// reason, tried in every text-bearing input of every mutation and query the
// schema has (walked, not listed): a typed error naming the field, and
// nothing stored.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../schema/index.ts";
import { MAX_JSON_DEPTH } from "../../server/input-text.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { commandLineToken, publish, subscribe } from "../utils/fixtures.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { idNouns, operationFor, valueFor, type IdFor } from "../isolation/schema-walk.ts";

interface TextInput {
  path: string[];
  json: boolean;
}

/** Every String, ID and JSON leaf under a field's arguments (list items as index 0). */
function textInputs(field: GraphQLField<unknown, unknown>): TextInput[] {
  const found: TextInput[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) return walk(nullable.ofType as GraphQLInputType, [...path, "0"], seen);
    if (isInputObjectType(nullable)) {
      if (seen.has(nullable.name)) return;
      for (const f of Object.values(nullable.getFields())) walk(f.type, [...path, f.name], new Set([...seen, nullable.name]));
      return;
    }
    const name = getNamedType(nullable).name;
    if (name === "String" || name === "ID") found.push({ path, json: false });
    if (name === "JSON" || name === "JSONObject") found.push({ path, json: true });
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return found;
}

/** JSON written into the request as text, as a client would send it: JSON.stringify could not (too deep, or 1e309). */
class JsonText {
  constructor(readonly text: string) {}
}

/** JSON `levels` objects deep. */
class DeepJson extends JsonText {
  constructor(levels: number) {
    super(`${'{"a":'.repeat(levels - 1)}{}${"}".repeat(levels - 1)}`);
  }
}

const badText = [
  ["a NUL", "bad\u0000name", /NUL/],
  ["a lone high surrogate", "bad\ud800name", /surrogate/],
  ["a lone low surrogate", "\udc00", /surrogate/],
] as const;

/** The bad JSON values, with where under the JSON input each is reported. */
const badJson: [string, Record<string, unknown> | JsonText, string[], RegExp][] = [
  ["a NUL in a key", { "k\u0000": 1 }, [], /NUL/],
  ["a lone surrogate in a key", { ["k\ud800"]: 1 }, [], /surrogate/],
  ["a NUL in a string", { k: ["ok", "v\u0000"] }, ["k", "1"], /NUL/],
  ["a lone surrogate in a string", { k: { j: "\udbff" } }, ["k", "j"], /surrogate/],
  ["5,000 levels of nesting", new DeepJson(5000), [], new RegExp(`deeper than ${MAX_JSON_DEPTH} levels`)],
  // JSON reads it as Infinity, and would store null.
  ["a number beyond a double", new JsonText('{"k":[1,1e309]}'), ["k", "1"], /finite/],
];

let t: TestApp;
let receiver: TestReceiver;
let ids: Record<string, string>;
let wideAdmin: string;

const idFor: IdFor = (fieldName, { rootField }) => {
  const stem = fieldName === "id" ? rootField : fieldName.replace(/Ids?$/, "");
  const noun = stem === "token" ? "AccessToken" : idNouns.find((n) => stem.toLowerCase().includes(n.toLowerCase()));
  return noun ? ids[noun] : ids.Destination;
};

/** The operation for a field, with `bad` placed at `path` (inputs on the way filled with their required fields). */
function withValueAt(kind: "query" | "mutation" | "subscription", field: GraphQLField<unknown, unknown>, path: string[], bad: unknown) {
  const base = operationFor(schema, kind, field, idFor);
  const place = (type: GraphQLInputType, current: unknown, rest: string[], fieldName: string): unknown => {
    if (rest.length === 0) return bad;
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) {
      const item = nullable.ofType as GraphQLInputType;
      const first = Array.isArray(current) && current.length > 0 ? current[0] : valueFor(item, fieldName, idFor, field.name, true);
      return [place(item, first, rest.slice(1), fieldName)];
    }
    if (!isInputObjectType(nullable)) throw new Error(`cannot place a value under ${nullable.toString()}`);
    const object = { ...((current ?? valueFor(nullable, fieldName, idFor, field.name, true)) as Record<string, unknown>) };
    const inner = nullable.getFields()[rest[0]];
    object[rest[0]] = place(inner.type, object[rest[0]], rest.slice(1), inner.name);
    return object;
  };
  const arg = field.args.find((a) => a.name === path[0])!;
  const variables = { ...base.variables, [arg.name]: place(arg.type, base.variables[arg.name], path.slice(1), arg.name) };
  // The argument may not be in the base operation (an optional scalar such as `search`): declare it.
  if (!(arg.name in base.variables)) {
    const query = base.query
      .replace(
        /^(query|mutation) Walk(\((.*?)\))?/,
        (_m, k: string, _p, defs?: string) => `${k} Walk(${[defs, `$${arg.name}: ${arg.type.toString()}`].filter(Boolean).join(", ")})`,
      )
      .replace(
        new RegExp(`\\{ ${field.name}(\\((.*?)\\))? `),
        (_m, _p, args?: string) => `{ ${field.name}(${[args, `${arg.name}: $${arg.name}`].filter(Boolean).join(", ")}) `,
      );
    return { query, variables };
  }
  return { query: base.query, variables };
}

async function snapshot(): Promise<string> {
  const sql = t.app.runtime.db.sql;
  const tables = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await sql.query<{ row: string }>(
      `SELECT (row_to_json(t)::jsonb - 'lastUsedAt')::text AS row FROM "${table_name}" t ORDER BY 1`,
    );
    parts.push(`${table_name}: ${rows.map((r) => r.row).join("\n")}`);
  }
  return parts.join("\n");
}

function bodyText(body: unknown): string {
  let deep: JsonText | undefined;
  const text = JSON.stringify(body, (_key, value: unknown) => (value instanceof JsonText ? ((deep = value), "<deep>") : value));
  return deep ? text.replace('"<deep>"', () => deep!.text) : text;
}

async function post(query: string, variables: unknown) {
  const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${wideAdmin}` },
    body: bodyText({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { __typename: string; issues?: { path: string[]; message: string }[] } | null>;
    errors?: { message: string; extensions?: { code?: string; issues?: { path: string[]; message: string }[] } }[];
  };
}

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
  const prisma = t.app.runtime.prisma;
  // An admin over all organizations, so that no mutation (createOrganization, archiveOrganization) is refused for its reach first.
  wideAdmin = (await commandLineToken(t, (await prisma.organization.findFirstOrThrow()).id, { name: "wide", role: "ADMIN", reach: "ALL" }))
    .secret;
  const chain = await subscribe(t, { url: `${receiver.origin}/hook`, eventType: "order.created" });
  const published = await publish(t, "order.created", { id: 1 });
  const organization = await prisma.organization.findFirstOrThrow();
  const token = await prisma.accessToken.findFirstOrThrow();
  const eventType = await prisma.eventType.findFirstOrThrow({ where: { name: "order.created" } });
  ids = {
    Organization: organization.id,
    AccessToken: token.id,
    Destination: chain.destinationId,
    Webhook: chain.webhookId,
    EventType: eventType.id,
    Event: published.event.id,
    Delivery: published.event.deliveries[0]?.id ?? "dlv_x",
    Attempt: "att_x",
    Credential: "crd_x",
    Program: "prg_x",
    NotificationRule: "ntr_x",
    Source: "src_x",
    IncomingRequest: "inreq_x",
  };
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

const fieldsOf = (type: GraphQLObjectType | null | undefined) => Object.values(type!.getFields());
interface Case {
  field: GraphQLField<unknown, unknown>;
  label: string;
  path: string[];
  value: unknown;
  reported: string[];
  message: RegExp;
}
const rootTypes = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
const cases = (kind: keyof typeof rootTypes): Case[] =>
  fieldsOf(rootTypes[kind]).flatMap((field) =>
    textInputs(field).flatMap(({ path, json }): Case[] =>
      json
        ? badJson.map(([label, value, under, message]) => ({ field, label, path, value, reported: [...path, ...under], message }))
        : badText.map(([label, value, message]) => ({ field, label, path, value, reported: path, message })),
    ),
  );

describe("text a database cannot store, in every mutation", () => {
  const all = cases("mutation");

  it("walks the text inputs of the mutations", () => {
    const fields = new Set(all.map((c) => c.field.name));
    expect(fields).toContain("publishEvent");
    expect(fields).toContain("createProgram");
    expect(all.some((c) => c.path.join(".") === "input.idempotencyKey")).toBe(true);
    expect(all.some((c) => c.path.join(".") === "input.payload")).toBe(true);
  });

  it("answers each with a ValidationError naming the field, and stores nothing", async () => {
    const before = await snapshot();
    const wrong: string[] = [];
    for (const c of all) {
      const { query, variables } = withValueAt("mutation", c.field, c.path, c.value);
      const result = await post(query, variables);
      const answer = result.data?.[c.field.name];
      const issue = answer?.issues?.[0];
      const ok =
        answer?.__typename === "ValidationError" &&
        JSON.stringify(issue?.path) === JSON.stringify(c.reported) &&
        c.message.test(issue?.message ?? "");
      if (!ok) wrong.push(`${c.field.name} ${c.path.join(".")} (${c.label}): ${JSON.stringify(result).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});

describe("text a database cannot store, in query arguments", () => {
  it("answers each with BAD_USER_INPUT naming the argument", async () => {
    const all = cases("query");
    expect(all.some((c) => c.field.name === "organizations" && c.path.join(".") === "search")).toBe(true);
    const wrong: string[] = [];
    for (const c of all) {
      const { query, variables } = withValueAt("query", c.field, c.path, c.value);
      const result = await post(query, variables);
      const error = result.errors?.[0];
      const issue = error?.extensions?.issues?.[0];
      const ok =
        error?.extensions?.code === "BAD_USER_INPUT" &&
        JSON.stringify(issue?.path) === JSON.stringify(c.reported) &&
        c.message.test(issue?.message ?? "");
      if (!ok) wrong.push(`${c.field.name} ${c.path.join(".")} (${c.label}): ${JSON.stringify(result).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("text a database cannot store, in subscription arguments", () => {
  it("answers each (over SSE) with BAD_USER_INPUT naming the argument", async () => {
    const all = cases("subscription");
    expect(all.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const c of all) {
      const { query, variables } = withValueAt("subscription", c.field, c.path, c.value);
      const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${t.adminToken}` },
        body: bodyText({ query, variables }),
      });
      // The refused subscription is one event and the end of the stream.
      const text = await response.text();
      const first = /^data: (.*)$/m.exec(text)?.[1];
      const error = first
        ? (JSON.parse(first) as { errors?: { extensions?: { code?: string; issues?: { path: string[]; message: string }[] } }[] })
            .errors?.[0]
        : undefined;
      const issue = error?.extensions?.issues?.[0];
      const ok =
        error?.extensions?.code === "BAD_USER_INPUT" &&
        JSON.stringify(issue?.path) === JSON.stringify(c.reported) &&
        c.message.test(issue?.message ?? "");
      if (!ok) wrong.push(`${c.field.name} ${c.path.join(".")} (${c.label}): ${text.slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("text that is fine", () => {
  it("accepts accents, emoji (surrogate pairs) and other control characters, and JSON at the depth limit", async () => {
    const created = await post(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { __typename } }`, {
      input: { name: "Café 😀 \u0001 tab\tend" },
    });
    expect(created.data?.createProgram?.__typename).toBe("ProgramPayload");
    const publishOne = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename ... on ValidationError { issues { path message } } } }`;
    const atLimit = await post(publishOne, { input: { type: "order.created", payload: new DeepJson(MAX_JSON_DEPTH) } });
    expect(atLimit.data?.publishEvent?.__typename).toBe("PublishedEvent");
    const beyond = await post(publishOne, { input: { type: "order.created", payload: new DeepJson(MAX_JSON_DEPTH + 1) } });
    expect(beyond.data?.publishEvent).toEqual({
      __typename: "ValidationError",
      issues: [{ path: ["input", "payload"], message: `JSON must not be nested deeper than ${MAX_JSON_DEPTH} levels.` }],
    });
  });
});
