// A real HTTP server on 127.0.0.1 that records what arrives, so tests check
// requests as a receiver sees them rather than as we meant to send them. Its
// answers are programmable: status, headers, body, delay, a hang, or garbage.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as they came over the wire. */
  rawUrl: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

export type Answer =
  | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  /** Never answers (until the receiver closes). */
  | { hang: true }
  /** Writes these bytes on the socket instead of an HTTP response (any bytes, even ones Node's writer refuses), then closes. */
  | { raw: string | Uint8Array };

export type Responder = (request: ReceivedRequest, index: number) => Answer;

export interface TestReceiver {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  received: ReceivedRequest[];
  /** Changes how the receiver answers from now on: a status, one answer for every request, or a function. */
  respond(responder: Responder | Answer | number): void;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/** `port`: listen there (a receiver restarted on the port of one that stopped); a free one by default. */
export async function startTestReceiver(initial: Responder | number = 204, options: { port?: number } = {}): Promise<TestReceiver> {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const waiters: { count: number; resolve: () => void }[] = [];
  let responder: Responder = typeof initial === "number" ? () => ({ status: initial }) : initial;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        rawUrl: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: Date.now(),
      };
      received.push(request);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const answer = responder(request, received.length - 1);
      if ("hang" in answer) return;
      if ("raw" in answer) {
        req.socket.end(answer.raw);
        return;
      }
      const send = () => res.writeHead(answer.status, answer.headers).end(answer.body ?? "");
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  // Node closes idle keep-alive connections after 5 s; a request racing that
  // close fails with a reset, which tests are not about. Real receivers do
  // this too: the retry schedule covers it.
  server.keepAliveTimeout = 120_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    received,
    respond(next) {
      responder = typeof next === "number" ? () => ({ status: next }) : typeof next === "function" ? next : () => next;
    },
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} requests, got ${received.length}`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received.slice());
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
