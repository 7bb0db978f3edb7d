// Noisy neighbour: how late one organization's events arrive while another
// organization's destinations hang. The healthy organization (the first one,
// "B") publishes events one at a time to one destination (the sink) at a
// modest steady rate, open loop, each timed from the start of its publish
// call until the sink has it, as in the latency scenario. Just before, the
// other organization ("A") published events fanned out to N destinations
// whose receiver takes every request and never answers. One run without A,
// then one per N, each on a Switchyard of its own: the run without A is the
// ceiling of the runs with it. Raw HTTP POSTs interleaved with B's events,
// as in the latency scenario, are the ceiling of the run without.
import { monotonicMs, paced, sleep } from "../lib/clock.ts";
import { startHangingReceiver, type HangingReceiver } from "../lib/hanging-receiver.ts";
import { latenciesOf, summarize, type LatencySummary } from "../lib/latency.ts";
import { figure, formatValue } from "../lib/report.ts";
import type { Scenario, ScenarioContext } from "../lib/scenario.ts";
import { addOrganization, createFanOut, publishBatch, publishOne } from "../lib/switchyard.ts";
import { checkArrivals, prepareWorkload, waitForSink, warmUp } from "../lib/workload.ts";

/** One organization's hanging receivers should cost another at most this much at p99. */
const GOAL_P99_MS = 1000;

interface NeighbourRun {
  /** A's hanging destinations (0: the run without A). */
  neighbours: number;
  /** B's events published, and how many the sink had when the run stopped waiting. */
  published: number;
  arrived: number;
  /** B's latency; an event still missing counts as late as the wait made it, so then the figures are lower bounds. */
  latency: LatencySummary;
  lowerBound: boolean;
  /** Raw HTTP POSTs to the sink, interleaved with B's events. */
  ceiling: LatencySummary;
  publishCallMs: LatencySummary;
  duplicates: number;
  /** A: deliveries it published (events × destinations), and its requests the hanging receiver held. */
  neighbourDeliveries: number;
  neighbourRequests?: { inFlightAtStart: number; inFlightAtEnd: number; received: number; connectionsAtEnd: number };
}

export const noisyNeighbourScenario: Scenario = {
  name: "noisy-neighbour",
  title: "Latency of one organization while another's destinations hang",
  async run(context) {
    const { options } = context;
    const receiver = await startHangingReceiver();
    const runs: NeighbourRun[] = [];
    try {
      for (const neighbours of [0, ...options.noisyNeighbours]) runs.push(await measure(context, receiver, neighbours));
    } finally {
      await receiver.close();
    }

    const [baseline, ...noisy] = runs;
    const rate = `${options.noisyRate} events/s`;
    const figures = [
      figure({
        key: "noisy_neighbour_p99_ms_n0",
        label: `noisy neighbour p99, publish call → received, no other organization (${rate})`,
        unit: "ms",
        better: "lower",
        switchyard: baseline.latency.p99,
        ceilingLabel: "raw HTTP POST, same rate, interleaved",
        ceilingSamples: [baseline.ceiling.p99],
        goal: GOAL_P99_MS,
      }),
      ...noisy.map((run) =>
        figure({
          key: `noisy_neighbour_p99_ms_n${run.neighbours}`,
          label: `noisy neighbour p99, publish call → received, another organization's ${run.neighbours} destinations hanging (${rate}; ceiling: the same without them)`,
          unit: "ms",
          better: "lower",
          switchyard: run.latency.p99,
          ceilingLabel: "the same events without the other organization, same benchmark run",
          ceilingSamples: [baseline.latency.p99],
          goal: GOAL_P99_MS,
          ...(run.lowerBound && { atLeast: true }),
        }),
      ),
    ];
    return {
      parameters: {
        events: options.noisyEvents,
        ratePerSecond: options.noisyRate,
        neighbours: [0, ...options.noisyNeighbours],
        neighbourEvents: options.noisyNeighbourEvents,
        neighbourTimeoutMs: options.noisyTimeoutMs,
        waitSeconds: options.noisyWaitSeconds,
        goalP99Ms: GOAL_P99_MS,
        bodyBytes: options.bodyBytes,
      },
      figures,
      details: { runs },
    };
  },
};

async function measure(context: ScenarioContext, receiver: HangingReceiver, neighbours: number): Promise<NeighbourRun> {
  const { options, sink } = context;
  const sy = await context.startSwitchyard();
  try {
    const workload = await prepareWorkload(context, sy, { destinations: 1 });
    await warmUp(context, sy, workload, options.quick ? 3 : 20);
    await context.ceiling.paced(5, 100);
    await sink.reset();

    let inFlightAtStart = 0;
    if (neighbours > 0) {
      const origin = await receiver.open();
      const neighbour = await addOrganization(sy, "Noisy neighbour");
      const fanOut = await createFanOut(neighbour, { origin, count: neighbours, prefix: "neighbour", timeoutMs: options.noisyTimeoutMs });
      const events = Array.from({ length: options.noisyNeighbourEvents }, (_, seq) => ({ type: fanOut.eventType, payload: { seq } }));
      await publishBatch(neighbour, events);
      inFlightAtStart = await hangingOnceSteady(receiver);
    }

    context.log(
      `${neighbours} hanging destination(s) of another organization (${inFlightAtStart} requests held): ` +
        `${options.noisyEvents} events one at a time at ${options.noisyRate}/s, a raw POST between each two`,
    );
    const published = new Map<string, number>();
    const callMs: number[] = [];
    const [, raw] = await Promise.all([
      paced(options.noisyEvents, options.noisyRate, async (seq) => {
        const started = monotonicMs();
        const id = await publishOne(sy, workload.event(seq));
        callMs.push(monotonicMs() - started);
        published.set(id, started);
      }),
      context.ceiling.paced(options.noisyEvents, options.noisyRate, 1000 / options.noisyRate / 2),
    ]);
    const stoppedWaiting = await waitForSink(sink, options.noisyEvents * 2, options.noisyWaitSeconds * 1000);
    const arrivals = await sink.arrivals();
    const end = await receiver.release();

    // The raw POSTs always arrive; without neighbours, so must every event.
    const { duplicates } = checkArrivals([...raw.keys(), ...(neighbours === 0 ? published.keys() : [])], arrivals);
    const { latencies, missing } = latenciesOf(published, arrivals.byId);
    for (const [id, started] of published) if (!arrivals.byId.has(id)) latencies.push(stoppedWaiting - started);
    const run: NeighbourRun = {
      neighbours,
      published: published.size,
      arrived: published.size - missing,
      latency: summarize(latencies),
      lowerBound: missing > 0,
      ceiling: summarize(latenciesOf(raw, arrivals.byId).latencies),
      publishCallMs: summarize(callMs),
      duplicates,
      neighbourDeliveries: neighbours * options.noisyNeighbourEvents,
      ...(neighbours > 0 && {
        neighbourRequests: { inFlightAtStart, inFlightAtEnd: end.hanging, received: end.received, connectionsAtEnd: end.connections },
      }),
    };
    context.log(
      `${neighbours} hanging: p99 ${run.lowerBound ? "≥ " : ""}${formatValue(run.latency.p99, "ms")}, ${run.arrived} of ${run.published} events arrived` +
        (neighbours > 0 ? `, ${end.hanging} of the other organization's requests in flight at the end` : ""),
    );
    return run;
  } finally {
    // Its connections closed first, so that Switchyard's stop does not wait on them; then no socket outlives the run.
    await receiver.release();
    await sy.stop();
  }
}

/** Waits until A's requests held by the receiver stop growing (at most 3 s): the neighbours hang before B publishes. */
async function hangingOnceSteady(receiver: HangingReceiver): Promise<number> {
  const started = monotonicMs();
  let last = -1;
  let since = started;
  for (;;) {
    const { hanging } = await receiver.stats();
    if (hanging !== last) {
      last = hanging;
      since = monotonicMs();
    } else if (hanging > 0 && monotonicMs() - since >= 300) return hanging;
    if (monotonicMs() - started >= 3000) return hanging;
    await sleep(50);
  }
}
