// Who the signed-in token is. Sign-in runs this to check a token; the layout
// reads the same (cached) result to show it.
import { graphql } from "../gql/index.ts";

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      tokenId
      tokenName
      role
      reach
      homeOrganizationId
      canCreateOrganizations
      organization {
        id
        name
      }
    }
  }
`);
