// Adding an access token: name, role, and whether an application's (OAuth2
// client credentials), Save; the secret is shown once, with a copy button (an
// application's with its client id); then Done.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { Role } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";
import { SecretOnce } from "../../ui/secret-once.tsx";
import { CopyButton } from "../../ui/copy-button.tsx";
import { ApiGuideLink } from "../api-guide/api-guide-link.tsx";
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

const fields = { name: ["input", "name"], role: ["input", "role"], application: ["input", "application"] };

interface Created {
  name: string;
  secret: string;
  /** An application's OAuth2 client id. */
  clientId?: string | null;
}

export interface CreateTokenDialogProps {
  onClose(): void;
  /** Called just before the token is created. */
  onCreate(): void;
}

export function CreateTokenDialog({ onClose, onCreate }: CreateTokenDialogProps) {
  const [created, setCreated] = useState<Created | null>(null);
  return created ? (
    <Dialog title={created.clientId ? "Application created" : "Token created"} onClose={onClose}>
      {created.clientId ? (
        <ClientSecretOnce created={{ ...created, clientId: created.clientId }} onDone={onClose} />
      ) : (
        <TokenSecretOnce name={created.name} secret={created.secret} onDone={onClose} />
      )}
    </Dialog>
  ) : (
    <Dialog title="Create an access token" onClose={onClose}>
      <CreateTokenForm onCancel={onClose} onCreate={onCreate} onCreated={setCreated} />
    </Dialog>
  );
}

function CreateTokenForm({ onCancel, onCreate, onCreated }: { onCancel(): void; onCreate(): void; onCreated(created: Created): void }) {
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("OPERATOR");
  const [application, setApplication] = useState(false);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, createToken] = useMutation(CreateAccessToken);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onCreate();
    const result = await createToken({ input: { name, role, application } });
    const payload = result.data?.createAccessToken;
    if (payload?.__typename === "CreateAccessTokenPayload") {
      onCreated({ name: payload.accessToken.name, secret: payload.secret, clientId: payload.accessToken.clientId });
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
      <label className="checkbox">
        <input
          type="checkbox"
          name="application"
          checked={application}
          onChange={(e) => setApplication(e.target.checked)}
          aria-describedby="token-application-hint"
        />
        For a third-party application (OAuth2 client credentials)
      </label>
      <p id="token-application-hint" className="field-hint">
        It gets a client id and secret, which it exchanges for short-lived access tokens at <code>POST /oauth/token</code>. The secret is
        not itself a bearer token.
      </p>
      <FormErrors errors={errors.fields.application} />
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

function ClientSecretOnce({ created, onDone }: { created: Created & { clientId: string }; onDone(): void }) {
  return (
    <>
      <Field
        label="Client id"
        hint="Not secret: the application sends it with the secret."
        after={<CopyButton text={created.clientId} label="Copy client id" />}
      >
        {(control) => (
          <input {...control} className="input mono" readOnly value={created.clientId} onFocus={(e) => e.currentTarget.select()} />
        )}
      </Field>
      <SecretOnce
        warning={
          <p>
            <strong>Copy the client secret of “{created.name}” now.</strong> This is the only time it is shown. The application exchanges
            the client id and secret for access tokens at <code>POST /oauth/token</code> (<ApiGuideLink section="oauth2">how</ApiGuideLink>
            ).
          </p>
        }
        label="Client secret"
        secret={created.secret}
        copyLabel="Copy client secret"
        onDone={onDone}
      />
    </>
  );
}
