import { useState } from "react";
import { useMutation } from "urql";
import { FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { AccessTokenRowFragment } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";

const RevokeAccessToken = graphql(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      __typename
      ... on AccessTokenPayload {
        accessToken {
          ...AccessTokenRow
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export interface RevokeTokenDialogProps {
  token: AccessTokenRowFragment;
  /** The dashboard is signed in with this token. */
  isCurrent: boolean;
  onClose(): void;
  /** Called just before the token is revoked. */
  onRevoke(): void;
  onRevokedCurrent(): void;
}

export function RevokeTokenDialog({ token, isCurrent, onClose, onRevoke, onRevokedCurrent }: RevokeTokenDialogProps) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, revokeToken] = useMutation(RevokeAccessToken);

  const revoke = async () => {
    onRevoke();
    const result = await revokeToken({ input: { id: token.id } });
    const payload = result.data?.revokeAccessToken;
    if (payload?.__typename !== "AccessTokenPayload") return setProblem(mutationProblem(result.error, payload));
    if (isCurrent) onRevokedCurrent();
    else onClose();
  };

  return (
    <Dialog title={`Revoke “${token.name}”?`} onClose={onClose}>
      <FormErrors errors={problemFor(problem, {}).form} />
      <p>Requests with this token fail from the next one on. This cannot be undone.</p>
      {isCurrent && (
        <div className="callout callout-warning">
          <p>This dashboard is signed in with this token: revoking it signs you out.</p>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={revoke} disabled={fetching}>
          {fetching ? "Revoking…" : "Revoke token"}
        </button>
      </div>
    </Dialog>
  );
}
