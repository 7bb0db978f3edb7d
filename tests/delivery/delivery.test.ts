// The delivery engine end to end: real HTTP receivers on loopback, a clock
// the tests move, and the worker driven one round at a time.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { graphql } from "../gql/index.ts";
import type { TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { TestClock } from "../utils/test-clock.ts";
import { createDestination, createEventType, createWebhook, publish, subscribe } from "../utils/fixtures.ts";

const DeliveryState = graphql(`
  query DeliveryState($id: ID!) {
    node(id: $id) {
      ... on Delivery {
        id
        status
        attemptCount
        nextAttemptAt
        lastStatusCode
        lastError
        webhook {
          lastTriggeredAt
        }
        attempts {
          id
          number
          trigger
          succeeded
          url
          requestHeaders
          requestBody
          responseStatus
          responseHeaders
          responseBody
          responseBodyTruncated
          durationMs
          errorCode
          errorMessage
        }
      }
    }
  }
`);

const DestinationHealth = graphql(`
  query DestinationHealth($id: ID!) {
    destination(id: $id) {
      state
      disabledReason
    }
  }
`);

const CreateCredential = graphql(`
  mutation DeliveryCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      ... on CreateCredentialPayload {
        credential {
          id
        }
      }
    }
  }
`);

const Resend = graphql(`
  mutation Resend($id: ID!) {
    resendDelivery(input: { id: $id }) {
      __typename
      ... on AttemptPayload {
        attempt {
          number
          trigger
          succeeded
          delivery {
            status
          }
        }
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const RetryFailed = graphql(`
  mutation RetryFailed($destinationId: ID!, $since: DateTime!) {
    retryFailedDeliveries(input: { destinationId: $destinationId, since: $since }) {
      __typename
      ... on RetryFailedDeliveriesPayload {
        requeued
      }
    }
  }
`);

const SendTest = graphql(`
  mutation SendTest($destinationId: ID!) {
    sendTestEvent(input: { destinationId: $destinationId }) {
      __typename
      ... on AttemptPayload {
        attempt {
          succeeded
          responseStatus
          delivery {
            eventType
            status
          }
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
// Starts at the real time (whole seconds) so signatures verify against real clocks.
const start = Math.floor(Date.now() / 1000) * 1000;
const clock = new TestClock(start);

beforeAll(async () => ({ t, receiver } = await startDeliveryTestBed({ clock })));
afterAll(() => stopDeliveryTestBed(t, receiver));
beforeEach(() => clearDeliveryTestBed(t, receiver));

const runWorker = () => t.app.worker!.runOnce();

async function delivery(id: string) {
  const result = await t.graphql(DeliveryState, { id });
  const node = result.data?.node;
  if (!node || !("status" in node)) throw new Error(JSON.stringify(result));
  return node;
}

describe("a delivery", () => {
  it("is sent as a Standard Webhooks envelope and recorded in full", async () => {
    const { eventType } = await subscribe(t, {
      url: `${receiver.origin}/hooks?team=billing`,
      destination: { headers: [{ name: "X-Team", value: "billing" }] },
    });
    const published = await publish(t, eventType, { invoice: "in_1", amount: 4200 });
    const [deliveryRef] = published.event.deliveries;
    expect(await runWorker()).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request.method).toBe("POST");
    expect(request.rawUrl).toBe("/hooks?team=billing");
    expect(JSON.parse(request.body)).toEqual({
      id: published.event.id,
      type: eventType,
      timestamp: new Date(start).toISOString(),
      data: { invoice: "in_1", amount: 4200 },
    });
    expect(request.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "Switchyard-Webhooks/0.1",
      "webhook-id": published.event.id,
      "webhook-timestamp": String(start / 1000),
      "x-switchyard-delivery-id": deliveryRef.id,
      "x-switchyard-event-type": eventType,
      "x-team": "billing",
    });

    const state = await delivery(deliveryRef.id);
    expect(state).toMatchObject({ status: "SUCCEEDED", attemptCount: 1, nextAttemptAt: null, lastStatusCode: 204, lastError: null });
    expect(state.webhook?.lastTriggeredAt).toBe(new Date(start).toISOString());
    expect(state.attempts).toHaveLength(1);
    expect(state.attempts[0]).toMatchObject({
      number: 1,
      trigger: "SCHEDULED",
      succeeded: true,
      url: `${receiver.origin}/hooks?team=billing`,
      requestBody: request.body,
      responseStatus: 204,
      errorCode: null,
    });
    expect(state.attempts[0].requestHeaders).toMatchObject({ "webhook-id": published.event.id, "x-team": "billing" });
    expect(state.attempts[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it("is signed so the stock Standard Webhooks library verifies it", async () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const credential = await t.graphql(CreateCredential, { input: { name: "sw", type: "STANDARD_WEBHOOKS", fields: { secret } } });
    const credentialId = (credential.data!.createCredential as { credential: { id: string } }).credential.id;
    const { eventType } = await subscribe(t, { url: receiver.origin, destination: { credentialId } });
    await publish(t, eventType, { ok: true });
    await runWorker();
    const [request] = receiver.received;
    const verified = new StandardWebhook(secret).verify(request.body, request.headers as Record<string, string>);
    expect(verified).toMatchObject({ type: eventType, data: { ok: true } });
  });

  it("redacts secret headers and query parameters in the recorded attempt", async () => {
    const bearer = await t.graphql(CreateCredential, { input: { name: "b", type: "BEARER", fields: { token: "tok-very-secret-123" } } });
    const apiKey = await t.graphql(CreateCredential, {
      input: { name: "k", type: "API_KEY", fields: { name: "api_key", value: "key-very-secret-456", placement: "QUERY" } },
    });
    for (const [credential, secret] of [
      [bearer, "tok-very-secret-123"],
      [apiKey, "key-very-secret-456"],
    ] as const) {
      receiver.received.length = 0;
      const credentialId = (credential.data!.createCredential as { credential: { id: string } }).credential.id;
      const { eventType } = await subscribe(t, { url: `${receiver.origin}/in`, destination: { credentialId } });
      const published = await publish(t, eventType, { n: 1 });
      await runWorker();
      expect(JSON.stringify(receiver.received[0].headers) + receiver.received[0].rawUrl).toContain(secret);
      const state = await delivery(published.event.deliveries[0].id);
      expect(JSON.stringify(state)).not.toContain(secret);
      expect(JSON.stringify(state.attempts[0])).toMatch(/\[redacted\]|%5Bredacted%5D/);
    }
  });

  it("sends the payload alone in the DATA_ONLY format", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin, webhook: { payloadFormat: "DATA_ONLY" } });
    await publish(t, eventType, { only: "data" });
    await runWorker();
    expect(JSON.parse(receiver.received[0].body)).toEqual({ only: "data" });
  });
});

describe("retries", () => {
  it("follows the default schedule (7 retries) with jitter, then fails after 8 attempts", async () => {
    receiver.respond({ status: 500, body: "boom" });
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    const published = await publish(t, eventType, { n: 1 });
    const id = published.event.deliveries[0].id;
    await runWorker();
    let state = await delivery(id);
    expect(state).toMatchObject({ status: "SCHEDULED", attemptCount: 1, lastStatusCode: 500 });
    expect(state.attempts[0]).toMatchObject({ succeeded: false, errorCode: "HTTP_STATUS", responseBody: "boom" });
    const delay = Date.parse(state.nextAttemptAt!) - clock.now().getTime();
    expect(delay).toBeGreaterThanOrEqual(4000);
    expect(delay).toBeLessThanOrEqual(6000);

    expect(await runWorker()).toBe(0); // not due yet
    const steps = [5, 300, 1800, 7200, 18000, 36000, 36000]; // the retries after the first attempt
    for (const [i, step] of steps.entries()) {
      clock.advance(step * 1200 + 1000); // past the step even with +20 % jitter
      await runWorker();
      state = await delivery(id);
      expect(state.attemptCount).toBe(i + 2);
    }
    expect(state).toMatchObject({ status: "FAILED", attemptCount: 8, nextAttemptAt: null });
    expect(receiver.received).toHaveLength(8);
    await t.graphql(Resend, { id }); // keep the destination healthy for later tests
    receiver.respond(204);
    await t.graphql(Resend, { id });
    expect((await t.graphql(DestinationHealth, { id: destinationId })).data!.destination!.state).toBe("ACTIVE");
  });

  it("takes a schedule of [1, 2] as two retries: 3 attempts, 1 s then 2 s after each failure", async () => {
    receiver.respond({ status: 500 });
    const destinationId = await createDestination(t, { url: receiver.origin });
    const eventType = "schedule.two_retries";
    await createEventType(t, eventType);
    await createWebhook(t, { destinationId, eventTypes: [eventType], options: { retrySchedule: [1, 2] } });
    const id = (await publish(t, eventType, { n: 1 })).event.deliveries[0].id;
    const sentAt: number[] = [];
    for (const retry of [1, 2]) {
      sentAt.push(clock.now().getTime());
      expect(await runWorker()).toBe(1);
      const state = await delivery(id);
      expect(state).toMatchObject({ status: "SCHEDULED", attemptCount: sentAt.length });
      const wait = Date.parse(state.nextAttemptAt!) - clock.now().getTime();
      expect(wait).toBeGreaterThanOrEqual(retry * 800);
      expect(wait).toBeLessThanOrEqual(retry * 1200);
      clock.advance(wait);
    }
    expect(await runWorker()).toBe(1);
    expect(await delivery(id)).toMatchObject({ status: "FAILED", attemptCount: 3, nextAttemptAt: null });
    expect(receiver.received).toHaveLength(3);
  });

  it("honours Retry-After on 429 and 503, capped at the schedule's longest step", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin });
    receiver.respond({ status: 429, headers: { "retry-after": "120" } });
    const first = await publish(t, eventType, { n: 1 });
    await runWorker();
    const after429 = await delivery(first.event.deliveries[0].id);
    expect(Date.parse(after429.nextAttemptAt!) - clock.now().getTime()).toBe(120_000);

    receiver.respond({ status: 503, headers: { "retry-after": "999999" } });
    const second = await publish(t, eventType, { n: 2 });
    await runWorker();
    const after503 = await delivery(second.event.deliveries[0].id);
    expect(Date.parse(after503.nextAttemptAt!) - clock.now().getTime()).toBe(36000 * 1000);
  });

  it("treats a redirect as a failure and does not follow it", async () => {
    receiver.respond({ status: 302, headers: { location: `${receiver.origin}/elsewhere` } });
    const { eventType } = await subscribe(t, { url: receiver.origin });
    const published = await publish(t, eventType, {});
    await runWorker();
    expect(receiver.received).toHaveLength(1);
    expect((await delivery(published.event.deliveries[0].id)).attempts[0]).toMatchObject({
      succeeded: false,
      responseStatus: 302,
      errorCode: "HTTP_STATUS",
    });
  });
});

describe("receivers that misbehave", () => {
  it("times out a receiver that hangs", async () => {
    receiver.respond({ hang: true });
    const { eventType } = await subscribe(t, { url: receiver.origin, destination: { timeoutMs: 1000 } });
    const published = await publish(t, eventType, {});
    await runWorker();
    const [attempt] = (await delivery(published.event.deliveries[0].id)).attempts;
    expect(attempt).toMatchObject({ succeeded: false, errorCode: "TIMEOUT", responseStatus: null });
    expect(attempt.durationMs).toBeGreaterThanOrEqual(900);
    expect(attempt.durationMs).toBeLessThan(5000);
  });

  it("records garbage as an invalid response", async () => {
    receiver.respond({ raw: "this is not HTTP\r\n\r\n" });
    const { eventType } = await subscribe(t, { url: receiver.origin });
    const published = await publish(t, eventType, {});
    await runWorker();
    const [attempt] = (await delivery(published.event.deliveries[0].id)).attempts;
    expect(attempt, attempt.errorMessage ?? "").toMatchObject({ succeeded: false, errorCode: "INVALID_RESPONSE" });
  });

  it("records a refused connection", async () => {
    const closed = await startTestReceiver();
    const url = closed.origin;
    await closed.close();
    const { eventType } = await subscribe(t, { url });
    const published = await publish(t, eventType, {});
    await runWorker();
    expect((await delivery(published.event.deliveries[0].id)).attempts[0]).toMatchObject({
      succeeded: false,
      errorCode: "CONNECTION_REFUSED",
    });
  });

  it("keeps at most 64 KiB of a response body", async () => {
    receiver.respond({ status: 200, body: "x".repeat(200 * 1024) });
    const { eventType } = await subscribe(t, { url: receiver.origin });
    const published = await publish(t, eventType, {});
    await runWorker();
    const [attempt] = (await delivery(published.event.deliveries[0].id)).attempts;
    expect(attempt).toMatchObject({ succeeded: true, responseBodyTruncated: true });
    expect(attempt.responseBody).toHaveLength(64 * 1024);
  });

  it("refuses at send time an address that is not allowed, without connecting", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    // As if DNS now pointed the host somewhere private (the check at creation passed).
    await t.app.runtime.prisma.destination.update({ where: { id: destinationId }, data: { url: "http://10.0.0.7:8080/hook" } });
    const published = await publish(t, eventType, {});
    await runWorker();
    const [attempt] = (await delivery(published.event.deliveries[0].id)).attempts;
    expect(attempt).toMatchObject({ succeeded: false, errorCode: "SSRF_BLOCKED" });
    expect(attempt.errorMessage).toContain("10.0.0.7");
  });
});

describe("destination health", () => {
  it("disables a destination that answers 410 Gone", async () => {
    receiver.respond(410);
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    const published = await publish(t, eventType, {});
    await runWorker();
    expect((await delivery(published.event.deliveries[0].id)).status).toBe("FAILED");
    expect((await t.graphql(DestinationHealth, { id: destinationId })).data!.destination).toEqual({
      state: "DISABLED",
      disabledReason: "The endpoint answered 410 Gone.",
    });
    // Nothing more is sent to it.
    receiver.respond(204);
    await publish(t, eventType, {});
    await runWorker();
    expect(receiver.received).toHaveLength(1);
  });

  it("disables a destination that has not succeeded for 5 days", async () => {
    receiver.respond(500);
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    await publish(t, eventType, {});
    await runWorker();
    await t.app.runtime.prisma.destination.update({
      where: { id: destinationId },
      data: { failingSince: new Date(clock.now().getTime() - 5 * 24 * 3600 * 1000) },
    });
    clock.advance(7000);
    await runWorker();
    expect((await t.graphql(DestinationHealth, { id: destinationId })).data!.destination).toEqual({
      state: "DISABLED",
      disabledReason: "No successful delivery for 5 days.",
    });
  });
});

describe("operator actions", () => {
  it("re-sends a failed delivery on demand, as a MANUAL attempt that completes it", async () => {
    receiver.respond(500);
    const { eventType } = await subscribe(t, { url: receiver.origin, webhook: { retrySchedule: [] } });
    const published = await publish(t, eventType, {});
    const id = published.event.deliveries[0].id;
    await runWorker();
    expect((await delivery(id)).status).toBe("FAILED");
    receiver.respond(200);
    const resent = await t.graphql(Resend, { id });
    expect(resent.data!.resendDelivery).toEqual({
      __typename: "AttemptPayload",
      attempt: { number: 2, trigger: "MANUAL", succeeded: true, delivery: { status: "SUCCEEDED" } },
    });
    expect((await t.graphql(Resend, { id: "dlv_01h455vb4pex5vsknk084sn02q" })).data!.resendDelivery).toEqual({
      __typename: "NotFoundError",
      id: "dlv_01h455vb4pex5vsknk084sn02q",
    });
  });

  it("re-queues a destination's failed deliveries since a time", async () => {
    receiver.respond(500);
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin, webhook: { retrySchedule: [] } });
    for (let i = 0; i < 3; i++) await publish(t, eventType, { i });
    await runWorker();
    receiver.respond(204);
    const since = new Date(clock.now().getTime() - 60_000).toISOString();
    expect((await t.graphql(RetryFailed, { destinationId, since })).data!.retryFailedDeliveries).toEqual({
      __typename: "RetryFailedDeliveriesPayload",
      requeued: 3,
    });
    await runWorker();
    expect(receiver.received.filter((r) => r.headers["x-switchyard-attempt"] === "2")).toHaveLength(3);
    expect((await t.graphql(RetryFailed, { destinationId, since })).data!.retryFailedDeliveries).toMatchObject({ requeued: 0 });
  });

  it("sends a test event to a destination and shows the result", async () => {
    const destinationId = await createDestination(t, { url: receiver.origin });
    receiver.respond(202);
    const result = await t.graphql(SendTest, { destinationId });
    expect(result.data!.sendTestEvent).toEqual({
      __typename: "AttemptPayload",
      attempt: { succeeded: true, responseStatus: 202, delivery: { eventType: "switchyard.test", status: "SUCCEEDED" } },
    });
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({ type: "switchyard.test", data: { destination: { id: destinationId } } });
  });

  it("holds deliveries to a paused destination until it is resumed", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    await t.app.runtime.prisma.destination.update({ where: { id: destinationId }, data: { state: "PAUSED" } });
    await publish(t, eventType, {});
    await runWorker();
    expect(receiver.received).toHaveLength(0);
    await t.app.runtime.prisma.destination.update({ where: { id: destinationId }, data: { state: "ACTIVE" } });
    await runWorker();
    expect(receiver.received).toHaveLength(1);
  });
});

describe("fan-out", () => {
  it("creates one delivery per enabled webhook subscribed to the type", async () => {
    const eventType = "fanout.happened";
    await createEventType(t, eventType);
    const a = await createDestination(t, { url: `${receiver.origin}/a` });
    const b = await createDestination(t, { url: `${receiver.origin}/b` });
    await createWebhook(t, { destinationId: a, eventTypes: [eventType] });
    await createWebhook(t, { destinationId: b, eventTypes: [eventType] });
    await createWebhook(t, { destinationId: b, eventTypes: [eventType], enabled: false });
    const published = await publish(t, eventType, {});
    expect(published.event.deliveries).toHaveLength(2);
    await runWorker();
    expect(receiver.received.map((r) => r.rawUrl).sort()).toEqual(["/a", "/b"]);
  });

  it("batches events for webhooks that take several per request", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin, webhook: { maxEventsPerRequest: 10 } });
    for (let i = 0; i < 25; i++) await publish(t, eventType, { i });
    await runWorker();
    const sizes = receiver.received.map((r) => (JSON.parse(r.body) as { events: unknown[] }).events.length).sort((x, y) => y - x);
    expect(sizes).toEqual([10, 10, 5]);
    const all = receiver.received.flatMap((r) => (JSON.parse(r.body) as { events: { data: { i: number } }[] }).events.map((e) => e.data.i));
    expect(all.sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it("never sends a delivery twice when two workers race", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin });
    for (let i = 0; i < 20; i++) await publish(t, eventType, { i });
    const { createDeliveryWorker } = await import("../../server/delivery/worker.ts");
    const other = createDeliveryWorker(t.app.runtime);
    const [x, y] = await Promise.all([runWorker(), other.runOnce()]);
    await other.stop();
    expect(x + y).toBe(20);
    expect(receiver.received).toHaveLength(20);
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"])).size).toBe(20);
  });
});

describe("the worker", () => {
  it("never has more requests in flight to one destination than its per-destination limit, even in one claim", async () => {
    // Default settings: 50 at a time in all, at most 10 to one destination.
    let inFlight = 0;
    let most = 0;
    receiver.respond(() => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => inFlight--, 150);
      return { status: 204, delayMs: 150 };
    });
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/busy` });
    for (let i = 0; i < 25; i++) await publish(t, eventType, { i });
    expect(await runWorker()).toBe(25);
    expect(receiver.received).toHaveLength(25);
    expect(most).toBe(10);
  });

  it("claims a batch of deliveries in one statement and records attempts in at most one more each", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin });
    for (let i = 0; i < 8; i++) await publish(t, eventType, { i });
    t.queries.length = 0;
    expect(await runWorker()).toBe(8);
    // One claim for the 8, at most one statement per attempt (successes that finish together share one),
    // and the claim that finds nothing more.
    expect(t.queries.length).toBeGreaterThanOrEqual(3);
    expect(t.queries.length).toBeLessThanOrEqual(8 + 2);
  });

  it("records successes and failures to different destinations finishing together, each with its own health", async () => {
    receiver.respond((request) => ({ status: request.rawUrl === "/down" ? 500 : 204 }));
    const up = await subscribe(t, { url: `${receiver.origin}/up` });
    const down = await subscribe(t, { url: `${receiver.origin}/down`, webhook: { retrySchedule: [] } });
    const ids: Record<string, string[]> = { up: [], down: [] };
    for (let i = 0; i < 5; i++) {
      ids.up.push((await publish(t, up.eventType, { i })).event.deliveries[0].id);
      ids.down.push((await publish(t, down.eventType, { i })).event.deliveries[0].id);
    }
    expect(await runWorker()).toBe(10);
    for (const id of ids.up) expect(await delivery(id)).toMatchObject({ status: "SUCCEEDED", attemptCount: 1, lastStatusCode: 204 });
    for (const id of ids.down) expect(await delivery(id)).toMatchObject({ status: "FAILED", attemptCount: 1, lastStatusCode: 500 });
    const destinations = t.app.runtime.prisma.destination;
    expect(await destinations.findUniqueOrThrow({ where: { id: up.destinationId } })).toMatchObject({
      consecutiveFailures: 0,
      failingSince: null,
      lastSuccessAt: clock.now(),
    });
    // The five were in flight together: one outage, counted once (see circuit-breaker.test.ts).
    expect(await destinations.findUniqueOrThrow({ where: { id: down.destinationId } })).toMatchObject({
      consecutiveFailures: 1,
      failingSince: clock.now(),
      lastSuccessAt: null,
      state: "ACTIVE",
    });
  });

  it("records a late answer after another worker took the delivery over, but moves nothing", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin });
    const id = (await publish(t, eventType, {})).event.deliveries[0].id;
    const { loadDeliveries } = await import("../../server/delivery/claim.ts");
    const { attemptDeliveries } = await import("../../server/delivery/deliver.ts");
    const { createAttemptRecorder } = await import("../../server/delivery/record-attempt.ts");
    const prisma = t.app.runtime.prisma;
    const leaseUntil = new Date(clock.now().getTime() + 60_000);
    await prisma.delivery.update({ where: { id }, data: { status: "SENDING", leasedBy: "worker-late", leaseUntil } });
    const claimed = await loadDeliveries(t.app.runtime.db.query, [id], clock.now());
    // Its lease expired meanwhile and another worker claimed it.
    await prisma.delivery.update({ where: { id }, data: { leasedBy: "worker-new" } });
    const outcome = await attemptDeliveries(
      t.app.runtime,
      claimed,
      "SCHEDULED",
      "worker-late",
      createAttemptRecorder(t.app.runtime.db.query),
    );
    expect(outcome!.attempts).toMatchObject([{ deliveryId: id, number: 1, succeeded: true }]);
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENDING",
      leasedBy: "worker-new",
      leaseUntil,
      attemptCount: 1,
      completedAt: null,
    });
  });
});
