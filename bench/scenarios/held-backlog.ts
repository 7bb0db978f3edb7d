// Held backlog: how one organization fares while another has a large backlog
// the worker cannot send now. The other organization ("A") has a paused
// destination with many due deliveries (written straight into the database,
// as a long pause of a busy destination would leave them, older than anything
// else). The measured organization ("B") publishes one event at a time at a
// steady rate, open loop, each timed from its publish call until the sink has
// it. The same is measured first without A's backlog, on the same Switchyard:
// that run is the ceiling. (Claims once walked every due delivery oldest
// first, reading such a backlog row by row at each claim.)
import { monotonicMs, paced } from "../lib/clock.ts";
import { latenciesOf, summarize, type LatencySummary } from "../lib/latency.ts";
import { figure, formatValue } from "../lib/report.ts";
import type { Scenario, ScenarioContext } from "../lib/scenario.ts";
import { addOrganization, createFanOut, publishBatch, publishOne, type BenchApp, type GraphQLClient } from "../lib/switchyard.ts";
import { prepareWorkload, waitForSink, warmUp, type Workload } from "../lib/workload.ts";

/** Another organization's held backlog should cost this one at most this much at p99, publish → received. */
const GOAL_P99_MS = 250;

interface HeldRun {
  /** A's held deliveries (0: the run without them). */
  held: number;
  published: number;
  arrived: number;
  latency: LatencySummary;
}

export const heldBacklogScenario: Scenario = {
  name: "held-backlog",
  title: "Latency of one organization while another has a large backlog on a paused destination",
  async run(context) {
    const { options } = context;
    const sy = await context.startSwitchyard();
    const workload = await prepareWorkload(context, sy, { destinations: 1 });
    const other = await addOrganization(sy, "Held backlog");
    await warmUp(context, sy, workload, options.quick ? 3 : 50);

    const baseline = await measure(context, sy, workload, 0);
    const seededMs = await seedBacklog(context, sy, other, options.heldBacklog);
    context.log(`${options.heldBacklog} due deliveries of a paused destination written in ${formatValue(seededMs, "ms")}`);
    const loaded = await measure(context, sy, workload, options.heldBacklog);
    const rate = `${options.noisyRate} events/s`;
    return {
      parameters: {
        heldDeliveries: options.heldBacklog,
        events: options.noisyEvents,
        ratePerSecond: options.noisyRate,
        goalP99Ms: GOAL_P99_MS,
      },
      figures: [
        figure({
          key: "held_backlog_p99_ms",
          label: `held backlog p99, publish call → received, beside another organization's ${options.heldBacklog} due deliveries to a paused destination (${rate}; ceiling: the same without them)`,
          unit: "ms",
          better: "lower",
          switchyard: loaded.latency.p99,
          ceilingLabel: "the same events without the other organization's backlog, same Switchyard",
          ceilingSamples: [baseline.latency.p99],
          goal: GOAL_P99_MS,
          ...(loaded.arrived < loaded.published && { atLeast: true }),
        }),
      ],
      details: { runs: [baseline, loaded], seededMs },
    };
  },
};

/** Pauses a destination of `other`'s and writes `count` due deliveries to it, older than anything B publishes. */
async function seedBacklog(context: ScenarioContext, sy: BenchApp, other: GraphQLClient, count: number): Promise<number> {
  const started = monotonicMs();
  const { eventType, destinationIds } = await createFanOut(other, { origin: context.sink.origin, count: 1, prefix: "held" });
  const prisma = sy.app.runtime.prisma;
  await prisma.destination.update({ where: { id: destinationIds[0] }, data: { state: "PAUSED" } });
  const [eventId] = await publishBatch(other, [{ type: eventType, payload: { held: true } }]);
  const delivery = await prisma.delivery.findFirstOrThrow({ where: { eventId } });
  await prisma.$executeRaw`
    INSERT INTO "Delivery" (id, "organizationId", "eventId", "webhookId", "destinationId", "eventType", status, "nextAttemptAt", "createdAt", "updatedAt", "retrySchedule")
    SELECT ${delivery.id} || '_' || g, ${delivery.organizationId}, ${delivery.eventId}, ${delivery.webhookId}, ${delivery.destinationId},
      ${delivery.eventType}, 'SCHEDULED', now() - interval '1 hour' + g * interval '1 ms', now(), now(), ${delivery.retrySchedule}
    FROM generate_series(1, ${count}::int) g`;
  await prisma.$executeRaw`ANALYZE "Delivery"`;
  return monotonicMs() - started;
}

async function measure(context: ScenarioContext, sy: BenchApp, workload: Workload, held: number): Promise<HeldRun> {
  const { options, sink } = context;
  await sink.reset();
  const count = options.noisyEvents;
  context.log(`${held === 0 ? "without" : `beside ${held}`} held deliveries: ${count} events one at a time at ${options.noisyRate}/s`);
  const published = new Map<string, number>();
  await paced(count, options.noisyRate, async (seq) => {
    const started = monotonicMs();
    published.set(await publishOne(sy, workload.event(seq)), started);
  });
  await waitForSink(sink, count, options.noisyWaitSeconds * 1000);
  const { latencies, missing } = latenciesOf(published, (await sink.arrivals()).byId);
  const run: HeldRun = { held, published: published.size, arrived: published.size - missing, latency: summarize(latencies) };
  context.log(`beside ${held} held: p99 ${formatValue(run.latency.p99, "ms")} publish → received (${run.arrived} of ${run.published})`);
  return run;
}
