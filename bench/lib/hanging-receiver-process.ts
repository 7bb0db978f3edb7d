// The hanging receiver's own process: accepts connections and whole requests
// and never answers, like a receiver stuck behind a dead backend. A release
// stops listening and destroys every connection, so nothing it held reaches
// the next measurement. Apart from Switchyard's process so that holding
// hundreds of sockets does not take Switchyard's event loop's time.
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { HangingReply, HangingRequest, HangingStats } from "./hanging-receiver-protocol.ts";

interface Listening {
  server: Server;
  sockets: Set<Socket>;
  received: number;
  hanging: number;
}

// Each open has its own counters: closes of a released receiver's sockets, which come later, do not count against the next.
let current: Listening | undefined;

function send(message: HangingReply): void {
  process.send?.(message);
}

function stats(): HangingStats {
  return current
    ? { received: current.received, hanging: current.hanging, connections: current.sockets.size }
    : { received: 0, hanging: 0, connections: 0 };
}

function open(): Promise<number> {
  const server = createServer((req, res) => {
    req.on("end", () => {
      listening.received++;
      listening.hanging++;
      // Never answered: in flight until the client gives up (its timeout) or a release.
      res.on("close", () => listening.hanging--);
    });
    req.resume();
  });
  const listening: Listening = { server, sockets: new Set(), received: 0, hanging: 0 };
  // Node's default ends a request after 5 minutes; this receiver holds it as long as the client waits.
  server.requestTimeout = 0;
  server.on("connection", (socket: Socket) => {
    listening.sockets.add(socket);
    socket.on("close", () => listening.sockets.delete(socket));
  });
  current = listening;
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function release(): HangingStats {
  const before = stats();
  if (current) {
    current.server.close();
    for (const socket of current.sockets) socket.destroy();
    current = undefined;
  }
  return before;
}

process.on("message", (message: HangingRequest) => {
  switch (message.type) {
    case "open":
      release();
      void open().then((port) => send({ type: "opened", token: message.token, port }));
      break;
    case "stats":
      send({ type: "stats", token: message.token, ...stats() });
      break;
    case "release":
      send({ type: "stats", token: message.token, ...release() });
      break;
    case "close":
      release();
      process.exit(0);
  }
});
// The parent is gone: nothing left to hold.
process.on("disconnect", () => process.exit(0));

send({ type: "ready" });
