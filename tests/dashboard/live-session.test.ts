// The dashboard's live connection outside the browser, against a real
// Switchyard: subscriptions go over graphql-ws with the session's token, a
// token the socket refuses (4401/4403) ends the session like a 401, and
// signing out closes the socket.
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionEndedNotice } from "../../client/src/session/auth-errors.ts";
import { SessionStore, type SessionState } from "../../client/src/session/session-store.ts";
import { tokenStorage } from "../../client/src/session/token-storage.ts";
import { createSwitchyardClient } from "../../client/src/urql/client.ts";
import { isUnauthorizedClose, LiveSocket, webSocketUrl } from "../../client/src/urql/live-socket.ts";
import { graphql } from "../gql/index.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { memoryStorage } from "./memory-storage.ts";

const LiveSessionFeed = graphql(`
  subscription LiveSessionFeed($filter: LiveFeedFilter) {
    deliveryAttempts(filter: $filter) {
      missedBefore
      attempt {
        id
        succeeded
        responseStatus
        delivery {
          eventType
        }
      }
    }
  }
`);

const LiveSessionToken = graphql(`
  mutation LiveSessionToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          id
        }
      }
    }
  }
`);

const LiveSessionRevoke = graphql(`
  mutation LiveSessionRevoke($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      __typename
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
let url: string;

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(202);
  url = `${t.app.url}/graphql`;
});
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

function signedIn(state: SessionState) {
  if (state.status !== "signed-in") throw new Error(`expected a session, got ${JSON.stringify(state)}`);
  return state;
}

async function operatorToken(name: string) {
  const result = await t.graphql(LiveSessionToken, { input: { name, role: "OPERATOR" } });
  const payload = result.data?.createAccessToken;
  if (payload?.__typename !== "CreateAccessTokenPayload") throw new Error(JSON.stringify(result));
  return payload;
}

describe("the live connection", () => {
  it("uses the API's path over ws(s)", () => {
    expect(webSocketUrl("http://localhost:4000/graphql")).toBe("ws://localhost:4000/graphql");
    expect(webSocketUrl("https://switchyard.example/graphql")).toBe("wss://switchyard.example/graphql");
    expect(isUnauthorizedClose({ code: 4403 })).toBe(true);
    expect(isUnauthorizedClose({ code: 4401 })).toBe(true);
    expect(isUnauthorizedClose({ code: 1006 })).toBe(false);
  });

  it("streams attempts to the session's client, and closes when the session ends", async () => {
    const sessions = new SessionStore({ storage: tokenStorage(memoryStorage()), url, webSocketImpl: WebSocket });
    await sessions.signIn(t.adminToken);
    const { client } = signedIn(sessions.getSnapshot());
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/live` });
    const received: { succeeded: boolean; responseStatus?: number | null; eventType: string }[] = [];
    const subscription = client.subscription(LiveSessionFeed, { filter: { destinationId } }).subscribe((result) => {
      const attempt = result.data?.deliveryAttempts.attempt;
      if (attempt)
        received.push({ succeeded: attempt.succeeded, responseStatus: attempt.responseStatus, eventType: attempt.delivery.eventType });
    });
    await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(1);
    await t.app.runtime.live.settled();
    await publish(t, eventType, { n: 1 });
    await t.app.worker!.runOnce();
    await expect.poll(() => received, { timeout: 5000 }).toEqual([{ succeeded: true, responseStatus: 202, eventType }]);

    sessions.signOut();
    await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(0);
    subscription.unsubscribe();
  });

  it("ends the session when the server ends its subscriptions because the token was revoked", async () => {
    const doomed = await operatorToken("revoked while watching");
    const sessions = new SessionStore({ storage: tokenStorage(memoryStorage()), url, webSocketImpl: WebSocket });
    await sessions.signIn(doomed.secret);
    const { client } = signedIn(sessions.getSnapshot());
    const feed = client.subscription(LiveSessionFeed, {}).subscribe(() => undefined);
    await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(1);

    await t.graphql(LiveSessionRevoke, { input: { id: doomed.accessToken.id } });
    await expect.poll(() => sessions.getSnapshot(), { timeout: 5000 }).toEqual({ status: "signed-out", notice: sessionEndedNotice });
    feed.unsubscribe();
  });

  it("treats a socket closed for its token (4401, 4403) like a 401", async () => {
    for (const token of ["", `sy_${"0".repeat(40)}`]) {
      let refused = 0;
      const live = new LiveSocket({ url, token, webSocketImpl: WebSocket, onUnauthenticated: () => refused++ });
      const client = createSwitchyardClient({ url, token, live, onUnauthenticated: () => undefined });
      const feed = client.subscription(LiveSessionFeed, {}).subscribe(() => undefined);
      await expect.poll(() => refused, { timeout: 5000 }).toBe(1);
      feed.unsubscribe();
      live.dispose();
    }
  });
});
