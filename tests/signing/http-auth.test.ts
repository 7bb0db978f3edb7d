// BASIC, BEARER, API_KEY and NONE, checked by sending the signed request to a
// real HTTP server and looking at what arrived.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCredentialFields, type OutgoingCredentialType } from "../../server/credentials/credential-types.ts";
import { signRequest, type OutgoingRequest, type SignedRequest } from "../../server/signing/index.ts";
import { startTestReceiver, type ReceivedRequest, type TestReceiver } from "../utils/test-receiver.ts";

let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(() => receiver.close());

const body = '{"event":"ping"}';
const context = { messageId: "msg_1", timestamp: new Date() };

function outgoing(pathAndQuery = "/hooks/in"): OutgoingRequest {
  return {
    url: new URL(pathAndQuery, receiver.origin),
    headers: { "content-type": "application/json", "user-agent": "Switchyard-test" },
    body,
  };
}

function sign(type: OutgoingCredentialType, fields: unknown, request = outgoing()): SignedRequest {
  return signRequest(type, parseCredentialFields(type, fields) as never, request, context);
}

async function deliver({ request }: SignedRequest): Promise<ReceivedRequest> {
  const before = receiver.received.length;
  const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body });
  expect(response.status).toBe(204);
  expect(receiver.received).toHaveLength(before + 1);
  return receiver.received[before];
}

describe("BASIC", () => {
  it("arrives as Authorization: Basic base64(username:password), UTF-8 encoded", async () => {
    const signed = sign("BASIC", { username: "zoë", password: "pä:ss wörd" });
    const arrived = await deliver(signed);
    const [scheme, encoded] = String(arrived.headers.authorization).split(" ");
    expect(scheme).toBe("Basic");
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe("zoë:pä:ss wörd");
    expect(arrived.body).toBe(body);
    expect(signed.secrets).toEqual({ headers: ["authorization"], queryParameters: [] });
  });
});

describe("BEARER", () => {
  it("arrives as Authorization: Bearer <token>", async () => {
    const signed = sign("BEARER", { token: "eyJhbGciOi.J9-_~+/tok=" });
    const arrived = await deliver(signed);
    expect(arrived.headers.authorization).toBe("Bearer eyJhbGciOi.J9-_~+/tok=");
    expect(signed.secrets).toEqual({ headers: ["authorization"], queryParameters: [] });
  });
});

describe("API_KEY", () => {
  it("in a header: arrives under the chosen name and is reported as secret", async () => {
    const signed = sign("API_KEY", { name: "X-Api-Key", value: "k3y-v4lue", placement: "HEADER" });
    const arrived = await deliver(signed);
    expect(arrived.headers["x-api-key"]).toBe("k3y-v4lue");
    expect(arrived.rawUrl).toBe("/hooks/in");
    expect(signed.secrets).toEqual({ headers: ["x-api-key"], queryParameters: [] });
  });

  it("in the query: encoded properly, next to the destination's own parameters, kept as they were", async () => {
    const signed = sign(
      "API_KEY",
      { name: "api key", value: "v&l=u?e/ü+1", placement: "QUERY" },
      outgoing("/hooks/in?tenant=a%20b&plus=x+y&empty="),
    );
    const arrived = await deliver(signed);
    expect(arrived.rawUrl).toBe("/hooks/in?tenant=a%20b&plus=x+y&empty=&api%20key=v%26l%3Du%3Fe%2F%C3%BC%2B1");
    const query = new URL(arrived.rawUrl, receiver.origin).searchParams;
    expect(query.get("api key")).toBe("v&l=u?e/ü+1");
    expect(query.get("tenant")).toBe("a b");
    expect(arrived.headers.authorization).toBeUndefined();
    expect(signed.secrets).toEqual({ headers: [], queryParameters: ["api key"] });
  });

  it("in the query: replaces a parameter of the same name instead of sending two", async () => {
    const signed = sign("API_KEY", { name: "token", value: "new", placement: "QUERY" }, outgoing("/in?token=old&x=1"));
    const arrived = await deliver(signed);
    expect(arrived.rawUrl).toBe("/in?x=1&token=new");
  });
});

describe("NONE", () => {
  it("sends the request as it was", async () => {
    const signed = sign("NONE", {});
    const arrived = await deliver(signed);
    expect(arrived.headers.authorization).toBeUndefined();
    expect(arrived.headers["content-type"]).toBe("application/json");
    expect(arrived.headers["user-agent"]).toBe("Switchyard-test");
    expect(arrived.body).toBe(body);
    expect(signed.secrets).toEqual({ headers: [], queryParameters: [] });
  });
});
