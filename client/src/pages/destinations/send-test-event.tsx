// "Send test": one switchyard.test event to the destination, now, and what
// came back.
import { useState } from "react";
import { useMutation } from "urql";
import { Link } from "wouter";
import { graphql } from "../../gql/index.ts";
import { errorMessage } from "../../ui/error-message.ts";
import { AttemptResult } from "../../ui/status.tsx";

const SendTestEventMutation = graphql(`
  mutation SendTestEvent($input: SendTestEventInput!) {
    sendTestEvent(input: $input) {
      __typename
      ... on AttemptPayload {
        attempt {
          id
          succeeded
          responseStatus
          durationMs
          errorCode
          errorMessage
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export function SendTestEvent({ destinationId }: { destinationId: string }) {
  const [{ fetching, data, error }, send] = useMutation(SendTestEventMutation);
  const [sent, setSent] = useState(false);
  const payload = sent ? data?.sendTestEvent : undefined;
  const attempt = payload?.__typename === "AttemptPayload" ? payload.attempt : null;
  return (
    <div className="send-test">
      <button
        type="button"
        className="button button-primary"
        disabled={fetching}
        onClick={() => {
          setSent(true);
          void send({ input: { destinationId } });
        }}
      >
        {fetching ? "Sending…" : "Send test event"}
      </button>
      <div role="status" className="send-test-result">
        {sent && !fetching && error && <p className="callout callout-error">{errorMessage(error)}</p>}
        {sent && !fetching && payload && !attempt && "message" in payload && <p className="callout callout-error">{payload.message}</p>}
        {!fetching && attempt && (
          <p className={`callout ${attempt.succeeded ? "callout-ok" : "callout-error"}`}>
            {attempt.succeeded ? "Test event delivered" : "Test event failed"}: <AttemptResult {...attempt} /> in {attempt.durationMs} ms
            {attempt.errorMessage && <> ({attempt.errorMessage})</>}. <Link href={`/history/${attempt.id}`}>View the request</Link>
          </p>
        )}
      </div>
    </div>
  );
}
