// Each incoming credential type's verifier against the providers' own code where it exists
// (Stripe's test-header helper, HubSpot's Signature helper), and against what must be refused.
import { createHash, createHmac } from "node:crypto";
import Stripe from "stripe";
import { Signature } from "@hubspot/api-client";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { verifyIncoming } from "../../server/ingest/verifiers/index.ts";
import type { ReceivedRequest } from "../../server/ingest/received-request.ts";
import { hubspotV3Uri } from "../../server/ingest/verifiers/hubspot-client-secret.ts";
import { signRequest } from "../../server/signing/index.ts";

const stripe = new Stripe("sk_test_not_used");
const now = new Date();
const nowSeconds = Math.floor(now.getTime() / 1000);
const body = JSON.stringify({ id: "evt_1", type: "invoice.paid", data: { amount: 4200 } });
const url = "https://hooks.example.com/ingest/ik_key?portal=1";

const request = (headers: Record<string, string>, rawBody = body): ReceivedRequest => ({
  method: "POST",
  url,
  headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  body: Buffer.from(rawBody),
});

describe("STRIPE_SIGNATURE", () => {
  const signingKey = "whsec_0123456789abcdef0123";
  const header = (options: { timestamp?: number; secret?: string; payload?: string } = {}) =>
    stripe.webhooks.generateTestHeaderString({
      payload: options.payload ?? body,
      secret: options.secret ?? signingKey,
      timestamp: options.timestamp ?? nowSeconds,
    });
  const verify = (req: ReceivedRequest) => verifyIncoming("STRIPE_SIGNATURE", { signingKey }, req, now);

  it("accepts a request signed by the stripe package", async () => {
    expect(await verify(request({ "Stripe-Signature": header() }))).toEqual({ ok: true });
  });

  it("accepts any of several v1 signatures (Stripe rolling its secret)", async () => {
    const old = header({ secret: "whsec_the_previous_secret_xx" });
    const current = header().split(",")[1];
    expect(await verify(request({ "Stripe-Signature": `${old},${current}` }))).toEqual({ ok: true });
  });

  it("refuses a tampered body, a wrong secret, a stale or future timestamp, a missing or malformed header", async () => {
    expect(await verify(request({ "Stripe-Signature": header() }, body.replace("4200", "4201")))).toMatchObject({
      rejection: "BAD_SIGNATURE",
    });
    expect(await verify(request({ "Stripe-Signature": header({ secret: "whsec_someone_elses_secret" }) }))).toMatchObject({
      rejection: "BAD_SIGNATURE",
    });
    expect(await verify(request({ "Stripe-Signature": header({ timestamp: nowSeconds - 301 }) }))).toMatchObject({
      rejection: "STALE_TIMESTAMP",
    });
    expect(await verify(request({ "Stripe-Signature": header({ timestamp: nowSeconds + 301 }) }))).toMatchObject({
      rejection: "STALE_TIMESTAMP",
    });
    expect(await verify(request({ "Stripe-Signature": header({ timestamp: nowSeconds - 299 }) }))).toEqual({ ok: true });
    expect(await verify(request({}))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
    expect(await verify(request({ "Stripe-Signature": "v1=abc" }))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request({ "Stripe-Signature": `t=${nowSeconds}` }))).toMatchObject({ rejection: "BAD_SIGNATURE" });
  });

  it("agrees with the stripe package's own verification", async () => {
    const signed = header();
    expect(() => stripe.webhooks.constructEvent(body, signed, signingKey)).not.toThrow();
    expect(await verify(request({ "Stripe-Signature": signed }))).toEqual({ ok: true });
  });
});

describe("HUBSPOT_CLIENT_SECRET", () => {
  const clientSecret = "hubspot-client-secret-123";
  const verify = (req: ReceivedRequest) => verifyIncoming("HUBSPOT_CLIENT_SECRET", { clientSecret }, req, now);

  it("v3: a signature from HubSpot's helper verifies, and ours verifies with HubSpot's helper", async () => {
    const timestamp = now.getTime();
    const theirs = Signature.getSignature("POST", "v3", { signature: "", clientSecret, requestBody: body, url, timestamp });
    expect(await verify(request({ "X-HubSpot-Signature-v3": theirs, "X-HubSpot-Request-Timestamp": String(timestamp) }))).toEqual({
      ok: true,
    });

    const ours = createHmac("sha256", clientSecret)
      .update(`POST${hubspotV3Uri(url)}${body}${timestamp}`)
      .digest("base64");
    expect(
      Signature.isValid({ signature: ours, clientSecret, requestBody: body, url, method: "POST", signatureVersion: "v3", timestamp }),
    ).toBe(true);
  });

  it("v3: the listed escapes of the URI are decoded before signing, as HubSpot documents", () => {
    expect(hubspotV3Uri("https://h.example/ingest/k?a=%3A%2f%40&b=%20")).toBe("https://h.example/ingest/k?a=:/@&b=%20");
  });

  it("v1 and v2: HubSpot's helper and ours agree both ways", async () => {
    for (const version of ["v1", "v2"] as const) {
      const theirs = Signature.getSignature("POST", version, { signature: "", clientSecret, requestBody: body, url });
      expect(await verify(request({ "X-HubSpot-Signature": theirs, "X-HubSpot-Signature-Version": version }))).toEqual({ ok: true });
      const ours = createHash("sha256")
        .update(clientSecret + (version === "v2" ? `POST${url}` : "") + body)
        .digest("hex");
      expect(Signature.isValid({ signature: ours, clientSecret, requestBody: body, url, method: "POST", signatureVersion: version })).toBe(
        true,
      );
    }
  });

  it("refuses tampered bodies, stale timestamps, wrong secrets and missing headers", async () => {
    const timestamp = now.getTime();
    const v3 = (options: { secret?: string; ts?: number; payload?: string }) =>
      Signature.getSignature("POST", "v3", {
        signature: "",
        clientSecret: options.secret ?? clientSecret,
        requestBody: options.payload ?? body,
        url,
        timestamp: options.ts ?? timestamp,
      });
    const headers = (signature: string, ts = timestamp) => ({
      "X-HubSpot-Signature-v3": signature,
      "X-HubSpot-Request-Timestamp": String(ts),
    });
    expect(await verify(request(headers(v3({})), `${body} `))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request(headers(v3({ secret: "another" }))))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    const stale = timestamp - 301_000;
    expect(await verify(request(headers(v3({ ts: stale }), stale)))).toMatchObject({ rejection: "STALE_TIMESTAMP" });
    expect(await verify(request({ "X-HubSpot-Signature-v3": v3({}) }))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
    expect(await verify(request({}))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
    const v1 = Signature.getSignature("POST", "v1", { signature: "", clientSecret: "another", requestBody: body });
    expect(await verify(request({ "X-HubSpot-Signature": v1 }))).toMatchObject({ rejection: "BAD_SIGNATURE" });
  });
});

describe("HTTP_BASIC", () => {
  const fields = { username: "stripe", password: " p@ss:word " };
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  const verify = (req: ReceivedRequest) => verifyIncoming("HTTP_BASIC", fields, req, now);

  it("accepts the right username and password (colons in the password included), refuses anything else", async () => {
    expect(await verify(request({ Authorization: basic("stripe", " p@ss:word ") }))).toEqual({ ok: true });
    expect(await verify(request({ Authorization: basic("stripe", "p@ss:word") }))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request({ Authorization: basic("other", " p@ss:word ") }))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request({ Authorization: "Bearer abc" }))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
    expect(await verify(request({}))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
  });
});

describe("M3TER_APP_SIGNATURE", () => {
  const apiKey = "key-123";
  const apiSecret = "m3ter-secret-456";
  const verify = (req: ReceivedRequest) => verifyIncoming("M3TER_APP_SIGNATURE", { accessKeyId: apiKey, apiSecret }, req, now);
  const signedBy = (secret: string, timestamp = now, key = apiKey) =>
    signRequest(
      "M3TER_SIGNED_REQUEST",
      { apiKey: key, apiSecret: secret },
      { url: new URL(url), headers: { "content-type": "application/json" }, body },
      { messageId: "msg_1", timestamp },
    ).request.headers;

  it("verifies what Switchyard's own M3TER_SIGNED_REQUEST signer sends", async () => {
    expect(await verify(request(signedBy(apiSecret)))).toEqual({ ok: true });
  });

  it("refuses a wrong secret or key, a tampered body, a stale timestamp, missing headers", async () => {
    expect(await verify(request(signedBy("wrong-secret")))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request(signedBy(apiSecret, now, "other-key")))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request(signedBy(apiSecret), `${body} `))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request(signedBy(apiSecret, new Date(now.getTime() - 301_000))))).toMatchObject({ rejection: "STALE_TIMESTAMP" });
    expect(await verify(request({}))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
  });
});

describe("SAGE_INTACCT_CLIENT_SECRET (our reading: an HS256 JWT keyed by the client secret)", () => {
  const clientSecret = "sage-client-secret-789";
  const verify = (req: ReceivedRequest) => verifyIncoming("SAGE_INTACCT_CLIENT_SECRET", { clientSecret }, req, now);
  const token = (options: { secret?: string; iat?: number; exp?: number; alg?: string; noExp?: boolean } = {}) => {
    let jwt = new SignJWT({ sub: "company-1" }).setProtectedHeader({ alg: options.alg ?? "HS256" }).setIssuedAt(options.iat ?? nowSeconds);
    if (!options.noExp) jwt = jwt.setExpirationTime(options.exp ?? nowSeconds + 60);
    return jwt.sign(new TextEncoder().encode(options.secret ?? clientSecret));
  };

  it("accepts a fresh token signed with the client secret", async () => {
    expect(await verify(request({ Authorization: `Bearer ${await token()}` }))).toEqual({ ok: true });
  });

  it("refuses a wrong secret, another algorithm, an expired or old token, one without exp, a missing header", async () => {
    expect(await verify(request({ Authorization: `Bearer ${await token({ secret: "another-secret" })}` }))).toMatchObject({
      rejection: "BAD_SIGNATURE",
    });
    expect(await verify(request({ Authorization: `Bearer ${await token({ alg: "HS512" })}` }))).toMatchObject({
      rejection: "BAD_SIGNATURE",
    });
    expect(
      await verify(request({ Authorization: `Bearer ${await token({ iat: nowSeconds - 400, exp: nowSeconds - 100 })}` })),
    ).toMatchObject({
      rejection: "STALE_TIMESTAMP",
    });
    expect(
      await verify(request({ Authorization: `Bearer ${await token({ iat: nowSeconds - 400, exp: nowSeconds + 600 })}` })),
    ).toMatchObject({
      rejection: "STALE_TIMESTAMP",
    });
    expect(await verify(request({ Authorization: `Bearer ${await token({ noExp: true })}` }))).toMatchObject({
      rejection: "BAD_SIGNATURE",
    });
    expect(await verify(request({ Authorization: "Bearer not.a.jwt" }))).toMatchObject({ rejection: "BAD_SIGNATURE" });
    expect(await verify(request({}))).toMatchObject({ rejection: "MISSING_SIGNATURE" });
  });
});
