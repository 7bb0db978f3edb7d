// Sends one webhook request with undici: keep-alive pools per origin, a hard
// deadline for the whole exchange, redirects not followed, the connection
// made only to a vetted address, at most 10 informational (1xx) answers before
// the final one, and at most 64 KiB of the answer kept (in a form the database
// stores whatever the bytes: stored-response.ts).
import { performance } from "node:perf_hooks";
import { Agent, request, type buildConnector } from "undici";
import type { AttemptErrorCode, BodyEncoding } from "../db/generated/enums.ts";
import { classifyError } from "./attempt-error.ts";
import { MAX_RESPONSE_HEADER_BYTES, storedBody, storedHeaders } from "./stored-response.ts";

export const MAX_RESPONSE_BODY_BYTES = 64 * 1024;
/** More 1xx answers than this before the final one end the request. */
export const MAX_INFORMATIONAL_RESPONSES = 10;

/** The abort reason of a request we cut short, rather than one the receiver or the network failed. */
class CutShort extends Error {
  constructor(readonly why: "deadline" | "informational flood") {
    super(`Cut short: ${why}.`);
  }
}

export interface OutgoingRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export interface SendResult {
  status?: number;
  headers?: Record<string, string>;
  /** Headers beyond what is stored of them. */
  omittedHeaders?: number;
  body?: string;
  bodyEncoding?: BodyEncoding;
  truncated: boolean;
  durationMs: number;
  error?: { code: AttemptErrorCode; message: string };
}

export interface HttpSender {
  send(request: OutgoingRequest, options: { timeoutMs: number; verifyTls: boolean }): Promise<SendResult>;
  close(): Promise<void>;
}

/** `connector` makes the connections: the guarded one vets every address it connects to. */
export function createHttpSender(
  connector: (rejectUnauthorized: boolean) => buildConnector.connector,
  options: { connectionsPerOrigin?: number } = {},
): HttpSender {
  const agent = (rejectUnauthorized: boolean) =>
    new Agent({
      connect: connector(rejectUnauthorized),
      connections: options.connectionsPerOrigin ?? 64,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
      maxHeaderSize: MAX_RESPONSE_HEADER_BYTES,
    });
  const verifying = agent(true);
  const trusting = agent(false);

  return {
    async send(outgoing, { timeoutMs, verifyTls }) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const controller = new AbortController();
      const deadline = setTimeout(() => controller.abort(new CutShort("deadline")), timeoutMs);
      let informational = 0;
      try {
        const response = await request(outgoing.url, {
          method: "POST",
          headers: outgoing.headers,
          body: outgoing.body,
          dispatcher: verifyTls ? verifying : trusting,
          signal: controller.signal,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          // Each 1xx restarts undici's header timer: a receiver sending 103 after 103 would
          // keep the request (and the event loop, parsing them) busy until the deadline.
          onInfo: () => {
            if (++informational > MAX_INFORMATIONAL_RESPONSES) controller.abort(new CutShort("informational flood"));
          },
        });
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        for await (const chunk of response.body) {
          const buffer = chunk as Buffer;
          if (size + buffer.length > MAX_RESPONSE_BODY_BYTES) {
            chunks.push(buffer.subarray(0, MAX_RESPONSE_BODY_BYTES - size));
            truncated = true;
            response.body.destroy();
            break;
          }
          chunks.push(buffer);
          size += buffer.length;
        }
        const { headers, omitted } = storedHeaders(response.headers);
        const { body, encoding } = storedBody(Buffer.concat(chunks), truncated);
        return {
          status: response.statusCode,
          headers,
          omittedHeaders: omitted,
          body,
          bodyEncoding: encoding,
          truncated,
          durationMs: elapsed(),
        };
      } catch (error) {
        const reason: unknown = controller.signal.reason;
        const why = reason instanceof CutShort ? reason.why : undefined;
        const classified =
          why === "deadline"
            ? { code: "TIMEOUT" as const, message: `No complete answer within ${timeoutMs} ms.` }
            : why === "informational flood"
              ? {
                  code: "INVALID_RESPONSE" as const,
                  message: `The receiver sent more than ${MAX_INFORMATIONAL_RESPONSES} informational (1xx) responses before its answer.`,
                }
              : classifyError(error);
        return { truncated: false, durationMs: elapsed(), error: classified };
      } finally {
        clearTimeout(deadline);
      }
    },
    // Called after the worker's shutdown deadline: whatever is still in flight was given back, so it is cut off.
    async close() {
      await Promise.all([verifying.destroy(), trusting.destroy()]);
    },
  };
}
