import { useState } from "react";
import { useMutation } from "urql";
import { FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { Dialog } from "../../ui/dialog.tsx";

const DeleteWebhook = graphql(`
  mutation DeleteWebhook($input: DeleteWebhookInput!) {
    deleteWebhook(input: $input) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on Error {
        message
      }
    }
  }
`);

export function DeleteWebhookDialog({
  webhook,
  onClose,
  onDeleted,
}: {
  webhook: { id: string; name: string };
  onClose(): void;
  onDeleted?(): void;
}) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, deleteWebhook] = useMutation(DeleteWebhook);
  const confirm = async () => {
    const result = await deleteWebhook({ input: { id: webhook.id } });
    const payload = result.data?.deleteWebhook;
    if (payload?.__typename !== "DeletePayload") return setProblem(mutationProblem(result.error, payload));
    onClose();
    onDeleted?.();
  };
  return (
    <Dialog title={`Delete “${webhook.name}”?`} onClose={onClose}>
      <FormErrors errors={problemFor(problem, {}).form} />
      <p>Its pending deliveries are cancelled; its history stays. This cannot be undone.</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={confirm} disabled={fetching}>
          {fetching ? "Deleting…" : "Yes, delete"}
        </button>
      </div>
    </Dialog>
  );
}
