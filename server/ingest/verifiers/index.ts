// One verifier per incoming credential type. The mapped type makes a new
// incoming type without a verifier a compile error.
import type { CredentialFields, IncomingCredentialType } from "../../credentials/credential-types.ts";
import type { ReceivedRequest, Verdict, Verifier } from "../received-request.ts";
import { verifyHttpBasic } from "./http-basic.ts";
import { verifyHubspotClientSecret } from "./hubspot-client-secret.ts";
import { verifyM3terAppSignature } from "./m3ter-app-signature.ts";
import { verifySageIntacctClientSecret } from "./sage-intacct-client-secret.ts";
import { verifyStripeSignature } from "./stripe-signature.ts";

const verifiers: { [T in IncomingCredentialType]: Verifier<CredentialFields<T>> } = {
  HTTP_BASIC: verifyHttpBasic,
  HUBSPOT_CLIENT_SECRET: verifyHubspotClientSecret,
  M3TER_APP_SIGNATURE: verifyM3terAppSignature,
  SAGE_INTACCT_CLIENT_SECRET: verifySageIntacctClientSecret,
  STRIPE_SIGNATURE: verifyStripeSignature,
};

// Whether a type's proof covers the body. Those that do not (a password, a bearer token) are checked before the
// body is read, so a stranger's body is never read for them.
const provesBody: { [T in IncomingCredentialType]: boolean } = {
  HTTP_BASIC: false,
  HUBSPOT_CLIENT_SECRET: true,
  M3TER_APP_SIGNATURE: true,
  SAGE_INTACCT_CLIENT_SECRET: false,
  STRIPE_SIGNATURE: true,
};

/** True when the credential is checked from the headers alone (the body may be empty then). */
export const verifiesFromHeaders = (type: IncomingCredentialType): boolean => !provesBody[type];

export function verifyIncoming<T extends IncomingCredentialType>(
  type: T,
  fields: CredentialFields<T>,
  request: ReceivedRequest,
  now: Date,
): Promise<Verdict> {
  const verifier = verifiers[type] as Verifier<CredentialFields<T>>;
  return Promise.resolve(verifier(fields, request, now));
}
