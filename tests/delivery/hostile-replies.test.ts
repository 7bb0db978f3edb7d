// Receivers whose answers are hard to store: NUL bytes, invalid UTF-8,
// binary bodies, odd header bytes, floods of headers; and attempts the
// database refuses. Whatever happens, the attempt is recorded (or, failing
// that, the delivery fails after a bounded number of lease expiries): a
// delivery is never left SENDING to be sent again without end.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { Answer, TestReceiver } from "../utils/test-receiver.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { TestClock } from "../utils/test-clock.ts";
import { createDestination, publish, subscribe } from "../utils/fixtures.ts";

const HostileDelivery = graphql(`
  query HostileDelivery($id: ID!) {
    node(id: $id) {
      ... on Delivery {
        status
        lastError
        attempts {
          succeeded
          responseStatus
          responseHeaders
          omittedHeaderCount
          responseBody
          responseBodyEncoding
          responseBodyTruncated
          errorCode
          errorMessage
        }
      }
    }
  }
`);

const HostileTest = graphql(`
  mutation HostileTest($destinationId: ID!) {
    sendTestEvent(input: { destinationId: $destinationId }) {
      __typename
      ... on AttemptPayload {
        attempt {
          succeeded
          responseStatus
          responseBody
          responseBodyEncoding
          errorMessage
          delivery {
            status
          }
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
const clock = new TestClock(Math.floor(Date.now() / 1000) * 1000);
const triggers: string[] = [];

beforeAll(async () => {
  ({ t, receiver } = await startDeliveryTestBed({ clock, captureLogs: true }));
  // A test-only way to make the database refuse an attempt, whatever its content.
  await t.app.runtime.prisma.$executeRawUnsafe(
    `CREATE FUNCTION refuse_attempt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'attempt refused by the test'; END $$`,
  );
});
afterAll(() => stopDeliveryTestBed(t, receiver));
beforeEach(async () => {
  await clearDeliveryTestBed(t, receiver);
  t.logs.length = 0;
});
afterEach(async () => {
  for (const name of triggers.splice(0)) await t.app.runtime.prisma.$executeRawUnsafe(`DROP TRIGGER ${name} ON "Attempt"`);
});

/** Makes the database refuse the destination's attempts (only those with a response body, when `withBodyOnly`). */
async function refuseAttempts(destinationId: string, { withBodyOnly }: { withBodyOnly: boolean }) {
  const name = `refuse_${triggers.length}_${destinationId.replace(/\W/g, "")}`;
  const condition = `NEW."destinationId" = '${destinationId}'${withBodyOnly ? ` AND NEW."responseBody" IS NOT NULL` : ""}`;
  await t.app.runtime.prisma.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "Attempt" FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION refuse_attempt()`,
  );
  triggers.push(name);
}

/** An HTTP/1.1 response written byte for byte, whatever Node's own writer would refuse. */
function rawResponse(status: string, headers: Buffer[], body: Buffer = Buffer.alloc(0)): Buffer {
  const line = (text: string) => Buffer.from(`${text}\r\n`, "latin1");
  return Buffer.concat([
    line(`HTTP/1.1 ${status}`),
    ...headers,
    line(`content-length: ${body.length}`),
    line("connection: close"),
    line(""),
    body,
  ]);
}

async function deliveryState(id: string) {
  const result = await t.graphql(HostileDelivery, { id });
  const node = result.data?.node;
  if (!node || !("status" in node)) throw new Error(JSON.stringify(result));
  return node;
}

/** Publishes one event to a destination answering `answer`, runs the worker once, and returns the delivery as the API shows it. */
async function deliverTo(answer: Answer) {
  receiver.respond(answer);
  const { eventType } = await subscribe(t, { url: receiver.origin });
  const id = (await publish(t, eventType, { hello: "world" })).event.deliveries[0].id;
  await t.app.worker!.runOnce();
  return deliveryState(id);
}

const bytesOf = (attempt: { responseBody?: string | null; responseBodyEncoding: string }) =>
  Buffer.from(attempt.responseBody ?? "", attempt.responseBodyEncoding === "BASE64" ? "base64" : "utf8");

describe("a body that is not text", () => {
  it("with NUL bytes is recorded as its exact bytes, and the delivery completes", async () => {
    const delivery = await deliverTo({ status: 200, body: "abc\u0000def" });
    expect(delivery.status).toBe("SUCCEEDED");
    expect(delivery.attempts).toMatchObject([{ succeeded: true, responseStatus: 200, responseBodyEncoding: "BASE64" }]);
    expect(bytesOf(delivery.attempts[0])).toEqual(Buffer.from("abc\u0000def"));
  });

  it("in invalid UTF-8 is recorded as its exact bytes, and the delivery is retried", async () => {
    // Invalid bytes, a truncated sequence, and an encoded surrogate (a lone one once decoded leniently).
    const body = Buffer.from([0x6f, 0x6b, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]);
    const delivery = await deliverTo({ raw: rawResponse("500 Internal Server Error", [], body) });
    expect(delivery.status).toBe("SCHEDULED");
    expect(delivery.attempts).toMatchObject([
      { succeeded: false, responseStatus: 500, errorCode: "HTTP_STATUS", responseBodyEncoding: "BASE64" },
    ]);
    expect(bytesOf(delivery.attempts[0])).toEqual(body);
  });

  it("that is binary is recorded as its exact bytes", async () => {
    const body = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    const delivery = await deliverTo({ raw: rawResponse("200 OK", [Buffer.from("content-type: application/octet-stream\r\n")], body) });
    expect(delivery.status).toBe("SUCCEEDED");
    expect(delivery.attempts[0].responseBodyEncoding).toBe("BASE64");
    expect(bytesOf(delivery.attempts[0])).toEqual(body);
  });

  it("stays text when it is UTF-8, even cut at 64 KiB inside a character", async () => {
    const plain = await deliverTo({ status: 200, body: "café ✓ 😀" });
    expect(plain.attempts[0]).toMatchObject({ responseBody: "café ✓ 😀", responseBodyEncoding: "TEXT" });

    // The 4-byte emoji straddles the limit: the body keeps the characters before it.
    const cut = await deliverTo({ status: 200, body: `${"x".repeat(64 * 1024 - 2)}😀 and more` });
    expect(cut.attempts[0]).toMatchObject({
      responseBodyEncoding: "TEXT",
      responseBodyTruncated: true,
      responseBody: "x".repeat(64 * 1024 - 2),
    });
  });

  it("is recorded by sendTestEvent, which returns the attempt", async () => {
    receiver.respond({ status: 200, body: "abc\u0000def" });
    const destinationId = await createDestination(t, { url: receiver.origin });
    const result = await t.graphql(HostileTest, { destinationId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.sendTestEvent).toMatchObject({
      __typename: "AttemptPayload",
      attempt: { succeeded: true, responseStatus: 200, responseBodyEncoding: "BASE64", delivery: { status: "SUCCEEDED" } },
    });
  });
});

describe("response headers", () => {
  it("with bytes above 0x7F are recorded, read as Latin-1", async () => {
    const header = Buffer.concat([Buffer.from("x-odd: ab"), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from("cd\r\n")]);
    const delivery = await deliverTo({ raw: rawResponse("200 OK", [header], Buffer.from("ok")) });
    expect(delivery.status).toBe("SUCCEEDED");
    expect(delivery.attempts[0].responseHeaders).toMatchObject({ "x-odd": "ab\u00ff\u00c3(cd" });
  });

  it("with a NUL byte are an invalid response, and the delivery is retried", async () => {
    const header = Buffer.concat([Buffer.from("x-nul: ab"), Buffer.from([0]), Buffer.from("cd\r\n")]);
    const delivery = await deliverTo({ raw: rawResponse("200 OK", [header]) });
    expect(delivery.status).toBe("SCHEDULED");
    expect(delivery.attempts).toMatchObject([{ succeeded: false, errorCode: "INVALID_RESPONSE", responseHeaders: null }]);
  });

  it("beyond 16 KiB are an invalid response, not a network error", async () => {
    const headers = Array.from({ length: 500 }, (_, i) => Buffer.from(`x-large-${i}: ${"v".repeat(1024)}\r\n`));
    const delivery = await deliverTo({ raw: rawResponse("200 OK", headers) });
    expect(delivery.status).toBe("SCHEDULED");
    expect(delivery.attempts).toMatchObject([
      { succeeded: false, errorCode: "INVALID_RESPONSE", errorMessage: "The response headers exceed 16 KiB." },
    ]);
  });

  it("are stored up to 100, and the rest counted", async () => {
    const headers = Array.from({ length: 1000 }, (_, i) => Buffer.from(`x-h-${i}: ${i}\r\n`));
    const delivery = await deliverTo({ raw: rawResponse("200 OK", headers) });
    expect(delivery.status).toBe("SUCCEEDED");
    const [attempt] = delivery.attempts;
    expect(Object.keys(attempt.responseHeaders)).toHaveLength(100);
    expect(attempt.responseHeaders).toMatchObject({ "x-h-0": "0", "x-h-99": "99" });
    // 1000, content-length and connection.
    expect(attempt.omittedHeaderCount).toBe(902);
  });
});

describe("an attempt the database refuses", () => {
  it("is recorded without the response, and the cause is logged", async () => {
    receiver.respond({ status: 200, body: "fine" });
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    await refuseAttempts(destinationId, { withBodyOnly: true });
    const id = (await publish(t, eventType, {})).event.deliveries[0].id;
    await t.app.worker!.runOnce();
    const delivery = await deliveryState(id);
    expect(delivery.status).toBe("SUCCEEDED");
    expect(delivery.attempts).toMatchObject([
      {
        succeeded: true,
        responseStatus: 200,
        responseBody: null,
        responseHeaders: null,
        errorCode: null,
        errorMessage: expect.stringContaining("could not be stored"),
      },
    ]);
    expect(t.logs.find((line) => line.includes("could not record an attempt in full"))).toContain("attempt refused by the test");
  });

  it("of sendTestEvent is recorded without the response, and returned", async () => {
    receiver.respond({ status: 503, body: "busy" });
    const destinationId = await createDestination(t, { url: receiver.origin });
    await refuseAttempts(destinationId, { withBodyOnly: true });
    const result = await t.graphql(HostileTest, { destinationId });
    expect(result.data!.sendTestEvent).toMatchObject({
      __typename: "AttemptPayload",
      attempt: {
        succeeded: false,
        responseStatus: 503,
        responseBody: null,
        errorMessage: "The endpoint answered 503. The response could not be stored; the attempt is recorded without its headers and body.",
      },
    });
    expect(t.logs.some((line) => line.includes("could not record an attempt in full"))).toBe(true);
  });

  it("never at all: the delivery fails after 3 lease expiries instead of being sent again and again", async () => {
    receiver.respond(200);
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    await refuseAttempts(destinationId, { withBodyOnly: false });
    const published = await publish(t, eventType, {});
    const id = published.event.deliveries[0].id;
    const prisma = t.app.runtime.prisma;
    const leaseMs = t.app.runtime.config.worker.leaseMs;

    await t.app.worker!.runOnce();
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENDING", expiredLeases: 0 });
    for (let expiry = 1; expiry <= 3; expiry++) {
      clock.advance(leaseMs + 1);
      await t.app.worker!.runOnce();
    }
    expect(receiver.received).toHaveLength(3);
    const delivery = await deliveryState(id);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: [] });
    expect(delivery.lastError).toMatch(/^Its lease expired 3 times with no attempt recorded/);

    // Nothing more is sent, and the failure is announced like any exhausted delivery.
    clock.advance(leaseMs + 1);
    await t.app.worker!.runOnce();
    expect(receiver.received).toHaveLength(3);
    const exhausted = await prisma.event.findMany({ where: { type: "delivery.exhausted" } });
    expect(exhausted.map((event) => (event.payload as { delivery: { id: string } }).delivery.id)).toContain(id);
  });

  it("is counted afresh once an attempt is recorded", async () => {
    receiver.respond(500);
    const { eventType } = await subscribe(t, { url: receiver.origin });
    const id = (await publish(t, eventType, {})).event.deliveries[0].id;
    const prisma = t.app.runtime.prisma;
    // One expiry behind it, and a second one now, as if two workers had died mid-request: this claim is the last before giving up.
    await prisma.delivery.update({
      where: { id },
      data: { status: "SENDING", leasedBy: "worker-gone", leaseUntil: clock.now(), expiredLeases: 1 },
    });
    clock.advance(1);
    await t.app.worker!.runOnce();
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SCHEDULED",
      expiredLeases: 0,
      attemptCount: 1,
    });
  });
});
