// STANDARD_WEBHOOKS (standardwebhooks.com): v1 = base64 HMAC-SHA256 of
// "<webhook-id>.<webhook-timestamp>.<body>", keyed with the decoded whsec_ key.
// It signs the message headers as signRequest set them (messageHeaders), so
// the signature covers exactly what is sent.
import { createHmac } from "node:crypto";
import type { CredentialFields } from "../credentials/credential-types.ts";
import { decodeStandardWebhooksSecret } from "../credentials/standard-webhooks-secret.ts";
import { signed, withHeaders, type Signer } from "./signed-request.ts";

export const signStandardWebhooks: Signer<CredentialFields<"STANDARD_WEBHOOKS">> = ({ secret }, request) => {
  const key = decodeStandardWebhooksSecret(secret);
  // The catalogue only stores valid secrets; reaching this is a bug.
  if (!key) throw new Error("STANDARD_WEBHOOKS credential holds a malformed secret");
  const { "webhook-id": id, "webhook-timestamp": seconds } = request.headers;
  const signature = createHmac("sha256", key).update(`${id}.${seconds}.${request.body}`, "utf8").digest("base64");
  return signed(withHeaders(request, { "webhook-signature": `v1,${signature}` }));
};
