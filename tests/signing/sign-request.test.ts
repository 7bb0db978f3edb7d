import { describe, expect, it } from "vitest";
import {
  OUTGOING_CREDENTIAL_TYPES,
  parseCredentialFields,
  type OutgoingCredentialType,
} from "../../server/credentials/credential-types.ts";
import { signRequest, type OutgoingRequest } from "../../server/signing/index.ts";

const FIELDS: Record<OutgoingCredentialType, Record<string, unknown>> = {
  NONE: {},
  M3TER_SIGNED_REQUEST: { apiKey: "k", apiSecret: "s" },
  HMAC_SHA256: { headerName: "X-Sig", secret: "0123456789abcdef", mode: "TIMESTAMPED" },
  STANDARD_WEBHOOKS: {},
  BASIC: { username: "u", password: "p" },
  BEARER: { token: "t0ken" },
  API_KEY: { name: "key", value: "v", placement: "QUERY" },
};

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child && typeof child === "object") deepFreeze(child);
  return Object.freeze(value);
}

describe("signRequest", () => {
  it.each(OUTGOING_CREDENTIAL_TYPES)("%s leaves its inputs untouched and returns a separate request", (type) => {
    const fields = deepFreeze(parseCredentialFields(type, FIELDS[type]) as object);
    const fieldsBefore = JSON.stringify(fields);
    const url = new URL("https://hooks.example.com/in?x=1");
    const request: OutgoingRequest = { url, headers: deepFreeze({ "content-type": "application/json" }), body: '{"a":1}' };
    const context = deepFreeze({ messageId: "msg_1", timestamp: new Date("2026-11-22T10:00:00Z") });

    const signed = signRequest(type, fields as never, request, context);

    expect(url.href).toBe("https://hooks.example.com/in?x=1");
    expect(request.headers).toEqual({ "content-type": "application/json" });
    expect(request.body).toBe('{"a":1}');
    expect(JSON.stringify(fields)).toBe(fieldsBefore);
    expect(context.timestamp.toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(signed.request.url).not.toBe(url);
    expect(signed.request.headers).not.toBe(request.headers);
    expect(signed.request.body).toBe(request.body);
    expect(signed.request.headers["content-type"]).toBe("application/json");
    // Every type carries the message headers, set in one place.
    expect(signed.request.headers).toMatchObject({ "webhook-id": "msg_1", "webhook-timestamp": "1795341600" });
  });

  it("reports exactly the names that carry secrets, for the attempt log to redact", () => {
    const secrets = Object.fromEntries(
      OUTGOING_CREDENTIAL_TYPES.map((type) => [
        type,
        signRequest(
          type,
          parseCredentialFields(type, FIELDS[type]) as never,
          { url: new URL("https://h.example.com/"), headers: {}, body: "" },
          { messageId: "m", timestamp: new Date() },
        ).secrets,
      ]),
    );
    expect(secrets).toEqual({
      NONE: { headers: [], queryParameters: [] },
      M3TER_SIGNED_REQUEST: { headers: [], queryParameters: [] },
      HMAC_SHA256: { headers: [], queryParameters: [] },
      STANDARD_WEBHOOKS: { headers: [], queryParameters: [] },
      BASIC: { headers: ["authorization"], queryParameters: [] },
      BEARER: { headers: ["authorization"], queryParameters: [] },
      API_KEY: { headers: [], queryParameters: ["key"] },
    });
  });

  it("lets the credential win over a custom header of the same name", () => {
    const { request } = signRequest(
      "BEARER",
      { token: "mine" },
      { url: new URL("https://h.example.com/"), headers: { authorization: "Bearer theirs" }, body: "" },
      { messageId: "m", timestamp: new Date() },
    );
    expect(request.headers.authorization).toBe("Bearer mine");
  });

  it("refuses incoming credential types: they verify, they do not sign", () => {
    const call = () =>
      signRequest(
        "STRIPE_SIGNATURE" as OutgoingCredentialType,
        {} as never,
        { url: new URL("https://h.example.com/"), headers: {}, body: "" },
        { messageId: "m", timestamp: new Date() },
      );
    expect(call).toThrow("No signer for credential type STRIPE_SIGNATURE (INCOMING): only outgoing credentials sign requests");
  });
});
