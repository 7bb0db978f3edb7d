// Flood control: each token has a budget of points per window (a point per
// root field, a point per event published), each client address a budget of
// failed authentications; over budget is HTTP 429 with Retry-After and
// RATE_LIMITED, over WebSocket an error message. Real apps, real HTTP where
// the client's address matters, the machine's Redis when REDIS_URL is set.
import { randomInt } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLineToken, createDestination, createEventType } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import WebSocket from "ws";
import { wsUrl } from "../utils/live-clients.ts";
import { serverDatabaseUrl, serverRedisUrl } from "../utils/test-database.ts";

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(app: TestApp, token: string | null, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await app.app.yoga.fetch("http://switchyard.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token !== null && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Answer["body"] };
}

/** A query of `points` aliased root fields: it costs that many points in one request. */
const spending = (points: number) => `{ ${Array.from({ length: points }, (_, i) => `v${i}: viewer { tokenName }`).join(" ")} }`;

async function newToken(app: TestApp, role: "VIEWER" | "OPERATOR" = "OPERATOR"): Promise<string> {
  const organizationId = (await app.app.runtime.prisma.organization.findFirstOrThrow()).id;
  return (await commandLineToken(app, organizationId, { name: `budget ${randomInt(1e9)}`, role })).secret;
}

function expectRateLimited(answer: Answer) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(429);
  expect(answer.body.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
  const retryAfter = Number(answer.retryAfter);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  expect(answer.body.errors?.[0].extensions?.retryAfter).toBe(retryAfter);
}

describe("a token's budget", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_RATE_LIMIT: "10", SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "3" } });
  });
  afterAll(() => t?.stop());

  it("answers HTTP 429 with Retry-After and RATE_LIMITED once spent, and serves the token again once it refills", async () => {
    const token = await newToken(t, "VIEWER");
    // The window is short, so spend it until refused rather than assume no window ended in between.
    let answer = await post(t, token, spending(10));
    for (let i = 0; answer.status === 200 && i < 20; i++) answer = await post(t, token, spending(1));
    expectRateLimited(answer);
    expect(answer.body.errors?.[0].message).toMatch(/this token may spend 10 points every 3 s/);

    // Health checks carry no token and spend nothing.
    expect((await t.app.yoga.fetch("http://switchyard.test/healthz")).status).toBe(200);
    expect((await t.app.yoga.fetch("http://switchyard.test/readyz")).status).toBe(200);
    // Another token has a budget of its own.
    expect((await post(t, await newToken(t, "VIEWER"), spending(1))).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000));
    const again = await post(t, token, spending(1));
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  }, 30_000);
});

describe("the budget in use", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { SWITCHYARD_RATE_LIMIT: "10", SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "600", SWITCHYARD_AUTH_FAILURE_LIMIT: "3" },
    });
  });
  afterAll(() => t?.stop());

  const publishMany = `mutation ($events: [PublishEventInput!]!) {
    publishEvents(input: { events: $events }) { __typename ... on PublishEventsPayload { results { event { id } } } }
  }`;
  const publishOne = `mutation ($type: String!) { publishEvent(input: { type: $type, payload: {} }) { __typename } }`;

  it("spends a point per event published, and refuses a batch larger than what is left whole, storing nothing", async () => {
    const type = "invoice.rate_limited";
    await createEventType(t, type);
    const token = await newToken(t);
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ type, payload: { i } }));
    const stored = () => t.app.runtime.prisma.event.count({ where: { type } });

    const six = await post(t, token, publishMany, { events: events(6) });
    expect(six.body.data?.publishEvents).toMatchObject({ __typename: "PublishEventsPayload" });
    expect(await stored()).toBe(6);

    const five = await post(t, token, publishMany, { events: events(5) });
    expectRateLimited(five);
    expect(five.body.data ?? null).toBeNull();
    expect(await stored()).toBe(6);

    // The refused batch spent nothing: the four points left still publish four events.
    const four = await post(t, token, publishMany, { events: events(4) });
    expect(four.body.data?.publishEvents).toMatchObject({ __typename: "PublishEventsPayload" });
    expect(await stored()).toBe(10);
    expectRateLimited(await post(t, token, publishOne, { type }));
    expect(await stored()).toBe(10);

    // A batch above the whole budget can never pass; the message says to split it.
    const tooBig = await post(t, await newToken(t), publishMany, { events: events(11) });
    expectRateLimited(tooBig);
    expect(tooBig.body.errors?.[0].message).toMatch(/costs 11 points .* split it/);
    expect(await stored()).toBe(10);
  });

  it("over graphql-ws answers an operation beyond the budget with an error message, and keeps the connection", async () => {
    const token = await newToken(t, "VIEWER");
    expect((await post(t, token, spending(10))).status).toBe(200);
    const socket = new WebSocket(wsUrl(t.app.url!), "graphql-transport-ws");
    const messages: { type: string; id?: string; payload?: { extensions?: Record<string, unknown> }[] }[] = [];
    socket.on("message", (data) => messages.push(JSON.parse(String(data)) as (typeof messages)[number]));
    try {
      await new Promise((resolve) => socket.once("open", resolve));
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
      await expect.poll(() => messages.map((m) => m.type)).toContain("connection_ack");
      socket.send(JSON.stringify({ id: "q", type: "subscribe", payload: { query: "{ viewer { tokenName } }" } }));
      socket.send(JSON.stringify({ id: "s", type: "subscribe", payload: { query: "subscription { deliveryAttempts { missedBefore } }" } }));
      await expect
        .poll(
          () =>
            messages
              .filter((m) => m.type === "error")
              .map((m) => m.id)
              .sort(),
          { timeout: 10_000 },
        )
        .toEqual(["q", "s"]);
      for (const message of messages.filter((m) => m.type === "error")) {
        expect(message.payload?.[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
        expect(message.payload?.[0].extensions).not.toHaveProperty("http");
      }
      expect(messages.filter((m) => m.type === "next")).toEqual([]);
      // Answered, not hung up on: the connection is still open for later operations.
      socket.send(JSON.stringify({ type: "ping" }));
      await expect.poll(() => messages.map((m) => m.type)).toContain("pong");
      expect(socket.readyState).toBe(WebSocket.OPEN);
    } finally {
      socket.close();
    }
  });

  it("limits failed authentications per client address, not the valid tokens behind it, and leaves health checks alone", async () => {
    // An address of its own on the loopback network, so failures from other tests (sharing Redis) do not count here.
    const address = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;
    const send = (authorization?: string, path = "/graphql") =>
      new Promise<Answer>((resolve, reject) => {
        const body = path === "/graphql" ? JSON.stringify({ query: "{ viewer { tokenName } }" }) : undefined;
        const request = http.request(
          `${t.app.url}${path}`,
          {
            localAddress: address,
            method: body ? "POST" : "GET",
            headers: { "content-type": "application/json", ...(authorization && { authorization }) },
          },
          (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString()));
            response.on("end", () =>
              resolve({
                status: response.statusCode!,
                retryAfter: (response.headers["retry-after"] as string | undefined) ?? null,
                body: (text.startsWith("{") ? JSON.parse(text) : {}) as Answer["body"],
              }),
            );
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    for (const authorization of [undefined, "Bearer nope", `Bearer sy_${"0".repeat(40)}`]) {
      expect((await send(authorization)).status).toBe(401);
    }
    const refused = await send(`Bearer sy_${"1".repeat(40)}`);
    expectRateLimited(refused);
    expect(refused.body.errors?.[0].message).toMatch(/Too many failed authentications from this address/);
    expect((await send(`Bearer ${await newToken(t, "VIEWER")}`)).status).toBe(200);
    expect((await send(undefined, "/healthz")).status).toBe(200);

    // The live feed counts failed connections against the same allowance: 4429, graphql-ws's "too many".
    const closed = await new Promise<number>((resolve) => {
      const socket = new WebSocket(wsUrl(t.app.url!), "graphql-transport-ws", { localAddress: address });
      socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: "Bearer nope" } })));
      socket.once("close", (code) => resolve(code));
    });
    expect(closed).toBe(4429);
  });
});

describe("rule conditions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        SWITCHYARD_RATE_LIMIT: "150",
        SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "600",
        SWITCHYARD_ALLOW_HTTP: "true",
        SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
      },
    });
  });
  afterAll(() => t?.stop());

  it("charge the publishing token a point per 10,000 steps they took: one event's costly conditions cannot buy a second of CPU for a point", async () => {
    const type = "ledger.checked";
    await createEventType(t, type);
    // Never sent to: the test drives no worker.
    const destination = await createDestination(t, { url: "http://127.0.0.1:9/alerts" });
    // A million comparisons: it runs to its step budget (1,000,000 steps), 100 points' worth.
    const condition = "data.l.all(a, data.l.all(b, a == b || a != b))";
    const rule = await post(
      t,
      t.adminToken,
      `mutation ($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { __typename } }`,
      { input: { name: "every pair", eventType: type, condition, destinationIds: [destination] } },
    );
    expect(rule.body.data?.createNotificationRule).toEqual({ __typename: "NotificationRulePayload" });

    const publisher = await newToken(t);
    const published = await post(t, publisher, `mutation ($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`, {
      input: { type, payload: { l: Array.from({ length: 1000 }, (_, i) => i) } },
    });
    expect(published.body.data?.publishEvent).toEqual({ __typename: "PublishedEvent" });

    // 150 points, 1 for the event and 100 for its condition's steps: 49 left, so 60 events are refused; another token has them.
    await createEventType(t, "ledger.noted");
    const spend = (token: string, n: number) =>
      post(t, token, `mutation ($events: [PublishEventInput!]!) { publishEvents(input: { events: $events }) { __typename } }`, {
        events: Array.from({ length: n }, () => ({ type: "ledger.noted", payload: {} })),
      });
    expectRateLimited(await spend(publisher, 60));
    expect((await spend(await newToken(t), 60)).body.data?.publishEvents).toEqual({ __typename: "PublishEventsPayload" });
    expect((await spend(publisher, 49)).body.data?.publishEvents).toEqual({ __typename: "PublishEventsPayload" });
  });
});

describe("between processes", () => {
  const env = { SWITCHYARD_RATE_LIMIT: "5", SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "600" };

  it("shares one budget between api instances through Redis", async (ctx) => {
    if (!serverRedisUrl || !serverDatabaseUrl) {
      ctx.skip("REDIS_URL and DATABASE_URL are unset: two instances share a budget through Redis, and a token through PostgreSQL");
    }
    const a = await startTestApp({ env });
    const b = await startTestApp({ env: { ...env, DATABASE_URL: a.database.databaseUrl! } });
    try {
      const token = await newToken(a, "VIEWER");
      expect((await post(a, token, spending(3))).status).toBe(200);
      expect((await post(b, token, spending(2))).status).toBe(200);
      expectRateLimited(await post(a, token, spending(1)));
      expectRateLimited(await post(b, token, spending(1)));
    } finally {
      await b.stop();
      await a.stop();
    }
  }, 60_000);

  it("keeps answering, and limiting, when Redis cannot be reached", async () => {
    // Nothing listens on port 1: every Redis command fails, and the process counts in memory instead.
    const t = await startTestApp({ env: { ...env, REDIS_URL: "redis://127.0.0.1:1" } });
    try {
      const token = await newToken(t, "VIEWER");
      expect((await post(t, token, spending(5))).status).toBe(200);
      expectRateLimited(await post(t, token, spending(1)));
    } finally {
      await t.stop();
    }
  }, 60_000);
});
