// Fault drill: the database goes away under load. Switchyard runs as api and
// worker processes on a PostgreSQL of the test's own, which is crashed
// (immediate stop) while 2,000 deliveries are in flight and started again.
// Every event must reach the receiver, the processes must carry on without a
// restart, and what the outage cost (duplicates, seconds to recover) is
// printed for the README's reliability figures.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { crashLines, startDrillStack, type DrillStack } from "../utils/drill-stack.ts";
import { drillsCanRun } from "../utils/private-services.ts";
import { subscribe } from "../utils/fixtures.ts";

const DrillPublish = graphql(`
  mutation DrillPublish($input: PublishEventsInput!) {
    publishEvents(input: $input) {
      __typename
      ... on PublishEventsPayload {
        results {
          event {
            id
          }
        }
      }
    }
  }
`);

const EVENTS = 2000;
const LEASE_MS = 3000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(drillsCanRun)("drill: PostgreSQL restarted with deliveries in flight", () => {
  let stack: DrillStack;
  const query = async <T>(sql: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: stack.postgres.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const succeeded = async () =>
    Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "Delivery" WHERE status = 'SUCCEEDED'`))[0].n);

  beforeAll(async () => {
    // All of the worker's 50 slots may go to the one destination: that many requests are in flight at the crash.
    stack = await startDrillStack({
      SWITCHYARD_LEASE_MS: String(LEASE_MS),
      SWITCHYARD_POLL_INTERVAL_MS: "200",
      SWITCHYARD_DESTINATION_CONCURRENCY: "50",
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  async function publishAll(eventType: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 1000) {
      const events = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({ type: eventType, payload: { n: start + i } }));
      const result = await stack.graphql(DrillPublish, { input: { events } });
      if (result.data?.publishEvents.__typename !== "PublishEventsPayload") throw new Error(JSON.stringify(result));
      ids.push(...result.data.publishEvents.results.map((r) => r.event.id));
    }
    return ids;
  }

  it("delivers every event, re-delivering what the outage interrupted, and recovers on its own", async () => {
    const { receiver, worker, api } = stack;
    // Slow enough answers that many requests are in flight when the database goes.
    receiver.respond({ status: 204, delayMs: 40 });
    const { eventType } = await subscribe(stack, { url: `${receiver.origin}/drill` });
    const published = await publishAll(eventType, EVENTS);

    await receiver.waitFor(EVENTS / 4, 60_000);
    const down = Date.now();
    await stack.postgres.stop("immediate");
    await sleep(2000);
    await stack.postgres.start();
    const up = Date.now();
    const before = await succeeded();
    // When the worker records deliveries again: the recovery time.
    let recoveredAt: number | undefined;
    await expect
      .poll(
        async () => {
          const n = await succeeded();
          if (n > before) recoveredAt ??= Date.now();
          return n;
        },
        { timeout: 45_000, interval: 100 },
      )
      .toBe(EVENTS);
    const allDone = Date.now();

    const ids = receiver.received.map((r) => String(r.headers["webhook-id"]));
    const distinct = new Set(ids);
    const lost = published.filter((id) => !distinct.has(id));
    const duplicates = ids.length - distinct.size;
    console.log(
      `[drill] PostgreSQL crash + restart: ${EVENTS} events, ${lost.length} lost, ${duplicates} delivered twice, ` +
        `database down ${((up - down) / 1000).toFixed(1)} s, deliveries recorded again ${((recoveredAt! - up) / 1000).toFixed(1)} s after it came back, ` +
        `all done ${((allDone - up) / 1000).toFixed(1)} s after (interrupted ones when their ${LEASE_MS / 1000} s lease expired)`,
    );
    expect(lost).toEqual([]);
    expect([...distinct].sort()).toEqual([...published].sort());

    // Both processes carried on: nothing crashed, the api answers from the database again.
    expect(worker.child.exitCode).toBeNull();
    expect(api.child.exitCode).toBeNull();
    expect(crashLines(worker)).toEqual([]);
    expect(crashLines(api)).toEqual([]);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  }, 90_000);

  it("wakes an idle worker through LISTEN again after the database restarted", async () => {
    const { receiver } = stack;
    receiver.respond(204);
    receiver.received.length = 0;
    // A worker that polls once a minute: within the test, only a wake-up gets it going.
    await stack.restartWorker({ SWITCHYARD_POLL_INTERVAL_MS: "60000" });
    const listeners = async (channel: string) =>
      Number((await query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'LISTEN %${channel}%'`))[0].n);
    const wakeUps = () => listeners("switchyard_deliveries_due");
    // Set up through the api process, which listens for token changes from its first request on.
    const { eventType } = await subscribe(stack, { url: `${receiver.origin}/wake` });
    // The api process and the worker each listen for wake-ups once; the api process for token changes too.
    await expect.poll(wakeUps, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => listeners("switchyard_tokens"), { timeout: 10_000 }).toBe(1);

    await stack.postgres.stop("fast");
    await stack.postgres.start();
    await stack.worker.waitFor((_line, json) => json?.msg === "lost the delivery wake-up connection; reconnecting");
    await expect.poll(wakeUps, { timeout: 20_000 }).toBe(2);
    await expect.poll(() => listeners("switchyard_tokens"), { timeout: 20_000 }).toBe(1);

    const [published] = await publishAll(eventType, 1);
    const [request] = await receiver.waitFor(1, 20_000);
    expect(request.headers["webhook-id"]).toBe(published);
  }, 60_000);
});
