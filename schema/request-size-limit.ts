// A ceiling on request bodies, so one oversized request cannot exhaust the
// API's memory. Event payloads have their own, smaller limit (512 KiB) with a
// typed error; this catches everything beyond any sensible batch.
import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { lingerThenClose } from "./lingering-close.ts";

export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

const message = `The request body is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MiB.`;
const tooLarge = JSON.stringify({ errors: [{ message, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });

/** Requests limitRequestBody cut off: answered 413, though yoga may still be reading their body. */
const cutOff = new WeakSet<IncomingMessage>();

/** For requests that announce their length (yoga.fetch and most clients). */
export function useRequestSizeLimit(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > MAX_REQUEST_BYTES) {
        endResponse(new fetchAPI.Response(tooLarge, { status: 413, headers: { "content-type": "application/json" } }));
      }
    },
    // Yoga reads the body alongside the linger that follows a cut-off: should the sender finish it in that time,
    // the operation its client was told was refused must not run.
    onParams({ context, setResult }) {
      const req = (context as { req?: IncomingMessage }).req;
      if (req && cutOff.has(req)) setResult({ errors: [new GraphQLError(message, { extensions: { code: "PAYLOAD_TOO_LARGE" } })] });
    },
  };
}

/**
 * Over HTTP: counts a body's bytes as they arrive and cuts the request off. A body left unread (cut off here, or
 * refused by its Content-Length above) is not drained: its connection closes after a bounded linger.
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse): void {
  let received = 0;
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_REQUEST_BYTES && !res.headersSent) {
      cutOff.add(req);
      // No `Connection: close`: Node would end the socket with the body unread, resetting it (lingering-close.ts).
      res.writeHead(413, { "content-type": "application/json" }).end(tooLarge);
    }
  });
  res.once("finish", () => {
    if (!req.complete) lingerThenClose(req);
  });
}
