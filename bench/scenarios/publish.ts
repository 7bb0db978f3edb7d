// Publishing alone: how many events/s the publishEvents mutation accepts
// (validated, stored, fanned out to deliveries, committed) with no worker
// competing for the database. The ceiling: raw HTTP requests/s to the sink,
// just before and just after; it says how this machine was doing at the time.
import type { Scenario } from "../lib/scenario.ts";
import { figure } from "../lib/report.ts";
import { summarize } from "../lib/latency.ts";
import { prepareWorkload, publishInBatches } from "../lib/workload.ts";

export const publishScenario: Scenario = {
  name: "publish",
  title: "Events accepted/s, publishing alone",
  async run(context) {
    const { options } = context;
    const before = await context.measureCeiling("before");
    const sy = await context.startSwitchyard({ startWorker: false });
    const workload = await prepareWorkload(context, sy);
    // Warm-up: the same calls, not counted (nothing is delivered in this scenario).
    await publishInBatches(sy, workload, Math.min(options.batch, options.publishEvents), options.batch, 1_000_000);

    context.log(`publishing ${options.publishEvents} events in batches of ${options.batch}, worker stopped`);
    const published = await publishInBatches(sy, workload, options.publishEvents, options.batch);
    const deliveries = await sy.app.runtime.prisma.delivery.count({ where: { eventId: { in: published.ids } } });
    await sy.stop();
    const after = await context.measureCeiling("after");

    const seconds = (published.finished - published.started) / 1000;
    return {
      parameters: { events: options.publishEvents, batch: options.batch, destinations: context.destinations, bodyBytes: options.bodyBytes },
      figures: [
        figure({
          key: "published_per_second",
          label: `events accepted/s, publishing alone (publishEvents, ${options.batch} a call)`,
          unit: "/s",
          better: "higher",
          switchyard: options.publishEvents / seconds,
          ceilingLabel: `raw HTTP requests/s, ${context.worker.concurrency} at a time`,
          ceilingSamples: [before.perSecond, after.perSecond],
        }),
      ],
      details: { seconds, publishCallMs: summarize(published.callMs), deliveriesCreated: deliveries },
    };
  },
};
