// The subscribers' own process: many live-feed clients at once, apart from
// Switchyard's process so that receiving does not take its event loop's time.
// graphql-ws clients subscribe the way the dashboard does; plain WebSocket
// clients listen to the ceiling's broadcast. Each item is stamped on the
// machine's monotonic clock once it has arrived and been parsed.
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { monotonicMs } from "./clock.ts";
import type { SubscribersReply, SubscribersRequest } from "./subscribers-protocol.ts";

interface AttemptItem {
  deliveryAttempts: { missedBefore: number; attempt: { id: string } };
}

const clients: Client[] = [];
const sockets: WebSocket[] = [];
let graphql = { ids: [] as string[], at: [] as number[], missed: 0, errors: [] as string[], sampleBytes: 0 };
let raw = { ids: [] as string[], at: [] as number[] };

function send(message: SubscribersReply): void {
  process.send?.(message);
}

async function connectGraphql(url: string, accessToken: string, query: string, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async () => {
      let connected!: () => void;
      const ready = new Promise<void>((resolve) => (connected = resolve));
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${accessToken}` },
        retryAttempts: 0,
        lazy: false,
        on: { connected: () => connected() },
      });
      clients.push(client);
      await ready;
      client.subscribe<AttemptItem>(
        { query },
        {
          next: (result) => {
            const at = monotonicMs();
            const item = result.data?.deliveryAttempts;
            if (!item) return void graphql.errors.push(JSON.stringify(result.errors));
            graphql.ids.push(item.attempt.id);
            graphql.at.push(at);
            graphql.missed += item.missedBefore;
            graphql.sampleBytes ||= JSON.stringify({ id: "00000000-0000-0000-0000-000000000000", type: "next", payload: result }).length;
          },
          error: (error) => void graphql.errors.push(error instanceof Error ? error.message : JSON.stringify(error)),
          complete: () => undefined,
        },
      );
    }),
  );
}

async function connectRaw(url: string, count: number): Promise<void> {
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = new WebSocket(url);
          sockets.push(socket);
          socket.once("open", () => resolve());
          socket.once("error", reject);
          socket.on("message", (data: Buffer) => {
            const { id } = JSON.parse(data.toString("utf8")) as { id: string };
            raw.ids.push(id);
            raw.at.push(monotonicMs());
          });
        }),
    ),
  );
}

async function disconnect(): Promise<void> {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  for (const socket of sockets.splice(0)) socket.terminate();
}

process.on("message", (message: SubscribersRequest) => {
  void (async () => {
    try {
      switch (message.type) {
        case "graphql":
          await connectGraphql(message.url, message.accessToken, message.query, message.count);
          return send({ type: "done", token: message.token });
        case "raw":
          await connectRaw(message.url, message.count);
          return send({ type: "done", token: message.token });
        case "collect":
          send({ type: "received", token: message.token, graphql, raw });
          graphql = { ids: [], at: [], missed: 0, errors: [], sampleBytes: graphql.sampleBytes };
          raw = { ids: [], at: [] };
          return;
        case "disconnect":
          await disconnect();
          return send({ type: "done", token: message.token });
        case "close":
          await disconnect();
          process.exit(0);
      }
    } catch (error) {
      console.error(`subscribers: ${message.type} failed:`, error);
      process.exit(1);
    }
  })();
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
