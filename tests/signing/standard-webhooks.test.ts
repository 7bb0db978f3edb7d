// Verified with the stock `standardwebhooks` package, not with our own code.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { parseCredentialFields } from "../../server/credentials/credential-types.ts";
import { signRequest } from "../../server/signing/index.ts";

const body = JSON.stringify({ type: "invoice.paid", data: { id: "inv_1", amount: 4200, note: "zoë ✓" } });

function sign(secret: string, timestamp = new Date(), messageId = "msg_2mQ7a1") {
  return signRequest(
    "STANDARD_WEBHOOKS",
    parseCredentialFields("STANDARD_WEBHOOKS", { secret }),
    { url: new URL("https://hooks.example.com/in"), headers: { "content-type": "application/json" }, body },
    { messageId, timestamp },
  );
}

describe("STANDARD_WEBHOOKS signer", () => {
  it("produces headers that the Standard Webhooks library verifies", () => {
    const { secret } = parseCredentialFields("STANDARD_WEBHOOKS", {});
    const { request, secrets } = sign(secret);
    expect(request.headers["webhook-id"]).toBe("msg_2mQ7a1");
    expect(request.headers["webhook-timestamp"]).toMatch(/^\d{10}$/);
    expect(request.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(request.body, request.headers)).toEqual(JSON.parse(body));
    // Signatures are not secrets: they are kept in the attempt log as sent.
    expect(secrets).toEqual({ headers: [], queryParameters: [] });
  });

  it("matches the example in the Standard Webhooks specification", () => {
    const { request } = signRequest(
      "STANDARD_WEBHOOKS",
      parseCredentialFields("STANDARD_WEBHOOKS", { secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }),
      { url: new URL("https://hooks.example.com/in"), headers: {}, body: '{"test": 2432232314}' },
      { messageId: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: new Date(1614265330 * 1000) },
    );
    expect(request.headers["webhook-timestamp"]).toBe("1614265330");
    expect(request.headers["webhook-signature"]).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("fails verification when the body, id or timestamp is tampered with, or the secret differs", () => {
    const { secret } = parseCredentialFields("STANDARD_WEBHOOKS", {});
    const { request } = sign(secret);
    const webhook = new Webhook(secret);
    expect(() => webhook.verify(request.body.replace("4200", "4201"), request.headers)).toThrow(/No matching signature/);
    expect(() => webhook.verify(request.body, { ...request.headers, "webhook-id": "msg_other" })).toThrow(/No matching signature/);
    const earlier = String(Number(request.headers["webhook-timestamp"]) - 1);
    expect(() => webhook.verify(request.body, { ...request.headers, "webhook-timestamp": earlier })).toThrow(/No matching signature/);
    const other = parseCredentialFields("STANDARD_WEBHOOKS", {}).secret;
    expect(() => new Webhook(other).verify(request.body, request.headers)).toThrow(/No matching signature/);
  });

  it("signs the send time, so the library refuses an old message", () => {
    const { secret } = parseCredentialFields("STANDARD_WEBHOOKS", {});
    const { request } = sign(secret, new Date(Date.now() - 10 * 60_000));
    expect(() => new Webhook(secret).verify(request.body, request.headers)).toThrow(/too old/);
  });
});
