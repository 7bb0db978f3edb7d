// The body Switchyard sends: the Standard Webhooks envelope for one event,
// `{ "events": [...] }` for a batch; or, in the DATA_ONLY format, the payload
// alone (an array of payloads for a batch).
import type { Event, PayloadFormat } from "../db/generated/client.ts";

export interface Envelope {
  id: string;
  type: string;
  timestamp: string;
  data: unknown;
}

export function envelopeOf(event: Pick<Event, "id" | "type" | "occurredAt" | "payload">): Envelope {
  return { id: event.id, type: event.type, timestamp: event.occurredAt.toISOString(), data: event.payload };
}

export function requestBody(
  events: Pick<Event, "id" | "type" | "occurredAt" | "payload">[],
  batched: boolean,
  format: PayloadFormat,
): string {
  if (format === "DATA_ONLY") return JSON.stringify(batched ? events.map((e) => e.payload) : events[0].payload);
  return JSON.stringify(batched ? { events: events.map(envelopeOf) } : envelopeOf(events[0]));
}
