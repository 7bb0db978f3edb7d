// One sentence for a failed request, for people rather than for logs.
import type { CombinedError } from "@urql/core";

export function errorMessage(error: CombinedError): string {
  if (error.networkError) return "Could not reach the Switchyard API. Check that it is running and try again.";
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes("FORBIDDEN")) return "Your access token's role does not allow this.";
  if (codes.includes("UNAUTHENTICATED")) return "Your access token is no longer valid.";
  return error.graphQLErrors[0]?.message ?? error.message;
}
