// Deleting a credential, after confirmation. A credential that destinations or
// sources still use is refused; the dialog names them.
import { useState } from "react";
import { useMutation } from "urql";
import { Link } from "wouter";
import { mutationProblem, noProblem, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { CredentialRowFragment } from "../../gql/graphql.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";

const DeleteCredential = graphql(`
  mutation DeleteCredential($input: DeleteCredentialInput!) {
    deleteCredential(input: $input) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on CredentialInUseError {
        destinations {
          id
          name
        }
        sources {
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

export function DeleteCredentialDialog({ credential, onClose }: { credential: CredentialRowFragment; onClose(): void }) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [inUseBy, setInUseBy] = useState<{ id: string; name: string; href: string }[] | null>(null);
  const [{ fetching }, deleteCredential] = useMutation(DeleteCredential);

  const confirm = async () => {
    const result = await deleteCredential({ input: { id: credential.id } });
    const payload = result.data?.deleteCredential;
    if (payload?.__typename === "DeletePayload") return onClose();
    if (payload?.__typename === "CredentialInUseError") {
      return setInUseBy([
        ...payload.destinations.map((d) => ({ ...d, href: `/destinations/${d.id}/edit` })),
        ...payload.sources.map((s) => ({ ...s, href: `/sources/${s.id}` })),
      ]);
    }
    setProblem(mutationProblem(result.error, payload));
  };

  return (
    <ConfirmDialog
      title={`Delete “${credential.name}”?`}
      problem={problem}
      action={{ label: "Delete credential", busyLabel: "Deleting…", busy: fetching, run: confirm }}
      refused={inUseBy !== null}
      onClose={onClose}
    >
      {inUseBy ? (
        <div className="callout callout-error" role="alert">
          <p>
            “{credential.name}” cannot be deleted:{" "}
            {inUseBy.length === 1 ? "one destination or source uses" : `${inUseBy.length} destinations or sources use`} it. Give{" "}
            {inUseBy.length === 1 ? "it" : "them"} another credential first:
          </p>
          <ul className="plain-list">
            {inUseBy.map((d) => (
              <li key={d.id}>
                <Link href={d.href}>{d.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Destinations can no longer use it, and its secret is gone for good. This cannot be undone.</p>
      )}
    </ConfirmDialog>
  );
}
