import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { AccessTokenRowFragment } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";

const RenameAccessToken = graphql(`
  mutation RenameAccessToken($input: RenameAccessTokenInput!) {
    renameAccessToken(input: $input) {
      __typename
      ... on AccessTokenPayload {
        accessToken {
          ...AccessTokenRow
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const fields = { name: ["input", "name"] };

export function RenameTokenDialog({ token, onClose }: { token: AccessTokenRowFragment; onClose(): void }) {
  const [name, setName] = useState(token.name);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, renameToken] = useMutation(RenameAccessToken);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await renameToken({ input: { id: token.id, name } });
    const payload = result.data?.renameAccessToken;
    if (payload?.__typename === "AccessTokenPayload") onClose();
    else setProblem(mutationProblem(result.error, payload));
  };

  return (
    <Dialog title={`Rename “${token.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormErrors errors={errors.form} />
        <Field label="New name" errors={errors.fields.name}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={100}
              autoComplete="off"
              autoFocus
            />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={fetching}>
            {fetching ? "Saving…" : "Save"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
