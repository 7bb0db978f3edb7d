import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { graphqlClient, startTestApp, testSecretKey, type TestApp } from "../utils/test-app.ts";
import { hashTokenSecret } from "../../server/auth/token-secret.ts";
import { startSwitchyard, type RunningProcess } from "../utils/processes.ts";
import { serverDatabaseUrl, serverRedisUrl } from "../utils/test-database.ts";

const Viewer = graphql(`
  query Viewer {
    viewer {
      tokenId
      tokenName
      role
      organization {
        id
        name
      }
    }
  }
`);

const CreateToken = graphql(`
  mutation CreateToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          id
          name
          role
          secretPrefix
          createdAt
          lastUsedAt
          revoked
        }
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
    }
  }
`);

const RenameToken = graphql(`
  mutation RenameToken($input: RenameAccessTokenInput!) {
    renameAccessToken(input: $input) {
      __typename
      ... on AccessTokenPayload {
        accessToken {
          id
          name
        }
      }
      ... on NotFoundError {
        resource
        id
      }
      ... on ValidationError {
        issues {
          path
        }
      }
    }
  }
`);

const RevokeToken = graphql(`
  mutation RevokeToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      __typename
      ... on AccessTokenPayload {
        accessToken {
          id
          revoked
          revokedAt
        }
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const ListTokens = graphql(`
  query ListTokens($filter: AccessTokenFilter, $first: Int, $after: String) {
    accessTokens(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          revoked
          lastUsedAt
        }
      }
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

async function createToken(name: string, role?: "ADMIN" | "OPERATOR" | "VIEWER") {
  const result = await t.graphql(CreateToken, { input: { name, role } });
  const payload = result.data?.createAccessToken;
  if (payload?.__typename !== "CreateAccessTokenPayload") throw new Error(`not created: ${JSON.stringify(result)}`);
  return payload;
}

describe("access tokens", () => {
  it("authenticates the first admin token and names its organization", async () => {
    const result = await t.graphql(Viewer);
    expect(result.status).toBe(200);
    expect(result.data?.viewer).toMatchObject({
      tokenName: "First admin token",
      role: "ADMIN",
      organization: { name: "Default organization" },
    });
    expect(result.data?.viewer.organization.id).toMatch(/^org_/);
  });

  it("creates a token whose secret works, is shown once and is stored only as a hash", async () => {
    const created = await createToken("CI deploys", "VIEWER");
    expect(created.secret).toMatch(/^sy_[0-9A-Za-z]{40}$/);
    expect(created.accessToken).toMatchObject({ name: "CI deploys", role: "VIEWER", revoked: false, lastUsedAt: null });
    expect(created.secret.startsWith(created.accessToken.secretPrefix)).toBe(true);

    const asNew = await t.graphql(Viewer, undefined, { token: created.secret });
    expect(asNew.data?.viewer).toMatchObject({ tokenId: created.accessToken.id, role: "VIEWER" });

    const rows = await t.app.runtime.db.sql.query<Record<string, unknown>>(`SELECT * FROM "AccessToken" WHERE id = $1`, [
      created.accessToken.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).not.toContain(created.secret);
    expect(rows[0].secretHash).toBe(hashTokenSecret(created.secret));

    // No query can return the secret again: the type has no such field.
    const listed = await t.graphql(ListTokens, { filter: { search: "ci dep" } });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(listed.data?.accessTokens.edges.map((e) => e.node.id)).toEqual([created.accessToken.id]);
  });

  it("records when a token was last used", async () => {
    const created = await createToken("last used");
    await t.graphql(Viewer, undefined, { token: created.secret });
    const listed = await t.graphql(ListTokens, { filter: { search: "last used" } });
    const lastUsedAt = listed.data?.accessTokens.edges[0].node.lastUsedAt;
    expect(lastUsedAt).not.toBeNull();
    expect(Date.now() - Date.parse(lastUsedAt!)).toBeLessThan(60_000);
  });

  it("refuses a blank name with a ValidationError that names the field", async () => {
    const result = await t.graphql(CreateToken, { input: { name: "   " } });
    expect(result.data?.createAccessToken).toEqual({
      __typename: "ValidationError",
      message: "Name is required.",
      issues: [{ path: ["input", "name"], message: "Name is required." }],
    });
    const listed = await t.graphql(ListTokens, { filter: { search: "   " } });
    expect(listed.data?.accessTokens.totalCount).toBe(0);
  });

  it("renames a token", async () => {
    const created = await createToken("old name");
    const renamed = await t.graphql(RenameToken, { input: { id: created.accessToken.id, name: "new name" } });
    expect(renamed.data?.renameAccessToken).toEqual({
      __typename: "AccessTokenPayload",
      accessToken: { id: created.accessToken.id, name: "new name" },
    });
    const missing = await t.graphql(RenameToken, { input: { id: "tok_01h455vb4pex5vsknk084sn02q", name: "x" } });
    expect(missing.data?.renameAccessToken).toEqual({
      __typename: "NotFoundError",
      resource: "AccessToken",
      id: "tok_01h455vb4pex5vsknk084sn02q",
    });
    const blank = await t.graphql(RenameToken, { input: { id: created.accessToken.id, name: "" } });
    expect(blank.data?.renameAccessToken).toEqual({ __typename: "ValidationError", issues: [{ path: ["input", "name"] }] });
  });

  it("revokes a token: the next request with it gets 401 UNAUTHENTICATED", async () => {
    const created = await createToken("to revoke");
    expect((await t.graphql(Viewer, undefined, { token: created.secret })).status).toBe(200);
    const revoked = await t.graphql(RevokeToken, { input: { id: created.accessToken.id } });
    expect(revoked.data?.revokeAccessToken).toMatchObject({ __typename: "AccessTokenPayload", accessToken: { revoked: true } });
    const after = await t.graphql(Viewer, undefined, { token: created.secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "REVOKED" });
    expect(after.data ?? null).toBeNull();

    const activeOnly = await t.graphql(ListTokens, { filter: { revoked: false, search: "to revoke" } });
    expect(activeOnly.data?.accessTokens.totalCount).toBe(0);
    const revokedOnly = await t.graphql(ListTokens, { filter: { revoked: true, search: "to revoke" } });
    expect(revokedOnly.data?.accessTokens.totalCount).toBe(1);
  });

  it.each([
    ["missing", null, {}, "MISSING"],
    ["malformed", null, { authorization: "Bearer not-a-token" }, "MALFORMED"],
    ["not a bearer", null, { authorization: "Basic dXNlcjpwYXNz" }, "MALFORMED"],
    ["unknown", "sy_0000000000000000000000000000000000000000", {}, "UNKNOWN"],
  ] as const)("answers a %s token with 401 UNAUTHENTICATED", async (_label, token, headers, reason) => {
    const result = await t.graphql(Viewer, undefined, { token, headers });
    expect(result.status).toBe(401);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason });
  });

  it("pages through tokens newest first", async () => {
    for (const name of ["page a", "page b", "page c"]) await createToken(name);
    const first = await t.graphql(ListTokens, { filter: { search: "page " }, first: 2 });
    expect(first.data?.accessTokens.totalCount).toBe(3);
    expect(first.data?.accessTokens.edges.map((e) => e.node.name)).toEqual(["page c", "page b"]);
    expect(first.data?.accessTokens.pageInfo.hasNextPage).toBe(true);
    const second = await t.graphql(ListTokens, {
      filter: { search: "page " },
      first: 2,
      after: first.data?.accessTokens.pageInfo.endCursor,
    });
    expect(second.data?.accessTokens.edges.map((e) => e.node.name)).toEqual(["page a"]);
    expect(second.data?.accessTokens.pageInfo.hasNextPage).toBe(false);
  });
});

// Each process keeps authenticated tokens (server/auth/token-cache.ts); a change to a token reaches
// every process before the mutation answers, so the very next request sees it wherever it lands.
describe("cached tokens", () => {
  it("serves a token's next request after a rename with the new name", async () => {
    const created = await createToken("before rename");
    expect((await t.graphql(Viewer, undefined, { token: created.secret })).data?.viewer.tokenName).toBe("before rename");
    await t.graphql(RenameToken, { input: { id: created.accessToken.id, name: "after rename" } });
    expect((await t.graphql(Viewer, undefined, { token: created.secret })).data?.viewer.tokenName).toBe("after rename");
  });

  it("refuses a token that was revoked after it was cached, on the next request", async () => {
    const created = await createToken("cached then revoked");
    for (let i = 0; i < 3; i++) expect((await t.graphql(Viewer, undefined, { token: created.secret })).status).toBe(200);
    await t.graphql(RevokeToken, { input: { id: created.accessToken.id } });
    const after = await t.graphql(Viewer, undefined, { token: created.secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions).toMatchObject({ reason: "REVOKED" });
  });

  it("refuses a token revoked by a write that bypassed the API, on the next request", async () => {
    // The command line or another process writes the database directly; the trigger's notification tells this process.
    const created = await createToken("revoked underneath");
    expect((await t.graphql(Viewer, undefined, { token: created.secret })).status).toBe(200);
    await t.app.runtime.prisma.accessToken.update({ where: { id: created.accessToken.id }, data: { revokedAt: new Date() } });
    // In server mode the notification travels over a connection of its own: at most a moment.
    await expect.poll(async () => (await t.graphql(Viewer, undefined, { token: created.secret })).status, { timeout: 2000 }).toBe(401);
  });
});

describe.runIf(serverDatabaseUrl && serverRedisUrl)("cached tokens across processes", () => {
  let other: RunningProcess & { url: string };
  let viaOther: TestApp["graphql"];

  beforeAll(async () => {
    other = await startSwitchyard(
      {
        DATABASE_URL: t.database.databaseUrl,
        REDIS_URL: serverRedisUrl,
        SWITCHYARD_SECRET_KEY: testSecretKey,
      },
      ["--role", "api"],
    );
    viaOther = graphqlClient(fetch, t.adminToken, other.url);
  }, 60_000);
  afterAll(() => other?.stop());

  it("refuses a token on its next request in one process once another has revoked it, both having cached it", async () => {
    for (const [revokeIn, askIn] of [
      ["the other process", "this one"],
      ["this process", "the other one"],
    ] as const) {
      const created = await createToken(`revoked in ${revokeIn}`);
      for (const ask of [t.graphql, viaOther]) expect((await ask(Viewer, undefined, { token: created.secret })).status).toBe(200);
      const revoke = revokeIn === "this process" ? t.graphql : viaOther;
      const ask = askIn === "this one" ? t.graphql : viaOther;
      expect((await revoke(RevokeToken, { input: { id: created.accessToken.id } })).data?.revokeAccessToken.__typename).toBe(
        "AccessTokenPayload",
      );
      const after = await ask(Viewer, undefined, { token: created.secret });
      expect(after.status, `revoked in ${revokeIn}, asked in ${askIn}`).toBe(401);
      expect(after.errors?.[0].extensions).toMatchObject({ reason: "REVOKED" });
    }
  });

  it("serves the new name in another process on the next request after a rename", async () => {
    const created = await createToken("renamed elsewhere");
    expect((await t.graphql(Viewer, undefined, { token: created.secret })).data?.viewer.tokenName).toBe("renamed elsewhere");
    await viaOther(RenameToken, { input: { id: created.accessToken.id, name: "renamed over there" } });
    expect((await t.graphql(Viewer, undefined, { token: created.secret })).data?.viewer.tokenName).toBe("renamed over there");
  });
});
