// Separate api and worker processes on PostgreSQL: live events travel
// through Redis, so a subscriber on the api process sees the worker's attempts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { graphqlClient, startTestApp, testSecretKey, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { startSwitchyard, startSwitchyardWorker, type RunningProcess } from "../utils/processes.ts";
import { serverDatabaseUrl, serverRedisUrl } from "../utils/test-database.ts";
import { wsClient } from "../utils/live-clients.ts";
import { publish, subscribe } from "../utils/fixtures.ts";

const CrossProcessFeed = graphql(`
  subscription CrossProcessFeed($filter: LiveFeedFilter) {
    deliveryAttempts(filter: $filter) {
      attempt {
        succeeded
        delivery {
          event {
            id
          }
        }
      }
    }
  }
`);

describe.runIf(serverDatabaseUrl && serverRedisUrl)("across processes", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let api: RunningProcess & { url: string };
  let worker: RunningProcess;

  beforeAll(async () => {
    // The in-process app only prepares the database; it runs no worker.
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
    receiver = await startTestReceiver(200);
    const env = {
      DATABASE_URL: t.database.databaseUrl,
      REDIS_URL: serverRedisUrl,
      SWITCHYARD_SECRET_KEY: testSecretKey,
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
      SWITCHYARD_POLL_INTERVAL_MS: "200",
    };
    [api, worker] = await Promise.all([startSwitchyard(env, ["--role", "api"]), startSwitchyardWorker(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await receiver?.close();
    await t?.stop();
  });

  it("delivers to a subscriber on the api process what the worker process attempted", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/cross` });
    const client = wsClient(api.url, { authorization: `Bearer ${t.adminToken}` });
    try {
      const feed = client.subscribe<{ deliveryAttempts: { attempt: { succeeded: boolean; delivery: { event: { id: string } } } } }>(
        CrossProcessFeed,
        {
          filter: { destinationId },
        },
      );
      // Publishing through the api process's HTTP endpoint, as an integrator would. The
      // subscription's Redis SUBSCRIBE may still be on its way, so publish until one arrives.
      const viaApi = { ...t, graphql: graphqlClient(fetch, t.adminToken, api.url) };
      const published: string[] = [];
      for (let i = 0; i < 20 && feed.items.length === 0; i++) {
        published.push((await publish(viaApi, eventType, { cross: i })).event.id);
        await feed.waitFor(1, 1000).catch(() => undefined);
      }
      const [item] = await feed.waitFor(1);
      expect(item.deliveryAttempts.attempt.succeeded).toBe(true);
      expect(published).toContain(item.deliveryAttempts.attempt.delivery.event.id);
      expect(receiver.received.length).toBeGreaterThanOrEqual(1);
      expect(t.app.worker).toBeDefined(); // built but never started: the worker process did the sending
    } finally {
      await client.dispose();
    }
  }, 60_000);
});
