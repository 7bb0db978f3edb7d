// Every root query and mutation of the schema, run on an organization's own
// records, and every SQL statement it sends: one that reads or writes an
// organization-owned table without naming the organization fails here, even
// when the data it returns happens to be right.
import { parse, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../schema/index.ts";
import { newId } from "../../server/ids.ts";
import { generateIngestKey } from "../../server/sources/ingest-key.ts";
import { commandLineToken, publish, subscribe } from "../utils/fixtures.ts";
import { organizationOwnedModels } from "../../server/tenancy/tenant-db.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { idMapper, operationFor } from "./schema-walk.ts";

let t: TestApp;
let receiver: TestReceiver;
const ids: Record<string, string> = {};
const idFor = idMapper(ids);

/**
 * Statements exempt from the rule, each for a reason:
 * - authentication, which reads the token before any organization is known,
 *   and a token reading itself (viewer.token), whatever organization it acts in;
 * - the worker's statements in a manual attempt (resendDelivery,
 *   sendTestEvent), which load, send and record by delivery id after the
 *   request found the delivery through its organization's handle;
 * - intake admission's count of the deliveries due (all organizations'),
 *   which a publish starts in the background at most once a second;
 * - Prisma's loads of a relation of rows already read in the organization
 *   (`WHERE "Model"."id" IN (…)` and nothing else), which reach only rows those
 *   rows point at; a to-one relation takes no where clause to add it to.
 */
const exemptions: { reason: string; pattern: RegExp }[] = [
  { reason: "authentication", pattern: /WHERE "public"\."AccessTokenOrganization"\."tokenId" = \$1 OFFSET/ },
  { reason: "authentication", pattern: /WHERE \("public"\."AccessToken"\."secretHash" = \$1 AND 1=1\) LIMIT/ },
  { reason: "worker: load for a manual attempt", pattern: /^\s*WITH wanted AS \(SELECT \* FROM "Delivery" WHERE id = ANY/ },
  { reason: "worker: record an attempt", pattern: /^\s*WITH input AS \([\s\S]*INSERT INTO "Attempt"/ },
  { reason: "intake admission: the backlog of all organizations", pattern: /^\s*SELECT count\(\*\)::int AS backlog FROM \(/ },
  {
    reason: "relation load",
    pattern: /^SELECT [^;]* FROM "public"\."\w+" WHERE "public"\."\w+"\."\w+" (?:IN \([^)]*\)|= \$1)(?: ORDER BY [^;]*)? OFFSET \$\d+$/,
  },
];

const ownToken = /^SELECT [^;]* FROM "public"\."AccessToken" WHERE \("public"\."AccessToken"\."id" = \$1 AND 1=1\) LIMIT/;

function exempt(statement: string, field: string): boolean {
  return exemptions.some(({ pattern }) => pattern.test(statement)) || (field === "viewer" && ownToken.test(statement));
}

/** The organization in a condition or a column written, not merely among the columns read back. */
function namesOrganization(statement: string): boolean {
  const conditions = statement.replace(/\bSELECT\b[\s\S]*?\bFROM\b/g, "SELECT FROM").replace(/\bRETURNING\b[^;]*$/, "");
  return conditions.includes('"organizationId"');
}

const tablePattern = /(?:FROM|JOIN|INTO|UPDATE)\s+(?:"public"\.)?"(\w+)"/g;

function unscopedStatements(statements: string[], field: string): string[] {
  return statements.filter((statement) => {
    const tables = [...statement.matchAll(tablePattern)].map((m) => m[1]).filter((table) => organizationOwnedModels.has(table));
    return tables.length > 0 && !namesOrganization(statement) && !exempt(statement, field);
  });
}

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
  const prisma = t.app.runtime.prisma;
  const organization = await prisma.organization.findFirstOrThrow();
  const chain = await subscribe(t, { url: `${receiver.origin}/own`, eventType: "own.thing" });
  const published = await publish(t, "own.thing", { own: true });
  await t.app.worker!.runOnce();
  // Not the admin token the walk runs as: revokeAccessToken revokes it.
  const token = await commandLineToken(t, organization.id, { name: "walked", role: "VIEWER" });
  const credential = await prisma.credential.create({
    data: { id: newId("Credential"), organizationId: organization.id, name: "own credential", type: "NONE", system: "x" },
  });
  const program = await prisma.program.create({ data: { id: newId("Program"), organizationId: organization.id, name: "own program" } });
  const rule = await prisma.notificationRule.create({
    data: {
      id: newId("NotificationRule"),
      organizationId: organization.id,
      name: "own rule",
      eventType: "own.thing",
      destinations: { create: [{ destinationId: chain.destinationId }] },
    },
  });
  const incoming = await prisma.credential.create({
    data: { id: newId("Credential"), organizationId: organization.id, name: "own incoming", type: "HTTP_BASIC", system: "x" },
  });
  const source = await prisma.source.create({
    data: {
      id: newId("Source"),
      organizationId: organization.id,
      name: "own source",
      ingestKey: generateIngestKey(),
      credentialId: incoming.id,
      eventType: "own.thing",
    },
  });
  const request = await prisma.incomingRequest.create({
    data: {
      id: newId("IncomingRequest"),
      organizationId: organization.id,
      sourceId: source.id,
      receivedAt: new Date(),
      outcome: "ACCEPTED",
      responseStatus: 200,
      headers: {},
      bodyBytes: 2,
      eventIds: [published.event.id],
    },
  });
  Object.assign(ids, {
    Source: source.id,
    IncomingRequest: request.id,
    Organization: organization.id,
    AccessToken: token.token.id,
    Credential: credential.id,
    Destination: chain.destinationId,
    EventType: (await prisma.eventType.findFirstOrThrow({ where: { organizationId: organization.id, name: "own.thing" } })).id,
    Webhook: chain.webhookId,
    Program: program.id,
    NotificationRule: rule.id,
    Event: published.event.id,
    Delivery: published.event.deliveries[0].id,
    Attempt: (await prisma.attempt.findFirstOrThrow({ where: { organizationId: organization.id } })).id,
  });
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

const fieldsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type!.getFields()).map((field) => [field.name, field] as const);

describe("every statement on an organization's tables names the organization", () => {
  it.each([
    ...fieldsOf(schema.getQueryType()).map(([n, f]) => ["query", n, f] as const),
    ...fieldsOf(schema.getMutationType()).map(([n, f]) => ["mutation", n, f] as const),
  ])("%s %s", async (kind, _name, field) => {
    const operation = operationFor(schema, kind, field, idFor);
    t.queries.length = 0;
    const result = await t.graphql(parse(operation.query), operation.variables);
    expect(result.status, JSON.stringify(result)).toBe(200);
    expect(unscopedStatements(t.queries, field.name), operation.query).toEqual([]);
  });
});
