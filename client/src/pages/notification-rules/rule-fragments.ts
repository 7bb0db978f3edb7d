import { graphql } from "../../gql/index.ts";

export const NotificationRuleRow = graphql(`
  fragment NotificationRuleRow on NotificationRule {
    id
    name
    eventType
    condition
    enabled
    lastEvaluationError {
      message
      at
    }
    createdAt
    updatedAt
    destinations {
      id
      name
    }
  }
`);
