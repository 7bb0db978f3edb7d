// Walks every root query, mutation and subscription in the schema (so new
// fields are covered without anyone remembering) and shows that a token of
// organization A reads nothing of B and changes nothing of B, and that each
// role is refused what it may not do, with extensions.code = FORBIDDEN.
import { parse, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../schema/index.ts";
import { newId } from "../../server/ids.ts";
import { generateIngestKey } from "../../server/sources/ingest-key.ts";
import { commandLineToken, publish, subscribe as subscribeChain } from "../utils/fixtures.ts";
import { graphqlClient, startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { wsClient } from "../utils/live-clients.ts";
import { idMapper, idNouns, operationFor } from "./schema-walk.ts";

type Role = "ADMIN" | "OPERATOR" | "VIEWER";

// The least role each root field needs (WIDE_ADMIN: an admin whose token reaches all organizations, which
// none of the walked tokens is). A field missing here fails the test: decide, then add it.
const minimumRole: Record<"query" | "mutation" | "subscription", Record<string, Role | "WIDE_ADMIN">> = {
  query: {
    accessTokens: "ADMIN",
    auditLog: "ADMIN",
    credentialTypes: "VIEWER",
    credentials: "VIEWER",
    deliveries: "VIEWER",
    deliveryAttempts: "VIEWER",
    destination: "VIEWER",
    destinations: "VIEWER",
    event: "VIEWER",
    eventTypes: "VIEWER",
    events: "VIEWER",
    incomingRequests: "VIEWER",
    node: "VIEWER",
    nodes: "VIEWER",
    notificationRules: "VIEWER",
    organizations: "VIEWER",
    overview: "VIEWER",
    programs: "VIEWER",
    sources: "VIEWER",
    viewer: "VIEWER",
    webhooks: "VIEWER",
  },
  mutation: {
    archiveEventType: "OPERATOR",
    archiveOrganization: "WIDE_ADMIN",
    closeDestinationCircuit: "OPERATOR",
    createAccessToken: "ADMIN",
    createCredential: "OPERATOR",
    createDestination: "OPERATOR",
    createEventType: "OPERATOR",
    createNotificationRule: "OPERATOR",
    createOrganization: "WIDE_ADMIN",
    createProgram: "OPERATOR",
    createSource: "OPERATOR",
    createWebhook: "OPERATOR",
    deleteCredential: "OPERATOR",
    deleteDestination: "OPERATOR",
    deleteNotificationRule: "OPERATOR",
    deleteSource: "OPERATOR",
    deleteWebhook: "OPERATOR",
    endDestinationCredentialGrace: "OPERATOR",
    pauseDestination: "OPERATOR",
    publishEvent: "OPERATOR",
    publishEvents: "OPERATOR",
    renameAccessToken: "ADMIN",
    resendDelivery: "OPERATOR",
    resumeDestination: "OPERATOR",
    retryFailedDeliveries: "OPERATOR",
    rotateDestinationCredential: "OPERATOR",
    revokeAccessToken: "ADMIN",
    rotateSourceKey: "OPERATOR",
    sendTestEvent: "OPERATOR",
    updateDestination: "OPERATOR",
    updateEventType: "OPERATOR",
    updateNotificationRule: "OPERATOR",
    updateOrganization: "ADMIN",
    updateProgram: "OPERATOR",
    updateSource: "OPERATOR",
    updateWebhook: "OPERATOR",
  },
  subscription: { deliveryAttempts: "VIEWER", deliveryUpdated: "VIEWER", incomingRequests: "VIEWER" },
};

const rank: Record<Role | "WIDE_ADMIN", number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2, WIDE_ADMIN: 3 };
const rootTypes = { query: schema.getQueryType()!, mutation: schema.getMutationType()!, subscription: schema.getSubscriptionType()! };
const fieldsOf = (kind: keyof typeof rootTypes) => Object.values((rootTypes[kind] as GraphQLObjectType).getFields());

let t: TestApp;
let receiver: TestReceiver;
let asB: TestApp;
const tokens: Record<Role, string> = { ADMIN: "", OPERATOR: "", VIEWER: "" };
const bIds: Record<string, string> = {};
const bMarker = "Bee Corp";
let bIngestKey = "";

async function snapshotOfB(): Promise<string> {
  const sql = t.app.runtime.db.sql;
  const tables = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await sql.query<{ row: string }>(
      `SELECT (row_to_json(t)::jsonb - 'lastUsedAt')::text AS row FROM "${table_name}" t WHERE "organizationId" = $1 ORDER BY 1`,
      [bIds.Organization],
    );
    parts.push(`${table_name}: ${rows.map((r) => r.row).join("\n")}`);
  }
  return parts.join("\n");
}

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
  const prisma = t.app.runtime.prisma;
  const a = await prisma.organization.findFirstOrThrow();
  tokens.ADMIN = t.adminToken;
  tokens.OPERATOR = (await commandLineToken(t, a.id, { name: "A operator", role: "OPERATOR" })).secret;
  tokens.VIEWER = (await commandLineToken(t, a.id, { name: "A viewer", role: "VIEWER" })).secret;

  // Organization B, with one of everything.
  const b = await prisma.organization.create({ data: { id: newId("Organization"), name: bMarker } });
  const bAdmin = await commandLineToken(t, b.id, { name: `${bMarker} admin`, role: "ADMIN" });
  asB = { ...t, adminToken: bAdmin.secret, graphql: graphqlClient((url, init) => t.app.yoga.fetch(url, init), bAdmin.secret) };
  const chain = await subscribeChain(asB, { url: `${receiver.origin}/bee`, eventType: "bee.buzzed" });
  const published = await publish(asB, "bee.buzzed", { secret: bMarker });
  await t.app.worker!.runOnce();
  const credential = await prisma.credential.create({
    data: { id: newId("Credential"), organizationId: b.id, name: `${bMarker} credential`, type: "NONE", system: "x" },
  });
  const program = await prisma.program.create({ data: { id: newId("Program"), organizationId: b.id, name: `${bMarker} program` } });
  const rule = await prisma.notificationRule.create({
    data: {
      id: newId("NotificationRule"),
      organizationId: b.id,
      name: `${bMarker} rule`,
      eventType: "bee.buzzed",
      destinations: { create: [{ destinationId: chain.destinationId }] },
    },
  });
  const incoming = await prisma.credential.create({
    data: { id: newId("Credential"), organizationId: b.id, name: `${bMarker} incoming`, type: "HTTP_BASIC", system: "x" },
  });
  const source = await prisma.source.create({
    data: {
      id: newId("Source"),
      organizationId: b.id,
      name: `${bMarker} source`,
      ingestKey: generateIngestKey(),
      credentialId: incoming.id,
      eventType: "bee.buzzed",
    },
  });
  const request = await prisma.incomingRequest.create({
    data: {
      id: newId("IncomingRequest"),
      organizationId: b.id,
      sourceId: source.id,
      receivedAt: new Date(),
      outcome: "ACCEPTED",
      responseStatus: 200,
      headers: { "x-bee": bMarker },
      body: JSON.stringify({ secret: bMarker }),
      bodyBytes: 20,
      eventIds: [published.event.id],
    },
  });
  const attempt = await prisma.attempt.findFirstOrThrow({ where: { organizationId: b.id } });
  const eventType = await prisma.eventType.findFirstOrThrow({ where: { organizationId: b.id } });
  Object.assign(bIds, {
    Organization: b.id,
    AccessToken: bAdmin.token.id,
    Credential: credential.id,
    Destination: chain.destinationId,
    EventType: eventType.id,
    Webhook: chain.webhookId,
    Program: program.id,
    NotificationRule: rule.id,
    Event: published.event.id,
    Delivery: published.event.deliveries[0].id,
    Attempt: attempt.id,
    Source: source.id,
    IncomingRequest: request.id,
  });
  // Not an id, but what would let A post to B's source: it must never show either.
  bIngestKey = source.ingestKey;
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

describe("the role table", () => {
  it.each(["query", "mutation", "subscription"] as const)("names every %s field of the schema", (kind) => {
    expect(
      fieldsOf(kind)
        .map((f) => f.name)
        .sort(),
    ).toEqual(Object.keys(minimumRole[kind]).sort());
  });
});

describe("organization A reads nothing of B", () => {
  const leaks = (body: unknown) => {
    const text = JSON.stringify(body);
    return [...Object.values(bIds), bMarker, bIngestKey].filter((secret) => text.includes(secret));
  };

  it.each(fieldsOf("query").map((f) => [f.name, f] as const))("query %s", async (_name, field) => {
    const idFor = idMapper(bIds);
    const operations = [operationFor(schema, "query", field, idFor)];
    // Fields taking one id are tried with every one of B's ids.
    if (field.args.some((a) => a.name === "id"))
      for (const id of Object.values(bIds)) operations.push({ ...operations[0], variables: { ...operations[0].variables, id } });
    if (field.args.some((a) => a.name === "ids"))
      operations.push({ ...operations[0], variables: { ...operations[0].variables, ids: Object.values(bIds) } });
    if (field.args.some((a) => a.name === "search"))
      for (const search of [bIds.Organization, bMarker]) operations.push({ ...operations[0], variables: { search } });
    for (const operation of operations) {
      const result = await t.graphql(parse(operation.query), operation.variables);
      expect(
        result.errors?.filter((e) => !["BAD_USER_INPUT", "NOT_FOUND"].includes(String(e.extensions?.code))) ?? [],
        operation.query,
      ).toEqual([]);
      expect(leaks(result), `${operation.query} ${JSON.stringify(operation.variables)}`).toEqual([]);
    }
  });
});

describe("organization A changes nothing of B", () => {
  it("(the snapshot holds B's data and notices a change to it)", async () => {
    const before = await snapshotOfB();
    for (const id of Object.values(bIds)) if (!id.startsWith("org_")) expect(before).toContain(id);
    await t.app.runtime.prisma.program.update({ where: { id: bIds.Program }, data: { description: "changed by B" } });
    expect(await snapshotOfB()).not.toBe(before);
  });

  it.each(fieldsOf("mutation").map((f) => [f.name, f] as const))("mutation %s", async (_name, field) => {
    const before = await snapshotOfB();
    const operation = operationFor(schema, "mutation", field, idMapper(bIds));
    const result = await t.graphql(parse(operation.query), operation.variables);
    expect(result.status, JSON.stringify(result)).toBe(200);
    expect(await snapshotOfB(), `${operation.query} ${JSON.stringify(operation.variables)}`).toBe(before);
    expect(JSON.stringify(result)).not.toContain(bMarker);
  });
});

describe("roles", () => {
  // Ids that exist nowhere: a role that may act gets NotFound or a validation error, never FORBIDDEN.
  const nowhere = idMapper(Object.fromEntries(idNouns.map((n) => [n, newId(n as never)])));
  const cases = (["query", "mutation", "subscription"] as const).flatMap((kind) =>
    fieldsOf(kind).flatMap((field) => (["VIEWER", "OPERATOR", "ADMIN"] as const).map((role) => [kind, field.name, role, field] as const)),
  );

  it.each(cases.filter(([kind]) => kind !== "subscription"))("%s %s as %s", async (kind, name, role, field) => {
    const operation = operationFor(schema, kind, field, nowhere, true);
    const result = await t.graphql(parse(operation.query), operation.variables, { token: tokens[role] });
    const forbidden = result.errors?.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
    expect(forbidden, JSON.stringify(result.errors)).toBe(rank[role] < rank[minimumRole[kind][name]]);
  });

  it.each(cases.filter(([kind]) => kind === "subscription"))("%s %s as %s", async (_kind, name, role, field) => {
    const operation = operationFor(schema, "subscription", field, nowhere, true);
    const client = wsClient(t.app.url!, { authorization: `Bearer ${tokens[role]}` });
    try {
      const feed = client.subscribe(parse(operation.query), operation.variables);
      await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBeGreaterThan(0);
      expect(feed.errors, name).toEqual([]);
      feed.stop();
    } finally {
      await client.dispose();
    }
  });
});

describe("organization A's subscriptions see nothing of B", () => {
  it("while B publishes and delivers", async () => {
    const a = wsClient(t.app.url!, { authorization: `Bearer ${tokens.VIEWER}` });
    const b = wsClient(t.app.url!, { authorization: `Bearer ${asB.adminToken}` });
    try {
      const idFor = idMapper(bIds);
      const watched = fieldsOf("subscription").flatMap((field) => {
        const filtered = operationFor(schema, "subscription", field, idFor);
        const plain = operationFor(schema, "subscription", field, idFor, true);
        return [a.subscribe(parse(filtered.query), filtered.variables), a.subscribe(parse(plain.query), plain.variables)];
      });
      const control = b.subscribe(parse(operationFor(schema, "subscription", fieldsOf("subscription")[0], idFor, true).query));
      await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(watched.length + 1);
      await t.app.runtime.live.settled();
      await publish(asB, "bee.buzzed", { again: true });
      await t.app.worker!.runOnce();
      await control.waitFor(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const feed of watched) expect(feed.items).toEqual([]);
    } finally {
      await a.dispose();
      await b.dispose();
    }
  });
});
