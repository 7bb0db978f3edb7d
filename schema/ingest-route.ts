// POST /ingest/<key> on the API's port: the HTTP side of server/ingest/receive.ts.
// Bodies are read only up to the payload limit and the body deadline, and a request refused before
// its body was read closes the connection (after a bounded linger, so the
// sender can read the answer), so nobody can make us drain a body.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import type { Runtime } from "../server/runtime.ts";
import { receive, type BodyRead, type IngestAdmission } from "../server/ingest/receive.ts";
import { createFoundKeys } from "../server/ingest/found-keys.ts";
import { lingerThenClose } from "./lingering-close.ts";
import { INGEST_PATH_PREFIX } from "../server/sources/ingest-key.ts";

export type IngestHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => void;

export function isIngestPath(pathname: string): boolean {
  return pathname.startsWith(INGEST_PATH_PREFIX);
}

/** Collects the body, or gives up once it passes `limit` bytes or takes longer than `deadlineMs`. */
function bodyReader(req: IncomingMessage) {
  let read = false;
  return {
    wasRead: () => read,
    read: (limit: number, deadlineMs: number) =>
      new Promise<BodyRead>((resolve, reject) => {
        read = true;
        let chunks: Buffer[] = [];
        let size = 0;
        let done = false;
        const finish = (result: BodyRead) => {
          done = true;
          chunks = [];
          clearTimeout(deadline);
          resolve(result);
        };
        // A body trickled in holds its socket and what it sent so far; the answer closes the connection (a linger).
        const deadline = setTimeout(() => finish("too slow"), deadlineMs);
        req.on("data", (chunk: Buffer) => {
          // Past the limit, what still comes is the lingering close's to read and drop (pausing would stop it).
          if (done) return;
          size += chunk.length;
          if (size > limit) return finish("too large");
          chunks.push(chunk);
        });
        req.on("end", () => {
          if (!done) finish(Buffer.concat(chunks));
        });
        req.on("error", (error) => {
          clearTimeout(deadline);
          reject(error);
        });
      }),
  };
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]));
}

export function createIngestHandler(runtime: Runtime, admission: IngestAdmission): IngestHandler {
  const gate = { ...admission, foundKeys: createFoundKeys() };
  return (req, res, pathname) => {
    const send = (status: number, body: object, headers: Record<string, string> = {}, close = false) => {
      if (res.headersSent) return;
      res.writeHead(status, { "content-type": "application/json", ...headers, ...(close && { connection: "close" }) });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST") return send(405, { error: "method not allowed" }, { allow: "POST" }, true);
    const key = pathname.slice(INGEST_PATH_PREFIX.length);
    const body = bodyReader(req);
    const encrypted = (req.socket as TLSSocket).encrypted === true;
    // What the sender called, for HubSpot's signed URI: behind a proxy, the Host header is the proxy's business.
    const origin = runtime.config.publicUrl ?? `${encrypted ? "https" : "http"}://${req.headers.host ?? "localhost"}`;
    const length = req.headers["content-length"];
    receive(runtime, gate, {
      key,
      method: req.method,
      url: `${origin}${req.url ?? pathname}`,
      headers: headersOf(req),
      address: req.socket.remoteAddress,
      contentLength: length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined,
      readBody: body.read,
    }).then(
      (answer) => {
        // A body left unread (or read only in part) is not drained: the connection closes after a bounded linger.
        const unread = !body.wasRead() || !req.complete;
        // No `Connection: close` here: Node would then end the socket with the body unread, which resets it, and a
        // sender still writing may lose the answer. The linger below closes it instead, once it has read a bounded amount.
        send(answer.status, answer.body, answer.headers);
        if (unread) res.once("finish", () => lingerThenClose(req));
      },
      (error: unknown) => {
        runtime.logger.error({ err: error }, "ingest request failed");
        send(500, { error: "internal error" }, {}, true);
      },
    );
  };
}
