// The benchmark's side of the hanging receiver (hanging-receiver-process.ts):
// destinations that accept requests and never answer, for the noisy-neighbour
// scenario.
import { startChild } from "./child.ts";
import type { HangingReply, HangingRequest, HangingStats } from "./hanging-receiver-protocol.ts";

export type { HangingStats } from "./hanging-receiver-protocol.ts";

export interface HangingReceiver {
  /** Listens on a new port; resolves with its origin, http://127.0.0.1:<port>. */
  open(): Promise<string>;
  stats(): Promise<HangingStats>;
  /** Stops listening and closes every connection it held; resolves with the stats just before. */
  release(): Promise<HangingStats>;
  close(): Promise<void>;
}

export async function startHangingReceiver(): Promise<HangingReceiver> {
  const { child } = await startChild<HangingRequest, HangingReply, true>(new URL("./hanging-receiver-process.ts", import.meta.url), (m) =>
    m.type === "ready" ? true : undefined,
  );
  const stats = async (type: "stats" | "release") => {
    const { received, hanging, connections } = await child.call({ type, token: 0 }, "stats");
    return { received, hanging, connections };
  };
  return {
    open: async () => `http://127.0.0.1:${(await child.call({ type: "open", token: 0 }, "opened")).port}`,
    stats: () => stats("stats"),
    release: () => stats("release"),
    close: () => child.close({ type: "close", token: 0 }),
  };
}
