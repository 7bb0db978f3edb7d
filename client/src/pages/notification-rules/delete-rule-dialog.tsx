import { useState } from "react";
import { useMutation } from "urql";
import { mutationProblem, noProblem, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";

const DeleteNotificationRule = graphql(`
  mutation DeleteNotificationRule($input: DeleteNotificationRuleInput!) {
    deleteNotificationRule(input: $input) {
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

export function DeleteRuleDialog({
  rule,
  onClose,
  onDeleted,
}: {
  rule: { id: string; name: string };
  onClose(): void;
  onDeleted?(): void;
}) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, deleteRule] = useMutation(DeleteNotificationRule);
  const confirm = async () => {
    const result = await deleteRule({ input: { id: rule.id } });
    const payload = result.data?.deleteNotificationRule;
    if (payload?.__typename !== "DeletePayload") return setProblem(mutationProblem(result.error, payload));
    onClose();
    onDeleted?.();
  };
  return (
    <ConfirmDialog
      title={`Delete “${rule.name}”?`}
      problem={problem}
      action={{ label: "Yes, delete", busyLabel: "Deleting…", busy: fetching, run: confirm }}
      onClose={onClose}
    >
      <p>Its pending deliveries are cancelled; their history stays. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
