import { useState } from "react";
import { useMutation } from "urql";
import { mutationProblem, noProblem, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";

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
    <ConfirmDialog
      title={`Delete “${webhook.name}”?`}
      problem={problem}
      action={{ label: "Yes, delete", busyLabel: "Deleting…", busy: fetching, run: confirm }}
      onClose={onClose}
    >
      <p>Its pending deliveries are cancelled; its history stays. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
