// A ceiling on request bodies, so one oversized request cannot exhaust the
// API's memory. Event payloads have their own, smaller limit (512 KiB) with a
// typed error; this catches everything beyond any sensible batch.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "graphql-yoga";

export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

const tooLarge = JSON.stringify({
  errors: [
    { message: `The request body is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MiB.`, extensions: { code: "PAYLOAD_TOO_LARGE" } },
  ],
});

/** For requests that announce their length (yoga.fetch and most clients). */
export function useRequestSizeLimit(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > MAX_REQUEST_BYTES) {
        endResponse(new fetchAPI.Response(tooLarge, { status: 413, headers: { "content-type": "application/json" } }));
      }
    },
  };
}

/** For chunked bodies over HTTP: counts bytes as they arrive and cuts the request off. */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse): void {
  let received = 0;
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_REQUEST_BYTES && !res.headersSent) {
      res.writeHead(413, { "content-type": "application/json", connection: "close" }).end(tooLarge);
      req.destroy();
    }
  });
}
