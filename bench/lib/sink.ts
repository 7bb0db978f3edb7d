// The benchmark's side of the sink (sink-process.ts): start it, wait until a
// number of requests has arrived, collect when each event arrived.
import { startChild } from "./child.ts";
import type { SinkReply, SinkRequest } from "./sink-protocol.ts";

export { projectRoot } from "./child.ts";

export interface Arrivals {
  /** Requests received since the last reset. */
  count: number;
  /** Requests whose body had no event id. */
  unparsed: number;
  /** When each event id arrived (monotonic ms, see clock.ts); the first arrival if it came more than once. */
  byId: Map<string, number>;
  /** Event ids that arrived more than once. */
  duplicates: number;
  /** The last arrival, monotonic ms. */
  last: number;
  /** Mean request body size, bytes. */
  meanBodyBytes: number;
}

export interface Sink {
  /** http://127.0.0.1:<port> */
  origin: string;
  reset(): Promise<void>;
  count(): Promise<number>;
  /**
   * Resolves once `count` requests have arrived since the last reset; rejects
   * when nothing new has arrived for `idleTimeoutMs` (a stalled run fails
   * instead of hanging).
   */
  waitFor(count: number, options?: { idleTimeoutMs?: number }): Promise<void>;
  arrivals(): Promise<Arrivals>;
  close(): Promise<void>;
}

type WithoutToken<T> = T extends unknown ? Omit<T, "token"> : never;

export async function startSink(): Promise<Sink> {
  const { child, ready: port } = await startChild<SinkRequest, SinkReply, number>(
    new URL("./sink-process.ts", import.meta.url),
    (message) => (message.type === "ready" ? message.port : undefined),
  );
  const call = <T extends SinkReply["type"]>(request: WithoutToken<SinkRequest>, replyType: T, token?: number) =>
    child.call({ ...request, token: 0 } as SinkRequest, replyType, token);

  const sink: Sink = {
    origin: `http://127.0.0.1:${port}`,
    reset: async () => {
      await call({ type: "reset" }, "done");
    },
    count: async () => (await call({ type: "count" }, "count")).count,
    waitFor: async (count, { idleTimeoutMs = 30_000 } = {}) => {
      const token = child.nextToken();
      const reached = call({ type: "waitFor", count }, "reached", token);
      let last = -1;
      let lastChange = Date.now();
      for (;;) {
        const done = await Promise.race([reached.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 500))]);
        if (done) return;
        const now = await sink.count();
        if (now !== last) {
          last = now;
          lastChange = Date.now();
        } else if (Date.now() - lastChange > idleTimeoutMs) {
          child.forget(token);
          await call({ type: "forget", waiter: token }, "done");
          throw new Error(`the sink stalled at ${now} of ${count} requests (nothing new for ${idleTimeoutMs / 1000} s)`);
        }
      }
    },
    arrivals: async () => {
      const reply = await call({ type: "arrivals" }, "arrivals");
      const byId = new Map<string, number>();
      let duplicates = 0;
      let last = 0;
      reply.ids.forEach((id, i) => {
        const at = reply.times[i];
        last = Math.max(last, at);
        if (byId.has(id)) duplicates++;
        else byId.set(id, at);
      });
      return {
        count: reply.count,
        unparsed: reply.unparsed,
        byId,
        duplicates,
        last,
        meanBodyBytes: reply.count ? Math.round(reply.bytes / reply.count) : 0,
      };
    },
    close: () => child.close({ type: "close", token: 0 }),
  };
  return sink;
}
