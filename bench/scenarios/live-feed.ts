// Live feed: how long an attempt takes from being recorded to reaching the
// operators who watch it, with 1, 10 and 100 of them subscribed at once.
// Subscribers are graphql-ws clients in their own process, running the
// dashboard's live-feed subscription (the attempt with its delivery and
// destination). "Recorded" is when the worker publishes the attempt to the
// live feed, right after committing it, stamped in Switchyard's process by a
// listener on that same feed; "received" is when a subscriber has the parsed
// item. Both are on the machine's monotonic clock. Events are published at a
// steady rate well below capacity. The ceiling runs interleaved with it, in
// the same seconds: between two events, a bare WebSocket server in
// Switchyard's process sends a message of the same size to as many plain
// clients in the subscribers' process.
import { attemptTopic, type AttemptRecorded } from "../../server/live/live-events.ts";
import { monotonicMs, paced, sleep } from "../lib/clock.ts";
import { summarize, type LatencySummary } from "../lib/latency.ts";
import { figure, type Figure } from "../lib/report.ts";
import type { Scenario } from "../lib/scenario.ts";
import { startBroadcast, startSubscribers } from "../lib/subscribers.ts";
import { publishOne } from "../lib/switchyard.ts";
import { prepareWorkload, settle, warmUp } from "../lib/workload.ts";

/** The dashboard's live-feed subscription (client/src/pages/live-feed/live-feed-page.tsx). */
export const FEED = `subscription LiveAttempts {
  deliveryAttempts {
    missedBefore
    recordedAt
    attempt { id number trigger succeeded responseStatus errorCode durationMs sentAt url delivery { id eventType destination { id name } } }
  }
}`;

interface Level {
  subscribers: number;
  switchyard: LatencySummary;
  ceiling: LatencySummary;
  /** Items the server dropped for subscribers that read too slowly (0 in a sound run). */
  missed: number;
  /** Size of one feed message on the wire, bytes (the ceiling's messages have it too). */
  messageBytes: number;
}

export const liveFeedScenario: Scenario = {
  name: "live-feed",
  title: "Live feed, attempt recorded → subscriber received",
  async run(context) {
    const { options } = context;
    const sy = await context.startSwitchyard();
    if (!sy.app.url) throw new Error("Switchyard is not listening: the live feed needs its WebSocket endpoint");
    const workload = await prepareWorkload(context, sy);
    await warmUp(context, sy, workload, options.quick ? 3 : 20);

    const live = sy.app.runtime.live;
    const organization = await sy.app.runtime.prisma.organization.findFirstOrThrow();
    const recorded = new Map<string, number>();
    const tap = live.subscribe<AttemptRecorded>(attemptTopic(organization.id), { bufferSize: 1_000_000 });
    void (async () => {
      for await (const item of tap) recorded.set(item.value.attemptId, monotonicMs());
    })();
    const [subscribers, broadcast] = await Promise.all([startSubscribers(), startBroadcast()]);
    const levels: Level[] = [];
    const open = () => live.stats().subscriptions;
    const before = open();
    const waitForSubscriptions = async (count: number) => {
      const started = monotonicMs();
      while (open() !== before + count) {
        if (monotonicMs() - started > 10_000) throw new Error(`${open() - before} subscriptions open, expected ${count}`);
        await sleep(20);
      }
    };
    try {
      let seq = 0;
      for (const count of options.liveSubscribers) {
        context.log(`${count} subscriber(s): ${options.liveEvents} events at ${options.liveRate}/s, a broadcast between each two`);
        await subscribers.graphql(`${sy.app.url.replace(/^http/, "ws")}/graphql`, sy.adminToken, FEED, count);
        await subscribers.raw(broadcast.url, count);
        await waitForSubscriptions(count);
        if (broadcast.clients() !== count) throw new Error(`the broadcast has ${broadcast.clients()} clients, not ${count}`);

        // Warm-up through the feed (and the size of its messages), not counted.
        for (let i = 0; i < 3; i++) await publishOne(sy, workload.event(seq++));
        const { graphql: warm } = await subscribers.collect(3 * count, 0);

        const interval = 1000 / options.liveRate;
        const sent = new Map<string, number>();
        await Promise.all([
          paced(options.liveEvents, options.liveRate, async () => void (await publishOne(sy, workload.event(seq++)))),
          sleep(interval / 2).then(() =>
            paced(options.liveEvents, options.liveRate, async (i) => {
              const id = `broadcast_${count}_${i}`;
              sent.set(id, broadcast.send(id, warm.sampleBytes));
            }),
          ),
        ]);
        const { graphql, raw } = await subscribers.collect(options.liveEvents * count, options.liveEvents * count);
        const latencies = (ids: string[], at: number[], from: Map<string, number>) =>
          ids.map((id, i) => {
            const start = from.get(id);
            if (start === undefined) throw new Error(`a subscriber received ${id}, which was never recorded or sent`);
            return at[i] - start;
          });
        levels.push({
          subscribers: count,
          switchyard: summarize(latencies(graphql.ids, graphql.at, recorded)),
          ceiling: summarize(latencies(raw.ids, raw.at, sent)),
          missed: graphql.missed,
          messageBytes: warm.sampleBytes,
        });
        await subscribers.disconnect();
        await waitForSubscriptions(0);
      }
    } finally {
      await tap.return();
      await Promise.all([subscribers.close(), broadcast.close()]);
    }
    const settled = await settle(sy);

    const figures: Figure[] = levels.flatMap((level) =>
      (["p50", "p99"] as const).map((p) =>
        figure({
          key: `live_feed_${p}_ms_${level.subscribers}_subscribers`,
          label: `live feed ${p}, attempt recorded → received (${level.subscribers} subscriber${level.subscribers === 1 ? "" : "s"}, ${options.liveRate} events/s)`,
          unit: "ms",
          better: "lower",
          switchyard: level.switchyard[p],
          ceilingLabel: "bare WebSocket broadcast of the same size to as many clients, interleaved",
          ceilingSamples: [level.ceiling[p]],
        }),
      ),
    );
    return {
      parameters: {
        eventsPerLevel: options.liveEvents,
        ratePerSecond: options.liveRate,
        subscribers: options.liveSubscribers,
        destinations: context.destinations,
      },
      figures,
      details: { levels, ...settled },
    };
  },
};
