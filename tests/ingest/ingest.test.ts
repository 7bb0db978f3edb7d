// The ingest endpoint over real HTTP: Stripe-signed requests become events that
// reach webhooks; everything else is refused with a status, recorded with a
// reason, and never published; strangers without a key cost no write.
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { createEventType, subscribe } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { purgeExpiredHistory } from "../../server/jobs/retention.ts";
import { sseSubscribe, wsClient } from "../utils/live-clients.ts";
import { parsePrometheusText, sumOf } from "../utils/prometheus-text.ts";
import { sendBeforeReading } from "../utils/unread-body-sender.ts";

const stripe = new Stripe("sk_test_not_used");
const signingKey = "whsec_ingest_test_signing_key_0001";

const CreateIncomingCredential = graphql(`
  mutation CreateIncomingCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        credential {
          id
        }
      }
    }
  }
`);

const CreateIngestSource = graphql(`
  mutation CreateIngestSource($input: CreateSourceInput!) {
    createSource(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          id
          ingestPath
          ingestUrl
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const UpdateIngestSource = graphql(`
  mutation UpdateIngestSource($input: UpdateSourceInput!) {
    updateSource(input: $input) {
      __typename
    }
  }
`);

const RotateIngestKey = graphql(`
  mutation RotateIngestKey($id: ID!) {
    rotateSourceKey(input: { id: $id }) {
      __typename
      ... on SourcePayload {
        source {
          ingestPath
        }
      }
    }
  }
`);

const IncomingLive = graphql(`
  subscription IncomingLive($filter: IncomingRequestFeedFilter) {
    incomingRequests(filter: $filter) {
      receivedAt
      request {
        id
        outcome
        rejection
        source {
          id
        }
      }
    }
  }
`);

const IncomingLog = graphql(`
  query IncomingLog($filter: IncomingRequestFilter) {
    incomingRequests(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          outcome
          rejection
          detail
          responseStatus
          headers
          body
          bodyEncoding
          bodyTruncated
          bodyBytes
          duplicate
          events {
            id
            type
            source
            deliveries {
              id
            }
          }
          source {
            name
          }
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
let credentialId: string;
let source: { id: string; path: string };

async function createSource(app: Pick<TestApp, "graphql">, input: Record<string, unknown>) {
  const result = await app.graphql(CreateIngestSource, { input: { name: `Stripe ${Math.random()}`, credentialId, ...input } });
  const payload = result.data?.createSource;
  if (payload?.__typename !== "SourcePayload") throw new Error(JSON.stringify(result));
  return { id: payload.source.id, path: payload.source.ingestPath, url: payload.source.ingestUrl };
}

const stripeHeader = (payload: string, timestamp = Math.floor(Date.now() / 1000), secret = signingKey) =>
  stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

async function post(path: string, body: string | Buffer, headers: Record<string, string> = {}, app: TestApp = t) {
  const response = await fetch(`${app.app.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

const signedPost = (path: string, payload: string, extra: Record<string, string> = {}) =>
  post(path, payload, { "stripe-signature": stripeHeader(payload), ...extra });

async function log(filter: Record<string, unknown> = {}, app: TestApp = t) {
  const result = await app.graphql(IncomingLog, { filter: { sourceId: source.id, ...filter } });
  if (!result.data) throw new Error(JSON.stringify(result));
  return result.data.incomingRequests.edges.map((e) => e.node);
}

const eventCount = () => t.app.runtime.prisma.event.count({ where: { source: "INGEST" } });

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
  await subscribe(t, { url: `${receiver.origin}/stripe`, eventType: "stripe.invoice.paid" });
  const created = await t.graphql(CreateIncomingCredential, {
    input: { name: "Stripe endpoint", type: "STRIPE_SIGNATURE", system: "Stripe", fields: { signingKey } },
  });
  if (created.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(created));
  credentialId = created.data.createCredential.credential.id;
  source = await createSource(t, { name: "Stripe", eventTypeMode: "PAYLOAD_FIELD", eventTypeField: "type", eventTypePrefix: "stripe." });
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

describe("a Stripe-signed request", () => {
  const invoice = JSON.stringify({ id: "evt_invoice_1", type: "invoice.paid", data: { object: { amount_paid: 4200 } } });

  it("answers 200 once stored, becomes an event of the source's type, and reaches the webhook", async () => {
    const answer = await signedPost(source.path, invoice);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, eventIds: [expect.stringMatching(/^evt_/)] });
    await t.app.worker!.runOnce();
    const [delivered] = await receiver.waitFor(1);
    expect(JSON.parse(delivered.body)).toMatchObject({ type: "stripe.invoice.paid", data: { id: "evt_invoice_1" } });
    const [entry] = await log();
    expect(entry).toMatchObject({ outcome: "ACCEPTED", rejection: null, responseStatus: 200, duplicate: false, body: invoice });
    expect(entry.events).toMatchObject([{ id: (answer.body.eventIds as string[])[0], type: "stripe.invoice.paid", source: "INGEST" }]);
    expect(entry.events[0].deliveries).toHaveLength(1);
    expect(entry.headers["stripe-signature"]).toMatch(/^t=\d+,v1=/);
  });

  it("is published once however often Stripe retries it (its event id is the idempotency key)", async () => {
    const before = await eventCount();
    const ingested = async () =>
      sumOf(parsePrometheusText(await t.app.runtime.metrics.render()), "switchyard_events_published_total", { source: "INGEST" });
    const countedBefore = await ingested();
    expect(countedBefore).toBe(before);
    const again = await signedPost(source.path, invoice);
    expect(again.status).toBe(200);
    expect(await eventCount()).toBe(before);
    // The metrics count events ingested, not requests: a provider's retry adds none.
    expect(await ingested()).toBe(countedBefore);
    const [entry, first] = await log();
    expect(entry.duplicate).toBe(true);
    expect(entry.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });
});

describe("the request log", () => {
  it("reads the events of a whole page of requests in one statement, not one per request", async () => {
    for (let i = 0; i < 3; i++) {
      const payload = JSON.stringify({ id: `evt_log_${i}`, type: "invoice.paid" });
      expect((await signedPost(source.path, payload)).status).toBe(200);
    }
    t.queries.length = 0;
    const entries = await log({ outcome: "ACCEPTED" });
    expect(entries.filter((entry) => entry.events.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(t.queries.filter((sql) => /FROM "public"\."Event"/.test(sql))).toHaveLength(1);
  });
});

describe("refused requests: a status that tells the sender nothing, a reason in the log, nothing published", () => {
  const payload = JSON.stringify({ id: "evt_refused", type: "invoice.paid", data: {} });

  it.each([
    [
      "a tampered body",
      () => post(source.path, payload.replace("refused", "refusex"), { "stripe-signature": stripeHeader(payload) }),
      401,
      "BAD_SIGNATURE",
    ],
    [
      "a wrong secret",
      () => post(source.path, payload, { "stripe-signature": stripeHeader(payload, undefined, "whsec_not_the_right_one_000") }),
      401,
      "BAD_SIGNATURE",
    ],
    [
      "a stale timestamp",
      () => post(source.path, payload, { "stripe-signature": stripeHeader(payload, Math.floor(Date.now() / 1000) - 600) }),
      401,
      "STALE_TIMESTAMP",
    ],
    ["no signature", () => post(source.path, payload), 401, "MISSING_SIGNATURE"],
    [
      "a body that is not JSON",
      () => post(source.path, payload, { "content-type": "text/plain", "stripe-signature": stripeHeader(payload) }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
  ] as const)("%s", async (_name, send, status, rejection) => {
    const before = await eventCount();
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(Object.keys(answer.body)).toEqual(["error"]);
    expect(await eventCount()).toBe(before);
    const [entry] = await log();
    expect(entry).toMatchObject({ outcome: "REJECTED", rejection, responseStatus: status, events: [] });
    expect(entry.detail).toBeTruthy();
  });

  it("JSON the database cannot hold: NUL, a lone surrogate, deep nesting, invalid UTF-8", async () => {
    const deep = `{"type":"invoice.paid","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const bodies: [string | Buffer, RegExp][] = [
      ['{"type":"invoice.paid","note":"a\\u0000b"}', /NUL/],
      ['{"type":"invoice.paid","note":"\\ud800"}', /surrogate/],
      [deep, /nested deeper than 64/],
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8/],
      ['{"type":', /not JSON/],
    ];
    for (const [body, reason] of bodies) {
      // Stripe's helper signs text; bytes that are not UTF-8 are signed as they are.
      const timestamp = Math.floor(Date.now() / 1000);
      const v1 = createHmac("sha256", signingKey).update(`${timestamp}.`).update(body).digest("hex");
      const answer = await post(source.path, body, { "stripe-signature": `t=${timestamp},v1=${v1}` });
      expect(answer.status, reason.source).toBe(400);
      const [entry] = await log();
      expect(entry).toMatchObject({ rejection: "INVALID_JSON" });
      expect(entry.detail).toMatch(reason);
    }
    // The invalid UTF-8 body is kept as its exact bytes.
    const entries = await log({ rejection: "INVALID_JSON" });
    expect(entries.find((e) => e.bodyEncoding === "BASE64")?.body).toBe(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64"));
  });

  it("an event type it may not raise: unknown (not created on first sight), or one of Switchyard's system types", async () => {
    const unknown = JSON.stringify({ id: "evt_u", type: "customer.created" });
    expect((await signedPost(source.path, unknown)).status).toBe(422);
    expect((await log())[0]).toMatchObject({ rejection: "EVENT_REFUSED", detail: expect.stringContaining("stripe.customer.created") });

    const forging = await createSource(t, {
      name: "No prefix",
      eventTypeMode: "PAYLOAD_FIELD",
      eventTypeField: "type",
      createEventTypes: true,
    });
    const forged = JSON.stringify({ id: "evt_f", type: "destination.deleted", destination: { id: "dst_x" } });
    expect((await signedPost(forging.path, forged)).status).toBe(422);
    expect((await t.graphql(IncomingLog, { filter: { sourceId: forging.id } })).data?.incomingRequests.edges[0].node).toMatchObject({
      rejection: "EVENT_REFUSED",
      detail: expect.stringContaining("system event type"),
    });
  });

  it("a payload the event type's JSON Schema refuses", async () => {
    await createEventType(t, "strict.thing", {
      schema: { type: "object", required: ["amount"], properties: { amount: { type: "integer" } } },
    });
    const strict = await createSource(t, { name: "Strict", eventType: "strict.thing" });
    expect((await signedPost(strict.path, JSON.stringify({ amount: 5 }))).status).toBe(200);
    expect((await signedPost(strict.path, JSON.stringify({ amount: "five" }))).status).toBe(422);
  });

  it("creates event types on first sight when the source says so", async () => {
    const creating = await createSource(t, {
      name: "Creates types",
      eventTypeMode: "PAYLOAD_FIELD",
      eventTypeField: "kind",
      eventTypePrefix: "acme.",
      createEventTypes: true,
    });
    expect((await signedPost(creating.path, JSON.stringify({ kind: "order.shipped" }))).status).toBe(200);
    expect(await t.app.runtime.prisma.eventType.count({ where: { name: "acme.order.shipped" } })).toBe(1);
  });

  it("a disabled source answers 403 and records it", async () => {
    const disabled = await createSource(t, { name: "Disabled", eventType: "stripe.invoice.paid", enabled: false });
    expect((await signedPost(disabled.path, payload)).status).toBe(403);
    expect((await t.graphql(IncomingLog, { filter: { sourceId: disabled.id } })).data?.incomingRequests.edges[0].node.rejection).toBe(
      "SOURCE_DISABLED",
    );
    await t.graphql(UpdateIngestSource, { input: { id: disabled.id, enabled: true } });
    expect((await signedPost(disabled.path, payload)).status).toBe(200);
  });
});

describe("size", () => {
  it("a body over 512 KiB is refused (413) by its Content-Length, before it is read, and recorded without it", async () => {
    const big = JSON.stringify({ type: "invoice.paid", pad: "x".repeat(600 * 1024) });
    const answer = await post(source.path, big, { "stripe-signature": stripeHeader(big) });
    expect(answer.status).toBe(413);
    const [entry] = await log();
    expect(entry).toMatchObject({ rejection: "TOO_LARGE", body: null, bodyBytes: Buffer.byteLength(big) });
  });

  it("a chunked body is cut off as soon as it passes 512 KiB", async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    // 128 MiB on offer, written as the socket takes it; the answer must come long before (socket buffers hold a few MiB).
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${t.app.url}${source.path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=00", "transfer-encoding": "chunked" },
      });
      let answered = false;
      req.on("response", (response) => {
        answered = true;
        resolve(response.statusCode ?? 0);
        response.resume();
      });
      // Once answered, the server closes the connection on a body it will not read: that error is expected.
      req.on("error", (error) => (answered ? undefined : reject(error)));
      const write = () => {
        while (!answered && sent < 2000) {
          sent++;
          if (!req.write(chunk)) return void req.once("drain", write);
        }
        if (!answered) req.end();
      };
      write();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(500);
    expect((await log())[0]).toMatchObject({ rejection: "TOO_LARGE", body: null });
  });

  it("a sender still writing a chunked body far past 512 KiB reads the 413, then the connection closes", async () => {
    // 12 MiB written before anything is read: the linger must go on reading past the cut-off, or the writes meet a reset.
    const answer = await sendBeforeReading(
      t.app.url!,
      source.path,
      { "content-type": "application/json", "stripe-signature": "t=1,v1=00" },
      12 * 1024 * 1024,
    );
    expect(answer.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
    expect(answer.closedAfter).toBeLessThan(5000);
  });

  it("the log keeps at most 64 KiB of an accepted body", async () => {
    const long = JSON.stringify({ id: "evt_long", type: "invoice.paid", pad: "y".repeat(100 * 1024) });
    expect((await signedPost(source.path, long)).status).toBe(200);
    const [entry] = await log();
    expect(entry).toMatchObject({ bodyTruncated: true, bodyBytes: Buffer.byteLength(long) });
    expect(entry.body!.length).toBe(64 * 1024);
  });
});

describe("keys", () => {
  it("an unknown key is 404, writes nothing, and counts against the address's failed authentications", async () => {
    const rows = await t.app.runtime.prisma.incomingRequest.count();
    expect((await post("/ingest/ik_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "{}")).status).toBe(404);
    expect((await post("/ingest/not-a-key", "{}")).status).toBe(404);
    expect((await post("/ingest/", "{}")).status).toBe(404);
    expect(await t.app.runtime.prisma.incomingRequest.count()).toBe(rows);
  });

  it("only POST is served", async () => {
    const response = await fetch(`${t.app.url}${source.path}`);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("rotation: the old URL stops working at once, the new one works", async () => {
    const rotating = await createSource(t, { name: "Rotating", eventType: "stripe.invoice.paid" });
    const rotated = await t.graphql(RotateIngestKey, { id: rotating.id });
    if (rotated.data?.rotateSourceKey.__typename !== "SourcePayload") throw new Error(JSON.stringify(rotated));
    const fresh = rotated.data.rotateSourceKey.source.ingestPath;
    expect(fresh).not.toBe(rotating.path);
    const payload = JSON.stringify({ id: "evt_rot" });
    expect((await signedPost(rotating.path, payload)).status).toBe(404);
    expect((await signedPost(fresh, payload)).status).toBe(200);
  });
});

describe("HubSpot batches", () => {
  it("become one event per element, each deduplicated by its eventId", async () => {
    const hubspotCredential = await t.graphql(CreateIncomingCredential, {
      input: { name: "HubSpot app", type: "HUBSPOT_CLIENT_SECRET", system: "HubSpot", fields: { clientSecret: "hs-secret" } },
    });
    if (hubspotCredential.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error("no credential");
    const hubspot = await createSource(t, {
      name: "HubSpot",
      credentialId: hubspotCredential.data.createCredential.credential.id,
      eventTypeMode: "PAYLOAD_FIELD",
      eventTypeField: "subscriptionType",
      eventTypePrefix: "hubspot.",
      createEventTypes: true,
    });
    const { Signature } = await import("@hubspot/api-client");
    const send = async (events: object[]) => {
      const body = JSON.stringify(events);
      const timestamp = Date.now();
      // The URI HubSpot signs is the one it called: here the test server's own address (no SWITCHYARD_PUBLIC_URL).
      const url = `${t.app.url}${hubspot.path}`;
      const signature = Signature.getSignature("POST", "v3", {
        signature: "",
        clientSecret: "hs-secret",
        requestBody: body,
        url,
        timestamp,
      });
      return post(hubspot.path, body, { "x-hubspot-signature-v3": signature, "x-hubspot-request-timestamp": String(timestamp) });
    };
    const first = await send([
      { eventId: 101, subscriptionType: "contact.creation", objectId: 1 },
      { eventId: 102, subscriptionType: "contact.deletion", objectId: 2 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.eventIds).toHaveLength(2);
    const retried = await send([
      { eventId: 102, subscriptionType: "contact.deletion", objectId: 2 },
      { eventId: 103, subscriptionType: "contact.creation", objectId: 3 },
    ]);
    expect((retried.body.eventIds as string[])[0]).toBe((first.body.eventIds as string[])[1]);
    expect(await t.app.runtime.prisma.event.count({ where: { type: { startsWith: "hubspot." } } })).toBe(3);
  });
});

describe("the request budget of a source", () => {
  it("refuses past its limit with 429 and Retry-After, recording the first refusal of the window only", async () => {
    const limited = await startTestApp({ env: { SWITCHYARD_INGEST_RATE_LIMIT: "3", SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "600" } });
    try {
      const created = await limited.graphql(CreateIncomingCredential, {
        input: { name: "Stripe", type: "STRIPE_SIGNATURE", system: "Stripe", fields: { signingKey } },
      });
      if (created.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error("no credential");
      await createEventType(limited, "stripe.charge");
      const result = await limited.graphql(CreateIngestSource, {
        input: { name: "Limited", credentialId: created.data.createCredential.credential.id, eventType: "stripe.charge" },
      });
      if (result.data?.createSource.__typename !== "SourcePayload") throw new Error(JSON.stringify(result));
      const path = result.data.createSource.source.ingestPath;
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 6; i++) {
        const payload = JSON.stringify({ id: `evt_${i}` });
        const answer = await post(path, payload, { "stripe-signature": stripeHeader(payload) }, limited);
        statuses.push(answer.status);
        retryAfter ??= answer.headers.get("retry-after");
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      const rows = await limited.app.runtime.prisma.incomingRequest.groupBy({ by: ["outcome", "rejection"], _count: true });
      expect(rows.map((r) => [r.outcome, r.rejection, r._count])).toEqual(
        expect.arrayContaining([
          ["ACCEPTED", null, 3],
          ["REJECTED", "RATE_LIMITED", 1],
        ]),
      );
      expect(rows).toHaveLength(2);
    } finally {
      await limited.stop();
    }
  });
});

describe("the organization's delivery backlog", () => {
  it("refuses with 503 and Retry-After, unrecorded and unpublished, while the organization is over its bound, then accepts again", async () => {
    const bounded = await startTestApp({
      env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8", SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION: "2" },
    });
    try {
      const created = await bounded.graphql(CreateIncomingCredential, {
        input: { name: "Stripe", type: "STRIPE_SIGNATURE", system: "Stripe", fields: { signingKey } },
      });
      if (created.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error("no credential");
      await subscribe(bounded, { url: `${receiver.origin}/bounded`, eventType: "stripe.refund" });
      const result = await bounded.graphql(CreateIngestSource, {
        input: { name: "Bounded", credentialId: created.data.createCredential.credential.id, eventType: "stripe.refund" },
      });
      if (result.data?.createSource.__typename !== "SourcePayload") throw new Error(JSON.stringify(result));
      const path = result.data.createSource.source.ingestPath;
      let sent = 0;
      const send = () => {
        const payload = JSON.stringify({ id: `evt_bounded_${sent++}` });
        return post(path, payload, { "stripe-signature": stripeHeader(payload) }, bounded);
      };
      // The backlog is counted at most once a second, in the background: send until the count catches up.
      let refused: Awaited<ReturnType<typeof send>> | undefined;
      for (let i = 0; i < 40 && !refused; i++) {
        const answer = await send();
        if (answer.status === 503) refused = answer;
        else expect(answer.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(refused?.body).toEqual({ error: "service unavailable" });
      expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const prisma = bounded.app.runtime.prisma;
      const accepted = await prisma.incomingRequest.count({ where: { outcome: "ACCEPTED" } });
      expect(await prisma.incomingRequest.count()).toBe(accepted);
      expect(await prisma.event.count({ where: { source: "INGEST" } })).toBe(accepted);

      await bounded.app.worker!.runOnce();
      let again = await send();
      for (let i = 0; i < 40 && again.status === 503; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        again = await send();
      }
      expect(again.status).toBe(200);
    } finally {
      await bounded.stop();
    }
  }, 30_000);
});

describe("live", () => {
  it("streams each recorded request over WebSocket and SSE, filtered by source and outcome", async () => {
    type Item = { incomingRequests: { request: { id: string; outcome: string; rejection: string | null; source: { id: string } } } };
    const ws = wsClient(t.app.url!, { authorization: `Bearer ${t.adminToken}` });
    const { response, feed: sse } = await sseSubscribe<Item>(
      t.app.url!,
      IncomingLive,
      { authorization: `Bearer ${t.adminToken}` },
      { filter: { sourceId: source.id } },
    );
    try {
      expect(response.status).toBe(200);
      const rejected = ws.subscribe<Item>(IncomingLive, { filter: { sourceId: source.id, outcome: "REJECTED" } });
      await expect.poll(() => t.app.runtime.live.stats().subscriptions).toBe(2);
      await t.app.runtime.live.settled();
      const payload = JSON.stringify({ id: "evt_live", type: "invoice.paid" });
      expect((await signedPost(source.path, payload)).status).toBe(200);
      expect((await post(source.path, payload)).status).toBe(401);
      const [bad] = await rejected.waitFor(1);
      expect(bad.incomingRequests.request).toMatchObject({
        outcome: "REJECTED",
        rejection: "MISSING_SIGNATURE",
        source: { id: source.id },
      });
      const both = await sse.waitFor(2);
      expect(both.map((i) => i.incomingRequests.request.outcome)).toEqual(["ACCEPTED", "REJECTED"]);
      expect(rejected.items).toHaveLength(1);
    } finally {
      sse.stop();
      await ws.dispose();
    }
  });
});

describe("retention", () => {
  it("purges request records older than the retention period with the events", async () => {
    const prisma = t.app.runtime.prisma;
    const old = await prisma.incomingRequest.findFirstOrThrow({ where: { sourceId: source.id } });
    await prisma.incomingRequest.update({ where: { id: old.id }, data: { receivedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) } });
    const result = await purgeExpiredHistory(t.app.runtime);
    expect(result.incomingRequests).toBe(1);
    expect(await prisma.incomingRequest.findUnique({ where: { id: old.id } })).toBeNull();
  });
});
