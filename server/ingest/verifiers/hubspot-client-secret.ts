// HUBSPOT_CLIENT_SECRET, as HubSpot documents its request validation:
//   v3: X-HubSpot-Signature-v3 = base64 HMAC-SHA256 keyed with the app's client secret of
//       method + URI + body + X-HubSpot-Request-Timestamp (Unix ms, refused beyond 5 minutes);
//       the URI with a few percent-escapes decoded (the table below).
//   v1: X-HubSpot-Signature = hex SHA-256 of client secret + body;
//   v2: the same of client secret + method + URI + body (X-HubSpot-Signature-Version says which).
// v1 and v2 carry no timestamp, so a replay cannot be told by time; the event id deduplicates it.
// The URI is what HubSpot called: SWITCHYARD_PUBLIC_URL + path + query behind a proxy (see README).
import { createHash, createHmac } from "node:crypto";
import type { CredentialFields } from "../../credentials/credential-types.ts";
import { accepted, integerHeader, refused, sameText, withinTolerance, type Verifier } from "../received-request.ts";

export const HUBSPOT_TOLERANCE_MS = 300_000;

// HubSpot decodes these escapes before signing a v3 request; any others stay as sent.
const V3_DECODED: Record<string, string> = {
  "%3A": ":",
  "%2F": "/",
  "%3F": "?",
  "%40": "@",
  "%21": "!",
  "%24": "$",
  "%27": "'",
  "%28": "(",
  "%29": ")",
  "%2A": "*",
  "%2C": ",",
  "%3B": ";",
};

export function hubspotV3Uri(url: string): string {
  return url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (escape) => V3_DECODED[escape.toUpperCase()]);
}

export const verifyHubspotClientSecret: Verifier<CredentialFields<"HUBSPOT_CLIENT_SECRET">> = ({ clientSecret }, request, now) => {
  const v3 = request.headers["x-hubspot-signature-v3"];
  if (v3 !== undefined) {
    const timestamp = integerHeader(request.headers["x-hubspot-request-timestamp"]);
    if (timestamp === undefined) return refused("MISSING_SIGNATURE", "A v3 signature without a valid X-HubSpot-Request-Timestamp.");
    const expected = createHmac("sha256", clientSecret)
      .update(request.method + hubspotV3Uri(request.url))
      .update(request.body)
      .update(String(timestamp))
      .digest("base64");
    if (!sameText(v3, expected)) return refused("BAD_SIGNATURE", "X-HubSpot-Signature-v3 does not match (method, URI, body, timestamp).");
    if (!withinTolerance(timestamp, now, HUBSPOT_TOLERANCE_MS)) {
      return refused("STALE_TIMESTAMP", `X-HubSpot-Request-Timestamp ${timestamp} is more than 5 minutes from now.`);
    }
    return accepted;
  }
  const signature = request.headers["x-hubspot-signature"];
  if (signature === undefined) return refused("MISSING_SIGNATURE", "No X-HubSpot-Signature-v3 or X-HubSpot-Signature header.");
  const version = (request.headers["x-hubspot-signature-version"] ?? "v1").trim().toLowerCase();
  if (version !== "v1" && version !== "v2") return refused("BAD_SIGNATURE", `Unknown X-HubSpot-Signature-Version "${version}".`);
  const hash = createHash("sha256").update(clientSecret);
  if (version === "v2") hash.update(request.method + request.url);
  const expected = hash.update(request.body).digest("hex");
  if (!sameText(signature.trim().toLowerCase(), expected))
    return refused("BAD_SIGNATURE", `X-HubSpot-Signature (${version}) does not match.`);
  return accepted;
};
