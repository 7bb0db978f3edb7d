// Creating a credential: a name, the system it is for, the type,
// and the fields of that type, from the API's catalogue. A generated signing
// secret (Standard Webhooks) is shown once, like a token's secret.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { CredentialType } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { GeneratedSigningSecret } from "../../ui/secret-once.tsx";
import {
  fieldControl,
  fieldHint,
  fieldPath,
  fieldsInput,
  initialValues,
  optionLabel,
  typeGroups,
  type CredentialTypeInfo,
} from "./credential-form.ts";
import { useCredentialTypes } from "./credential-types.ts";

const CreateCredential = graphql(`
  mutation CreateCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        generatedSecret
        credential {
          ...CredentialRow
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

const DEFAULT_TYPE: CredentialType = "M3TER_SIGNED_REQUEST";
const SYSTEMS = ["Webhook destination", "Incoming webhook"];

export interface CreateCredentialDialogProps {
  onClose(): void;
  /** Called just before the credential is created. */
  onCreate(): void;
  /** Called with the new credential, e.g. to pick it in a destination form. */
  onCreated?(credential: { id: string; name: string }): void;
  /** Only types of this direction (destinations need OUTGOING ones). */
  direction?: "OUTGOING" | "INCOMING";
}

export function CreateCredentialDialog({ onClose, onCreate, onCreated, direction }: CreateCredentialDialogProps) {
  const { types, error, refetch } = useCredentialTypes();
  const [generated, setGenerated] = useState<{ name: string; secret: string } | null>(null);
  if (generated) {
    return (
      <Dialog title="Credential created" onClose={onClose}>
        <GeneratedSigningSecret name={generated.name} secret={generated.secret} onDone={onClose} />
      </Dialog>
    );
  }
  const offered = types?.filter((t) => !direction || t.direction === direction);
  return (
    <Dialog title="Create a credential" onClose={onClose}>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!offered && !error && (
        <p className="loading" aria-busy="true">
          Loading credential types…
        </p>
      )}
      {offered && (
        <CreateCredentialForm
          types={offered}
          onCancel={onClose}
          onCreate={onCreate}
          onCreated={(credential, secret) => {
            onCreated?.(credential);
            if (secret) setGenerated({ name: credential.name, secret });
            else onClose();
          }}
        />
      )}
    </Dialog>
  );
}

function CreateCredentialForm({
  types,
  onCancel,
  onCreate,
  onCreated,
}: {
  types: readonly CredentialTypeInfo[];
  onCancel(): void;
  onCreate(): void;
  onCreated(credential: { id: string; name: string }, generatedSecret: string | null): void;
}) {
  const [name, setName] = useState("");
  const [system, setSystem] = useState(SYSTEMS[0]);
  const [type, setType] = useState<CredentialType>(types.some((t) => t.type === DEFAULT_TYPE) ? DEFAULT_TYPE : types[0].type);
  const info = types.find((t) => t.type === type) ?? types[0];
  // Values per type, so switching types back and forth keeps what was typed.
  const [valuesByType, setValuesByType] = useState<Partial<Record<CredentialType, Record<string, string>>>>({});
  const values = valuesByType[info.type] ?? initialValues(info);
  const setValue = (field: string, value: string) => setValuesByType((all) => ({ ...all, [info.type]: { ...values, [field]: value } }));
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, createCredential] = useMutation(CreateCredential);

  const paths: Record<string, string[]> = {
    name: ["input", "name"],
    system: ["input", "system"],
    type: ["input", "type"],
    ...Object.fromEntries(info.fields.map((f) => [f.name, fieldPath(f.name)])),
  };
  const errors = problemFor(problem, paths);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onCreate();
    const result = await createCredential({ input: { name, system, type: info.type, fields: fieldsInput(info, values) } });
    const payload = result.data?.createCredential;
    if (payload?.__typename === "CreateCredentialPayload") onCreated(payload.credential, payload.generatedSecret ?? null);
    else setProblem(mutationProblem(result.error, payload));
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors errors={errors.form} />
      <Field label="Name" errors={errors.fields.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            autoFocus
          />
        )}
      </Field>
      <Field label="System" hint="What the credential is for." errors={errors.fields.system}>
        {(control) => (
          <>
            <input
              {...control}
              className="input"
              name="system"
              list="credential-systems"
              value={system}
              onChange={(e) => setSystem(e.target.value)}
              autoComplete="off"
            />
            <datalist id="credential-systems">
              {SYSTEMS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label="Type" errors={errors.fields.type}>
        {(control) => (
          <select {...control} className="input" name="type" value={info.type} onChange={(e) => setType(e.target.value as CredentialType)}>
            {typeGroups(types).map((group) => (
              <optgroup key={group.direction} label={group.label}>
                {group.types.map((t) => (
                  <option key={t.type} value={t.type}>
                    {t.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="fieldset">
        <legend>{info.label}</legend>
        {info.fields.length === 0 && <p className="field-hint">No settings: requests carry only Switchyard&apos;s default headers.</p>}
        {info.fields.map((field) => {
          const control = fieldControl(field);
          return (
            <Field key={`${info.type}.${field.name}`} label={field.label} hint={fieldHint(field)} errors={errors.fields[field.name]}>
              {(props) =>
                control.kind === "select" ? (
                  <select
                    {...props}
                    className="input"
                    name={field.name}
                    value={values[field.name] ?? ""}
                    onChange={(e) => setValue(field.name, e.target.value)}
                  >
                    {control.allowEmpty && <option value="">–</option>}
                    {control.options.map((option) => (
                      <option key={option} value={option}>
                        {optionLabel(option)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...props}
                    className={control.kind === "secret" ? "input mono" : "input"}
                    name={field.name}
                    type={control.kind === "secret" ? "password" : "text"}
                    value={values[field.name] ?? ""}
                    onChange={(e) => setValue(field.name, e.target.value)}
                    autoComplete={control.kind === "secret" ? "new-password" : "off"}
                    spellCheck={false}
                  />
                )
              }
            </Field>
          );
        })}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? "Creating…" : "Create credential"}
        </button>
      </div>
    </form>
  );
}
