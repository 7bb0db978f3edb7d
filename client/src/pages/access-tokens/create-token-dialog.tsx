// Adding an access token: name and role, Save; the secret is shown
// once, with a copy button; then Done.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { Role } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";
import { SecretOnce } from "../../ui/secret-once.tsx";
import { roleOrder, roles } from "../../ui/roles.ts";

const CreateAccessToken = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
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

const fields = { name: ["input", "name"], role: ["input", "role"] };

export interface CreateTokenDialogProps {
  onClose(): void;
  /** Called just before the token is created. */
  onCreate(): void;
}

export function CreateTokenDialog({ onClose, onCreate }: CreateTokenDialogProps) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  return created ? (
    <Dialog title="Token created" onClose={onClose}>
      <TokenSecretOnce name={created.name} secret={created.secret} onDone={onClose} />
    </Dialog>
  ) : (
    <Dialog title="Create an access token" onClose={onClose}>
      <CreateTokenForm onCancel={onClose} onCreate={onCreate} onCreated={setCreated} />
    </Dialog>
  );
}

function CreateTokenForm({
  onCancel,
  onCreate,
  onCreated,
}: {
  onCancel(): void;
  onCreate(): void;
  onCreated(created: { name: string; secret: string }): void;
}) {
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("OPERATOR");
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, createToken] = useMutation(CreateAccessToken);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onCreate();
    const result = await createToken({ input: { name, role } });
    const payload = result.data?.createAccessToken;
    if (payload?.__typename === "CreateAccessTokenPayload") {
      onCreated({ name: payload.accessToken.name, secret: payload.secret });
    } else {
      setProblem(mutationProblem(result.error, payload));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors errors={errors.form} />
      <Field label="Name" hint="Say who or what uses it, e.g. “CI deploys”." errors={errors.fields.name}>
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
      <Field label="Role" hint={roles[role].description} errors={errors.fields.role}>
        {(control) => (
          <select {...control} className="input" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roleOrder.map((r) => (
              <option key={r} value={r}>
                {roles[r].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? "Creating…" : "Create token"}
        </button>
      </div>
    </form>
  );
}

function TokenSecretOnce({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  return (
    <SecretOnce
      warning={
        <p>
          <strong>Copy the secret of “{name}” now.</strong> This is the only time it is shown: Switchyard keeps only a hash of it and cannot
          show it again. If it is lost, revoke the token and create another.
        </p>
      }
      label="Secret"
      hint="Send it as Authorization: Bearer followed by the secret."
      secret={secret}
      copyLabel="Copy secret"
      onDone={onDone}
    />
  );
}
