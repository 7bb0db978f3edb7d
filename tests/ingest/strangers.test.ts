// Strangers who know a source's ingest URL but not its credential, over real
// HTTP from addresses of their own (the 127.0.0.0/8 loopback): they cannot grow
// the request log without bound, spend the sender's budget, hold bodies open,
// or cost a lookup once their address is out of unknown keys.
import { randomInt } from "node:crypto";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateIncomingCredentialDocument, CreateIngestSourceDocument, IncomingLogDocument } from "../gql/graphql.ts";
import { createEventType } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { INGEST_BODY_DEADLINE_MS } from "../../server/ingest/receive.ts";
import { RECORDED_INGEST_REFUSALS_PER_MINUTE } from "../../server/rate-limit/request-budget.ts";

const stripe = new Stripe("sk_test_not_used");
const signingKey = "whsec_strangers_test_signing_key_01";
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** A loopback address of its own for each stranger: budgets are per address (and shared through Redis by test runs). */
const anAddress = () => `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;

interface Answer {
  status: number;
  retryAfter?: string;
}

/** One POST from `address`. */
function send(app: TestApp, path: string, address: string, headers: Record<string, string>, body: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${app.app.url}${path}`, {
      method: "POST",
      localAddress: address,
      agent: false,
      headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers },
    });
    let answered = false;
    req.on("response", (response) => {
      answered = true;
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"] }));
    });
    // A refused body is not read: the connection may close while the rest is still being written.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    req.end(body);
  });
}

const signed = (payload: string) => ({ "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret: signingKey }) });
const forged = (payload: string) => ({
  "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_a_guess_0000000000" }),
});

async function createSource(app: TestApp, type: "STRIPE_SIGNATURE" | "HTTP_BASIC", eventType: string) {
  const fields = type === "STRIPE_SIGNATURE" ? { signingKey } : { username: "sender", password: "the-right-password" };
  const created = await app.graphql(CreateIncomingCredentialDocument, {
    input: { name: `${type} ${Math.random()}`, type, system: "Sender", fields },
  });
  if (created.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(created));
  const result = await app.graphql(CreateIngestSourceDocument, {
    input: { name: `Source ${Math.random()}`, credentialId: created.data.createCredential.credential.id, eventType },
  });
  if (result.data?.createSource.__typename !== "SourcePayload") throw new Error(JSON.stringify(result));
  return { id: result.data.createSource.source.id, path: result.data.createSource.source.ingestPath };
}

async function log(app: TestApp, sourceId: string) {
  const result = await app.graphql(IncomingLogDocument, { filter: { sourceId } });
  if (!result.data) throw new Error(JSON.stringify(result));
  return result.data.incomingRequests;
}

const bytesOf = (rows: { headers: unknown; body: string | null; detail: string | null }[]) =>
  rows.reduce((sum, r) => sum + JSON.stringify(r.headers).length + (r.body?.length ?? 0) + (r.detail?.length ?? 0), 0);

let t: TestApp;
let stripeSource: { id: string; path: string };
let basicSource: { id: string; path: string };

beforeAll(async () => {
  // A small source budget, so that strangers spending it would show at once.
  t = await startTestApp({ env: { SWITCHYARD_INGEST_RATE_LIMIT: "20" } });
  await createEventType(t, "sender.thing");
  stripeSource = await createSource(t, "STRIPE_SIGNATURE", "sender.thing");
  basicSource = await createSource(t, "HTTP_BASIC", "sender.thing");
}, 60_000);
afterAll(async () => {
  await t?.stop();
});

describe("refused requests are recorded within a bound, the rest counted", () => {
  it("200 wrong passwords with 64 KiB bodies add at most the quota of small rows, without their bodies", async () => {
    const body = JSON.stringify({ pad: "x".repeat(64 * 1024) });
    const statuses = new Set<number>();
    // From many addresses, so that no address budget hides what the recording bound does.
    for (let i = 0; i < 20; i++) {
      const address = anAddress();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => send(t, basicSource.path, address, { authorization: basic("sender", "wrong") }, body)),
      );
      for (const a of answers) statuses.add(a.status);
    }
    expect([...statuses]).toEqual([401]);
    const rows = await t.app.runtime.prisma.incomingRequest.findMany({ where: { sourceId: basicSource.id } });
    expect(rows.length).toBeLessThanOrEqual(RECORDED_INGEST_REFUSALS_PER_MINUTE);
    expect(rows.length).toBeGreaterThan(0);
    // A password is checked before the body is read: none is kept.
    expect(rows.every((r) => r.body === null && r.rejection === "BAD_SIGNATURE")).toBe(true);
    expect(bytesOf(rows)).toBeLessThan(RECORDED_INGEST_REFUSALS_PER_MINUTE * 6 * 1024);
    // The last one recorded says that later ones are only counted.
    const { edges } = await log(t, basicSource.id);
    expect(edges[0].node.detail).toMatch(/quota of recorded refusals is used up/);
  });

  it("a bad signature keeps 1 KiB of its body and 4 KiB of its headers; the size it had is still shown", async () => {
    const source = await createSource(t, "STRIPE_SIGNATURE", "sender.thing");
    const payload = JSON.stringify({ id: "evt_forged", pad: "y".repeat(100 * 1024) });
    const noise = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`x-noise-${i}`, "n".repeat(300)]));
    expect((await send(t, source.path, anAddress(), { ...forged(payload), ...noise }, payload)).status).toBe(401);
    const [entry] = (await log(t, source.id)).edges.map((e) => e.node);
    expect(entry).toMatchObject({ rejection: "BAD_SIGNATURE", bodyTruncated: true, bodyBytes: Buffer.byteLength(payload) });
    expect(entry.body).toBe(payload.slice(0, 1024));
    expect(JSON.stringify(entry.headers).length).toBeLessThan(5 * 1024);
  });
});

describe("the count of refusals not recorded", () => {
  it("is told by the next refusal recorded", async () => {
    // A 3 s window: one recorded refusal per window (20 a minute).
    const short = await startTestApp({ env: { SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "3" } });
    try {
      await createEventType(short, "sender.thing");
      const source = await createSource(short, "HTTP_BASIC", "sender.thing");
      const wrong = { authorization: basic("sender", "wrong") };
      for (let i = 0; i < 5; i++) expect((await send(short, source.path, anAddress(), wrong, "{}")).status).toBe(401);
      expect((await log(short, source.id)).totalCount).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 3100));
      expect((await send(short, source.path, anAddress(), wrong, "{}")).status).toBe(401);
      const { totalCount, edges } = await log(short, source.id);
      expect(totalCount).toBe(2);
      expect(edges[0].node.detail).toMatch(/4 more were refused unrecorded/);
    } finally {
      await short.stop();
    }
  });
});

describe("strangers do not spend the sender's budget", () => {
  it("100 forged signatures (while the sender sends) leave the source's 20 requests to the sender", async () => {
    const source = await createSource(t, "STRIPE_SIGNATURE", "sender.thing");
    const stranger = anAddress();
    const sender = anAddress();
    const flood = Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const payload = JSON.stringify({ id: `evt_stranger_${i}` });
        return send(t, source.path, stranger, forged(payload), payload);
      }),
    );
    const legit: number[] = [];
    for (let i = 0; i < 20; i++) {
      const payload = JSON.stringify({ id: `evt_sender_${i}` });
      legit.push((await send(t, source.path, sender, signed(payload), payload)).status);
    }
    const refused = (await flood).map((a) => a.status);
    expect(legit).toEqual(Array.from({ length: 20 }, () => 200));
    // The stranger's own allowance (30 a minute, SWITCHYARD_AUTH_FAILURE_LIMIT) ends in 429s.
    expect(refused.filter((s) => s === 401).length).toBeLessThanOrEqual(30);
    expect(refused.filter((s) => s === 429).length).toBeGreaterThanOrEqual(70);
    // Past it, the sender's own budget is what refuses: the stranger spent none of it.
    const payload = JSON.stringify({ id: "evt_sender_21" });
    expect((await send(t, source.path, sender, signed(payload), payload)).status).toBe(429);
  });

  it("a correct password from a stranger's own address is still accepted: it is checked before any budget refuses", async () => {
    const source = await createSource(t, "HTTP_BASIC", "sender.thing");
    const shared = anAddress();
    for (let i = 0; i < 40; i++) await send(t, source.path, shared, { authorization: basic("sender", "wrong") }, "{}");
    expect((await send(t, source.path, shared, { authorization: basic("sender", "wrong") }, "{}")).status).toBe(429);
    const right = await send(t, source.path, shared, { authorization: basic("sender", "the-right-password") }, '{"ok":1}');
    expect(right.status).toBe(200);
  });
});

describe("bodies from strangers", () => {
  /** Headers and part of a body, then a byte every 500 ms; resolves with the answer's status line and when the socket closed. */
  function trickle(address: string, path: string, headers: Record<string, string>) {
    return new Promise<{ statusLine: string; answeredAfter: number; closedAfter: number }>((resolve) => {
      const started = Date.now();
      const socket = connect({ host: "127.0.0.1", port: Number(new URL(t.app.url!).port), localAddress: address });
      let statusLine = "";
      let answeredAfter = -1;
      const head = Object.entries({ host: "x", "content-type": "application/json", "content-length": "100000", ...headers })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("");
      socket.on("connect", () => socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n{"pad":"`));
      const timer = setInterval(() => socket.writable && socket.write("x"), 500);
      socket.on("data", (chunk) => {
        if (answeredAfter >= 0) return;
        answeredAfter = Date.now() - started;
        statusLine = chunk.toString("latin1").split("\r\n")[0];
      });
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearInterval(timer);
        resolve({ statusLine, answeredAfter, closedAfter: Date.now() - started });
      });
    });
  }

  it("a password is checked before the body is read: a wrong one is answered at once, unread", async () => {
    const answer = await trickle(anAddress(), basicSource.path, { authorization: basic("sender", "wrong") });
    expect(answer.statusLine).toBe("HTTP/1.1 401 Unauthorized");
    expect(answer.answeredAfter).toBeLessThan(2000);
    expect(answer.closedAfter).toBeLessThan(4000);
  });

  it("a trickled body is cut off at the deadline (408), and an address holds at most its allowance of unread bodies", async () => {
    const address = anAddress();
    const answers = await Promise.all(Array.from({ length: 35 }, () => trickle(address, stripeSource.path, forged('{"pad":"'))));
    const cut = answers.filter((a) => a.statusLine === "HTTP/1.1 408 Request Timeout");
    const turnedAway = answers.filter((a) => a.statusLine === "HTTP/1.1 429 Too Many Requests");
    expect(cut).toHaveLength(30);
    expect(turnedAway).toHaveLength(5);
    for (const a of cut) {
      expect(a.answeredAfter).toBeGreaterThanOrEqual(INGEST_BODY_DEADLINE_MS - 100);
      expect(a.closedAfter).toBeLessThan(INGEST_BODY_DEADLINE_MS + 3000);
    }
    for (const a of turnedAway) expect(a.answeredAfter).toBeLessThan(3000);
    // No rejection in the log says "too slow": the next refusal recorded counts them.
    const payload = JSON.stringify({ id: "evt_after_trickles" });
    expect((await send(t, stripeSource.path, anAddress(), forged(payload), payload)).status).toBe(401);
    expect((await log(t, stripeSource.id)).edges[0].node.detail).toMatch(/30 more were refused unrecorded/);
  }, 30_000);
});

describe("an address out of unknown keys", () => {
  const sourceLookups = (app: TestApp) => app.queries.filter((sql) => /FROM "public"\."Source"/.test(sql)).length;
  const unknownKey = () => `/ingest/ik_${Array.from({ length: 32 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[randomInt(26)]).join("")}`;

  it("is refused before any lookup, yet still reaches a source this process found lately", async () => {
    const warmUp = JSON.stringify({ id: "evt_warm_up" });
    expect((await send(t, stripeSource.path, anAddress(), signed(warmUp), warmUp)).status).toBe(200);
    const fresh = await createSource(t, "STRIPE_SIGNATURE", "sender.thing");
    const address = anAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await send(t, unknownKey(), address, {}, "{}")).status);
    expect(statuses.slice(0, 30)).toEqual(Array.from({ length: 30 }, () => 404));
    expect(statuses[30]).toBe(429);

    t.queries.length = 0;
    for (let i = 0; i < 20; i++) {
      const answer = await send(t, unknownKey(), address, {}, "{}");
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    // A key this process has not looked up yet is a guess like any other, until the address's window ends.
    expect((await send(t, fresh.path, address, {}, "{}")).status).toBe(429);
    expect(sourceLookups(t)).toBe(0);

    // A provider whose address also calls a rotated URL keeps reaching its live sources.
    const payload = JSON.stringify({ id: "evt_known_key" });
    expect((await send(t, stripeSource.path, address, signed(payload), payload)).status).toBe(200);
  });
});
