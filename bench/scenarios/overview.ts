// The overview query on a large history: millions of attempts seeded
// straight into the database (spread over the last 7 days, one in twenty
// failed, as many due deliveries as the backlog count's limit and more),
// then the dashboard's overview query asked again and again, one at a time.
// The ceiling: the smallest query there is (`viewer`), on the same
// Switchyard, interleaved with it: what a round trip costs that reads nothing.
import type { Scenario } from "../lib/scenario.ts";
import { figure } from "../lib/report.ts";
import { monotonicMs } from "../lib/clock.ts";
import { summarize } from "../lib/latency.ts";
import { prepareWorkload } from "../lib/workload.ts";
import { publishOne } from "../lib/switchyard.ts";

// What the dashboard's overview page asks for (client/src/pages/overview/overview-page.tsx).
const overviewQuery = `{
  overview {
    generatedAt
    lastHour { attempts succeeded successRate attemptsPerMinute p50DurationMs p95DurationMs buckets { start attempts succeeded p50DurationMs p95DurationMs } }
    lastDay { attempts succeeded successRate attemptsPerMinute p50DurationMs p95DurationMs buckets { start attempts succeeded p50DurationMs p95DurationMs } }
    backlog { dueNow heldBack scheduled sending countLimit lagSeconds }
    destinationsNeedingAttention(first: 50) { totalCount edges { node { id name url attentionReasons consecutiveFailures lastSuccessAt disabledReason } } }
  }
}`;

const SEED_CHUNK = 100_000;
const DAYS = 7;

export const overviewScenario: Scenario = {
  name: "overview",
  title: "Overview query on a large history",
  async run(context) {
    const { options } = context;
    const sy = await context.startSwitchyard({ startWorker: false });
    const workload = await prepareWorkload(context, sy);
    const eventId = await publishOne(sy, workload.event(0));
    const prisma = sy.app.runtime.prisma;
    const delivery = await prisma.delivery.findFirstOrThrow({ where: { eventId } });

    const attempts = options.overviewAttempts;
    const due = Math.max(50, Math.round(attempts / 100));
    context.log(`seeding ${attempts} attempts over ${DAYS} days and ${due} due deliveries`);
    const seedStarted = monotonicMs();
    const now = new Date();
    for (let from = 0; from < attempts; from += SEED_CHUNK) {
      const to = Math.min(attempts, from + SEED_CHUNK) - 1;
      // One statement per chunk, as the worker's group commit writes them (the per-minute trigger runs once per statement).
      await prisma.$executeRaw`
        INSERT INTO "Attempt" ("id", "organizationId", "deliveryId", "destinationId", "eventId", "number", "trigger", "succeeded",
          "sentAt", "durationMs", "url", "requestHeaders")
        SELECT 'att_bench' || g, ${delivery.organizationId}, ${delivery.id}, ${delivery.destinationId}, ${delivery.eventId}, 1, 'SCHEDULED',
          g % 20 <> 0, ${now}::timestamptz - ((g::bigint * 7919) % ${DAYS * 86_400_000}) * interval '1 millisecond', 5 + ((g::bigint * 104729) % 2000)::int,
          'https://bench.invalid/overview', '{}'::jsonb
        FROM generate_series(${from}::int, ${to}::int) g`;
    }
    await prisma.$executeRaw`
      INSERT INTO "Delivery" ("id", "organizationId", "eventId", "webhookId", "destinationId", "eventType", "status", "retrySchedule",
        "nextAttemptAt", "createdAt", "updatedAt")
      SELECT 'dlv_bench' || g, d."organizationId", d."eventId", d."webhookId", d."destinationId", d."eventType", 'SCHEDULED', d."retrySchedule",
        ${now}::timestamptz - g * interval '1 second', ${now}, ${now}
      FROM "Delivery" d, generate_series(1, ${due}::int) g WHERE d.id = ${delivery.id}`;
    await prisma.$executeRaw`ANALYZE`;
    const seedSeconds = (monotonicMs() - seedStarted) / 1000;

    // Warm-up, then the query and the ceiling one after the other.
    for (let i = 0; i < 2; i++) await sy.graphql(overviewQuery);
    context.log(`asking for the overview ${options.overviewQueries} times, a viewer query between each two`);
    const overviewMs: number[] = [];
    const viewerMs: number[] = [];
    let last: { overview: { lastDay: { attempts: number }; backlog: { dueNow: number } } } | undefined;
    for (let i = 0; i < options.overviewQueries; i++) {
      let started = monotonicMs();
      last = await sy.graphql(overviewQuery);
      overviewMs.push(monotonicMs() - started);
      started = monotonicMs();
      await sy.graphql(`{ viewer { tokenName } }`);
      viewerMs.push(monotonicMs() - started);
    }
    await sy.stop();

    const switchyard = summarize(overviewMs);
    const ceiling = summarize(viewerMs);
    const percentile = (p: "p50" | "p95") =>
      figure({
        key: `overview_${p}_ms`,
        label: `overview query ${p}, ${attempts.toLocaleString("en")} attempts in history`,
        unit: "ms",
        better: "lower",
        switchyard: switchyard[p],
        ceilingLabel: "the viewer query, same Switchyard, interleaved",
        ceilingSamples: [ceiling[p]],
      });
    return {
      parameters: { attempts, days: DAYS, dueDeliveries: due, queries: options.overviewQueries },
      figures: [percentile("p50"), percentile("p95")],
      details: {
        seedSeconds,
        switchyard,
        ceiling,
        attemptsInLastDay: last?.overview.lastDay.attempts,
        dueNow: last?.overview.backlog.dueNow,
      },
    };
  },
};
