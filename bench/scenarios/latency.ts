// Latency: events published one at a time (the publishEvent mutation) at a
// modest steady rate, open loop (a slow call does not delay the next), each
// timed from the start of its publish call until the sink has the request.
// The ceiling runs interleaved with it, in the same seconds: between two
// events, one raw HTTP POST of the same body to the same sink (from the
// ceiling's own process), timed from its start until the sink has it.
import type { Scenario } from "../lib/scenario.ts";
import { figure } from "../lib/report.ts";
import { monotonicMs, paced } from "../lib/clock.ts";
import { latenciesOf, summarize } from "../lib/latency.ts";
import { checkArrivals, prepareWorkload, settle, warmUp } from "../lib/workload.ts";
import { publishOne } from "../lib/switchyard.ts";

export const latencyScenario: Scenario = {
  name: "latency",
  title: "Latency, publish call → received",
  async run(context) {
    const { options, sink } = context;
    const sy = await context.startSwitchyard();
    const workload = await prepareWorkload(context, sy);
    await warmUp(context, sy, workload, options.quick ? 3 : 20);
    await context.ceiling.paced(5, 100);
    await sink.reset();

    context.log(`publishing ${options.latencyEvents} events one at a time at ${options.latencyRate}/s, a raw POST between each two`);
    const interval = 1000 / options.latencyRate;
    const published = new Map<string, number>();
    const callMs: number[] = [];
    const [, raw] = await Promise.all([
      paced(options.latencyEvents, options.latencyRate, async (seq) => {
        const started = monotonicMs();
        const id = await publishOne(sy, workload.event(seq));
        callMs.push(monotonicMs() - started);
        published.set(id, started);
      }),
      context.ceiling.paced(options.latencyEvents, options.latencyRate, interval / 2),
    ]);
    await sink.waitFor(options.latencyEvents * 2);
    const arrivals = await sink.arrivals();
    const sanity = checkArrivals([...published.keys(), ...raw.keys()], arrivals);
    const switchyard = summarize(latenciesOf(published, arrivals.byId).latencies);
    const ceiling = summarize(latenciesOf(raw, arrivals.byId).latencies);
    const settled = await settle(sy);

    const ceilingLabel = `raw HTTP POST, same rate, interleaved`;
    const percentile = (p: "p50" | "p95" | "p99") =>
      figure({
        key: `latency_${p}_ms`,
        label: `latency ${p}, publish call → received (${options.latencyRate} events/s)`,
        unit: "ms",
        better: "lower",
        switchyard: switchyard[p],
        ceilingLabel,
        ceilingSamples: [ceiling[p]],
      });
    return {
      parameters: {
        events: options.latencyEvents,
        ratePerSecond: options.latencyRate,
        destinations: context.destinations,
        bodyBytes: options.bodyBytes,
      },
      figures: [percentile("p50"), percentile("p95"), percentile("p99")],
      details: { switchyard, ceiling, publishCallMs: summarize(callMs), ...sanity, ...settled },
    };
  },
};
