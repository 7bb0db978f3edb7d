// Receivers that answer 1xx before (or instead of) their answer: a few 103
// Early Hints are fine; a flood of them ends the request long before its
// timeout instead of holding it (each one restarts the client's header
// timer); an unasked 100 Continue, which undici cannot read past, is recorded
// as what it is, not as a connection reset.
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_INFORMATIONAL_RESPONSES } from "../../server/delivery/http-sender.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { TestReceiver } from "../utils/test-receiver.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { publish, subscribe } from "../utils/fixtures.ts";

const EARLY_HINTS = "HTTP/1.1 103 Early Hints\r\nlink: </style.css>; rel=preload\r\n\r\n";
const CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";
const OK = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok";
const TIMEOUT_MS = 10_000;

let t: TestApp;
let receiver: TestReceiver;
let raw: Server | undefined;
const sockets = new Set<Socket>();

beforeAll(async () => {
  ({ t, receiver } = await startDeliveryTestBed());
});
afterAll(() => stopDeliveryTestBed(t, receiver));
beforeEach(() => clearDeliveryTestBed(t, receiver));
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => (raw ? raw.close(resolve) : resolve(undefined)));
  raw = undefined;
});

/** A receiver on loopback that reads a whole request, then hands the socket to `answer` to write whatever bytes it likes. */
async function startRawReceiver(answer: (socket: Socket) => void): Promise<string> {
  raw = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const headEnd = received.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(received.subarray(0, headEnd).toString("latin1"))?.[1] ?? 0);
      if (received.length < headEnd + 4 + length) return;
      socket.off("data", onData);
      answer(socket);
    };
    socket.on("data", onData);
  });
  await new Promise<void>((resolve) => raw!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
}

/** Publishes one event to `url`, runs the worker once, and returns the delivery with its attempts. */
async function deliverTo(url: string) {
  const { eventType } = await subscribe(t, { url, destination: { timeoutMs: TIMEOUT_MS } });
  const id = (await publish(t, eventType, { hello: "world" })).event.deliveries[0].id;
  const started = Date.now();
  await t.app.worker!.runOnce();
  const tookMs = Date.now() - started;
  const delivery = await t.app.runtime.prisma.delivery.findUniqueOrThrow({ where: { id }, include: { attempts: true } });
  return { ...delivery, tookMs };
}

describe("informational (1xx) answers", () => {
  it("up to the limit, then the answer: the delivery succeeds", async () => {
    const url = await startRawReceiver((socket) => socket.end(EARLY_HINTS.repeat(MAX_INFORMATIONAL_RESPONSES) + OK));
    const delivery = await deliverTo(url);
    expect(delivery.status).toBe("SUCCEEDED");
    expect(delivery.attempts).toMatchObject([{ succeeded: true, responseStatus: 200, responseBody: "ok", errorCode: null }]);
  });

  it("flooding in: the request ends at the limit, long before its timeout, and the attempt says why", async () => {
    let written = 0;
    let closed!: Promise<void>;
    const url = await startRawReceiver((socket) => {
      closed = new Promise((resolve) => socket.on("close", () => resolve()));
      const hints = EARLY_HINTS.repeat(1000);
      const pump = () => {
        while (!socket.destroyed && socket.write(hints)) written += 1000;
      };
      socket.on("drain", pump);
      pump();
    });
    const delivery = await deliverTo(url);
    await closed;
    expect(delivery.status).toBe("SCHEDULED");
    expect(delivery.attempts).toMatchObject([
      {
        succeeded: false,
        responseStatus: null,
        errorCode: "INVALID_RESPONSE",
        errorMessage: `The receiver sent more than ${MAX_INFORMATIONAL_RESPONSES} informational (1xx) responses before its answer.`,
      },
    ]);
    expect(delivery.attempts[0].durationMs).toBeLessThan(TIMEOUT_MS / 5);
    expect(delivery.tookMs).toBeLessThan(TIMEOUT_MS / 5);
    // The receiver was cut off, not read from until it gave up.
    expect(written).toBeLessThan(1_000_000);
  });

  it("trickling in: each one restarts the header timer, but the request still ends at the limit", async () => {
    const url = await startRawReceiver((socket) => {
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(EARLY_HINTS)), 50);
      socket.on("close", () => clearInterval(timer));
    });
    const delivery = await deliverTo(url);
    expect(delivery.attempts).toMatchObject([{ succeeded: false, errorCode: "INVALID_RESPONSE" }]);
    expect(delivery.attempts[0].durationMs).toBeGreaterThanOrEqual(MAX_INFORMATIONAL_RESPONSES * 50 - 50);
    expect(delivery.attempts[0].durationMs).toBeLessThan(TIMEOUT_MS / 5);
  });

  // RFC 9110 §15.2 has a client accept a 1xx it did not ask for; undici drops the
  // connection on an unasked 100 and cannot be told otherwise, so the answer
  // after it is lost. The attempt says so, and the delivery is retried (the
  // receiver dedupes on webhook-id) rather than counted a success it never saw.
  it("an unasked 100 Continue, then 200: recorded as what happened, not as a connection reset", async () => {
    const url = await startRawReceiver((socket) => {
      socket.write(CONTINUE);
      setTimeout(() => socket.end(OK), 50);
    });
    const delivery = await deliverTo(url);
    expect(delivery.status).toBe("SCHEDULED");
    expect(delivery.attempts).toMatchObject([{ succeeded: false, responseStatus: null, errorCode: "INVALID_RESPONSE" }]);
    expect(delivery.attempts[0].errorMessage).toMatch(/^The receiver sent 100 Continue, which was not asked for/);
  });

  it("100 Continue and Early Hints in one write, then 200: the same", async () => {
    const url = await startRawReceiver((socket) => socket.end(CONTINUE + EARLY_HINTS + EARLY_HINTS + OK));
    const delivery = await deliverTo(url);
    expect(delivery.attempts).toMatchObject([
      { succeeded: false, errorCode: "INVALID_RESPONSE", errorMessage: expect.stringContaining("100 Continue") },
    ]);
  });
});
