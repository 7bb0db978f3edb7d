// HMAC_SHA256: lowercase hex HMAC-SHA256 in the header the user chose.
// TIMESTAMPED also signs the send time, so a captured request cannot be
// replayed later: the receiver checks X-Switchyard-Timestamp is recent.
import { createHmac } from "node:crypto";
import type { CredentialFields } from "../credentials/credential-types.ts";
import { signed, unixSeconds, withHeaders, type Signer } from "./signed-request.ts";

export const HMAC_TIMESTAMP_HEADER = "x-switchyard-timestamp";

export const signHmacSha256: Signer<CredentialFields<"HMAC_SHA256">> = ({ headerName, secret, mode }, request, { timestamp }) => {
  const hmac = createHmac("sha256", secret);
  const headers: Record<string, string> = {};
  if (mode === "TIMESTAMPED") {
    const seconds = String(unixSeconds(timestamp));
    headers[HMAC_TIMESTAMP_HEADER] = seconds;
    hmac.update(`${seconds}.`, "utf8");
  }
  hmac.update(request.body, "utf8");
  headers[headerName] = hmac.digest("hex");
  // The signature proves the body; it does not let anyone sign another one.
  return signed(withHeaders(request, headers));
};
