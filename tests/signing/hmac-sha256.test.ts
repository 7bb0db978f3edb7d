// Recomputed here from the documented recipe with node:crypto.
import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseCredentialFields } from "../../server/credentials/credential-types.ts";
import { signRequest } from "../../server/signing/index.ts";

const secret = "s3cr3t-0123456789-abcdef";
const body = '{"event":"order.created","total":12.5,"name":"Zoë"}';
const timestamp = new Date("2026-11-22T10:00:00.750Z");
const request = () => ({ url: new URL("https://hooks.example.com/in"), headers: { "content-type": "application/json" }, body });
const context = { messageId: "msg_1", timestamp };

function verify(receivedBody: string, signature: string, signedPrefix = ""): boolean {
  const expected = createHmac("sha256", Buffer.from(secret, "utf8"))
    .update(Buffer.from(signedPrefix + receivedBody, "utf8"))
    .digest();
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe("HMAC_SHA256 signer", () => {
  it("BODY: puts the lowercase hex HMAC of the raw body in the chosen header", () => {
    const fields = parseCredentialFields("HMAC_SHA256", { headerName: "X-Acme-Signature", secret });
    const { request: signed, secrets } = signRequest("HMAC_SHA256", fields, request(), context);
    const signature = signed.headers["x-acme-signature"];
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(verify(body, signature)).toBe(true);
    expect(signed.headers["x-switchyard-timestamp"]).toBeUndefined();
    expect(signed.headers["content-type"]).toBe("application/json");
    expect(secrets).toEqual({ headers: [], queryParameters: [] });
  });

  it("TIMESTAMPED: adds X-Switchyard-Timestamp (unix seconds) and signs '<timestamp>.<body>'", () => {
    const fields = parseCredentialFields("HMAC_SHA256", { headerName: "X-Acme-Signature", secret, mode: "TIMESTAMPED" });
    const { request: signed } = signRequest("HMAC_SHA256", fields, request(), context);
    const sentAt = signed.headers["x-switchyard-timestamp"];
    expect(sentAt).toBe("1795341600");
    expect(verify(body, signed.headers["x-acme-signature"], `${sentAt}.`)).toBe(true);
    // The body alone does not verify: the timestamp is part of what is signed.
    expect(verify(body, signed.headers["x-acme-signature"])).toBe(false);
    // Nor does a replay with a newer timestamp.
    expect(verify(body, signed.headers["x-acme-signature"], `${Number(sentAt) + 60}.`)).toBe(false);
  });

  it("fails verification for a tampered body", () => {
    const fields = parseCredentialFields("HMAC_SHA256", { headerName: "X-Sig", secret });
    const { request: signed } = signRequest("HMAC_SHA256", fields, request(), context);
    expect(verify(body.replace("12.5", "125"), signed.headers["x-sig"])).toBe(false);
  });
});
