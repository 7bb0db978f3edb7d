// HTTP_BASIC: the sender puts the username and password in `Authorization: Basic …` (RFC 7617).
import type { CredentialFields } from "../../credentials/credential-types.ts";
import { accepted, refused, sameText, type Verifier } from "../received-request.ts";

export const verifyHttpBasic: Verifier<CredentialFields<"HTTP_BASIC">> = ({ username, password }, request) => {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(request.headers.authorization ?? "");
  if (!match) return refused("MISSING_SIGNATURE", "No Authorization: Basic header.");
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  // Both halves are always compared, so the time taken does not say which one was wrong.
  const userMatches = sameText(colon < 0 ? decoded : decoded.slice(0, colon), username);
  const passwordMatches = sameText(colon < 0 ? "" : decoded.slice(colon + 1), password);
  if (!(userMatches && passwordMatches)) return refused("BAD_SIGNATURE", "The username or password is wrong.");
  return accepted;
};
