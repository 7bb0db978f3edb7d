// BASIC: RFC 7617, credentials as UTF-8 before base64.
import type { CredentialFields } from "../credentials/credential-types.ts";
import { signed, withHeaders, type Signer } from "./signed-request.ts";

export const signBasic: Signer<CredentialFields<"BASIC">> = ({ username, password }, request) => {
  const encoded = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
  return signed(withHeaders(request, { authorization: `Basic ${encoded}` }), ["authorization"]);
};
