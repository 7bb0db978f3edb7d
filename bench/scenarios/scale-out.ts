// Scale-out: one `--role api` process and 1, then 2, `--role worker`
// processes on the same PostgreSQL database and Redis, as an operator runs
// them. Each count gets fresh processes and a fresh database: the api alone
// takes a backlog (publishEvents, 500 a call, over HTTP), then the workers
// start and deliver it. Deliveries/s is taken between the 10th and the 90th
// percentile of arrivals, so the workers' start and the last stragglers do
// not count. The sink counts webhook-ids (the event id) that arrived twice:
// two workers must never deliver the same claim. The ceiling: raw HTTP at the
// worker's concurrency, before and after; and for the ratio, one worker.
import { checkArrivals, prepareWorkload, publishInBatches } from "../lib/workload.ts";
import { figure } from "../lib/report.ts";
import type { Scenario, ScenarioContext } from "../lib/scenario.ts";

interface WorkerRun {
  workers: number;
  events: number;
  /** Between the 10th and 90th percentile of arrivals. */
  deliveriesPerSecond: number;
  /** From the first arrival to the last. */
  firstToLastPerSecond: number;
  publishSeconds: number;
  duplicates: number;
  unparsed: number;
  received: number;
}

async function deliverBacklog(context: ScenarioContext, workers: number): Promise<WorkerRun> {
  const { options, sink } = context;
  const sy = await context.startSwitchyardProcess({
    role: "api",
    redis: true,
    // The backlog is built on purpose, before any worker runs: the organization's intake bound would refuse most of it.
    env: { SWITCHYARD_INTAKE_MAX_BACKLOG_PER_ORGANIZATION: "0" },
  });
  const workload = await prepareWorkload(context, sy);
  await sink.reset();
  context.log(`${workers} worker process(es): publishing a backlog of ${options.scaleEvents} events, ${options.batch} a call`);
  const published = await publishInBatches(sy, workload, options.scaleEvents, options.batch);
  await Promise.all(Array.from({ length: workers }, () => sy.addWorker()));
  await sink.waitFor(options.scaleEvents);
  // A duplicate would come late: give the workers a moment to send anything more before counting.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const arrivals = await sink.arrivals();
  const sanity = checkArrivals(published.ids, arrivals);
  await sy.stop();
  const times = [...arrivals.byId.values()].sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * (times.length - 1)))];
  const middle = (at(0.9) - at(0.1)) / 1000;
  const run: WorkerRun = {
    workers,
    events: options.scaleEvents,
    deliveriesPerSecond: middle > 0 ? (0.8 * times.length) / middle : times.length / Math.max(0.001, (times.at(-1)! - times[0]) / 1000),
    firstToLastPerSecond: times.length / Math.max(0.001, (times.at(-1)! - times[0]) / 1000),
    publishSeconds: (published.finished - published.started) / 1000,
    duplicates: sanity.duplicates,
    unparsed: sanity.unparsed,
    received: sanity.received,
  };
  context.log(
    `${workers} worker process(es): ${Math.round(run.deliveriesPerSecond)} deliveries/s (first to last ${Math.round(run.firstToLastPerSecond)}/s), ${run.duplicates} duplicate webhook-ids`,
  );
  return run;
}

export const scaleOutScenario: Scenario = {
  name: "scale-out",
  title: "Scale-out: an api process and 1, then 2, worker processes (PostgreSQL + Redis)",
  skip(target, options) {
    if (target.name !== "postgres") return "worker processes share a PostgreSQL database; the embedded one belongs to one process";
    if (!options.redisUrl) return "separate api and worker processes need REDIS_URL";
    return undefined;
  },
  async run(context) {
    const { options } = context;
    const before = await context.measureCeiling("before");
    const one = await deliverBacklog(context, 1);
    const two = await deliverBacklog(context, 2);
    const after = await context.measureCeiling("after");
    const ceilingLabel = `raw HTTP requests/s, ${context.worker.concurrency} at a time`;
    const label = (workers: number) =>
      `deliveries/s, api + ${workers} worker process${workers === 1 ? "" : "es"} (backlog of ${options.scaleEvents}, middle 80 %)`;
    return {
      parameters: { events: options.scaleEvents, batch: options.batch, destinations: context.destinations, workers: [1, 2] },
      figures: [
        figure({
          key: "scale_out_1_worker_deliveries_per_second",
          label: label(1),
          unit: "/s",
          better: "higher",
          switchyard: one.deliveriesPerSecond,
          ceilingLabel,
          ceilingSamples: [before.perSecond, after.perSecond],
        }),
        figure({
          key: "scale_out_2_workers_deliveries_per_second",
          label: label(2),
          unit: "/s",
          better: "higher",
          switchyard: two.deliveriesPerSecond,
          ceilingLabel,
          ceilingSamples: [before.perSecond, after.perSecond],
        }),
        figure({
          key: "scale_out_2_vs_1_worker",
          label: "deliveries/s with 2 worker processes against 1 (goal: 1.4 times)",
          unit: "/s",
          better: "higher",
          switchyard: two.deliveriesPerSecond,
          ceilingLabel: "deliveries/s with 1 worker process, same run",
          ceilingSamples: [one.deliveriesPerSecond],
          goal: 1.4 * one.deliveriesPerSecond,
        }),
      ],
      details: { runs: [one, two], duplicates: one.duplicates + two.duplicates, unparsed: one.unparsed + two.unparsed },
    };
  },
};
