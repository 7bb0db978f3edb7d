// Seed 000: "A confirmation dialog appears"; a destination that webhooks still
// use cannot be deleted, and the message names them.
import { useState } from "react";
import { useMutation } from "urql";
import { Link } from "wouter";
import { FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { Dialog } from "../../ui/dialog.tsx";

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
      }
      ... on Error {
        message
      }
    }
  }
`);

export interface DeleteDestinationDialogProps {
  destination: { id: string; name: string };
  onClose(): void;
  onDeleted?(): void;
}

export function DeleteDestinationDialog({ destination, onClose, onDeleted }: DeleteDestinationDialogProps) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [inUseBy, setInUseBy] = useState<{ id: string; name: string }[] | null>(null);
  const [{ fetching }, deleteDestination] = useMutation(DeleteDestination);

  const confirm = async () => {
    const result = await deleteDestination({ input: { id: destination.id } });
    const payload = result.data?.deleteDestination;
    if (payload?.__typename === "DeletePayload") {
      onClose();
      onDeleted?.();
    } else if (payload?.__typename === "DestinationInUseError") {
      setInUseBy(payload.webhooks);
      // The API's message, for whatever else uses it (notification rules).
      if (payload.webhooks.length === 0) setProblem(mutationProblem(undefined, payload));
    } else {
      setProblem(mutationProblem(result.error, payload));
    }
  };

  return (
    <Dialog title={`Delete “${destination.name}”?`} onClose={onClose}>
      <FormErrors errors={problemFor(problem, {}).form} />
      {inUseBy && inUseBy.length > 0 ? (
        <div className="callout callout-error" role="alert">
          <p>
            “{destination.name}” cannot be deleted: {inUseBy.length === 1 ? "a webhook sends" : `${inUseBy.length} webhooks send`} to it. Delete{" "}
            {inUseBy.length === 1 ? "that webhook" : "those webhooks"} first:
          </p>
          <ul className="plain-list">
            {inUseBy.map((w) => (
              <li key={w.id}>
                <Link href={`/webhooks/${w.id}/edit`}>{w.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        !inUseBy && <p>The destination and its delivery history are deleted. This cannot be undone.</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {inUseBy ? "Close" : "Cancel"}
        </button>
        {!inUseBy && (
          <button type="button" className="button button-danger" onClick={confirm} disabled={fetching}>
            {fetching ? "Deleting…" : "Yes, delete"}
          </button>
        )}
      </div>
    </Dialog>
  );
}
