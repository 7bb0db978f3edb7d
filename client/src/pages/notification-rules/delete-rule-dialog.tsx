import { useState } from "react";
import { useMutation } from "urql";
import { FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { Dialog } from "../../ui/dialog.tsx";

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
    <Dialog title={`Delete “${rule.name}”?`} onClose={onClose}>
      <FormErrors errors={problemFor(problem, {}).form} />
      <p>Its pending deliveries are cancelled; their history stays. This cannot be undone.</p>
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
