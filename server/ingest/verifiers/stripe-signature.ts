// STRIPE_SIGNATURE, as Stripe documents it: `Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`,
// each v1 a hex HMAC-SHA256 keyed with the endpoint's signing secret (the whole whsec_… text) of
// "<t>.<raw body>". Several v1 appear while Stripe rolls a secret; any one matching is enough.
import { createHmac } from "node:crypto";
import type { CredentialFields } from "../../credentials/credential-types.ts";
import { accepted, refused, sameText, withinTolerance, type Verifier } from "../received-request.ts";

/** Stripe's own libraries default to 300 s. */
export const STRIPE_TOLERANCE_MS = 300_000;

export const verifyStripeSignature: Verifier<CredentialFields<"STRIPE_SIGNATURE">> = ({ signingKey }, request, now) => {
  const header = request.headers["stripe-signature"];
  if (!header) return refused("MISSING_SIGNATURE", "No Stripe-Signature header.");
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t") timestamp = value;
    else if (key === "v1" && value) signatures.push(value);
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) {
    return refused("BAD_SIGNATURE", "The Stripe-Signature header has no t= timestamp or no v1= signature.");
  }
  const expected = createHmac("sha256", signingKey).update(`${timestamp}.`).update(request.body).digest("hex");
  // Every candidate is compared, so the time taken does not say which one matched.
  const matches = signatures.map((signature) => sameText(signature, expected)).includes(true);
  if (!matches) return refused("BAD_SIGNATURE", "No v1 signature of the Stripe-Signature header matches the body and signing key.");
  if (!withinTolerance(Number(timestamp) * 1000, now, STRIPE_TOLERANCE_MS)) {
    return refused("STALE_TIMESTAMP", `The signed timestamp ${timestamp} is more than 300 s from now: a replay, or a clock far off.`);
  }
  return accepted;
};
