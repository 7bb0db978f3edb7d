// Throughput, end to end: with the worker running, publish N events through
// the publishEvents mutation in batches, and time from the first call until
// the sink has received all N. The ceiling: raw HTTP at the worker's
// concurrency, measured just before and just after (Switchyard stopped).
// The signed variant puts a STANDARD_WEBHOOKS credential on every
// destination, so each request is signed (and its secret decrypted).
import type { Scenario } from "../lib/scenario.ts";
import { figure } from "../lib/report.ts";
import { summarize } from "../lib/latency.ts";
import { checkArrivals, prepareWorkload, publishInBatches, settle, warmUp } from "../lib/workload.ts";

function throughput(signed: boolean): Scenario {
  return {
    name: signed ? "throughput-signed" : "throughput",
    title: `Deliveries/s end to end${signed ? ", signed (Standard Webhooks)" : ""}`,
    async run(context) {
      const { options, sink } = context;
      const before = await context.measureCeiling("before");
      const sy = await context.startSwitchyard();
      const workload = await prepareWorkload(context, sy, { credential: signed ? "STANDARD_WEBHOOKS" : undefined });
      await warmUp(context, sy, workload, Math.min(options.events, options.quick ? 5 : 200));

      context.log(`publishing ${options.events} events in batches of ${options.batch}, worker running`);
      const published = await publishInBatches(sy, workload, options.events, options.batch);
      await sink.waitFor(options.events);
      const arrivals = await sink.arrivals();
      const sanity = checkArrivals(published.ids, arrivals);
      const settled = await settle(sy);
      await sy.stop();
      const after = await context.measureCeiling("after");

      const seconds = (arrivals.last - published.started) / 1000;
      const publishSeconds = (published.finished - published.started) / 1000;
      const ceilingLabel = `raw HTTP requests/s, ${context.worker.concurrency} at a time`;
      return {
        parameters: {
          events: options.events,
          batch: options.batch,
          destinations: context.destinations,
          bodyBytes: options.bodyBytes,
          signed,
        },
        figures: [
          figure({
            key: "deliveries_per_second",
            label: `deliveries/s end to end${signed ? ", signed" : ""} (${options.events} events)`,
            unit: "/s",
            better: "higher",
            switchyard: options.events / seconds,
            ceilingLabel,
            ceilingSamples: [before.perSecond, after.perSecond],
          }),
          ...(signed
            ? []
            : [
                figure({
                  key: "published_per_second_while_delivering",
                  label: `events accepted/s while delivering (publishEvents, ${options.batch} a call)`,
                  unit: "/s",
                  better: "higher",
                  switchyard: options.events / publishSeconds,
                  ceilingLabel,
                  ceilingSamples: [before.perSecond, after.perSecond],
                }),
              ]),
        ],
        details: {
          seconds,
          publishSeconds,
          publishCallMs: summarize(published.callMs),
          ...sanity,
          ...settled,
        },
      };
    },
  };
}

export const throughputScenario = throughput(false);
export const signedThroughputScenario = throughput(true);
