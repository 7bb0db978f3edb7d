// Rules for header names a user may choose (the HMAC signature header, an API
// key header). Shared so destination custom headers can use the same rules.

// RFC 9110 "token": the characters a field name may contain.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// Headers the HTTP client or Switchyard itself sets: a credential that
// overrode them would break framing, routing or the receiver's verification.
const RESERVED = new Set([
  "host",
  "content-length",
  "content-type",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "upgrade",
  "te",
  "trailer",
  "expect",
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
]);
const RESERVED_PREFIXES = ["x-switchyard-", "proxy-"];

export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

export function isReservedHeaderName(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED.has(lower) || RESERVED_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Why a user-chosen header name is refused, or undefined when it is fine. */
export function headerNameProblem(name: string, label: string): string | undefined {
  if (!isHeaderName(name)) return `${label} must be a valid HTTP header name (letters, digits and !#$%&'*+-.^_\`|~, no spaces)`;
  if (isReservedHeaderName(name)) return `${label} cannot be ${name}: Switchyard or the HTTP client sets that header`;
  return undefined;
}
