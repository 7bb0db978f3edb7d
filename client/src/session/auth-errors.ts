// How the API says "who are you?": HTTP 401 with a GraphQL error whose
// extensions carry code UNAUTHENTICATED and a reason (see README, "The API in brief").
import type { CombinedError } from "@urql/core";

export type AuthFailureReason = "MISSING" | "MALFORMED" | "UNKNOWN" | "REVOKED" | "ARCHIVED" | "EXPIRED" | "CLIENT_SECRET";

const reasons: Record<AuthFailureReason, string> = {
  MISSING: "Enter an access token.",
  MALFORMED: "That is not a Switchyard access token: tokens start with sy_ followed by letters and digits.",
  UNKNOWN: "This access token is not valid. Check that you pasted all of it.",
  REVOKED: "This access token has been revoked. Ask an admin for a new one.",
  ARCHIVED: "This access token's organization has been archived.",
  EXPIRED: "This access token has expired. An application asks POST /oauth/token for a new one.",
  CLIENT_SECRET: "This is an application's client secret: exchange it for an access token at POST /oauth/token, or sign in with a token.",
};

export function isUnauthenticated(error: CombinedError): boolean {
  const status = (error.response as Response | undefined)?.status;
  return status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

export function authFailureReason(error: CombinedError): AuthFailureReason | undefined {
  for (const e of error.graphQLErrors) {
    const reason = e.extensions?.reason;
    if (e.extensions?.code === "UNAUTHENTICATED" && typeof reason === "string" && reason in reasons) {
      return reason as AuthFailureReason;
    }
  }
  return undefined;
}

/** What the sign-in form says when the API refused a token. */
export function authFailureMessage(error: CombinedError): string | undefined {
  if (!isUnauthenticated(error)) return undefined;
  return reasons[authFailureReason(error) ?? "UNKNOWN"];
}

export const sessionEndedNotice = "You were signed out: your access token was revoked or is no longer valid. Sign in with another token.";
