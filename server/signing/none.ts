// NONE: only the default headers the delivery engine sends anyway.
import type { CredentialFields } from "../credentials/credential-types.ts";
import { signed, withHeaders, type Signer } from "./signed-request.ts";

export const signNone: Signer<CredentialFields<"NONE">> = (_fields, request) => signed(withHeaders(request, {}));
