// The catalogue of credential types, fetched once per session (it is the same
// for every organization) and read by the list, the form and destinations.
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";

export const CredentialTypesQuery = graphql(`
  query CredentialTypes {
    credentialTypes {
      type
      label
      direction
      fields {
        name
        label
        secret
        required
        generated
        options
        defaultValue
      }
    }
  }
`);

export function useCredentialTypes() {
  const [{ data, error }, refetch] = useQuery({ query: CredentialTypesQuery });
  return { types: data?.credentialTypes, error, refetch };
}
