// During a rotation's grace period (server/destinations/credential-rotation.ts)
// a request carries the signatures of both credentials, the current one's
// first. Each credential signs the same request (same webhook-id and
// timestamp); what the previous one adds is merged in: a header only it sets
// is added as it is, and a header both set carries both values,
// space-separated for Standard Webhooks' webhook-signature (its list syntax,
// which its libraries read) and comma-separated otherwise (as HTTP combines a
// repeated header). Only signatures are doubled: a previous BASIC, BEARER or
// API_KEY credential is not sent, since a receiver can take one only.
import type { OutgoingCredentialType } from "../credentials/credential-types.ts";
import { withHeaders, type OutgoingRequest, type SignedRequest } from "./signed-request.ts";

export const gracefulTypes: ReadonlySet<OutgoingCredentialType> = new Set(["STANDARD_WEBHOOKS", "HMAC_SHA256", "M3TER_SIGNED_REQUEST"]);

const listSeparators: Record<string, string> = { "webhook-signature": " " };

/** `current` with the signature headers `previous` added to `unsigned` merged in. */
export function withPreviousSignature(current: SignedRequest, previous: SignedRequest, unsigned: OutgoingRequest): SignedRequest {
  const added: Record<string, string> = {};
  for (const [name, value] of Object.entries(previous.request.headers)) {
    if (unsigned.headers[name] === value) continue;
    const mine = current.request.headers[name];
    if (mine === value) continue;
    added[name] = mine === undefined ? value : `${mine}${listSeparators[name] ?? ", "}${value}`;
  }
  return {
    request: withHeaders(current.request, added),
    secrets: {
      headers: [...new Set([...current.secrets.headers, ...previous.secrets.headers])],
      queryParameters: [...new Set([...current.secrets.queryParameters, ...previous.secrets.queryParameters])],
    },
  };
}
