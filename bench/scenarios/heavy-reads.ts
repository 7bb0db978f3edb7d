// Heavy reads: how one organization fares while another reads its large
// history as expensively as the API lets it. The other organization ("A")
// has a history of many attempts (written straight into the database, as
// 30 days of traffic would leave them) and keeps `readers` requests going at
// once, each a case-insensitive search over all of it with its totalCount.
// Meanwhile the measured organization ("B") publishes one event at a time at
// a steady rate, open loop, each timed from its publish call until the sink
// has it, and reads its destinations ten times a second. The same is measured
// first without A's reads, on the same Switchyard: that run is the ceiling.
// PostgreSQL only: the embedded database runs one statement at a time and
// cannot cancel one, so there a heavy read delays everyone by its length.
import { monotonicMs, paced, sleep } from "../lib/clock.ts";
import { latenciesOf, summarize, type LatencySummary } from "../lib/latency.ts";
import { figure, formatValue } from "../lib/report.ts";
import type { Scenario, ScenarioContext } from "../lib/scenario.ts";
import { addOrganization, createFanOut, publishBatch, publishOne, type BenchApp, type GraphQLClient } from "../lib/switchyard.ts";
import { prepareWorkload, waitForSink, warmUp, type Workload } from "../lib/workload.ts";

/** Another organization's heaviest reads should cost this one at most this much at p99, publish → received. */
const GOAL_P99_MS = 250;
const READS_PER_SECOND = 10;

interface ReadsRun {
  /** A's readers at once (0: the run without them). */
  readers: number;
  published: number;
  arrived: number;
  /** B: publish call → received, and its own reads. */
  latency: LatencySummary;
  reads: LatencySummary;
  failedReads: number;
  /** A's reads: answered, refused (RATE_LIMITED: its share busy), cancelled (QUERY_TIMEOUT), and how long the answered took. */
  heavy?: { answered: number; refused: number; timedOut: number; otherErrors: number; durationMs: LatencySummary };
}

export const heavyReadsScenario: Scenario = {
  name: "heavy-reads",
  title: "Latency of one organization while another reads its large history",
  skip: (target) =>
    target.name === "embedded"
      ? "the embedded database runs one statement at a time and cannot cancel one: a heavy read delays everyone by its length there"
      : undefined,
  async run(context) {
    const { options } = context;
    const sy = await context.startSwitchyard();
    const workload = await prepareWorkload(context, sy, { destinations: 1 });
    const heavy = await addOrganization(sy, "Heavy reader");
    const seededMs = await seedHistory(context, sy, heavy, options.heavyHistory);
    const single = await timedSearch(heavy);
    // After the seeding, so that the database has its plans and pages of this organization's work again.
    await warmUp(context, sy, workload, options.quick ? 3 : 50);
    context.log(
      `${options.heavyHistory} attempts written in ${formatValue(seededMs, "ms")}; one search with totalCount over them: ${formatValue(single, "ms")}`,
    );

    const baseline = await measure(context, sy, workload, heavy, 0);
    const loaded = await measure(context, sy, workload, heavy, options.heavyReaders);
    const rate = `${options.noisyRate} events/s`;
    const others = `another organization's ${options.heavyReaders} searches over ${options.heavyHistory} attempts at once`;
    return {
      parameters: {
        historyAttempts: options.heavyHistory,
        readers: options.heavyReaders,
        seconds: options.heavySeconds,
        ratePerSecond: options.noisyRate,
        readsPerSecond: READS_PER_SECOND,
        goalP99Ms: GOAL_P99_MS,
        singleSearchMs: single,
      },
      figures: [
        figure({
          key: "heavy_reads_p99_ms",
          label: `heavy reads p99, publish call → received, with ${others} (${rate}; ceiling: the same without them)`,
          unit: "ms",
          better: "lower",
          switchyard: loaded.latency.p99,
          ceilingLabel: "the same events without the other organization's reads, same Switchyard",
          ceilingSamples: [baseline.latency.p99],
          goal: GOAL_P99_MS,
          ...(loaded.arrived < loaded.published && { atLeast: true }),
        }),
        figure({
          key: "heavy_reads_own_read_p99_ms",
          label: `heavy reads p99 of the organization's own reads (destinations with totalCount, ${READS_PER_SECOND}/s), with ${others}`,
          unit: "ms",
          better: "lower",
          switchyard: loaded.reads.p99,
          ceilingLabel: "the same reads without the other organization's, same Switchyard",
          ceilingSamples: [baseline.reads.p99],
        }),
      ],
      details: { runs: [baseline, loaded] },
    };
  },
};

const SEED_CHUNK = 100_000;

/** Writes `attempts` attempts of one delivery of `heavy`'s straight into the database (the API would take hours), as overview.ts does. */
async function seedHistory(context: ScenarioContext, sy: BenchApp, heavy: GraphQLClient, attempts: number): Promise<number> {
  const started = monotonicMs();
  const { eventType } = await createFanOut(heavy, { origin: context.sink.origin, count: 1, prefix: "heavy" });
  const [eventId] = await publishBatch(heavy, [{ type: eventType, payload: { history: true } }]);
  const prisma = sy.app.runtime.prisma;
  const delivery = await prisma.delivery.findFirstOrThrow({ where: { eventId } });
  const now = new Date();
  for (let from = 0; from < attempts; from += SEED_CHUNK) {
    const to = Math.min(attempts, from + SEED_CHUNK) - 1;
    await prisma.$executeRaw`
      INSERT INTO "Attempt" ("id", "organizationId", "deliveryId", "destinationId", "eventId", "number", "trigger", "succeeded",
        "sentAt", "durationMs", "url", "requestHeaders", "responseStatus")
      SELECT 'att_heavy' || g, ${delivery.organizationId}, ${delivery.id}, ${delivery.destinationId}, ${delivery.eventId}, 1, 'SCHEDULED',
        true, ${now}::timestamptz - g * interval '1 second', 20, 'https://receiver.example/hooks/' || g, '{}'::jsonb, 200
      FROM generate_series(${from}::int, ${to}::int) g`;
  }
  // Now rather than by autovacuum and the checkpointer while the organization is measured.
  await prisma.$executeRaw`VACUUM ANALYZE "Attempt"`;
  await prisma.$executeRaw`CHECKPOINT`;
  return monotonicMs() - started;
}

const SEARCH = `query($search: String!) { deliveryAttempts(filter: { search: $search }, first: 20) { totalCount } }`;

async function timedSearch(client: GraphQLClient): Promise<number> {
  const started = monotonicMs();
  await client.graphql(SEARCH, { search: "no-such-receiver" });
  return monotonicMs() - started;
}

async function measure(
  context: ScenarioContext,
  sy: BenchApp,
  workload: Workload,
  heavy: GraphQLClient,
  readers: number,
): Promise<ReadsRun> {
  const { options, sink } = context;
  await sink.reset();
  const count = Math.max(1, Math.round(options.noisyRate * options.heavySeconds));

  // A's readers, each sending its next search as soon as the last is answered, until B is done.
  let stop = false;
  const heavyOutcome = { answered: 0, refused: 0, timedOut: 0, otherErrors: 0, durations: [] as number[] };
  const readerLoops = Array.from({ length: readers }, async () => {
    while (!stop) {
      const started = monotonicMs();
      try {
        await heavy.graphql(SEARCH, { search: "no-such-receiver" });
        heavyOutcome.answered += 1;
        heavyOutcome.durations.push(monotonicMs() - started);
      } catch (error) {
        const message = String(error);
        if (message.includes("RATE_LIMITED")) heavyOutcome.refused += 1;
        else if (message.includes("QUERY_TIMEOUT")) heavyOutcome.timedOut += 1;
        else heavyOutcome.otherErrors += 1;
        // As a client told to come back later would.
        if (message.includes("RATE_LIMITED")) await sleep(1000);
      }
    }
  });
  // The readers have their statements running before B starts.
  if (readers > 0) await sleep(1000);

  context.log(
    readers === 0
      ? `without the other organization: ${count} events one at a time at ${options.noisyRate}/s, ${READS_PER_SECOND} reads/s`
      : `with ${readers} searches of the other organization at once: ${count} events at ${options.noisyRate}/s, ${READS_PER_SECOND} reads/s`,
  );
  const published = new Map<string, number>();
  const readMs: number[] = [];
  let failedReads = 0;
  await Promise.all([
    paced(count, options.noisyRate, async (seq) => {
      const started = monotonicMs();
      published.set(await publishOne(sy, workload.event(seq)), started);
    }),
    paced(Math.round(READS_PER_SECOND * options.heavySeconds), READS_PER_SECOND, async () => {
      const started = monotonicMs();
      try {
        await sy.graphql(`{ destinations { totalCount } }`);
        readMs.push(monotonicMs() - started);
      } catch {
        failedReads += 1;
      }
    }),
  ]);
  await waitForSink(sink, count, options.noisyWaitSeconds * 1000);
  stop = true;
  await Promise.all(readerLoops);

  const arrivals = await sink.arrivals();
  const { latencies, missing } = latenciesOf(published, arrivals.byId);
  const run: ReadsRun = {
    readers,
    published: published.size,
    arrived: published.size - missing,
    latency: summarize(latencies),
    reads: summarize(readMs),
    failedReads,
    ...(readers > 0 && {
      heavy: {
        answered: heavyOutcome.answered,
        refused: heavyOutcome.refused,
        timedOut: heavyOutcome.timedOut,
        otherErrors: heavyOutcome.otherErrors,
        durationMs: summarize(heavyOutcome.durations),
      },
    }),
  };
  context.log(
    `${readers} heavy readers: p99 ${formatValue(run.latency.p99, "ms")} publish → received (${run.arrived} of ${run.published}), ` +
      `own reads p99 ${formatValue(run.reads.p99, "ms")}` +
      (run.heavy
        ? `; their searches: ${run.heavy.answered} answered (p50 ${formatValue(run.heavy.durationMs.p50, "ms")}), ${run.heavy.refused} refused, ${run.heavy.timedOut} cancelled`
        : ""),
  );
  return run;
}
