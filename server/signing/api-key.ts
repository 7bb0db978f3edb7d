// API_KEY: the key in a header, or as a query parameter appended to the
// destination's own query string. The existing parameters are kept byte for
// byte (re-serializing them would turn %20 into +, which not every receiver
// reads as a space); only an earlier parameter of the same name is replaced.
import type { CredentialFields } from "../credentials/credential-types.ts";
import { signed, withHeaders, type Signer } from "./signed-request.ts";

export const signApiKey: Signer<CredentialFields<"API_KEY">> = ({ name, value, placement }, request) => {
  if (placement === "HEADER") {
    const header = name.toLowerCase();
    return signed(withHeaders(request, { [header]: value }), [header]);
  }
  const copy = withHeaders(request, {});
  const kept = copy.url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && decodeQueryName(pair) !== name);
  copy.url.search = [...kept, `${encodeURIComponent(name)}=${encodeURIComponent(value)}`].join("&");
  return signed(copy, [], [name]);
};

function decodeQueryName(pair: string): string {
  const rawName = pair.split("=", 1)[0].replace(/\+/g, " ");
  try {
    return decodeURIComponent(rawName);
  } catch {
    return rawName;
  }
}
