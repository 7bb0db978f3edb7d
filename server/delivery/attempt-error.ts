// What went wrong with a request, as one of the codes attempts record.
import type { AttemptErrorCode } from "../db/generated/enums.ts";
import { MAX_RESPONSE_HEADER_BYTES } from "./stored-response.ts";

const byCode: Record<string, AttemptErrorCode> = {
  SSRF_BLOCKED: "SSRF_BLOCKED",
  UND_ERR_CONNECT_TIMEOUT: "TIMEOUT",
  UND_ERR_HEADERS_TIMEOUT: "TIMEOUT",
  UND_ERR_BODY_TIMEOUT: "TIMEOUT",
  ETIMEDOUT: "TIMEOUT",
  ENOTFOUND: "DNS",
  EAI_AGAIN: "DNS",
  EAI_NONAME: "DNS",
  ENODATA: "DNS",
  ECONNREFUSED: "CONNECTION_REFUSED",
  ECONNRESET: "CONNECTION_RESET",
  EPIPE: "CONNECTION_RESET",
  UND_ERR_SOCKET: "CONNECTION_RESET",
  UND_ERR_CLOSED: "CONNECTION_RESET",
  HPE_INVALID_CONSTANT: "INVALID_RESPONSE",
  HPE_INVALID_VERSION: "INVALID_RESPONSE",
  HPE_INVALID_STATUS: "INVALID_RESPONSE",
  HPE_INVALID_HEADER_TOKEN: "INVALID_RESPONSE",
  HPE_INVALID_CONTENT_LENGTH: "INVALID_RESPONSE",
  HPE_INVALID_CHUNK_SIZE: "INVALID_RESPONSE",
  HPE_UNEXPECTED_CONTENT_LENGTH: "INVALID_RESPONSE",
  HPE_CR_EXPECTED: "INVALID_RESPONSE",
  HPE_LF_EXPECTED: "INVALID_RESPONSE",
  UND_ERR_INFO: "INVALID_RESPONSE",
  // The receiver's answer, not the network, is at fault.
  UND_ERR_HEADERS_OVERFLOW: "INVALID_RESPONSE",
  HPE_HEADER_OVERFLOW: "INVALID_RESPONSE",
};

/** Where the library's own message says too little. */
const messageByCode: Record<string, string> = {
  UND_ERR_HEADERS_OVERFLOW: `The response headers exceed ${MAX_RESPONSE_HEADER_BYTES / 1024} KiB.`,
  HPE_HEADER_OVERFLOW: `The response headers exceed ${MAX_RESPONSE_HEADER_BYTES / 1024} KiB.`,
};

// undici (7.x, client-h1.js onHeadersComplete) drops the connection on a 100
// Continue it did not ask for, though RFC 9110 §15.2 has a client accept any
// 1xx, and it cannot send `Expect: 100-continue` over HTTP/1.1 to ask for one.
// Its only other "bad response", an answer while no request is in flight,
// fails no request: one failed with it got a 100.
const UNASKED_CONTINUE =
  "The receiver sent 100 Continue, which was not asked for (no Expect header is sent); the HTTP client closes the connection on it, so the final answer was not read and the receiver may have handled the event. Answer without 100 Continue.";

/** Walks an error and its causes for a code we know. */
export function classifyError(error: unknown): { code: AttemptErrorCode; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: string }).code;
    if (code === "UND_ERR_SOCKET" && (current as { message?: string }).message === "bad response")
      return { code: "INVALID_RESPONSE", message: UNASKED_CONTINUE };
    if (code && byCode[code]) return { code: byCode[code], message: describe(current, message) };
    if (code && /^(ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code))
      return { code: "TLS", message: describe(current, message) };
    // undici's parser errors do not always carry their HPE_ code.
    if (code?.startsWith("HPE_") || (current as { name?: string }).name === "HTTPParserError") {
      return { code: "INVALID_RESPONSE", message: describe(current, message) };
    }
    if ((current as { name?: string }).name === "TimeoutError" || (current as { name?: string }).name === "AbortError") {
      return { code: "TIMEOUT", message: "The request timed out." };
    }
  }
  return { code: "NETWORK", message };
}

function describe(error: unknown, fallback: string): string {
  const e = error as { message?: string; code?: string };
  if (e.code && messageByCode[e.code]) return messageByCode[e.code];
  return e.message ? `${e.code ? `${e.code}: ` : ""}${e.message}` : fallback;
}
