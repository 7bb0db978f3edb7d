// What one client can hold of the API's listener, whoever it is: connections
// from one address, a response it does not read, WebSocket messages a second.
// Each is cheap alone and ran the process out of file descriptors or memory in
// bulk (19,850 half-sent requests from one address; a few paused readers of large
// answers held 600 MB; 436,000 pings in 4 s on one socket).
import type { Server } from "node:http";
import type { Socket } from "node:net";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { WebSocketServer } from "ws";

export interface ConnectionLimits {
  /** Open connections from one client address at once (0: no limit); more are closed as they come. */
  perAddress: number;
  /** Messages one WebSocket may send a second; past it the socket is closed with 1008. */
  webSocketMessagesPerSecond: number;
  /** A socket neither read nor written for this long is closed: a client that stops reading its answer frees it (ws turns it off for WebSockets, which ping). */
  idleMs: number;
}

/** Headers must arrive within this; Node's default (60 s) let a half-sent request hold its socket a minute. */
const HEADERS_TIMEOUT_MS = 10_000;
/** A whole request body must arrive within this (Node's default: 300 s). */
const REQUEST_TIMEOUT_MS = 60_000;

export const POLICY_VIOLATION = 1008;

export function limitConnections(server: Server, webSockets: WebSocketServer, limits: ConnectionLimits): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.setTimeout(limits.idleMs, (socket: Socket) => socket.destroy());

  if (limits.perAddress > 0) {
    const open = new Map<string, number>();
    server.on("connection", (socket: Socket) => {
      const address = socket.remoteAddress ?? "";
      const count = (open.get(address) ?? 0) + 1;
      if (count > limits.perAddress) return void socket.destroy();
      open.set(address, count);
      socket.once("close", () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left === 0) open.delete(address);
        else open.set(address, left);
      });
    });
  }

  const messages = new RateLimiterMemory({ points: limits.webSocketMessagesPerSecond, duration: 1 });
  let sockets = 0;
  webSockets.on("connection", (socket) => {
    const key = String(++sockets);
    socket.on("message", () => {
      messages
        .consume(key)
        .catch(() => socket.close(POLICY_VIOLATION, `More than ${limits.webSocketMessagesPerSecond} messages a second.`));
    });
  });
}
