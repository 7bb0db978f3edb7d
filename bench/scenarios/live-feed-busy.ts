// The live feed while busy: 100 operators watch the dashboard's live feed
// while the engine delivers about 1,000 events/s. Events are published in
// batches (publishEvents) every 100 ms at that rate, for 15 s, after an
// uncounted ramp up to it (the subscriptions are opened on a quiet engine: the
// figure is the feed of an engine busy for a while, not its first seconds);
// every delivery records an attempt, and every attempt goes to every
// subscriber. Timed as
// in `live-feed`: from the worker publishing the committed attempt to the
// feed (stamped in Switchyard's process) to a graphql-ws subscriber (in its
// own process) having the item. The ceiling, interleaved in the same
// seconds: a bare WebSocket broadcast of the same size to as many plain
// clients, at the live-feed scenario's rate (10/s), so that it measures the
// machine and the subscribers' process as busy as they are, without adding
// much load of its own.
import { attemptTopic, type AttemptRecorded } from "../../server/live/live-events.ts";
import { monotonicMs, paced, sleep } from "../lib/clock.ts";
import { summarize } from "../lib/latency.ts";
import { figure } from "../lib/report.ts";
import type { Scenario } from "../lib/scenario.ts";
import { startBroadcast, startSubscribers } from "../lib/subscribers.ts";
import { publishBatch, publishOne } from "../lib/switchyard.ts";
import { checkArrivals, prepareWorkload, settle, warmUp } from "../lib/workload.ts";
import { FEED } from "./live-feed.ts";
import { RAMP_SHARES } from "./sustained.ts";

/** Issue 12's goal: p99 attempt recorded → received, with 100 subscribers while delivering 1,000/s. */
const GOAL_P99_MS = 50;

export const liveFeedBusyScenario: Scenario = {
  name: "live-feed-busy",
  title: "Live feed while delivering, attempt recorded → subscriber received",
  async run(context) {
    const { options, sink } = context;
    const count = options.busySubscribers;
    const sy = await context.startSwitchyard();
    if (!sy.app.url) throw new Error("Switchyard is not listening: the live feed needs its WebSocket endpoint");
    const workload = await prepareWorkload(context, sy);
    await warmUp(context, sy, workload, options.quick ? 3 : 200);

    const live = sy.app.runtime.live;
    const organization = await sy.app.runtime.prisma.organization.findFirstOrThrow();
    const recorded = new Map<string, number>();
    const tap = live.subscribe<AttemptRecorded>(attemptTopic(organization.id), { bufferSize: 10_000_000 });
    void (async () => {
      for await (const item of tap) recorded.set(item.value.attemptId, monotonicMs());
    })();
    const [subscribers, broadcast] = await Promise.all([startSubscribers(), startBroadcast()]);
    try {
      const before = live.stats().subscriptions;
      await subscribers.graphql(`${sy.app.url.replace(/^http/, "ws")}/graphql`, sy.adminToken, FEED, count);
      await subscribers.raw(broadcast.url, count);
      for (const started = monotonicMs(); live.stats().subscriptions !== before + count; await sleep(20))
        if (monotonicMs() - started > 10_000)
          throw new Error(`${live.stats().subscriptions - before} subscriptions open, expected ${count}`);

      // Warm-up through the feed (and the size of its messages), not counted.
      let seq = 0;
      for (let i = 0; i < 3; i++) await publishOne(sy, workload.event(seq++));
      const { graphql: warm } = await subscribers.collect(3 * count, 0);
      await sink.waitFor(3);
      await sink.reset();

      const measured = Math.max(1, Math.round(options.busyRate * options.busySeconds));
      const perBatch = Math.max(1, Math.round(options.busyRate / 10));
      // First an uncounted ramp (a second at each share, as `sustained` does), then the measured
      // seconds at the full rate, without a pause: a pause would refill the subscribers' shares of
      // the feed's budget and the measured seconds would open on that burst instead.
      const rampSeconds = options.quick ? 0.2 : 1;
      const ramp = RAMP_SHARES.flatMap((share) =>
        Array<number>(Math.round(10 * rampSeconds)).fill(Math.max(1, Math.round(perBatch * share))),
      );
      const batchSizes = [
        ...ramp,
        ...Array.from({ length: Math.ceil(measured / perBatch) }, (_, b) => Math.min(perBatch, measured - b * perBatch)),
      ];
      const events = batchSizes.reduce((sum, size) => sum + size, 0);
      const rampMs = ramp.length * 100;
      const broadcasts = Math.max(1, Math.round(options.liveRate * options.busySeconds));
      context.log(
        `${count} subscribers; publishing ${measured} events at ${options.busyRate}/s (${perBatch} every 100 ms) after a ${rampMs / 1000} s ramp (${RAMP_SHARES.join(", ")} of it, not counted), a broadcast every ${Math.round(1000 / options.liveRate)} ms`,
      );
      const sent = new Map<string, number>();
      const ids: string[] = [];
      const publishStarted = monotonicMs();
      const measuredFrom = publishStarted + rampMs;
      let arrivals: Awaited<ReturnType<typeof sink.arrivals>> | undefined;
      const [collected] = await Promise.all([
        subscribers.collect((events + 1) * count, broadcasts * count),
        (async () => {
          await paced(batchSizes.length, 10, async (b) => {
            const batch = Array.from({ length: batchSizes[b] }, () => workload.event(seq++));
            ids.push(...(await publishBatch(sy, batch)));
          });
          await sink.waitFor(events);
          arrivals = await sink.arrivals();
          // Items beyond a subscriber's share of the live feed's budget are dropped and announced on the
          // next item it is sent: one more event, once the shares have refilled, announces the last ones.
          await sleep(1000);
          await publishOne(sy, workload.event(seq++));
        })(),
        sleep(rampMs).then(() =>
          paced(broadcasts, options.liveRate, async (i) => {
            const id = `broadcast_${i}`;
            sent.set(id, broadcast.send(id, warm.sampleBytes));
          }),
        ),
      ]);
      await sink.waitFor(events + 1);
      if (!arrivals) throw new Error("the sink's arrivals were not taken");
      const sanity = checkArrivals(ids, arrivals);
      // Items of attempts recorded during the ramp are not counted (their share of the items sent is).
      const counted: number[] = [];
      const ramped: number[] = [];
      collected.graphql.ids.forEach((id, i) => {
        const start = recorded.get(id);
        if (start === undefined) throw new Error(`a subscriber received ${id}, which was never recorded`);
        (start >= measuredFrom ? counted : ramped).push(collected.graphql.at[i] - start);
      });
      const switchyard = summarize(counted);
      const rampLatency = summarize(ramped);
      const ceiling = summarize(
        collected.raw.ids.map((id, i) => {
          const start = sent.get(id);
          if (start === undefined) throw new Error(`a client received ${id}, which was never sent`);
          return collected.raw.at[i] - start;
        }),
      );
      const deliveriesPerSecond = measured / ((arrivals.last - measuredFrom) / 1000);
      // The share of the items subscribers were sent; the rest were over the live feed's budget (or read too slowly).
      const sentShare = collected.graphql.ids.length / ((events + 1) * count);
      context.log(
        `${Math.round(deliveriesPerSecond)} deliveries/s; feed p50 ${switchyard.p50} ms, p99 ${switchyard.p99} ms; broadcast p99 ${ceiling.p99} ms; missed ${collected.graphql.missed}, sent ${(sentShare * 100).toFixed(1)} % of items`,
      );
      await subscribers.disconnect();
      const settled = await settle(sy);
      const what = `${count} subscribers, ${options.busyRate} events/s published for ${options.busySeconds} s`;
      return {
        parameters: {
          subscribers: count,
          ratePerSecond: options.busyRate,
          seconds: options.busySeconds,
          perBatch,
          broadcastsPerSecond: options.liveRate,
          destinations: context.destinations,
        },
        figures: [
          ...(["p50", "p99"] as const).map((p) =>
            figure({
              key: `live_feed_busy_${p}_ms`,
              label: `live feed ${p} while delivering, attempt recorded → received (${what})`,
              unit: "ms",
              better: "lower",
              switchyard: switchyard[p],
              ceilingLabel: `bare WebSocket broadcast of the same size to as many clients, ${options.liveRate}/s, interleaved`,
              ceilingSamples: [ceiling[p]],
              ...(p === "p99" && count >= 100 && options.busyRate >= 1000 ? { goal: GOAL_P99_MS } : {}),
            }),
          ),
          // How busy the engine really was: the goal assumes it delivered the rate published.
          figure({
            key: "live_feed_busy_deliveries_per_second",
            label: `deliveries/s meanwhile, first measured publish → last arrival (${what})`,
            unit: "/s",
            better: "higher",
            switchyard: deliveriesPerSecond,
            ceilingLabel: "the rate published",
            ceilingSamples: [options.busyRate],
          }),
        ],
        details: {
          switchyard,
          ramp: rampLatency,
          ceiling,
          deliveriesPerSecond,
          missed: collected.graphql.missed,
          sentShare,
          messageBytes: warm.sampleBytes,
          ...sanity,
          ...settled,
        },
      };
    } finally {
      await tap.return();
      await Promise.all([subscribers.close(), broadcast.close()]);
    }
  },
};
