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

// RFC 9110 field-value as senders should write it: visible ASCII, space and
// tab. undici refuses other control characters and anything past U+00FF at
// send, and would send U+0080-U+00FF as single Latin-1 bytes, not the UTF-8
// the user typed; refused when saved, a value cannot fail every delivery later.
const FIELD_VALUE = /^[\t\x20-\x7e]*$/;

/** Why a value sent as a header (a custom header's, a token's, an API key's) is refused, or undefined when it is fine. */
export function headerValueProblem(value: string, label: string): string | undefined {
  if (FIELD_VALUE.test(value)) return undefined;
  if (/[\r\n]/.test(value)) return `${label} cannot contain line breaks.`;
  const bad = [...value].find((char) => !FIELD_VALUE.test(char))!;
  const codePoint = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(bad) ? `${bad} (${codePoint})` : codePoint;
  return `${label} may contain only visible ASCII characters, spaces and tabs, not ${shown}.`;
}
