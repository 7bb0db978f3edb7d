// SAGE_INTACCT_CLIENT_SECRET: Sage Intacct's webhook delivery sends `Authorization: Bearer <JWT>`.
// Sage does not publish how that token is keyed; our reading (stated in the README) is an HS256 JWT
// signed with the client secret, with exp and iat required. The token vouches for the sender, not
// for the body: nothing in it binds the payload.
import { errors, jwtVerify } from "jose";
import type { CredentialFields } from "../../credentials/credential-types.ts";
import { accepted, refused, type Verifier } from "../received-request.ts";

/** A token older than this (by iat) is a replay, whatever its exp says. */
export const SAGE_MAX_TOKEN_AGE_SECONDS = 300;
const CLOCK_SKEW_SECONDS = 30;

export const verifySageIntacctClientSecret: Verifier<CredentialFields<"SAGE_INTACCT_CLIENT_SECRET">> = async (
  { clientSecret },
  request,
  now,
) => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
  if (!match) return refused("MISSING_SIGNATURE", "No Authorization: Bearer header.");
  try {
    await jwtVerify(match[1], new TextEncoder().encode(clientSecret), {
      algorithms: ["HS256"],
      requiredClaims: ["exp", "iat"],
      maxTokenAge: SAGE_MAX_TOKEN_AGE_SECONDS,
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: now,
    });
    return accepted;
  } catch (error) {
    // jose checks the signature before any claim, so a claim error means an authentic token out of its time.
    if (error instanceof errors.JWTExpired) return refused("STALE_TIMESTAMP", "The token has expired (exp).");
    if (error instanceof errors.JWTClaimValidationFailed && (error.claim === "iat" || error.claim === "nbf")) {
      return refused("STALE_TIMESTAMP", `The token's ${error.claim} is out of bounds: ${error.message}`);
    }
    if (error instanceof errors.JWTClaimValidationFailed) return refused("BAD_SIGNATURE", `The token lacks a claim: ${error.message}`);
    return refused("BAD_SIGNATURE", "The bearer token is not an HS256 JWT signed with the client secret.");
  }
};
