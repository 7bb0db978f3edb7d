import { graphql } from "../../gql/index.ts";

// Re-sends a delivery now (a MANUAL attempt). It selects the delivery's
// attempts, so a detail page showing them updates from the result.
export const ResendDelivery = graphql(`
  mutation ResendDelivery($input: ResendDeliveryInput!) {
    resendDelivery(input: $input) {
      __typename
      ... on AttemptPayload {
        attempt {
          id
          number
          succeeded
          responseStatus
          errorCode
          durationMs
          delivery {
            id
            status
            attemptCount
            lastAttemptAt
            attempts {
              ...AttemptSummary
            }
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const AttemptSummary = graphql(`
  fragment AttemptSummary on Attempt {
    id
    number
    trigger
    succeeded
    responseStatus
    errorCode
    durationMs
    sentAt
  }
`);
