// Third-party applications and the OAuth2 client-credentials grant (RFC 6749
// §4.4), driven by a stock OAuth2 client (openid-client) against a real
// Switchyard over HTTP: the issued token acts with the application's role,
// reach and organization, expires, ends with the application, and every
// malformed request gets the RFC's error.
import { randomInt } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as oidc from "openid-client";
import { graphql } from "../gql/index.ts";
import { graphqlClient, startTestApp, type TestApp } from "../utils/test-app.ts";
import { commandLineOrganization, commandLineToken } from "../utils/fixtures.ts";
import { TestClock } from "../utils/test-clock.ts";
import { sendBeforeReading } from "../utils/unread-body-sender.ts";
import { purgeExpiredHistory } from "../../server/jobs/retention.ts";

const Viewer = graphql(`
  query OAuthViewer {
    viewer {
      tokenId
      tokenName
      role
      organization {
        id
      }
    }
  }
`);

const CreateApplication = graphql(`
  mutation CreateApplication($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          id
          application
          clientId
          role
        }
      }
    }
  }
`);

const Revoke = graphql(`
  mutation RevokeApplication($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      __typename
    }
  }
`);

const CreateProgram = graphql(`
  mutation OAuthCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
    }
  }
`);

interface Application {
  clientId: string;
  clientSecret: string;
}

function client(t: TestApp, app: Application, method: "basic" | "post" = "basic"): oidc.Configuration {
  const auth = method === "basic" ? oidc.ClientSecretBasic(app.clientSecret) : oidc.ClientSecretPost(app.clientSecret);
  const config = new oidc.Configuration({ issuer: t.app.url!, token_endpoint: `${t.app.url}/oauth/token` }, app.clientId, undefined, auth);
  // The test server listens on plain HTTP (loopback).
  oidc.allowInsecureRequests(config);
  return config;
}

async function createApplication(t: TestApp, role: "ADMIN" | "OPERATOR" | "VIEWER" = "OPERATOR"): Promise<Application> {
  const created = await t.graphql(CreateApplication, { input: { name: `app ${role} ${Math.random()}`, role, application: true } });
  const payload = created.data!.createAccessToken;
  if (payload.__typename !== "CreateAccessTokenPayload") throw new Error(payload.__typename);
  expect(payload.accessToken).toMatchObject({ application: true, clientId: payload.accessToken.id, role });
  return { clientId: payload.accessToken.clientId!, clientSecret: payload.secret };
}

// An address of its own on the loopback network, so failed authentications of other tests (sharing Redis) do not count here.
const randomLoopback = () => `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;
let localAddress = randomLoopback();

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** A raw token request, for what no well-behaved client would send. */
function tokenRequest(t: TestApp, body: string, headers: Record<string, string> = {}, method = "POST"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${t.app.url}/oauth/token`,
      { method, localAddress, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    request.on("error", reject);
    request.end(method === "GET" ? undefined : body);
  });
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

describe("the client-credentials grant", () => {
  let t: TestApp;
  const clock = new TestClock();
  let overHttp: TestApp["graphql"];

  beforeAll(async () => {
    t = await startTestApp({ clock });
    overHttp = graphqlClient(fetch, t.adminToken, t.app.url);
  });
  afterAll(() => t?.stop());

  it("issues a short-lived bearer token that acts as the application, with HTTP Basic or body credentials", async () => {
    const app = await createApplication(t, "OPERATOR");
    for (const method of ["basic", "post"] as const) {
      const answer = await oidc.clientCredentialsGrant(client(t, app, method));
      expect(answer.token_type).toBe("bearer");
      expect(answer.expires_in).toBeGreaterThan(3590);
      expect(answer.expires_in).toBeLessThanOrEqual(3600);
      expect(answer.access_token).toMatch(/^syo_[0-9A-Za-z]{40}$/);
      expect(answer.scope).toBeUndefined();
      const viewer = await overHttp(Viewer, undefined, { token: answer.access_token });
      expect(viewer.data?.viewer).toMatchObject({ tokenId: app.clientId, role: "OPERATOR" });
    }
    const stored = await t.app.runtime.prisma.oAuthAccessToken.findMany({ where: { tokenId: app.clientId } });
    expect(stored).toHaveLength(2);
    // Only hashes are kept.
    expect(JSON.stringify(stored)).not.toContain("syo_");
  });

  it("gives the issued token the application's role: a viewer application cannot write", async () => {
    const app = await createApplication(t, "VIEWER");
    const { access_token } = await oidc.clientCredentialsGrant(client(t, app));
    const refused = await overHttp(CreateProgram, { input: { name: "not mine to make" } }, { token: access_token });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("gives the issued token the application's reach: it acts in the organizations the application reaches", async () => {
    const other = await commandLineOrganization(t, "Reached by an application");
    const home = await t.app.runtime.prisma.organization.findFirstOrThrow({
      where: { name: { not: other.name } },
      orderBy: { createdAt: "asc" },
    });
    const app = await commandLineToken(t, home.id, {
      name: "partner app",
      role: "VIEWER",
      reach: "ORGANIZATIONS",
      organizationIds: [other.id],
      application: true,
    });
    const { access_token } = await oidc.clientCredentialsGrant(client(t, { clientId: app.token.id, clientSecret: app.secret }));
    const there = await overHttp(Viewer, undefined, { token: access_token, headers: { "x-organization-id": other.id } });
    expect(there.data?.viewer.organization.id).toBe(other.id);
    const stranger = await commandLineOrganization(t, "Not reached");
    const refused = await overHttp(Viewer, undefined, { token: access_token, headers: { "x-organization-id": stranger.id } });
    expect(refused.status).toBe(403);
  });

  it("does not take the client secret as a bearer token", async () => {
    const app = await createApplication(t);
    const result = await overHttp(Viewer, undefined, { token: app.clientSecret });
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "CLIENT_SECRET" });
    expect(result.errors?.[0].message).toContain("POST /oauth/token");
  });

  it("ends the issued tokens when the application is revoked, and issues no more", async () => {
    const app = await createApplication(t);
    const first = await oidc.clientCredentialsGrant(client(t, app));
    const second = await oidc.clientCredentialsGrant(client(t, app, "post"));
    // Both in the process's token cache.
    for (const { access_token } of [first, second]) expect((await overHttp(Viewer, undefined, { token: access_token })).status).toBe(200);
    const revoked = await t.graphql(Revoke, { input: { id: app.clientId } });
    expect(revoked.data?.revokeAccessToken.__typename).toBe("AccessTokenPayload");
    for (const { access_token } of [first, second]) {
      const after = await overHttp(Viewer, undefined, { token: access_token });
      expect(after.status).toBe(401);
      expect(after.errors?.[0].extensions).toMatchObject({ reason: "REVOKED" });
    }
    const refused = await tokenRequest(t, "grant_type=client_credentials", { authorization: basic(app.clientId, app.clientSecret) });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: "invalid_client" });
    await expect(oidc.clientCredentialsGrant(client(t, app))).rejects.toThrow();
  });

  it("lets an issued token expire, even one the process has cached", async () => {
    const app = await createApplication(t);
    const { access_token } = await oidc.clientCredentialsGrant(client(t, app));
    expect((await overHttp(Viewer, undefined, { token: access_token })).status).toBe(200);
    clock.advance(3601_000);
    const after = await overHttp(Viewer, undefined, { token: access_token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions).toMatchObject({ reason: "EXPIRED" });
    // The retention job lets expired ones go, and keeps those still valid.
    const fresh = await oidc.clientCredentialsGrant(client(t, app));
    const prisma = t.app.runtime.prisma;
    const expired = await prisma.oAuthAccessToken.count({ where: { expiresAt: { lte: clock.now() } } });
    expect(expired).toBeGreaterThan(0);
    expect((await purgeExpiredHistory(t.app.runtime)).issuedTokens).toBe(expired);
    expect(await prisma.oAuthAccessToken.count({ where: { expiresAt: { lte: clock.now() } } })).toBe(0);
    expect((await overHttp(Viewer, undefined, { token: fresh.access_token })).status).toBe(200);
  });

  it("answers a wrong client with 401 invalid_client and a Basic challenge, whichever way it authenticated", async () => {
    const app = await createApplication(t);
    const organizationId = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    const plain = await commandLineToken(t, organizationId, { name: "not an application", role: "VIEWER" });
    const cases: [string, Record<string, string>, string][] = [
      ["wrong secret, Basic", { authorization: basic(app.clientId, "sy_" + "x".repeat(40)) }, "grant_type=client_credentials"],
      ["wrong id, body", {}, `grant_type=client_credentials&client_id=tok_nothing&client_secret=${app.clientSecret}`],
      ["not an application", {}, `grant_type=client_credentials&client_id=${plain.token.id}&client_secret=${plain.secret}`],
      ["no credentials", {}, "grant_type=client_credentials"],
    ];
    for (const [label, headers, body] of cases) {
      const response = await tokenRequest(t, body, headers);
      expect(response.status, label).toBe(401);
      expect(response.headers["www-authenticate"], label).toBe('Basic realm="Switchyard"');
      expect(response.headers["cache-control"], label).toBe("no-store");
      expect(response.body, label).toMatchObject({ error: "invalid_client" });
    }
  });

  it("answers malformed requests with the RFC's errors and issues nothing", async () => {
    const app = await createApplication(t);
    const auth = { authorization: basic(app.clientId, app.clientSecret) };
    const before = await t.app.runtime.prisma.oAuthAccessToken.count();
    const cases: [string, Promise<Answer>, number, string][] = [
      ["password grant", tokenRequest(t, "grant_type=password&username=a&password=b", auth), 400, "unsupported_grant_type"],
      ["unknown grant", tokenRequest(t, "grant_type=urn:x", auth), 400, "unsupported_grant_type"],
      ["no grant", tokenRequest(t, "", auth), 400, "invalid_request"],
      ["a scope", tokenRequest(t, "grant_type=client_credentials&scope=admin", auth), 400, "invalid_scope"],
      [
        "JSON",
        tokenRequest(t, JSON.stringify({ grant_type: "client_credentials" }), { ...auth, "content-type": "application/json" }),
        400,
        "invalid_request",
      ],
      ["twice", tokenRequest(t, "grant_type=client_credentials&grant_type=client_credentials", auth), 400, "invalid_request"],
      [
        "two methods",
        tokenRequest(t, `grant_type=client_credentials&client_id=${app.clientId}&client_secret=${app.clientSecret}`, auth),
        400,
        "invalid_request",
      ],
      [
        "NUL in the id",
        tokenRequest(t, `grant_type=client_credentials&client_id=a%00b&client_secret=${app.clientSecret}`),
        400,
        "invalid_request",
      ],
      ["huge", tokenRequest(t, "grant_type=client_credentials&x=" + "a".repeat(20_000), auth), 413, "invalid_request"],
      ["GET", tokenRequest(t, "", auth, "GET"), 405, "invalid_request"],
    ];
    for (const [label, request, status, error] of cases) {
      const response = await request;
      expect(response.status, label).toBe(status);
      expect(response.headers["content-type"], label).toMatch(/^application\/json/);
      expect(response.body, label).toMatchObject({ error, error_description: expect.any(String) });
    }
    expect(await t.app.runtime.prisma.oAuthAccessToken.count()).toBe(before);
  });

  it("answers 413 to a sender still writing a body far beyond a token request, then closes the connection", async () => {
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const answer = await sendBeforeReading(t.app.url!, "/oauth/token", headers, 8 * 1024 * 1024);
    expect(answer.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
    expect(answer.closedAfter).toBeLessThan(5000);
  });
});

describe("the token endpoint's rate limits", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: { SWITCHYARD_RATE_LIMIT: "3", SWITCHYARD_AUTH_FAILURE_LIMIT: "2", SWITCHYARD_RATE_LIMIT_WINDOW_SECONDS: "3600" },
    });
  });
  afterAll(() => t?.stop());

  it("spends the application's request budget, and refuses with 429 and Retry-After beyond it", async () => {
    const organizationId = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    const app = await commandLineToken(t, organizationId, { name: "busy app", role: "VIEWER", application: true });
    const auth = { authorization: basic(app.token.id, app.secret) };
    for (let i = 0; i < 3; i++) expect((await tokenRequest(t, "grant_type=client_credentials", auth)).status).toBe(200);
    const refused = await tokenRequest(t, "grant_type=client_credentials", auth);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ error: "temporarily_unavailable" });
    expect(await t.app.runtime.prisma.oAuthAccessToken.count({ where: { tokenId: app.token.id } })).toBe(3);
  });

  it("counts failed client authentications by address, like failed bearer tokens", async () => {
    localAddress = randomLoopback();
    const wrong = { authorization: basic("tok_nobody", "sy_" + "y".repeat(40)) };
    for (let i = 0; i < 2; i++) expect((await tokenRequest(t, "grant_type=client_credentials", wrong)).status).toBe(401);
    const refused = await tokenRequest(t, "grant_type=client_credentials", wrong);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBeTruthy();
  });
});
