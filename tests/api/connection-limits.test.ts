// What one client can hold of the listener: connections from its address, an
// answer it stops reading, WebSocket messages a second. Each of these once let
// one client take the process's file descriptors or memory from everyone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import WebSocket from "ws";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { sseSubscribe, wsUrl } from "../utils/live-clients.ts";
import { createEventType, publish, subscribe } from "../utils/fixtures.ts";
import { startTestReceiver } from "../utils/test-receiver.ts";
import { parse } from "graphql";

const PublishMany = graphql(`
  mutation ConnectionLimitsPublish($input: PublishEventsInput!) {
    publishEvents(input: $input) {
      __typename
    }
  }
`);

let t: TestApp;
let url: URL;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      SWITCHYARD_MAX_CONNECTIONS_PER_ADDRESS: "5",
      SWITCHYARD_IDLE_CONNECTION_MS: "2000",
      SWITCHYARD_LIVE_KEEPALIVE_MS: "1000",
      SWITCHYARD_WEBSOCKET_MESSAGES_PER_SECOND: "50",
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
    },
  });
  url = new URL(t.app.url!);
});
afterAll(() => t?.stop());

/** A POST of a query over a connection of its own; resolves with the status, or null when the connection was refused. */
function post(query: string, onResponse?: (res: import("node:http").IncomingMessage) => void) {
  return new Promise<{ status: number | null; body: string; complete: boolean }>((resolve) => {
    const body = JSON.stringify({ query });
    const req = httpRequest({ host: url.hostname, port: url.port, path: "/graphql", method: "POST", agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("close", () => resolve({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString(), complete: res.complete }));
      onResponse?.(res);
    });
    req.on("error", () => resolve({ status: null, body: "", complete: false }));
    req.setHeader("content-type", "application/json");
    req.setHeader("authorization", `Bearer ${t.adminToken}`);
    req.end(body);
  });
}

function halfSentRequest(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write("POST /graphql HTTP/1.1\r\nHost: switchyard\r\n");
      resolve(socket);
    });
    socket.on("error", () => undefined);
  });
}

describe("connections from one address", () => {
  it("are at most the configured number; one more is closed at once, and a place that frees up is served", async () => {
    const held = await Promise.all(Array.from({ length: 5 }, halfSentRequest));
    const extra = await halfSentRequest();
    await new Promise<void>((resolve) => extra.once("close", () => resolve()));
    expect((await post("{ __typename }")).status).toBeNull();

    held.pop()!.destroy();
    await expect.poll(async () => (await post("{ __typename }")).status, { timeout: 5000 }).toBe(200);
    for (const socket of held) socket.destroy();
  });
});

describe("an idle connection", () => {
  it("is closed when its client stops reading a large answer; one that reads gets it whole; no answer carries more than 32 MiB of payloads", async () => {
    const type = "bulk.loaded";
    await createEventType(t, type);
    const big = { blob: "x".repeat(500 * 1024) };
    // 60 events of 500 KiB: a 30 MB answer, far more than the sockets' buffers hold.
    for (let i = 0; i < 3; i++) {
      const events = Array.from({ length: 20 }, () => ({ type, payload: big }));
      expect((await t.graphql(PublishMany, { input: { events } })).data?.publishEvents.__typename).toBe("PublishEventsPayload");
    }
    const query = "{ events(first: 100) { edges { node { payload } } } }";

    const read = await post(query);
    expect(read.status).toBe(200);
    expect(read.complete).toBe(true);
    expect(read.body.length).toBeGreaterThan(30_000_000);

    // A client that sends its request and never reads (a raw socket, paused): after the idle period the
    // server drops the connection, so what it receives once it reads again ends short of the answer.
    const stalled = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => stalled.once("connect", () => resolve()));
    const body = JSON.stringify({ query });
    stalled.write(
      `POST /graphql HTTP/1.1\r\nHost: switchyard\r\nContent-Type: application/json\r\nAuthorization: Bearer ${t.adminToken}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    stalled.pause();
    await new Promise((resolve) => setTimeout(resolve, 6000));
    let received = 0;
    stalled.on("data", (chunk: Buffer) => (received += chunk.length));
    stalled.on("error", () => undefined);
    stalled.resume();
    await new Promise<void>((resolve) => stalled.once("close", () => resolve()));
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(read.body.length);

    // And an answer carries at most 32 MiB of payloads: two such lists are refused in part, with a typed error.
    const twice = JSON.parse(
      (await post(`{ a: events(first: 60) { edges { node { payload } } } b: events(first: 60) { edges { node { payload } } } }`)).body,
    ) as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(twice.errors?.length).toBeGreaterThan(0);
    expect(twice.errors?.every((e) => e.extensions?.code === "RESPONSE_TOO_LARGE")).toBe(true);
  }, 90_000);

  it("is not closed while it is an SSE stream with nothing to send: its keep-alives count", async () => {
    const response = await fetch(`${url.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ query: "subscription { deliveryAttempts { missedBefore } }" }),
    });
    const reader = response.body!.getReader();
    const started = Date.now();
    let text = "";
    while (Date.now() - started < 5000) {
      const { value, done } = await reader.read();
      expect(done).toBe(false);
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain(":\n\n");
    await reader.cancel();
  });
});

describe("payloads and bodies in answers", () => {
  const big = { blob: "x".repeat(480 * 1024) };
  const tooLarge = (errors: unknown) => JSON.stringify(errors ?? []).includes("RESPONSE_TOO_LARGE");

  it("count event types' examples against the 32 MiB of one answer", async () => {
    // Three lists of 23 examples of ~490 KB (more aliases pass the query's cost limit): ~34 MB.
    for (let i = 0; i < 23; i++) await createEventType(t, `big.example_${i}`, { example: big });
    const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: eventTypes(first: 100) { edges { node { example } } }`).join(" ");
    const answer = JSON.parse((await post(`{ ${aliases} }`)).body) as { errors?: unknown };
    expect(tooLarge(answer.errors), JSON.stringify(answer).slice(0, 300)).toBe(true);
  });

  it("give a subscription at most 8 MiB of them a second, its recent items included", async () => {
    const receiver = await startTestReceiver(204);
    try {
      const { eventType } = await subscribe(t, { url: `${receiver.origin}/big` });
      for (let i = 0; i < 3; i++) await publish(t, eventType, big);
      for (let tries = 0; (await t.app.runtime.prisma.attempt.count({ where: { url: { contains: "/big" } } })) < 3 && tries < 50; tries++)
        await t.app.worker!.runOnce();
      // Each item asks for its ~490 KB request body 20 times: ~9.8 MB an item, past the 8 MiB a second.
      const bodies = Array.from({ length: 20 }, (_, i) => `b${i}: requestBody`).join(" ");
      const { feed } = await sseSubscribe(url.origin, parse(`subscription { deliveryAttempts(recent: 3) { attempt { ${bodies} } } }`), {
        authorization: `Bearer ${t.adminToken}`,
      });
      await expect.poll(() => feed.items.length, { timeout: 20_000 }).toBe(3);
      feed.stop();
      // The bodies past the budget are null (each with its error); the rest of each item stands.
      const bodiesSent = (feed.items as { deliveryAttempts: { attempt: Record<string, string | null> } }[]).flatMap((item) =>
        Object.values(item.deliveryAttempts.attempt).filter((body) => body !== null),
      );
      expect(bodiesSent.length).toBeGreaterThan(0);
      // At most 8 MiB a second: the three recent items come in one second (two, at a second's edge).
      expect(bodiesSent.reduce((sum, body) => sum + body.length, 0)).toBeLessThanOrEqual(2 * 8 * 1024 * 1024);
      expect(bodiesSent.length).toBeLessThan(60);
    } finally {
      await receiver.close();
    }
  }, 90_000);
});

describe("a WebSocket", () => {
  async function opened(): Promise<{ socket: WebSocket; closed: Promise<number>; pongs: () => number }> {
    const socket = new WebSocket(wsUrl(url.origin), "graphql-transport-ws");
    let pongs = 0;
    let acked = false;
    socket.on("message", (data) => {
      const type = (JSON.parse(String(data)) as { type: string }).type;
      if (type === "pong") pongs++;
      if (type === "connection_ack") acked = true;
    });
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    await new Promise<void>((resolve) => socket.once("open", () => resolve()));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${t.adminToken}` } }));
    await expect.poll(() => acked).toBe(true);
    return { socket, closed, pongs: () => pongs };
  }

  it("that sends more messages a second than allowed is closed with 1008; another is not", async () => {
    const flooding = await opened();
    const calm = await opened();
    for (let i = 0; i < 500; i++) flooding.socket.send(JSON.stringify({ type: "ping" }));
    expect(await flooding.closed).toBe(1008);

    calm.socket.send(JSON.stringify({ type: "ping" }));
    await expect.poll(() => calm.pongs()).toBe(1);
    expect(calm.socket.readyState).toBe(WebSocket.OPEN);
    calm.socket.close();
  });
});
