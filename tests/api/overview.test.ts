// The `overview` query: throughput, success rate and latency from the
// per-minute counts the Attempt trigger keeps, the backlog and lag now, and
// the destinations that need attention; per organization, for every role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { newId } from "../../server/ids.ts";
import { latencyBucket } from "../../server/overview/latency-histogram.ts";
import { asNewOrganization, commandLineToken, createDestination, publish, subscribe } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { TestClock } from "../utils/test-clock.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";

const OverviewQuery = graphql(`
  query OverviewTest {
    overview {
      generatedAt
      lastHour {
        since
        until
        bucketMinutes
        attempts
        succeeded
        successRate
        attemptsPerMinute
        p50DurationMs
        p95DurationMs
        buckets {
          start
          attempts
          succeeded
          p50DurationMs
          p95DurationMs
        }
      }
      lastDay {
        since
        bucketMinutes
        attempts
        succeeded
        buckets {
          start
          attempts
        }
      }
      backlog {
        dueNow
        heldBack
        scheduled
        sending
        countLimit
        oldestDueAt
        lagSeconds
      }
      destinationsNeedingAttention(first: 10) {
        totalCount
        edges {
          node {
            id
            name
            state
            attentionReasons
          }
        }
      }
    }
  }
`);

const minute = 60_000;
let t: TestApp;
let receiver: TestReceiver;
// On a minute's start plus 30 s, so "the last hour" is exactly the 60 minutes this test fills.
const clock = new TestClock(Math.floor(Date.now() / minute) * minute + 30_000);

beforeAll(async () => {
  t = await startTestApp({ clock, env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver((request) => ({ status: request.rawUrl.startsWith("/fail") ? 500 : 200 }));
});
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

async function overview(token?: string) {
  const result = await t.graphql(OverviewQuery, undefined, token ? { token } : undefined);
  expect(result.errors).toBeUndefined();
  return result.data!.overview;
}

/** A delivery to hang seeded attempts on (attempts need one). */
async function seedDelivery(app: Pick<TestApp, "graphql">) {
  const chain = await subscribe(app, { url: `${receiver.origin}/seed` });
  const { event } = await publish(app, chain.eventType, { seed: true });
  const delivery = await t.app.runtime.prisma.delivery.findUniqueOrThrow({ where: { id: event.deliveries[0].id } });
  return delivery;
}

function seededAttempt(
  delivery: { id: string; organizationId: string; destinationId: string; eventId: string },
  sentAt: Date,
  durationMs: number,
  succeeded: boolean,
) {
  return {
    id: newId("Attempt"),
    organizationId: delivery.organizationId,
    deliveryId: delivery.id,
    destinationId: delivery.destinationId,
    eventId: delivery.eventId,
    number: 1,
    trigger: "SCHEDULED" as const,
    succeeded,
    sentAt,
    durationMs,
    url: "https://example.test/seed",
    requestHeaders: {},
  };
}

/** The exact nearest-rank quantile, to compare the histogram's estimate with. */
function exactPercentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

describe("overview", () => {
  it("counts real deliveries, and shows the failing destination, its retries and then its lag", async () => {
    const ok = await subscribe(t, { url: `${receiver.origin}/ok` });
    const failing = await subscribe(t, { url: `${receiver.origin}/fail`, destination: { name: "Always failing" } });
    for (let i = 0; i < 3; i++) await publish(t, ok.eventType, { i });
    for (let i = 0; i < 2; i++) await publish(t, failing.eventType, { i });
    await t.app.worker!.runOnce();
    await receiver.waitFor(5);

    const first = await overview();
    expect(first.lastHour).toMatchObject({ bucketMinutes: 1, attempts: 5, succeeded: 3, successRate: 0.6 });
    expect(first.lastHour.buckets).toHaveLength(60);
    expect(first.lastHour.buckets.at(-1)).toMatchObject({ attempts: 5, succeeded: 3 });
    expect(first.lastHour.buckets.slice(0, -1).every((b) => b.attempts === 0)).toBe(true);
    expect(first.lastHour.attemptsPerMinute).toBeCloseTo(5 / 59.5, 5);
    expect(first.lastHour.p50DurationMs).not.toBeNull();
    expect(first.lastDay).toMatchObject({ bucketMinutes: 15, attempts: 5, succeeded: 3 });
    expect(first.lastDay.buckets).toHaveLength(96);
    // The failed ones wait 5 s for their retry: scheduled, not due, no lag.
    expect(first.backlog).toMatchObject({ dueNow: 0, heldBack: 0, scheduled: 2, sending: 0, countLimit: 10_000, lagSeconds: 0 });
    expect(first.destinationsNeedingAttention.totalCount).toBe(1);
    expect(first.destinationsNeedingAttention.edges[0].node).toMatchObject({ id: failing.destinationId, attentionReasons: ["FAILING"] });

    // A minute later nobody has sent them: due for 55 s.
    clock.advance(minute);
    const later = await overview();
    expect(later.backlog).toMatchObject({ dueNow: 2, scheduled: 0 });
    expect(later.backlog.lagSeconds).toBeGreaterThanOrEqual(54);
    expect(later.backlog.lagSeconds).toBeLessThanOrEqual(56);
    expect(later.lastHour.buckets.at(-2)).toMatchObject({ attempts: 5 });

    // Paused, they are held back and stop counting as lag.
    await t.app.runtime.prisma.destination.update({ where: { id: failing.destinationId }, data: { state: "PAUSED" } });
    const paused = await overview();
    expect(paused.backlog).toMatchObject({ dueNow: 0, heldBack: 2, lagSeconds: 0, oldestDueAt: null });
    expect(paused.destinationsNeedingAttention.edges[0].node.attentionReasons).toEqual(["FAILING", "PAUSED"]);
    await t.app.runtime.prisma.delivery.updateMany({ where: { destinationId: failing.destinationId }, data: { status: "CANCELLED" } });
  });

  it("reads a large history from the per-minute counts: totals exact, percentiles within 10 %", async () => {
    const app = await asNewOrganization(t, "Seeded");
    const delivery = await seedDelivery(app);
    const now = clock.now().getTime();
    const rows: ReturnType<typeof seededAttempt>[] = [];
    // 6,000 attempts over the last day, latencies spread from 1 ms to 20 s, one in ten failed.
    for (let i = 0; i < 6000; i++) {
      const durationMs = Math.round(Math.exp(((i * 7919) % 1000) / 100));
      rows.push(seededAttempt(delivery, new Date(now - ((i * 104729) % (24 * 60 * minute))), durationMs, i % 10 !== 0));
    }
    // In batches, as group commit writes them, and several at once (the same minutes' rows updated concurrently).
    const batches = Array.from({ length: 12 }, (_, b) => rows.slice(b * 500, (b + 1) * 500));
    await Promise.all(batches.map((batch) => t.app.runtime.prisma.attempt.createMany({ data: batch })));

    const seen = await overview(app.adminToken);
    const hourStart = Math.floor(now / minute) * minute - 59 * minute;
    const dayStart = Math.floor(now / (15 * minute)) * 15 * minute - 95 * 15 * minute;
    const inHour = rows.filter((r) => r.sentAt.getTime() >= hourStart);
    const inDay = rows.filter((r) => r.sentAt.getTime() >= dayStart);
    expect(seen.lastHour.attempts).toBe(inHour.length);
    expect(seen.lastHour.succeeded).toBe(inHour.filter((r) => r.succeeded).length);
    expect(seen.lastDay.attempts).toBe(inDay.length);
    expect(seen.lastDay.succeeded).toBe(inDay.filter((r) => r.succeeded).length);
    for (const bucket of seen.lastDay.buckets) {
      const start = Date.parse(bucket.start);
      expect(bucket.attempts).toBe(inDay.filter((r) => r.sentAt.getTime() >= start && r.sentAt.getTime() < start + 15 * minute).length);
    }
    const durations = inHour.map((r) => r.durationMs);
    for (const [estimate, q] of [
      [seen.lastHour.p50DurationMs, 0.5],
      [seen.lastHour.p95DurationMs, 0.95],
    ] as const) {
      const exact = exactPercentile(durations, q);
      // Within its 20 %-wide bucket, so within 10 % of either end, plus a millisecond of rounding.
      expect(Math.abs(estimate! - exact), `q=${q}: ${estimate} vs ${exact}`).toBeLessThanOrEqual(exact * 0.2 + 1);
      expect(latencyBucket(estimate!)).toBeGreaterThanOrEqual(latencyBucket(exact) - 1);
      expect(latencyBucket(estimate!)).toBeLessThanOrEqual(latencyBucket(exact) + 1);
    }
  });

  it("lists disabled, circuit-open, failing and paused destinations, worst first, and not healthy ones", async () => {
    const app = await asNewOrganization(t, "Attention");
    const url = `${receiver.origin}/attention`;
    const healthy = await createDestination(app, { url, name: "Healthy" });
    const paused = await createDestination(app, { url, name: "Paused" });
    const disabled = await createDestination(app, { url, name: "Disabled" });
    const open = await createDestination(app, { url, name: "Circuit open" });
    const prisma = t.app.runtime.prisma;
    await prisma.destination.update({ where: { id: paused }, data: { state: "PAUSED" } });
    await prisma.destination.update({
      where: { id: disabled },
      data: { state: "DISABLED", disabledReason: "410 Gone", consecutiveFailures: 1 },
    });
    await prisma.destination.update({
      where: { id: open },
      data: { consecutiveFailures: 12, circuitOpenUntil: new Date(clock.now().getTime() + minute), circuitOpenedAt: clock.now() },
    });
    const seen = (await overview(app.adminToken)).destinationsNeedingAttention;
    expect(seen.totalCount).toBe(3);
    expect(seen.edges.map((e) => [e.node.name, e.node.attentionReasons])).toEqual([
      ["Disabled", ["DISABLED", "FAILING"]],
      ["Paused", ["PAUSED"]],
      ["Circuit open", ["CIRCUIT_OPEN", "FAILING"]],
    ]);
    expect(seen.edges.map((e) => e.node.id)).not.toContain(healthy);
  });

  it("is per organization and open to viewers", async () => {
    const app = await asNewOrganization(t, "Quiet");
    const viewer = await commandLineToken(t, app.organizationId, { name: "Quiet viewer", role: "VIEWER" });
    const seen = await overview(viewer.secret);
    expect(seen.lastHour.attempts).toBe(0);
    expect(seen.lastHour.successRate).toBeNull();
    expect(seen.lastHour.p50DurationMs).toBeNull();
    expect(seen.lastDay.attempts).toBe(0);
    expect(seen.backlog).toMatchObject({ dueNow: 0, heldBack: 0, scheduled: 0, sending: 0, oldestDueAt: null });
    expect(seen.destinationsNeedingAttention.totalCount).toBe(0);
    const anonymous = await t.graphql(OverviewQuery, undefined, { token: null });
    expect(anonymous.status).toBe(401);
  });
});
