// The dashboard's session and urql Client, outside the browser, against a real
// Switchyard: sign-in checks the token, an UNAUTHENTICATED answer ends the
// session, and the cache pages and refreshes the token list.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionEndedNotice } from "../../client/src/session/auth-errors.ts";
import { SessionStore, type SessionState } from "../../client/src/session/session-store.ts";
import { TOKEN_STORAGE_KEY, tokenStorage } from "../../client/src/session/token-storage.ts";
import { ViewerQuery } from "../../client/src/session/viewer.ts";
import { createSwitchyardClient } from "../../client/src/urql/client.ts";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { memoryStorage } from "./memory-storage.ts";

const NewToken = graphql(`
  mutation SessionNewToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          id
          name
          revoked
        }
      }
    }
  }
`);

const RevokeById = graphql(`
  mutation SessionRevoke($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      __typename
      ... on AccessTokenPayload {
        accessToken {
          id
          revoked
        }
      }
    }
  }
`);

const RenameById = graphql(`
  mutation SessionRename($input: RenameAccessTokenInput!) {
    renameAccessToken(input: $input) {
      __typename
      ... on AccessTokenPayload {
        accessToken {
          id
          name
        }
      }
    }
  }
`);

const TokenPage = graphql(`
  query SessionTokenPage($filter: AccessTokenFilter, $first: Int!, $after: String) {
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
        }
      }
    }
  }
`);

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await startTestApp();
  url = `${t.app.url}/graphql`;
});
afterAll(() => t?.stop());

async function newToken(name: string) {
  const result = await t.graphql(NewToken, { input: { name, role: "ADMIN" } });
  const payload = result.data?.createAccessToken;
  if (payload?.__typename !== "CreateAccessTokenPayload") throw new Error(JSON.stringify(result));
  return payload;
}

function signedIn(state: SessionState) {
  if (state.status !== "signed-in") throw new Error(`expected a session, got ${JSON.stringify(state)}`);
  return state;
}

describe("session", () => {
  it("signs in with a working token: keeps it, and the viewer is already cached", async () => {
    const storage = memoryStorage();
    const sessions = new SessionStore({ storage: tokenStorage(storage), url });
    const listener = vi.fn();
    sessions.subscribe(listener);
    expect(sessions.getSnapshot()).toEqual({ status: "signed-out", notice: null });

    expect(await sessions.signIn(`  ${t.adminToken}\n`)).toEqual({ ok: true });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(storage.items.get(TOKEN_STORAGE_KEY)).toBe(t.adminToken);
    const { client, token } = signedIn(sessions.getSnapshot());
    expect(token).toBe(t.adminToken);
    expect(client.readQuery(ViewerQuery, {})?.data?.viewer).toMatchObject({ tokenName: "First admin token", role: "ADMIN" });

    // A new page load starts signed in from storage.
    expect(new SessionStore({ storage: tokenStorage(storage), url }).getSnapshot().status).toBe("signed-in");
  });

  it("refuses a token the API refuses, saying why, and keeps nothing", async () => {
    const revoked = await newToken("revoked before sign-in");
    await t.graphql(RevokeById, { input: { id: revoked.accessToken.id } });
    const cases: [string, string][] = [
      ["   ", "Enter an access token."],
      ["not-a-token", "That is not a Switchyard access token"],
      [`sy_${"0".repeat(40)}`, "This access token is not valid"],
      [revoked.secret, "This access token has been revoked"],
    ];
    for (const [token, message] of cases) {
      const storage = memoryStorage();
      const sessions = new SessionStore({ storage: tokenStorage(storage), url });
      const result = await sessions.signIn(token);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain(message);
      expect(sessions.getSnapshot()).toEqual({ status: "signed-out", notice: null });
      expect(storage.items.size).toBe(0);
    }
  });

  it("says so when the API cannot be reached", async () => {
    const sessions = new SessionStore({ storage: tokenStorage(memoryStorage()), url: "http://127.0.0.1:9/graphql" });
    expect(await sessions.signIn(t.adminToken)).toEqual({
      ok: false,
      message: "Could not reach the Switchyard API. Check that it is running and try again.",
    });
  });

  it("ends the session, with a notice, once the API refuses its token", async () => {
    const doomed = await newToken("revoked while signed in");
    const storage = memoryStorage();
    const sessions = new SessionStore({ storage: tokenStorage(storage), url });
    await sessions.signIn(doomed.secret);
    const { client } = signedIn(sessions.getSnapshot());

    await t.graphql(RevokeById, { input: { id: doomed.accessToken.id } });
    const result = await client.query(TokenPage, { first: 1 }, { requestPolicy: "network-only" }).toPromise();
    expect(result.error?.graphQLErrors[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "REVOKED" });
    expect(sessions.getSnapshot()).toEqual({ status: "signed-out", notice: sessionEndedNotice });
    expect(storage.items.size).toBe(0);
  });

  it("does not let an old session's refused token end a newer session", async () => {
    const first = await newToken("first session");
    const sessions = new SessionStore({ storage: tokenStorage(memoryStorage()), url });
    await sessions.signIn(first.secret);
    const oldClient = signedIn(sessions.getSnapshot()).client;
    await sessions.signIn(t.adminToken);

    await t.graphql(RevokeById, { input: { id: first.accessToken.id } });
    await oldClient.query(TokenPage, { first: 1 }, { requestPolicy: "network-only" }).toPromise();
    expect(signedIn(sessions.getSnapshot()).token).toBe(t.adminToken);
  });

  it("signs out, and follows a sign-in or sign-out made in another tab", async () => {
    const storage = memoryStorage();
    const sessions = new SessionStore({ storage: tokenStorage(storage), url });
    await sessions.signIn(t.adminToken);
    sessions.signOut();
    expect(sessions.getSnapshot()).toEqual({ status: "signed-out", notice: null });
    expect(storage.items.size).toBe(0);

    storage.items.set(TOKEN_STORAGE_KEY, t.adminToken); // another tab signed in
    sessions.syncFromStorage();
    expect(signedIn(sessions.getSnapshot()).token).toBe(t.adminToken);
    const before = sessions.getSnapshot();
    sessions.syncFromStorage(); // nothing changed: same session, same cache
    expect(sessions.getSnapshot()).toBe(before);
    storage.items.delete(TOKEN_STORAGE_KEY); // and signed out
    sessions.syncFromStorage();
    expect(sessions.getSnapshot().status).toBe("signed-out");
  });
});

describe("the dashboard's cache", () => {
  it("merges pages of a list, refreshes it from the top after a create or a revoke, and updates renamed rows in place", async () => {
    for (const n of [1, 2, 3, 4, 5]) await newToken(`cached ${n}`);
    const client = createSwitchyardClient({ url, token: t.adminToken, onUnauthenticated: () => undefined });
    const filter = { search: "cached " };
    const names = (data: { accessTokens: { edges: { node: { name: string } }[] } } | undefined) =>
      data?.accessTokens.edges.map((e) => e.node.name);

    const first = await client.query(TokenPage, { filter, first: 2 }).toPromise();
    expect(names(first.data)).toEqual(["cached 5", "cached 4"]);
    const second = await client.query(TokenPage, { filter, first: 2, after: first.data!.accessTokens.pageInfo.endCursor }).toPromise();
    // relayPagination(): the result holds every page loaded so far.
    expect(names(second.data)).toEqual(["cached 5", "cached 4", "cached 3", "cached 2"]);
    expect(second.data?.accessTokens.pageInfo.hasNextPage).toBe(true);

    const created = await client.mutation(NewToken, { input: { name: "cached 6", role: "VIEWER" } }).toPromise();
    expect(created.data?.createAccessToken.__typename).toBe("CreateAccessTokenPayload");
    // The create dropped the cached pages: the first page comes fresh, with the new token on top.
    const refreshed = await client.query(TokenPage, { filter, first: 2 }).toPromise();
    expect(names(refreshed.data)).toEqual(["cached 6", "cached 5"]);
    expect(refreshed.data?.accessTokens.totalCount).toBe(6);

    // A rename changes the cached row without fetching the list again.
    const id = refreshed.data!.accessTokens.edges[1].node.id;
    await client.mutation(RenameById, { input: { id, name: "cached five" } }).toPromise();
    const cached = client.readQuery(TokenPage, { filter, first: 2 });
    expect(cached?.data?.accessTokens.edges[1].node).toMatchObject({ id, name: "cached five", revoked: false });
    // Active and revoked tokens are listed apart: a revoke drops the cached pages, which are fetched again.
    await client.mutation(RevokeById, { input: { id } }).toPromise();
    expect(client.readQuery(TokenPage, { filter, first: 2 })?.data ?? null).toBeNull();
  });
});
