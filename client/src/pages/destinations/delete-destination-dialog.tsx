// Deleting a destination asks for confirmation; one that webhooks or
// notification rules still use cannot be deleted, and the message names them.
import { useState } from "react";
import { useMutation } from "urql";
import { Link } from "wouter";
import { mutationProblem, noProblem, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { inUseDescription, inUseRemedy } from "./in-use.ts";

const DeleteDestination = graphql(`
  mutation DeleteDestination($input: DestinationIdInput!) {
    deleteDestination(input: $input) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on DestinationInUseError {
        webhooks {
          id
          name
        }
        notificationRules {
          id
          name
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

interface InUseBy {
  webhooks: { id: string; name: string }[];
  rules: { id: string; name: string }[];
}

export interface DeleteDestinationDialogProps {
  destination: { id: string; name: string };
  onClose(): void;
  onDeleted?(): void;
}

export function DeleteDestinationDialog({ destination, onClose, onDeleted }: DeleteDestinationDialogProps) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [inUseBy, setInUseBy] = useState<InUseBy | null>(null);
  const [{ fetching }, deleteDestination] = useMutation(DeleteDestination);

  const confirm = async () => {
    const result = await deleteDestination({ input: { id: destination.id } });
    const payload = result.data?.deleteDestination;
    if (payload?.__typename === "DeletePayload") {
      onClose();
      onDeleted?.();
    } else if (payload?.__typename === "DestinationInUseError") {
      setInUseBy({ webhooks: payload.webhooks, rules: payload.notificationRules });
      // The API's message, should something else ever use it.
      if (payload.webhooks.length + payload.notificationRules.length === 0) setProblem(mutationProblem(undefined, payload));
    } else {
      setProblem(mutationProblem(result.error, payload));
    }
  };

  return (
    <ConfirmDialog
      title={`Delete “${destination.name}”?`}
      problem={problem}
      action={{ label: "Yes, delete", busyLabel: "Deleting…", busy: fetching, run: confirm }}
      refused={inUseBy !== null}
      onClose={onClose}
    >
      {inUseBy && inUseBy.webhooks.length + inUseBy.rules.length > 0 ? (
        <div className="callout callout-error" role="alert">
          <p>
            “{destination.name}” cannot be deleted: {inUseDescription(inUseBy)} to it. {inUseRemedy(inUseBy)}
          </p>
          {inUseBy.webhooks.length > 0 && (
            <>
              <h3 className="callout-heading">{inUseBy.webhooks.length === 1 ? "Webhook" : "Webhooks"}</h3>
              <ul className="plain-list" aria-label="Webhooks sending to it">
                {inUseBy.webhooks.map((w) => (
                  <li key={w.id}>
                    <Link href={`/webhooks/${w.id}/edit`}>{w.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {inUseBy.rules.length > 0 && (
            <>
              <h3 className="callout-heading">{inUseBy.rules.length === 1 ? "Notification rule" : "Notification rules"}</h3>
              <ul className="plain-list" aria-label="Notification rules sending to it">
                {inUseBy.rules.map((r) => (
                  <li key={r.id}>
                    <Link href={`/notification-rules/${r.id}/edit`}>{r.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        !inUseBy && <p>The destination and its delivery history are deleted. This cannot be undone.</p>
      )}
    </ConfirmDialog>
  );
}
