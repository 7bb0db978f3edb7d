// BEARER: RFC 6750 Authorization header; the catalogue refuses a pasted prefix.
import type { CredentialFields } from "../credentials/credential-types.ts";
import { signed, withHeaders, type Signer } from "./signed-request.ts";

export const signBearer: Signer<CredentialFields<"BEARER">> = ({ token }, request) =>
  signed(withHeaders(request, { authorization: `Bearer ${token}` }), ["authorization"]);
