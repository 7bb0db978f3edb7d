// What a signer receives and returns. Header names are lowercase; the body is
// the exact string that will be sent, since every signature covers raw bytes.
export interface OutgoingRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export interface SigningContext {
  /** Stable across retries of one delivery, so receivers can dedupe on it. */
  messageId: string;
  /** When this attempt is sent. */
  timestamp: Date;
}

export interface SignedRequest {
  request: OutgoingRequest;
  /** Names whose values the delivery recorder must redact before storing an attempt. */
  secrets: {
    headers: string[];
    queryParameters: string[];
  };
}

export type Signer<Fields> = (fields: Fields, request: OutgoingRequest, context: SigningContext) => SignedRequest;

/** A copy of the request with headers added (replacing any of the same name). */
export function withHeaders(request: OutgoingRequest, headers: Record<string, string>): OutgoingRequest {
  const added = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { url: new URL(request.url), headers: { ...request.headers, ...added }, body: request.body };
}

export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** The Standard Webhooks headers that name a message: every request carries them, whatever its credential. */
export function messageHeaders({ messageId, timestamp }: SigningContext): Record<string, string> {
  return { "webhook-id": messageId, "webhook-timestamp": String(unixSeconds(timestamp)) };
}

export function signed(request: OutgoingRequest, secretHeaders: string[] = [], secretQueryParameters: string[] = []): SignedRequest {
  return { request, secrets: { headers: secretHeaders, queryParameters: secretQueryParameters } };
}
