// The programs a webhook can be linked to, for selects (webhook form, webhook filter).
import { graphql } from "../../gql/index.ts";

export const ProgramChoices = graphql(`
  query ProgramChoices {
    programs(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
