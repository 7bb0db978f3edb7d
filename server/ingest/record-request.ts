// The record of one request to an ingest URL, bounded whatever the sender
// sends: credentials redacted from the headers, at most 100 headers and
// 16 KiB of them, and the first 64 KiB of the body (as text, or base64 when it
// is not text the database can hold). A request that did not verify keeps
// less, 4 KiB of headers and 1 KiB of body: enough to tell which delivery it
// was, and a stranger's requests (bounded in number too, receive.ts) stay small.
import type { IncomingOutcome, IncomingRejection } from "../db/generated/enums.ts";
import { newId } from "../ids.ts";
import type { Operation } from "../operation.ts";
import { storableText, storedBody, storedHeaders } from "../delivery/stored-response.ts";
import { incomingTopic } from "../live/live-events.ts";

export const MAX_STORED_INCOMING_BODY = 64 * 1024;
export const MAX_STORED_UNVERIFIED_BODY = 1024;
const MAX_STORED_UNVERIFIED_HEADER_BYTES = 4 * 1024;

// Headers that carry a secret, not a signature: a password, a bearer token, a session.
const REDACTED = new Set(["authorization", "proxy-authorization", "cookie"]);

export interface RequestRecord {
  sourceId: string;
  receivedAt: Date;
  outcome: IncomingOutcome;
  rejection?: IncomingRejection;
  detail?: string;
  responseStatus: number;
  headers: Record<string, string | undefined>;
  /** Undefined when the body was not read (refused before, or too large). */
  body?: Buffer;
  bodyBytes: number;
  eventIds?: string[];
  duplicate?: boolean;
  /** The credential did not check out (or was not checked): less of the request is kept. */
  unverified?: boolean;
}

/** The first headers that fit in `maxBytes`, in order. */
function headersWithin(headers: Record<string, string>, maxBytes: number): Record<string, string> {
  let bytes = 0;
  return Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => (bytes += Buffer.byteLength(name) + Buffer.byteLength(value)) <= maxBytes),
  );
}

export function redactedHeaders(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      REDACTED.has(name) && value !== undefined ? `${value.split(" ")[0]} [redacted]` : value,
    ]),
  );
}

/** Stores the record and tells the live feed (the incomingRequests subscription). */
export async function recordIncomingRequest(op: Operation, record: RequestRecord) {
  const kept = record.body?.subarray(0, record.unverified ? MAX_STORED_UNVERIFIED_BODY : MAX_STORED_INCOMING_BODY);
  const stored = kept === undefined ? undefined : storedBody(kept, kept.length < record.body!.length);
  const headers = storedHeaders(redactedHeaders(record.headers)).headers;
  const created = await op.db.incomingRequest.create({
    data: {
      id: newId("IncomingRequest"),
      organizationId: op.scope.organizationId,
      sourceId: record.sourceId,
      receivedAt: record.receivedAt,
      outcome: record.outcome,
      rejection: record.rejection ?? null,
      detail: record.detail === undefined ? null : storableText(record.detail.slice(0, 2000)),
      responseStatus: record.responseStatus,
      headers: record.unverified ? headersWithin(headers, MAX_STORED_UNVERIFIED_HEADER_BYTES) : headers,
      body: stored?.body ?? null,
      bodyEncoding: stored?.encoding ?? "TEXT",
      bodyTruncated: kept !== undefined && kept.length < record.body!.length,
      bodyBytes: record.bodyBytes,
      eventIds: record.eventIds ?? [],
      duplicate: record.duplicate ?? false,
    },
  });
  op.runtime.live.publish(incomingTopic(op.scope.organizationId), {
    organizationId: op.scope.organizationId,
    requestId: created.id,
    sourceId: created.sourceId,
    outcome: created.outcome,
    receivedAt: created.receivedAt.getTime(),
  });
  return created;
}
