// The sink's own process: a minimal HTTP receiver on 127.0.0.1 that answers
// 204, counts requests and stamps each arrival (the whole body received) on
// the machine's monotonic clock, keyed by the event id in the body. It runs
// apart from Switchyard and from the ceiling's client so that receiving does
// not take their event loop's time. The parent talks to it over IPC (sink.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { SinkReply, SinkRequest } from "./sink-protocol.ts";
import { monotonicMs } from "./clock.ts";

const ids: string[] = [];
const times: number[] = [];
let count = 0;
let bytes = 0;
let unparsed = 0;
const waiters: { count: number; token: number }[] = [];

function send(message: SinkReply): void {
  process.send?.(message);
}

/** `{"id":"evt_…",…}`: the Standard Webhooks envelope (and the ceiling's copy of it). */
function eventId(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { id?: unknown };
    return typeof parsed.id === "string" ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const at = monotonicMs();
    const body = Buffer.concat(chunks);
    const id = eventId(body.toString("utf8"));
    count++;
    bytes += body.length;
    if (id === undefined) unparsed++;
    else {
      ids.push(id);
      times.push(at);
    }
    res.writeHead(204).end();
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (count >= waiters[i].count) {
        send({ type: "reached", token: waiters[i].token, count });
        waiters.splice(i, 1);
      }
    }
  });
});
server.keepAliveTimeout = 60_000;

process.on("message", (message: SinkRequest) => {
  switch (message.type) {
    case "reset":
      ids.length = 0;
      times.length = 0;
      count = 0;
      bytes = 0;
      unparsed = 0;
      send({ type: "done", token: message.token });
      break;
    case "count":
      send({ type: "count", token: message.token, count });
      break;
    case "waitFor":
      if (count >= message.count) send({ type: "reached", token: message.token, count });
      else waiters.push({ count: message.count, token: message.token });
      break;
    case "forget":
      for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].token === message.waiter) waiters.splice(i, 1);
      send({ type: "done", token: message.token });
      break;
    case "arrivals":
      send({ type: "arrivals", token: message.token, ids, times, count, unparsed, bytes });
      break;
    case "close":
      server.closeAllConnections();
      server.close(() => process.exit(0));
      break;
  }
});
// The parent is gone: nothing left to receive for.
process.on("disconnect", () => process.exit(0));

server.listen(0, "127.0.0.1", () => {
  send({ type: "ready", port: (server.address() as AddressInfo).port });
});
