// M3TER_APP_SIGNATURE: the scheme Switchyard's M3TER_SIGNED_REQUEST signs with
// (server/signing/m3ter-signed-request.ts), so one Switchyard can feed another:
// X-m3ter-apikey (the access key id), X-m3ter-timestamp (Unix ms) and X-m3ter-signature,
// hex HMAC-SHA256 keyed with the API secret of "<apiKey>|<timestamp>|<raw body>".
import { createHmac } from "node:crypto";
import type { CredentialFields } from "../../credentials/credential-types.ts";
import { M3TER_HEADERS } from "../../signing/m3ter-signed-request.ts";
import { accepted, integerHeader, refused, sameText, withinTolerance, type Verifier } from "../received-request.ts";

export const M3TER_TOLERANCE_MS = 300_000;

export const verifyM3terAppSignature: Verifier<CredentialFields<"M3TER_APP_SIGNATURE">> = ({ accessKeyId, apiSecret }, request, now) => {
  const apiKey = request.headers[M3TER_HEADERS.apiKey];
  const signature = request.headers[M3TER_HEADERS.signature];
  const rawTimestamp = request.headers[M3TER_HEADERS.timestamp];
  if (apiKey === undefined || signature === undefined || rawTimestamp === undefined) {
    return refused("MISSING_SIGNATURE", "X-m3ter-apikey, X-m3ter-timestamp and X-m3ter-signature are all required.");
  }
  const timestamp = integerHeader(rawTimestamp);
  if (timestamp === undefined) return refused("BAD_SIGNATURE", "X-m3ter-timestamp is not Unix milliseconds.");
  const expected = createHmac("sha256", apiSecret).update(`${apiKey}|${rawTimestamp.trim()}|`).update(request.body).digest("hex");
  const keyMatches = sameText(apiKey, accessKeyId);
  const signatureMatches = sameText(signature.trim().toLowerCase(), expected);
  if (!(keyMatches && signatureMatches)) return refused("BAD_SIGNATURE", "The API key or X-m3ter-signature does not match.");
  if (!withinTolerance(timestamp, now, M3TER_TOLERANCE_MS)) {
    return refused("STALE_TIMESTAMP", `X-m3ter-timestamp ${timestamp} is more than 5 minutes from now.`);
  }
  return accepted;
};
