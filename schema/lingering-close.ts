// Closing the connection of a refused request whose body was not (fully) read:
// ingest (ingest-route.ts), the GraphQL endpoint's body limit
// (request-size-limit.ts) and the token endpoint (oauth-token.ts) all answer
// such requests, and none of them drains a body for whoever sends it.
import type { IncomingMessage } from "node:http";

/**
 * How long, and how much more, a refused body is read and dropped before its connection closes: no more than the
 * API reads of any request (16 MiB, MAX_REQUEST_BYTES; a sender writing fast can push megabytes before it reads the
 * answer). Not imported from request-size-limit.ts, which imports this module.
 */
export const LINGER_MS = 1000;
export const LINGER_BYTES = 16 * 1024 * 1024;

/**
 * Closing a socket with unread data resets it, and a sender still writing may
 * then lose the answer before reading it: so, as nginx's lingering close does,
 * read and drop a bounded amount more (or for a bounded time), then close.
 * Call it once the answer is finished, and send that answer without
 * `Connection: close`: Node would then end the socket itself with the body
 * unread, which resets it.
 */
export function lingerThenClose(req: IncomingMessage): void {
  let dropped = 0;
  const close = () => {
    clearTimeout(timer);
    req.destroy();
  };
  const timer = setTimeout(close, LINGER_MS).unref();
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) close();
  });
  req.once("end", close);
  req.resume();
}
