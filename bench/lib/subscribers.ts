// The benchmark's side of the subscribers' process (subscribers-process.ts),
// and the ceiling's broadcast server: a bare WebSocket server in the
// benchmark's process (beside Switchyard, as Switchyard's own is) that sends
// one message of the live feed's size to every plain client, no GraphQL, no
// database, no pubsub in between.
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { startChild } from "./child.ts";
import { monotonicMs } from "./clock.ts";
import type { Received, SubscribersReply, SubscribersRequest } from "./subscribers-protocol.ts";

type Collected = Extract<SubscribersReply, { type: "received" }>;

export interface Subscribers {
  graphql(url: string, accessToken: string, query: string, count: number): Promise<void>;
  raw(url: string, count: number): Promise<void>;
  /**
   * Collects until `graphqlItems` (arrived or missed) and `rawItems` have arrived; rejects when
   * nothing new arrived for `idleTimeoutMs` (a stalled run fails, it does not hang).
   */
  collect(graphqlItems: number, rawItems: number, idleTimeoutMs?: number): Promise<Omit<Collected, "type" | "token">>;
  disconnect(): Promise<void>;
  close(): Promise<void>;
}

export async function startSubscribers(): Promise<Subscribers> {
  const { child } = await startChild<SubscribersRequest, SubscribersReply, true>(
    new URL("./subscribers-process.ts", import.meta.url),
    (m) => (m.type === "ready" ? true : undefined),
  );
  return {
    async graphql(url, accessToken, query, count) {
      await child.call({ type: "graphql", token: 0, url, accessToken, query, count }, "done");
    },
    async raw(url, count) {
      await child.call({ type: "raw", token: 0, url, count }, "done");
    },
    async collect(graphqlItems, rawItems, idleTimeoutMs = 15_000) {
      const all = {
        graphql: { ids: [] as string[], at: [] as number[], missed: 0, errors: [] as string[], sampleBytes: 0 },
        raw: { ids: [] as string[], at: [] as number[] },
      };
      let lastNews = monotonicMs();
      for (;;) {
        const { graphql, raw } = await child.call({ type: "collect", token: 0 }, "received");
        if (graphql.ids.length + raw.ids.length > 0) lastNews = monotonicMs();
        append(all.graphql, graphql);
        append(all.raw, raw);
        all.graphql.missed += graphql.missed;
        all.graphql.errors.push(...graphql.errors);
        all.graphql.sampleBytes ||= graphql.sampleBytes;
        if (all.graphql.errors.length > 0) throw new Error(`a subscriber got errors: ${all.graphql.errors.slice(0, 3).join("; ")}`);
        // Items the server dropped for a slow subscriber (missed) will not come: they count as arrived.
        if (all.graphql.ids.length + all.graphql.missed >= graphqlItems && all.raw.ids.length >= rawItems) return all;
        if (monotonicMs() - lastNews > idleTimeoutMs)
          throw new Error(
            `subscribers stalled: ${all.graphql.ids.length}/${graphqlItems} feed items, ${all.raw.ids.length}/${rawItems} broadcasts`,
          );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async disconnect() {
      await child.call({ type: "disconnect", token: 0 }, "done");
    },
    close: () => child.close({ type: "close", token: 0 }),
  };
}

function append(into: Received, from: Received): void {
  for (let i = 0; i < from.ids.length; i++) {
    into.ids.push(from.ids[i]);
    into.at.push(from.at[i]);
  }
}

export interface Broadcast {
  /** ws://127.0.0.1:<port> */
  url: string;
  clients(): number;
  /** Sends a message of `bytes` bytes with this id to every client; returns when it was sent (monotonic ms). */
  send(id: string, bytes: number): number;
  close(): Promise<void>;
}

export async function startBroadcast(): Promise<Broadcast> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    clients: () => server.clients.size,
    send(id, bytes) {
      const bare = JSON.stringify({ id, type: "next", payload: "" });
      const message = JSON.stringify({ id, type: "next", payload: "x".repeat(Math.max(0, bytes - bare.length)) });
      const at = monotonicMs();
      for (const client of server.clients) client.send(message);
      return at;
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
