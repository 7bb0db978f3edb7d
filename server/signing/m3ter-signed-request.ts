// M3TER_SIGNED_REQUEST, as written down in shared/M3TER.md (m3ter's published
// recipe could not be retrieved; this is our reading of the format):
//   X-m3ter-apikey: the API key
//   X-m3ter-timestamp: send time, Unix epoch milliseconds
//   X-m3ter-signature: hex HMAC-SHA256 keyed with the API secret of
//                      "<apiKey>|<timestamp>|<raw body>"
// Receivers reject timestamps more than 5 minutes off and compare in constant time.
import { createHmac } from "node:crypto";
import type { CredentialFields } from "../credentials/credential-types.ts";
import { signed, withHeaders, type Signer } from "./signed-request.ts";

export const M3TER_HEADERS = {
  apiKey: "x-m3ter-apikey",
  timestamp: "x-m3ter-timestamp",
  signature: "x-m3ter-signature",
} as const;

export const signM3terSignedRequest: Signer<CredentialFields<"M3TER_SIGNED_REQUEST">> = ({ apiKey, apiSecret }, request, { timestamp }) => {
  const millis = String(timestamp.getTime());
  const signature = createHmac("sha256", apiSecret).update(`${apiKey}|${millis}|${request.body}`, "utf8").digest("hex");
  // The API key identifies the sender (like a username); only the secret is secret.
  return signed(
    withHeaders(request, {
      [M3TER_HEADERS.apiKey]: apiKey,
      [M3TER_HEADERS.timestamp]: millis,
      [M3TER_HEADERS.signature]: signature,
    }),
  );
};
