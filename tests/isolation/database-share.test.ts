// One organization cannot take the database from the others: its API requests
// hold at most its share of the API's connections (the rest of its statements
// wait in a line of their own, and are refused with RATE_LIMITED when that
// line is full or slow), the delivery engine has connections of its own, and
// on PostgreSQL an API statement is cancelled past the statement timeout.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { asNewOrganization, createDestination, publish, subscribe } from "../utils/fixtures.ts";
import { startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { TestReceiver } from "../utils/test-receiver.ts";
import { serverDatabaseUrl } from "../utils/test-database.ts";
import { parsePrometheusText, sumOf } from "../utils/prometheus-text.ts";
import { actingFor } from "../../server/db/organization-share.ts";

async function limitsCounted(t: TestApp, limit: "busy" | "timeout"): Promise<number> {
  return sumOf(parsePrometheusText(await t.app.runtime.metrics.render()), "switchyard_api_database_limits_total", { limit });
}

const DestinationCount = graphql(`
  query DestinationCountOfOrganization {
    destinations {
      totalCount
    }
  }
`);

const RenameLockedDestination = graphql(`
  mutation RenameLockedDestination($input: UpdateDestinationInput!) {
    updateDestination(input: $input) {
      __typename
    }
  }
`);

const CreateBasicCredential = graphql(`
  mutation CreateBasicCredentialForShare($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        credential {
          id
        }
      }
    }
  }
`);

const CreateSourceForShare = graphql(`
  mutation CreateSourceForShare($input: CreateSourceInput!) {
    createSource(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          ingestPath
        }
      }
    }
  }
`);

/** Fails instead of hanging when `work` waits for a connection that never frees up. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

describe("an organization whose share of the database is in use", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let hostile: TestApp & { organizationId: string };
  let ingestPath: string;
  const basic = `Basic ${Buffer.from("sender:s3cret").toString("base64")}`;

  beforeAll(async () => {
    ({ t, receiver } = await startDeliveryTestBed({
      // A turn that does not come within 500 ms is given up.
      env: { SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION: "2", SWITCHYARD_API_STATEMENT_TIMEOUT_MS: "500" },
    }));
    hostile = await asNewOrganization(t, "Hostile");
    const credential = await hostile.graphql(CreateBasicCredential, {
      input: { name: "Sender", type: "HTTP_BASIC", system: "Sender", fields: { username: "sender", password: "s3cret" } },
    });
    if (credential.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(credential));
    await subscribe(hostile, { url: `${receiver.origin}/hostile`, eventType: "hostile.thing" });
    const source = await hostile.graphql(CreateSourceForShare, {
      input: { name: "Sender", credentialId: credential.data.createCredential.credential.id, eventType: "hostile.thing" },
    });
    if (source.data?.createSource.__typename !== "SourcePayload") throw new Error(JSON.stringify(source));
    ingestPath = source.data.createSource.source.ingestPath;
  }, 60_000);
  afterAll(async () => {
    await stopDeliveryTestBed(t, receiver);
  });

  it("is told to come back later, while other organizations and the engine go on", async () => {
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/victim` });
    const shares = t.app.runtime.db.shares;
    // The hostile organization's statements hold its whole share.
    const held = [await shares.acquire(hostile.organizationId), await shares.acquire(hostile.organizationId)];
    try {
      const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${hostile.adminToken}` },
        body: JSON.stringify({ query: "{ destinations { totalCount } }" }),
      });
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("1");
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED", reason: "DATABASE_BUSY", retryAfter: 1 });
      expect(body.errors[0].message).toMatch(/already hold the 2 database connections one organization may use at once/);

      // Its ingest URL answers 429 with Retry-After, and records nothing.
      const ingested = await fetch(`${t.app.url}${ingestPath}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: basic },
        body: JSON.stringify({ n: 1 }),
      });
      expect(ingested.status).toBe(429);
      expect(ingested.headers.get("retry-after")).toBe("1");
      expect(await t.app.runtime.prisma.incomingRequest.count({ where: { organizationId: hostile.organizationId } })).toBe(0);
      expect(await limitsCounted(t, "busy")).toBe(2);

      // Another organization reads, publishes, and its event is delivered.
      expect((await t.graphql(DestinationCount)).data?.destinations.totalCount).toBeGreaterThan(0);
      await publish(t, eventType, { during: "the hostile organization's turns" });
      await t.app.worker!.runOnce();
      expect((await receiver.waitFor(1)).map((r) => r.rawUrl)).toEqual(["/victim"]);
    } finally {
      held.forEach((giveBack) => giveBack());
    }
    // Its turns given back, the organization is served again.
    expect((await hostile.graphql(DestinationCount)).data?.destinations.totalCount).toBe(1);
    const ingested = await fetch(`${t.app.url}${ingestPath}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: basic },
      body: JSON.stringify({ n: 2 }),
    });
    expect(ingested.status).toBe(200);
  });
});

// Statements really blocked in PostgreSQL: rows the test locks from a connection of its own.
describe.runIf(serverDatabaseUrl)("an organization whose statements hang in PostgreSQL", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let locker: pg.Client;
  // Apart from the locker: inside its transaction, pg_stat_activity would answer from one snapshot.
  let watcher: pg.Client;
  const API_POOL = 4;
  const PER_ORGANIZATION = 2;

  beforeAll(async () => {
    ({ t, receiver } = await startDeliveryTestBed({
      env: {
        SWITCHYARD_API_DATABASE_POOL_SIZE: String(API_POOL),
        SWITCHYARD_API_CONNECTIONS_PER_ORGANIZATION: String(PER_ORGANIZATION),
        // Long enough that nothing of the hostile organization times out while the others are checked.
        SWITCHYARD_API_STATEMENT_TIMEOUT_MS: "30000",
      },
    }));
    locker = new pg.Client({ connectionString: t.database.databaseUrl });
    watcher = new pg.Client({ connectionString: t.database.databaseUrl });
    await Promise.all([locker.connect(), watcher.connect()]);
  }, 60_000);
  afterAll(async () => {
    await locker?.end();
    await watcher?.end();
    await stopDeliveryTestBed(t, receiver);
  });

  const lockWaiters = async () =>
    (
      await watcher.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      )
    ).rows[0].n;

  async function untilLockWaiters(n: number): Promise<void> {
    for (let tries = 0; (await lockWaiters()) !== n; tries += 1) {
      if (tries > 200) throw new Error(`expected ${n} statements waiting for a lock, saw ${await lockWaiters()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** `count` renames of the organization's destination, all at once; they hang while the test holds its row. */
  async function attack(org: TestApp, destinationId: string, count: number) {
    return Promise.all(
      Array.from({ length: count }, (_, i) => org.graphql(RenameLockedDestination, { input: { id: destinationId, name: `Renamed ${i}` } })),
    );
  }

  it("holds only its share of the API's connections; the others are served, and the engine delivers", async () => {
    const hostile = await asNewOrganization(t, "Hanging");
    const second = await asNewOrganization(t, "Hanging too");
    const hostileDestination = await createDestination(hostile, { url: `${receiver.origin}/hostile` });
    const secondDestination = await createDestination(second, { url: `${receiver.origin}/second` });
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/victim` });

    await locker.query("BEGIN");
    await locker.query(`SELECT 1 FROM "Destination" WHERE id = ANY($1) FOR UPDATE`, [[hostileDestination, secondDestination]]);
    // More renames than the process has connections of either kind: without shares they would take them all.
    const hostileRenames = attack(hostile, hostileDestination, 12);
    await untilLockWaiters(PER_ORGANIZATION);

    // The victim reads and publishes through the API's free connections.
    const read = await within(10_000, "another organization's read", t.graphql(DestinationCount));
    expect(read.data?.destinations.totalCount).toBeGreaterThan(0);
    await within(10_000, "another organization's publish", publish(t, eventType, { n: 1 }));
    await within(10_000, "another organization's publish", publish(t, eventType, { n: 2 }));

    // A second hostile organization fills the rest of the API's connections: the engine still has its own.
    const secondRenames = attack(second, secondDestination, 12);
    await untilLockWaiters(API_POOL);
    await within(10_000, "the delivery engine", t.app.worker!.runOnce());
    expect((await within(10_000, "the deliveries", receiver.waitFor(2))).map((r) => r.rawUrl)).toEqual(["/victim", "/victim"]);
    // Still hanging, no more than their shares.
    expect(await lockWaiters()).toBe(API_POOL);

    await locker.query("ROLLBACK");
    const renamed = [...(await hostileRenames), ...(await secondRenames)];
    expect(renamed.map((r) => r.data?.updateDestination.__typename)).toEqual(Array(24).fill("DestinationPayload"));
  });

  it("runs an organization's statements on the API's connections (timeout, no parallel workers), the engine's on its own", async () => {
    const settings = (rows: { setting: string }[][]) => rows.map(([row]) => row.setting);
    const show = () =>
      Promise.all([
        t.app.runtime.prisma.$queryRaw<{ setting: string }[]>`SELECT current_setting('statement_timeout') AS setting`,
        t.app.runtime.prisma.$queryRaw<{ setting: string }[]>`SELECT current_setting('max_parallel_workers_per_gather') AS setting`,
      ]);
    const organizationId = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    expect(settings(await actingFor(organizationId, show))).toEqual(["30s", "0"]);
    expect(settings(await show())).toEqual(["0", "2"]);
  });

  it("has a hanging statement cancelled at the statement timeout, and nothing of its change kept", async () => {
    const stopped = await startDeliveryTestBed({ env: { SWITCHYARD_API_STATEMENT_TIMEOUT_MS: "300" } });
    try {
      const destinationId = await createDestination(stopped.t, { url: `${receiver.origin}/slow`, name: "Before" });
      const lockOn = new pg.Client({ connectionString: stopped.t.database.databaseUrl });
      await lockOn.connect();
      try {
        await lockOn.query("BEGIN");
        await lockOn.query(`SELECT 1 FROM "Destination" WHERE id = $1 FOR UPDATE`, [destinationId]);
        const renamed = await within(
          10_000,
          "the rename",
          stopped.t.graphql(RenameLockedDestination, { input: { id: destinationId, name: "After" } }),
        );
        expect(renamed.data).toBeNull();
        expect(renamed.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/took longer than the 0.3 s an API request may take, and was cancelled/),
          extensions: { code: "QUERY_TIMEOUT" },
        });
        await lockOn.query("ROLLBACK");
      } finally {
        await lockOn.end();
      }
      const stored = await stopped.t.app.runtime.prisma.destination.findUniqueOrThrow({ where: { id: destinationId } });
      expect(stored.name).toBe("Before");
      expect(await limitsCounted(stopped.t, "timeout")).toBe(1);
    } finally {
      await stopDeliveryTestBed(stopped.t, stopped.receiver);
    }
  });
});
