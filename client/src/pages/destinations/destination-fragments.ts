import { graphql } from "../../gql/index.ts";

// What the list shows of a destination; its mutations select it too, so their
// results keep cached rows complete.
export const DestinationRow = graphql(`
  fragment DestinationRow on Destination {
    id
    name
    code
    url
    state
    createdAt
    credential {
      id
      name
      type
    }
  }
`);

export const DestinationDetails = graphql(`
  fragment DestinationDetails on Destination {
    ...DestinationRow
    description
    headers {
      name
      value
    }
    timeoutMs
    rateLimitPerSecond
    disabledAt
    disabledReason
    circuitOpenUntil
    consecutiveFailures
    circuit {
      state
      openedAt
      cooldownSeconds
      nextProbeAt
      probeSentAt
    }
    lastSuccessAt
    updatedAt
    graceEndsAt
    previousCredential {
      id
      name
    }
    credential {
      id
      name
      type
      hint
      publicFields
    }
  }
`);
