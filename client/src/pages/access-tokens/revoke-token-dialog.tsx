import { useState } from "react";
import { useMutation } from "urql";
import { mutationProblem, noProblem, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { AccessTokenRowFragment } from "../../gql/graphql.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";

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
    <ConfirmDialog
      title={`Revoke “${token.name}”?`}
      problem={problem}
      action={{ label: "Revoke token", busyLabel: "Revoking…", busy: fetching, run: revoke }}
      onClose={onClose}
    >
      <p>Requests with this token fail from the next one on. This cannot be undone.</p>
      {isCurrent && (
        <div className="callout callout-warning">
          <p>This dashboard is signed in with this token: revoking it signs you out.</p>
        </div>
      )}
    </ConfirmDialog>
  );
}
