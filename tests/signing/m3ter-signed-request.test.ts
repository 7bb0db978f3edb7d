// Recomputed here from the recipe in shared/M3TER.md with node:crypto:
// X-m3ter-signature = hex HMAC-SHA256(apiSecret, "<apiKey>|<timestamp ms>|<body>").
import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseCredentialFields } from "../../server/credentials/credential-types.ts";
import { signRequest } from "../../server/signing/index.ts";

const apiKey = "m3ter-key-7f3a";
const apiSecret = "m3ter-secret-0123456789abcdef";
const body = '{"eventName":"configuration.commitment.created","id":"c-1"}';
const timestamp = new Date("2026-11-22T10:00:00.750Z");

// What a receiver following the recipe does.
function receiverAccepts(headers: Record<string, string>, receivedBody: string, secret: string, now: number): boolean {
  const sentAt = Number(headers["x-m3ter-timestamp"]);
  if (!Number.isInteger(sentAt) || Math.abs(now - sentAt) > 5 * 60_000) return false;
  const expected = createHmac("sha256", secret)
    .update(`${headers["x-m3ter-apikey"]}|${headers["x-m3ter-timestamp"]}|${receivedBody}`)
    .digest();
  const given = Buffer.from(headers["x-m3ter-signature"], "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sign() {
  return signRequest(
    "M3TER_SIGNED_REQUEST",
    parseCredentialFields("M3TER_SIGNED_REQUEST", { apiKey, apiSecret }),
    { url: new URL("https://hooks.example.com/m3ter"), headers: { "content-type": "application/json" }, body },
    { messageId: "msg_1", timestamp },
  );
}

describe("M3TER_SIGNED_REQUEST signer", () => {
  it("sends the API key, a millisecond timestamp and the hex signature", () => {
    const { request, secrets } = sign();
    expect(request.headers["x-m3ter-apikey"]).toBe(apiKey);
    expect(request.headers["x-m3ter-timestamp"]).toBe(String(timestamp.getTime()));
    expect(request.headers["x-m3ter-signature"]).toBe(
      createHmac("sha256", apiSecret).update(`${apiKey}|1795341600750|${body}`).digest("hex"),
    );
    expect(receiverAccepts(request.headers, request.body, apiSecret, timestamp.getTime() + 1_000)).toBe(true);
    // The key identifies the sender; the secret never leaves Switchyard.
    expect(JSON.stringify(request)).not.toContain(apiSecret);
    expect(secrets).toEqual({ headers: [], queryParameters: [] });
  });

  it("is refused by the receiver when tampered with, stale, or signed with another secret", () => {
    const { request } = sign();
    const now = timestamp.getTime();
    expect(receiverAccepts(request.headers, body.replace("c-1", "c-2"), apiSecret, now)).toBe(false);
    expect(receiverAccepts({ ...request.headers, "x-m3ter-apikey": "other-key" }, body, apiSecret, now)).toBe(false);
    expect(receiverAccepts(request.headers, body, "another-secret", now)).toBe(false);
    expect(receiverAccepts(request.headers, body, apiSecret, now + 6 * 60_000)).toBe(false);
  });
});
