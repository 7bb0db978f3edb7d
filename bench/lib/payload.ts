// What is sent: an event payload padded so that the request body (the
// Standard Webhooks envelope Switchyard sends, which the ceiling copies) has
// about the size asked for.
import { envelopeOf } from "../../server/delivery/envelope.ts";
import { newId } from "../../server/ids.ts";

export interface BenchPayload {
  seq: number;
  customer: string;
  amount: number;
  currency: string;
  padding: string;
}

/** A payload whose envelope is about `bodyBytes` long (never less than the fields themselves). */
export function payloadFactory(bodyBytes: number, type: string): (seq: number) => BenchPayload {
  const sample = (padding: string): BenchPayload => ({
    seq: 9_999_999,
    customer: "cus_bench_0001",
    amount: 4200,
    currency: "EUR",
    padding,
  });
  const bare = envelope(newId("Event"), type, sample("")).length;
  const padding = "x".repeat(Math.max(0, bodyBytes - bare));
  return (seq) => ({ ...sample(padding), seq });
}

/** The body Switchyard sends for an event: its envelope. */
export function envelope(id: string, type: string, payload: unknown, at = new Date()): string {
  return JSON.stringify(envelopeOf({ id, type, occurredAt: at, payload: payload as never }));
}
