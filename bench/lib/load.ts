// The benchmark's side of the load generator (load-process.ts): a process of
// its own, so that generating load neither waits on Switchyard nor on the
// benchmark's own work.
import { startChild } from "./child.ts";
import type { LoadReply, LoadRequest } from "./load-protocol.ts";

export type Published = Omit<Extract<LoadReply, { type: "published" }>, "type" | "token">;

export interface LoadGenerator {
  /** Publishes `count` events at `ratePerSecond` (open loop); resolves once every call has been answered. */
  open(ratePerSecond: number, count: number, firstSeq: number): Promise<Published>;
  close(): Promise<void>;
}

export async function startLoadGenerator(target: {
  origin: string;
  accessToken: string;
  connections: number;
  bodyBytes: number;
  eventTypes: string[];
  callTimeoutMs: number;
}): Promise<LoadGenerator> {
  const { child } = await startChild<LoadRequest, LoadReply, true>(new URL("./load-process.ts", import.meta.url), (message) =>
    message.type === "ready" ? true : undefined,
  );
  await child.call({ type: "target", token: 0, ...target }, "done");
  return {
    async open(ratePerSecond, count, firstSeq) {
      const {
        type: _type,
        token: _token,
        ...published
      } = await child.call({ type: "open", token: 0, ratePerSecond, count, firstSeq }, "published");
      return published;
    },
    close: () => child.close({ type: "close", token: 0 }),
  };
}
