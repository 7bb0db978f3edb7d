// Intake admission: once more deliveries are due than SWITCHYARD_INTAKE_MAX_BACKLOG,
// publishing is refused with HTTP 503, Retry-After and OVERLOADED, storing
// nothing, while every other operation goes on; once the worker has caught
// up, publishing is accepted again. Deliveries of a paused destination wait
// for it, not for the workers, and do not count. With
// SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION, only the organization over
// its own bound is refused; the others publish on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { asNewOrganization, publish, subscribe } from "../utils/fixtures.ts";
import { loadConfig } from "../../server/config.ts";
import { countBacklog } from "../../server/delivery/intake-admission.ts";
import WebSocket from "ws";
import { wsUrl } from "../utils/live-clients.ts";

const MAX_BACKLOG = 3;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(t: Pick<TestApp, "app" | "adminToken">, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${t.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Answer["body"] };
}

const publishing = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;

/** Publishes until the answer is (or is not) a refusal; the backlog is counted at most once a second, in the background. */
async function publishUntil(t: Pick<TestApp, "app" | "adminToken">, type: string, refused: boolean): Promise<Answer> {
  for (let i = 0; ; i++) {
    const answer = await post(t, publishing, { input: { type, payload: { i } } });
    if ((answer.status === 503) === refused || i >= 40) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One publishEvent over graphql-ws; the errors of its result. */
async function publishOverSocket(t: TestApp, type: string): Promise<unknown[]> {
  const socket = new WebSocket(wsUrl(t.app.url!), "graphql-transport-ws");
  const messages: { type: string; payload?: { errors?: unknown[] } | unknown[] }[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data)) as (typeof messages)[number]));
  try {
    await new Promise((resolve) => socket.once("open", resolve));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${t.adminToken}` } }));
    await expect.poll(() => messages.map((m) => m.type)).toContain("connection_ack");
    socket.send(
      JSON.stringify({ id: "p", type: "subscribe", payload: { query: publishing, variables: { input: { type, payload: {} } } } }),
    );
    await expect.poll(() => messages.map((m) => m.type), { timeout: 10_000 }).toContain("complete");
    const next = messages.find((m) => m.type === "next")?.payload as { errors?: unknown[] } | undefined;
    return next?.errors ?? [];
  } finally {
    socket.close();
  }
}

describe("intake admission", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startTestReceiver(204);
    t = await startTestApp({
      env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8", SWITCHYARD_INTAKE_MAX_BACKLOG: String(MAX_BACKLOG) },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await receiver?.close();
  });

  it("refuses publishing with 503 and Retry-After while more deliveries are due than the bound, and accepts it again once they are sent", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin });
    for (let i = 0; i <= MAX_BACKLOG; i++) await publish(t, eventType, { i });

    const refused = await publishUntil(t, eventType, true);
    expect(refused.status, JSON.stringify(refused.body)).toBe(503);
    const retryAfter = Number(refused.retryAfter);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: "OVERLOADED", retryAfter });
    expect(refused.body.data ?? null).toBeNull();
    // Refused whole: nothing stored, in one event or a batch.
    const events = await t.app.runtime.prisma.event.count();
    const batch = await post(t, `mutation($input: PublishEventsInput!) { publishEvents(input: $input) { __typename } }`, {
      input: { events: [{ type: eventType, payload: {} }] },
    });
    expect(batch.status).toBe(503);
    // Over WebSocket too, as the operation's result.
    expect(await publishOverSocket(t, eventType)).toMatchObject([{ extensions: { code: "OVERLOADED" } }]);
    expect(await t.app.runtime.prisma.event.count()).toBe(events);
    // Everything else goes on.
    const viewer = await post(t, `{ viewer { tokenName } }`);
    expect(viewer.status).toBe(200);
    expect(viewer.body.errors).toBeUndefined();

    await t.app.worker!.runOnce();
    const accepted = await publishUntil(t, eventType, false);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.data).toMatchObject({ publishEvent: { __typename: "PublishedEvent" } });
    await t.app.worker!.runOnce();
  }, 30_000);

  it("does not count deliveries waiting for a paused destination", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    for (let i = 0; i <= MAX_BACKLOG; i++) await publish(t, eventType, { i });
    const prisma = t.app.runtime.prisma;
    expect(await countBacklog(prisma, new Date(), 100)).toBe(MAX_BACKLOG + 1);
    await prisma.destination.update({ where: { id: destinationId }, data: { state: "PAUSED" } });
    expect(await countBacklog(prisma, new Date(), 100)).toBe(0);
    // It counts no further than asked: what the bound needs, however long the backlog.
    await prisma.destination.update({ where: { id: destinationId }, data: { state: "ACTIVE" } });
    expect(await countBacklog(prisma, new Date(), 2)).toBe(2);
  });
});

describe("intake admission per organization", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startTestReceiver(204);
    t = await startTestApp({
      env: {
        SWITCHYARD_ALLOW_HTTP: "true",
        SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
        SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION: String(MAX_BACKLOG),
      },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await receiver?.close();
  });

  it("is on by default, with a bound far above a healthy backlog", () => {
    expect(loadConfig({}).intakeMaxBacklogPerOrganization).toBe(10_000);
    expect(loadConfig({ SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION: "0" }).intakeMaxBacklogPerOrganization).toBe(0);
  });

  it("refuses only the organization over its own bound, while another organization publishes on", async () => {
    const other = await asNewOrganization(t, "Quiet neighbour");
    const flooding = await subscribe(t, { url: receiver.origin });
    const quiet = await subscribe(other, { url: receiver.origin });
    for (let i = 0; i <= MAX_BACKLOG; i++) await publish(t, flooding.eventType, { i });

    const refused = await publishUntil(t, flooding.eventType, true);
    expect(refused.status, JSON.stringify(refused.body)).toBe(503);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("This organization's deliveries are behind"),
      extensions: { code: "OVERLOADED", scope: "ORGANIZATION" },
    });
    // Over WebSocket, where the organization is the connection's.
    expect(await publishOverSocket(t, flooding.eventType)).toMatchObject([{ extensions: { code: "OVERLOADED", scope: "ORGANIZATION" } }]);

    // The other organization is not held back by the first one's backlog, and its own stays under the bound.
    for (let i = 0; i < MAX_BACKLOG; i++) {
      const answer = await post(other, publishing, { input: { type: quiet.eventType, payload: { i } } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.data).toMatchObject({ publishEvent: { __typename: "PublishedEvent" } });
    }

    await t.app.worker!.runOnce();
    const accepted = await publishUntil(t, flooding.eventType, false);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    await t.app.worker!.runOnce();
  }, 30_000);

  it("counts an organization's backlog no further than asked, and none of another's", async () => {
    const other = await asNewOrganization(t, "Counted apart");
    const { eventType } = await subscribe(other, { url: receiver.origin });
    for (let i = 0; i < 3; i++) await publish(other, eventType, { i });
    const prisma = t.app.runtime.prisma;
    const own = await prisma.organization.findFirstOrThrow({ where: { id: { not: other.organizationId } }, orderBy: { createdAt: "asc" } });
    expect(await countBacklog(prisma, new Date(), 100, other.organizationId)).toBe(3);
    expect(await countBacklog(prisma, new Date(), 2, other.organizationId)).toBe(2);
    expect(await countBacklog(prisma, new Date(), 100, own.id)).toBe(0);
    await t.app.worker!.runOnce();
    expect(await countBacklog(prisma, new Date(), 100, other.organizationId)).toBe(0);
  });
});
