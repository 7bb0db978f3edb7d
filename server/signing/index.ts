// One signer per outgoing credential type. The mapped type makes a new
// outgoing type without a signer a compile error.
import { credentialTypes, type CredentialFields, type OutgoingCredentialType } from "../credentials/credential-types.ts";
import { signApiKey } from "./api-key.ts";
import { signBasic } from "./basic.ts";
import { signBearer } from "./bearer.ts";
import { signHmacSha256 } from "./hmac-sha256.ts";
import { signM3terSignedRequest } from "./m3ter-signed-request.ts";
import { signNone } from "./none.ts";
import {
  messageHeaders,
  withHeaders,
  type OutgoingRequest,
  type SignedRequest,
  type Signer,
  type SigningContext,
} from "./signed-request.ts";
import { signStandardWebhooks } from "./standard-webhooks.ts";

export type { OutgoingRequest, SignedRequest, SigningContext } from "./signed-request.ts";

const signers: { [T in OutgoingCredentialType]: Signer<CredentialFields<T>> } = {
  NONE: signNone,
  M3TER_SIGNED_REQUEST: signM3terSignedRequest,
  HMAC_SHA256: signHmacSha256,
  STANDARD_WEBHOOKS: signStandardWebhooks,
  BASIC: signBasic,
  BEARER: signBearer,
  API_KEY: signApiKey,
};

/**
 * Adds the message headers (webhook-id, webhook-timestamp) and authenticates
 * the request with a credential's (already parsed) fields. Returns a new
 * request; the input is left untouched.
 */
export function signRequest<T extends OutgoingCredentialType>(
  type: T,
  fields: CredentialFields<T>,
  request: OutgoingRequest,
  context: SigningContext,
): SignedRequest {
  const signer = Object.hasOwn(signers, type) ? (signers[type] as Signer<CredentialFields<T>>) : undefined;
  if (!signer) {
    const direction = Object.hasOwn(credentialTypes, type) ? credentialTypes[type as keyof typeof credentialTypes].direction : "unknown";
    throw new Error(`No signer for credential type ${String(type)} (${direction}): only outgoing credentials sign requests`);
  }
  return signer(fields, withHeaders(request, messageHeaders(context)), context);
}
