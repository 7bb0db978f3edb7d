// One organization's notification rule conditions take at most its share of
// the process's CPU, however many tokens it mints: past its share, its
// publishes are refused (HTTP 429, Retry-After, RATE_LIMITED) with nothing
// written, by API and by ingest alike, while another organization publishes
// through conditions of its own. The engine's own events are never refused.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { CreateIncomingCredentialDocument, CreateIngestSourceDocument } from "../gql/graphql.ts";
import { asNewOrganization, commandLineToken, createDestination, createEventType } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { ConditionShares } from "../../server/rules/condition-share.ts";
import { publishEvents } from "../../server/events/publish.ts";
import { operationFor } from "../../server/operation.ts";
import { SWITCHYARD } from "../../server/changes/change.ts";

const CreateExpensiveRule = graphql(`
  mutation CreateExpensiveRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      __typename
    }
  }
`);

/** Spends a condition's whole budget on every event: 2,000 items, each a few steps. */
const EXPENSIVE = "data.l.all(x, x >= 0.0)";
const payload = { l: Array.from({ length: 2000 }, (_, i) => i) };

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: { publishEvent?: { __typename: string } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function publish(app: TestApp, token: string, type: string): Promise<Answer> {
  const response = await app.app.yoga.fetch("http://switchyard.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: "mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }",
      variables: { input: { type, payload } },
    }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Answer["body"] };
}

async function withExpensiveRule(org: TestApp & { organizationId: string }, type: string) {
  await createEventType(org, type);
  const destinationId = await createDestination(org, { url: "http://127.0.0.1:9/rules" });
  const result = await org.graphql(CreateExpensiveRule, {
    input: { name: `Expensive ${randomInt(1e9)}`, eventType: type, condition: EXPENSIVE, destinationIds: [destinationId] },
  });
  expect(result.data?.createNotificationRule.__typename, JSON.stringify(result)).toBe("NotificationRulePayload");
}

const events = (app: TestApp, organizationId: string) =>
  app.app.runtime.prisma.event.count({ where: { organizationId, source: { not: "SYSTEM" } } });

let t: TestApp;
let a: TestApp & { organizationId: string };
let b: TestApp & { organizationId: string };

beforeAll(async () => {
  // Each event's condition spends its 10,000 steps; a share of 1,000 a second holds ten such events (a full call's budget) and refills slowly.
  t = await startTestApp({
    env: {
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
      SWITCHYARD_RULE_STEP_BUDGET: "10000",
      SWITCHYARD_ORGANIZATION_RULE_STEPS_PER_SECOND: "1000",
    },
  });
  a = await asNewOrganization(t, "Expensive conditions");
  b = await asNewOrganization(t, "Its neighbour");
  await withExpensiveRule(a, "order.created");
  await withExpensiveRule(b, "order.created");
}, 60_000);
afterAll(() => t?.stop());

describe("an organization's share of condition steps", () => {
  it("refuses its publishes once spent, whichever of its tokens sends them, and writes nothing for them", async () => {
    const tokens = await Promise.all(
      Array.from(
        { length: 4 },
        async (_, i) => (await commandLineToken(t, a.organizationId, { name: `minted ${i}`, role: "OPERATOR" })).secret,
      ),
    );
    let refused: Answer | undefined;
    let published = 0;
    for (let i = 0; i < 40 && !refused; i++) {
      const answer = await publish(t, tokens[i % tokens.length], "order.created");
      if (answer.status === 200) {
        expect(answer.body.data?.publishEvent?.__typename).toBe("PublishedEvent");
        published++;
      } else refused = answer;
    }
    // A full bucket holds ten events' conditions; the refill over the loop adds at most a few more.
    expect(published).toBeGreaterThanOrEqual(10);
    expect(published).toBeLessThan(20);
    expect(refused?.status, JSON.stringify(refused?.body)).toBe(429);
    expect(refused?.body.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(refused?.body.errors?.[0].message).toMatch(/rule conditions have used their share/);
    expect(Number(refused?.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused?.body.errors?.[0].extensions?.retryAfter).toBe(Number(refused?.retryAfter));
    expect(await events(t, a.organizationId)).toBe(published);

    // Another organization's conditions have a share of their own.
    const neighbour = await publish(t, b.adminToken, "order.created");
    expect(neighbour.body.data?.publishEvent?.__typename).toBe("PublishedEvent");

    // The engine's own events (delivery.exhausted) are raised whatever the share says.
    const op = operationFor(t.app.runtime, { organizationId: a.organizationId }, SWITCHYARD);
    await expect(publishEvents(op, [{ type: "order.created", payload }])).resolves.toHaveLength(1);
  });

  it("refuses an ingested request the same way, and records why", async () => {
    const credential = await a.graphql(CreateIncomingCredentialDocument, {
      input: { name: "Sender", type: "HTTP_BASIC", system: "Sender", fields: { username: "sender", password: "the-right-password" } },
    });
    if (credential.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(credential));
    const source = await a.graphql(CreateIngestSourceDocument, {
      input: { name: "Orders", credentialId: credential.data.createCredential.credential.id, eventType: "order.created" },
    });
    if (source.data?.createSource.__typename !== "SourcePayload") throw new Error(JSON.stringify(source));
    const before = await events(t, a.organizationId);
    const response = await fetch(`${t.app.url}${source.data.createSource.source.ingestPath}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Basic ${Buffer.from("sender:the-right-password").toString("base64")}`,
      },
      body: JSON.stringify(payload),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await events(t, a.organizationId)).toBe(before);
    const [recorded] = await t.app.runtime.prisma.incomingRequest.findMany({ where: { organizationId: a.organizationId } });
    expect(recorded).toMatchObject({ outcome: "REJECTED", rejection: "RATE_LIMITED", responseStatus: 429 });
    expect(recorded.detail).toMatch(/rule conditions have used their share/);
  });
});

describe("the share itself", () => {
  it("refills at its rate up to its capacity, and forgets an organization once full again", () => {
    let now = 0;
    const shares = new ConditionShares(1000, 5000, () => now);
    expect(shares.waitSeconds("org")).toBe(0);
    shares.spend("org", 4000);
    expect(shares.waitSeconds("org")).toBe(0);
    shares.spend("org", 3500);
    // 2,500 steps in debt: it may evaluate again once one step is back, in 2.501 s.
    expect(shares.waitSeconds("org")).toBe(3);
    expect(shares.waitSeconds("other")).toBe(0);
    now = 2600;
    expect(shares.waitSeconds("org")).toBe(0);
    now = 60_000;
    shares.spend("org", 4999);
    expect(shares.waitSeconds("org")).toBe(0);
    shares.spend("org", 1);
    expect(shares.waitSeconds("org")).toBe(1);
  });

  it("does not count when its rate is 0", () => {
    const shares = new ConditionShares(0, 5000, () => 0);
    shares.spend("org", 1e9);
    expect(shares.waitSeconds("org")).toBe(0);
  });
});
