// What of a receiver's answer an attempt stores, in a form the database
// always accepts. PostgreSQL's text and jsonb refuse NUL and lone surrogates,
// and a refused record once left a delivery SENDING, re-sent at every lease
// expiry; so every byte a receiver chooses goes through here first.
import type { BodyEncoding } from "../db/generated/enums.ts";

/**
 * Larger response headers fail the attempt as INVALID_RESPONSE (undici's
 * HeadersOverflowError), and no more than this of them is stored. Set on the
 * sender, not left to Node's --max-http-header-size.
 */
export const MAX_RESPONSE_HEADER_BYTES = 16 * 1024;
/** Response headers kept per attempt; the rest are counted, not stored. */
export const MAX_STORED_RESPONSE_HEADERS = 100;

export interface StoredBody {
  body: string;
  encoding: BodyEncoding;
}

/**
 * A body is stored as text when it is UTF-8 without NUL (the text itself, as
 * it came); otherwise as base64 of its exact bytes, flagged BASE64, as HAR
 * does. Escaping in place (\u0000, U+FFFD) would lose bytes and could not be
 * told apart from a body that holds those characters itself.
 */
export function storedBody(bytes: Uint8Array, truncated: boolean): StoredBody {
  try {
    // A body cut at the size limit may end inside a character: streaming leaves those last bytes out instead of calling the body binary.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes, { stream: truncated });
    if (!text.includes("\u0000")) return { body: text, encoding: "TEXT" };
  } catch {
    // Not UTF-8: stored as bytes below.
  }
  return { body: Buffer.from(bytes).toString("base64"), encoding: "BASE64" };
}

/**
 * Text the database accepts: NUL and lone surrogates become U+FFFD. The HTTP
 * parser already refuses NUL and control bytes in headers (an
 * INVALID_RESPONSE), and undici reads other bytes above 0x7F as Latin-1, so
 * header values reach here exact; this guards error messages and whatever a
 * later parser lets through.
 */
export function storableText(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** At most MAX_STORED_RESPONSE_HEADERS headers and MAX_RESPONSE_HEADER_BYTES, in the order they came; `omitted` counts the rest. */
export function storedHeaders(headers: Record<string, string | string[] | undefined>): {
  headers: Record<string, string>;
  omitted: number;
} {
  const kept: Record<string, string> = {};
  let count = 0;
  let bytes = 0;
  let omitted = 0;
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = storableText(Array.isArray(raw) ? raw.join(", ") : raw);
    const size = Buffer.byteLength(name) + Buffer.byteLength(value);
    if (count >= MAX_STORED_RESPONSE_HEADERS || bytes + size > MAX_RESPONSE_HEADER_BYTES) {
      omitted++;
      continue;
    }
    kept[storableText(name)] = value;
    count++;
    bytes += size;
  }
  return { headers: kept, omitted };
}
