import { graphql } from "../../gql/index.ts";

export const WebhookDetails = graphql(`
  fragment WebhookDetails on Webhook {
    id
    name
    url
    enabled
    state
    eventTypes
    lastTriggeredAt
    createdAt
    verifyTls
    payloadFormat
    maxEventsPerRequest
    retrySchedule
    customRetrySchedule
    global
    program {
      id
      name
    }
    destination {
      id
      name
      credential {
        id
        name
        type
        hint
      }
    }
  }
`);
