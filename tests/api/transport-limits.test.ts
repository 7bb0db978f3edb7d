// The same request limits on every transport: HTTP POST, HTTP GET, SSE (POST
// and GET) and graphql-ws. An oversized request, a too-deep query and too many
// aliases are refused with a clear error, and the server goes on serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { parse } from "graphql";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { wsClient, wsUrl } from "../utils/live-clients.ts";
import { commandLineToken } from "../utils/fixtures.ts";
import { sendBeforeReading } from "../utils/unread-body-sender.ts";
import { parsedDocuments, parseErrors } from "../../schema/graphql-documents.ts";

const deepQuery = `{ viewer { organization { a { b { c { d { e { f { g { h { i } } } } } } } } } } }`;
const aliasedQuery = `{ ${Array.from({ length: 25 }, (_, i) => `v${i}: viewer { role }`).join(" ")} }`;
const costlyQuery = `{ a { b { c { d { e { f { g { h { ${Array.from({ length: 300 }, (_, i) => `x${i}`).join(" ")} } } } } } } } } }`;
const costError = /Query Cost limit of 5000 exceeded/;
const tooManyTokens = `{ viewer { ${"role ".repeat(6000)}} }`;
const ordinaryQuery = "{ viewer { role } }";
const depthError = "Syntax Error: Query depth limit of 10 exceeded, found 11.";
const aliasError = /Aliases limit of 20 exceeded/;

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await startTestApp();
  url = t.app.url!;
});
afterAll(() => t?.stop());

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const auth = () => ({ authorization: `Bearer ${t.adminToken}` });

async function post(body: unknown, accept = "application/json") {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept, ...auth() },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

async function get(query: string, accept = "application/json") {
  const response = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept, ...auth() } });
  return { status: response.status, text: await response.text() };
}

/** The error messages in a JSON answer or in the events of an SSE stream. */
function messagesOf(text: string): string[] {
  const bodies = text.trimStart().startsWith("{") ? [text] : [...text.matchAll(/^data: (.*)$/gm)].map((m) => m[1]);
  return bodies.flatMap((b) => ((JSON.parse(b) as Body).errors ?? []).map((e) => e.message));
}

async function stillServes() {
  const answer = await post({ query: ordinaryQuery });
  expect(JSON.parse(answer.text)).toEqual({ data: { viewer: { role: "ADMIN" } } });
}

describe.each([
  ["HTTP POST", "application/json"],
  ["SSE over POST", "text/event-stream"],
])("%s", (_transport, accept) => {
  it("answers 413 to a body beyond 16 MiB", async () => {
    const answer = await post({ query: ordinaryQuery, variables: { junk: "x".repeat(17 * 1024 * 1024) } }, accept);
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/PAYLOAD_TOO_LARGE/);
    await stillServes();
  });

  it("refuses a too-deep query, too many aliases, too costly a query and too many tokens", async () => {
    expect(messagesOf((await post({ query: deepQuery }, accept)).text)).toContain(depthError);
    expect(messagesOf((await post({ query: costlyQuery }, accept)).text).join("\n")).toMatch(costError);
    expect(messagesOf((await post({ query: aliasedQuery }, accept)).text).join("\n")).toMatch(aliasError);
    expect(messagesOf((await post({ query: tooManyTokens }, accept)).text).join("\n")).toMatch(/Token limit of 5000 exceeded/);
    await stillServes();
  });
});

describe("documents, before anyone is authenticated", () => {
  // In process, with no client address: over a socket each of these would count against 127.0.0.1's failed
  // authentications, which with Redis every test process shares, and other tests' strangers would be told 429.
  const anonymous = async (body: unknown) => {
    const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };
  // 2,490 nested lists fit in the token limit, and overflowed the parser's stack (HTTP 500).
  const nestedTooDeeply = `{ node(id: ${"[".repeat(2490)}"x"${"]".repeat(2490)}) { id } }`;

  it("refuses a document beyond 1 MiB unparsed, and one nested deeper than the parser can follow, with typed errors", async () => {
    const long = await anonymous({ query: `{ __typename ${" ".repeat(1024 * 1024)}}` });
    expect(long.status).toBe(413);
    expect(long.body.errors?.[0]).toMatchObject({ extensions: { code: "DOCUMENT_TOO_LARGE" } });
    const deep = await anonymous({ query: nestedTooDeeply });
    expect(deep.status).toBe(200); // application/json: a syntax error like any other
    expect(deep.body.errors).toMatchObject([{ message: "Syntax Error: the document is nested too deeply." }]);
    await stillServes();
  });

  it("answers a query that is not a string with 400", async () => {
    for (const query of [{ a: 1 }, 7, true]) expect((await anonymous({ query })).status).toBe(400);
    await stillServes();
  });

  it("keeps at most 2 MiB of parsed documents' text, and none over 64 KiB, however many distinct ones come", async () => {
    parsedDocuments.clear();
    parseErrors.clear();
    // Each distinct, each refused (no token), each parsed first: yoga's own cache kept 1,000 of any size for an hour.
    for (let i = 0; i < 60; i++) await anonymous({ query: `{ __typename ${" ".repeat(60 * 1024)}} # ${i}` });
    for (let i = 0; i < 5; i++) await anonymous({ query: `{ __typename ${" ".repeat(900 * 1024)}} # ${i}` });
    for (let i = 0; i < 60; i++) await anonymous({ query: `{ ${" ".repeat(60 * 1024)} # ${i}` });
    expect(parsedDocuments.calculatedSize + parseErrors.calculatedSize).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(parsedDocuments.size).toBeGreaterThan(0);
    expect(parseErrors.size).toBeGreaterThan(0);
    for (const text of [...parsedDocuments.keys(), ...parseErrors.keys()]) expect(text.length).toBeLessThanOrEqual(64 * 1024);
    await stillServes();
  });
});

describe("a chunked HTTP POST", () => {
  it("is answered 413 once past 16 MiB, and a sender still writing reads that answer before the connection closes", async () => {
    const answer = await sendBeforeReading(url, "/graphql", { "content-type": "application/json", ...auth() }, 28 * 1024 * 1024);
    expect(answer.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
    expect(answer.closedAfter).toBeLessThan(5000);
    await stillServes();
  });

  it("is not run when its sender finishes it after the 413", async () => {
    const name = "chunked.cut.off";
    const query = `mutation { createEventType(input: { name: "${name}", description: "refused" }) { __typename } }`;
    const body = JSON.stringify({ query, variables: { junk: "x".repeat(17 * 1024 * 1024) } });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...auth() },
      });
      req.on("response", (response) => {
        resolve(response.statusCode ?? 0);
        response.resume();
      });
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(413);
    // The rest of the body arrives while the connection lingers, and yoga, which reads it too, would parse it then.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await t.app.runtime.prisma.eventType.count({ where: { name } })).toBe(0);
    await stillServes();
  });
});

describe.each([
  ["HTTP GET", "application/json"],
  ["SSE over GET", "text/event-stream"],
])("%s", (_transport, accept) => {
  it("answers 431 to a query string beyond the header limit", async () => {
    const answer = await get(`{ viewer { role } } # ${"x".repeat(64 * 1024)}`, accept);
    expect(answer.status).toBe(431);
    await stillServes();
  });

  it("refuses a too-deep query, too many aliases and too costly a query", async () => {
    expect(messagesOf((await get(deepQuery, accept)).text)).toContain(depthError);
    expect(messagesOf((await get(costlyQuery, accept)).text).join("\n")).toMatch(costError);
    expect(messagesOf((await get(aliasedQuery, accept)).text).join("\n")).toMatch(aliasError);
    await stillServes();
  });
});

describe("graphql-ws", () => {
  it("closes with 1009 on a message beyond 16 MiB, and serves other clients", async () => {
    const ws = wsClient(url, { authorization: `Bearer ${t.adminToken}` });
    const feed = ws.subscribe(parse(ordinaryQuery), { junk: "x".repeat(40 * 1024 * 1024) });
    await expect.poll(() => ws.closed.code, { timeout: 20_000 }).toBe(1009);
    expect(feed.items).toEqual([]);
    await ws.dispose();
    await stillServes();
    const other = wsClient(url, { authorization: `Bearer ${t.adminToken}` });
    expect(await other.subscribe(parse(ordinaryQuery)).waitFor(1)).toEqual([{ viewer: { role: "ADMIN" } }]);
    await other.dispose();
  });

  it("refuses an oversized frame from its header, without waiting for (or buffering) its body", async () => {
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(
      [
        "GET /graphql HTTP/1.1",
        "Host: switchyard.test",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: graphql-transport-ws",
        "",
        "",
      ].join("\r\n"),
    );
    await expect.poll(() => Buffer.concat(received).toString("latin1")).toMatch(/^HTTP\/1\.1 101/);
    received.length = 0;
    // A masked text frame announcing 40 MiB, of which nothing follows the mask key.
    const header = Buffer.alloc(14);
    header[0] = 0x81;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(40 * 1024 * 1024), 2);
    socket.write(header);
    await closed;
    const frame = Buffer.concat(received);
    expect(frame[0]).toBe(0x88);
    expect(frame.readUInt16BE(2)).toBe(1009);
    await stillServes();
  });

  it("answers a too-deep query, too many aliases, too costly a query and too many tokens with errors, keeping the connection", async () => {
    const ws = wsClient(url, { authorization: `Bearer ${t.adminToken}` });
    // An open subscription keeps the (lazy) connection up between the operations.
    const live = ws.subscribe(parse("subscription { deliveryAttempts { missedBefore } }"));
    const errorsOf = async (query: string) => {
      const feed = ws.subscribe(parse(query));
      await expect.poll(() => feed.errors.length).toBe(1);
      return (feed.errors[0] as { message: string }[]).map((e) => e.message);
    };
    expect(await errorsOf(deepQuery)).toContain(depthError);
    expect((await errorsOf(aliasedQuery)).join("\n")).toMatch(aliasError);
    expect((await errorsOf(costlyQuery)).join("\n")).toMatch(costError);
    expect((await errorsOf(tooManyTokens)).join("\n")).toMatch(/Token limit of 5000 exceeded/);
    expect(ws.closed.code).toBeUndefined();
    expect(await ws.subscribe(parse(ordinaryQuery)).waitFor(1)).toEqual([{ viewer: { role: "ADMIN" } }]);
    expect(live.errors).toEqual([]);
    await ws.dispose();
  });

  it("refuses an organization id the database cannot hold as an organization it cannot act in", async () => {
    const prisma = t.app.runtime.prisma;
    const home = await prisma.organization.findFirstOrThrow();
    const everywhere = await commandLineToken(t, home.id, { name: "reaches all", role: "ADMIN", reach: "ALL" });
    for (const organizationId of ["org_\u0000", "org_\ud800"]) {
      const ws = wsClient(url, { authorization: `Bearer ${everywhere.secret}`, organizationId });
      ws.subscribe(parse(ordinaryQuery));
      await expect.poll(() => ws.closed.code).toBe(4403);
      expect(ws.closed.reason).toMatch(/^This token cannot act in organization/);
      await ws.dispose();
    }
    await stillServes();
  });

  it("answers a document that does not parse, or is nested too deeply to parse, with an error, keeping the connection", async () => {
    const socket = new (await import("ws")).default(wsUrl(url), "graphql-transport-ws");
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    socket.on("message", (data) => messages.push(JSON.parse(String(data)) as { type: string }));
    await new Promise<void>((resolve) => socket.once("open", () => resolve()));
    socket.send(JSON.stringify({ type: "connection_init", payload: auth() }));
    await expect.poll(() => messages.some((m) => m.type === "connection_ack")).toBe(true);
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ viewer { " } }));
    await expect
      .poll(() => messages.find((m) => m.id === "1"))
      .toMatchObject({ type: "error", payload: [{ message: expect.stringMatching(/Syntax Error/) }] });
    // Nested deeper than the parser's stack (it closed the socket with 4500 and the internal message).
    socket.send(
      JSON.stringify({ id: "3", type: "subscribe", payload: { query: `{ node(id: ${"[".repeat(2490)}"x"${"]".repeat(2490)}) { id } }` } }),
    );
    await expect
      .poll(() => messages.find((m) => m.id === "3"))
      .toMatchObject({ type: "error", payload: [{ message: "Syntax Error: the document is nested too deeply." }] });
    socket.send(JSON.stringify({ id: "2", type: "subscribe", payload: { query: ordinaryQuery } }));
    await expect
      .poll(() => messages.find((m) => m.id === "2"))
      .toMatchObject({ type: "next", payload: { data: { viewer: { role: "ADMIN" } } } });
    socket.close();
  });
});
