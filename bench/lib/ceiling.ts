// The ceiling: what raw HTTP gets from the same sink on the same machine at
// the same moment. Its client runs in its own process (ceiling-process.ts);
// this is the benchmark's side. Latency is start of the request → the sink
// has the whole body, on the same clock as Switchyard's figures.
import { USER_AGENT } from "../../server/delivery/deliver.ts";
import { startChild, type Child } from "./child.ts";
import type { CeilingReply, CeilingRequest } from "./ceiling-protocol.ts";
import { latenciesOf, summarize, type LatencySummary } from "./latency.ts";
import type { Sink } from "./sink.ts";

export interface ThroughputFigure {
  count: number;
  /** Mean request body size, bytes (the same as Switchyard's, by construction; kept to show it). */
  meanBodyBytes: number;
  seconds: number;
  perSecond: number;
  latency: LatencySummary;
}

export interface Ceiling {
  /** `count` requests at `concurrency` (closed loop) after an uncounted warm-up; the sink is reset before and left with the requests. */
  throughput(count: number, concurrency: number): Promise<ThroughputFigure>;
  /** `count` requests one at a time at `ratePerSecond`, starting after `delayMs`; resolves with when each started, by event id. */
  paced(count: number, ratePerSecond: number, delayMs?: number): Promise<Map<string, number>>;
  close(): Promise<void>;
}

function started(reply: Extract<CeilingReply, { type: "sent" }>): Map<string, number> {
  if (reply.errors > 0) throw new Error(`${reply.errors} ceiling requests failed: ${reply.firstError}`);
  return new Map(reply.ids.map((id, i) => [id, reply.started[i]]));
}

/** Starts the ceiling's process; it sends nothing until `aimAt` says where. */
export async function startCeiling(): Promise<{ aimAt(sink: Sink, bodyBytes: number): Promise<Ceiling>; close(): Promise<void> }> {
  const { child } = await startChild<CeilingRequest, CeilingReply, true>(new URL("./ceiling-process.ts", import.meta.url), (message) =>
    message.type === "ready" ? true : undefined,
  );
  return {
    async aimAt(sink, bodyBytes) {
      await child.call({ type: "target", token: 0, origin: sink.origin, bodyBytes, userAgent: USER_AGENT }, "done");
      return ceilingOf(child, sink);
    },
    close: () => child.close({ type: "close", token: 0 }),
  };
}

function ceilingOf(c: Child<CeilingRequest, CeilingReply>, sink: Sink): Ceiling {
  return {
    async throughput(count, concurrency) {
      await sink.reset();
      started(await c.call({ type: "closedLoop", token: 0, count: Math.min(count, concurrency * 4), concurrency }, "sent"));
      await sink.reset();
      const reply = await c.call({ type: "closedLoop", token: 0, count, concurrency }, "sent");
      const starts = started(reply);
      await sink.waitFor(count);
      const arrivals = await sink.arrivals();
      const seconds = (arrivals.last - reply.first) / 1000;
      return {
        count,
        meanBodyBytes: arrivals.meanBodyBytes,
        seconds,
        perSecond: count / seconds,
        latency: summarize(latenciesOf(starts, arrivals.byId).latencies),
      };
    },
    async paced(count, ratePerSecond, delayMs = 0) {
      return started(await c.call({ type: "paced", token: 0, count, ratePerSecond, delayMs }, "sent"));
    },
    close: () => c.close({ type: "close", token: 0 }),
  };
}
