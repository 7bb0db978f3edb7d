// Creating and editing a destination: name and code
// (filled in from the name, editable), URL, description, the credential (or
// a new one, created in place), custom headers, timeout and rate limit.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Link, useLocation, useSearch } from "wouter";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { CreateCredentialDialog } from "../credentials/create-credential-dialog.tsx";
import { useCredentialTypes } from "../credentials/credential-types.ts";
import { afterCodeChange, afterNameChange } from "./code-from-name.ts";
import { createInput, emptyDestinationForm, formFromDestination, updateInput, type DestinationFormValues } from "./destination-input.ts";

const DestinationForEdit = graphql(`
  query DestinationForEdit($id: ID!) {
    destination(id: $id) {
      ...DestinationDetails
    }
  }
`);

const OutgoingCredentials = graphql(`
  query OutgoingCredentials {
    credentials(filter: { direction: OUTGOING }, first: 100) {
      edges {
        node {
          id
          name
          type
        }
      }
    }
  }
`);

const CreateDestination = graphql(`
  mutation CreateDestination($input: CreateDestinationInput!) {
    createDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on ConflictError {
        path
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

const UpdateDestination = graphql(`
  mutation UpdateDestination($input: UpdateDestinationInput!) {
    updateDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on ConflictError {
        path
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

type Result = { __typename?: string; message?: string; path?: string[]; issues?: { path: string[]; message: string }[] };

/** A ConflictError names its field by path, like a validation issue: show it there. */
function problemOf(error: Parameters<typeof mutationProblem>[0], payload: Result | undefined): MutationProblem {
  if (payload?.__typename === "ConflictError" && payload.path?.length && payload.message) {
    return { issues: [{ path: payload.path, message: payload.message }], message: null };
  }
  return mutationProblem(error, payload);
}

/** `?return=/webhooks/new`: the dashboard page that sent the user here; anything else (another site) is ignored. */
function returnPath(search: string): string | null {
  const path = new URLSearchParams(search).get("return");
  return path && /^\/[a-z]/.test(path) ? path : null;
}

export function CreateDestinationPage() {
  useDocumentTitle("Create destination");
  const [, navigate] = useLocation();
  const back = returnPath(useSearch());
  const [, create] = useMutation(CreateDestination);
  return (
    <DestinationForm
      title="Create destination"
      initial={emptyDestinationForm}
      submitLabel="Create destination"
      cancelHref={back ?? "/destinations"}
      save={async (values) => {
        const result = await create({ input: createInput(values) });
        const payload = result.data?.createDestination;
        if (payload?.__typename === "DestinationPayload") {
          // Back to the form that sent the user here, with the new destination chosen; else to the destination.
          navigate(
            back ? `${back}?destinationId=${encodeURIComponent(payload.destination.id)}` : `/destinations/${payload.destination.id}`,
          );
          return noProblem;
        }
        return problemOf(result.error, payload);
      }}
    />
  );
}

export function EditDestinationPage({ id }: { id: string }) {
  useDocumentTitle("Edit destination");
  const [, navigate] = useLocation();
  const [{ data, error }, refetch] = useQuery({ query: DestinationForEdit, variables: { id }, requestPolicy: "network-only" });
  const [, update] = useMutation(UpdateDestination);
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!data)
    return (
      <p className="loading" aria-busy="true">
        Loading the destination…
      </p>
    );
  const destination = data.destination;
  if (!destination) return <MissingDestination />;
  return (
    <DestinationForm
      title={`Edit “${destination.name}”`}
      initial={formFromDestination(destination)}
      submitLabel="Update"
      cancelHref={`/destinations/${id}`}
      save={async (values) => {
        const result = await update({ input: updateInput(id, values) });
        const payload = result.data?.updateDestination;
        if (payload?.__typename === "DestinationPayload") {
          navigate(`/destinations/${id}`);
          return noProblem;
        }
        return problemOf(result.error, payload);
      }}
    />
  );
}

export function MissingDestination() {
  return (
    <section className="message-page">
      <h1>Destination not found</h1>
      <p>
        It may have been deleted. <Link href="/destinations">Back to destinations</Link>.
      </p>
    </section>
  );
}

interface DestinationFormProps {
  title: string;
  initial: DestinationFormValues;
  submitLabel: string;
  cancelHref: string;
  save(values: DestinationFormValues): Promise<MutationProblem>;
}

function DestinationForm({ title, initial, submitLabel, cancelHref, save }: DestinationFormProps) {
  const canManage = useCanManage();
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [saving, setSaving] = useState(false);
  const [creatingCredential, setCreatingCredential] = useState(false);
  const [nextHeaderKey, setNextHeaderKey] = useState(initial.headers.length);
  const [{ data: credentialData }] = useQuery({ query: OutgoingCredentials, requestPolicy: "cache-and-network" });
  const { types } = useCredentialTypes();
  const credentials = credentialData?.credentials.edges.map((e) => e.node) ?? [];
  const typeLabel = (type: string) => types?.find((t) => t.type === type)?.label ?? type;

  const set = <K extends keyof DestinationFormValues>(key: K, value: DestinationFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const paths: Record<string, string[]> = {
    name: ["input", "name"],
    code: ["input", "code"],
    url: ["input", "url"],
    description: ["input", "description"],
    credentialId: ["input", "credentialId"],
    headers: ["input", "headers"],
    timeoutMs: ["input", "timeoutMs"],
    rateLimitPerSecond: ["input", "rateLimitPerSecond"],
    ...Object.fromEntries(
      values.headers.flatMap((_, i) => [
        [`header.${i}.name`, ["input", "headers", String(i), "name"]],
        [`header.${i}.value`, ["input", "headers", String(i), "value"]],
      ]),
    ),
  };
  const errors = problemFor(problem, paths);

  if (!canManage) {
    return (
      <section className="message-page">
        <h1>{title}</h1>
        <p>Your role can read destinations but not change them.</p>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const outcome = await save(values);
    setSaving(false);
    setProblem(outcome);
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/destinations">Destinations</Link>
          </p>
          <h1>{title}</h1>
        </div>
      </header>
      <form className="form-panel" onSubmit={submit} noValidate>
        <FormErrors errors={errors.form} />
        <div className="form-grid">
          <Field label="Name" errors={errors.fields.name}>
            {(control) => (
              <input
                {...control}
                className="input"
                name="name"
                value={values.name}
                onChange={(e) => {
                  const name = e.target.value;
                  setValues((v) => ({ ...v, name, code: afterNameChange(v.code, name) }));
                }}
                autoComplete="off"
                autoFocus
              />
            )}
          </Field>
          <Field
            label="Code"
            hint={
              initial.code.edited
                ? "A stable handle: renaming the destination leaves it as it is. Lowercase letters, digits and _."
                : "Filled in from the name; edit it if you like. Lowercase letters, digits and _."
            }
            errors={errors.fields.code}
          >
            {(control) => (
              <input
                {...control}
                className="input mono"
                name="code"
                value={values.code.code}
                onChange={(e) => set("code", afterCodeChange(e.target.value, values.name))}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        </div>
        <Field label="URL" hint="An https URL that accepts POST requests." errors={errors.fields.url}>
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="url"
              type="url"
              inputMode="url"
              value={values.url}
              onChange={(e) => set("url", e.target.value)}
              placeholder="https://example.com/webhooks"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field label="Description" errors={errors.fields.description}>
          {(control) => (
            <textarea
              {...control}
              className="input"
              name="description"
              rows={2}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
            />
          )}
        </Field>

        <fieldset className="fieldset">
          <legend>Credentials</legend>
          <Field
            label="Credential"
            hint="How Switchyard authenticates its requests to this destination."
            errors={errors.fields.credentialId}
          >
            {(control) => (
              <div className="inline-controls">
                <select
                  {...control}
                  className="input"
                  name="credentialId"
                  value={values.credentialId}
                  onChange={(e) => set("credentialId", e.target.value)}
                >
                  <option value="">None (default headers only)</option>
                  {credentials.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({typeLabel(c.type)})
                    </option>
                  ))}
                </select>
                <button type="button" className="button" onClick={() => setCreatingCredential(true)}>
                  New credential…
                </button>
              </div>
            )}
          </Field>
        </fieldset>

        <fieldset className="fieldset">
          <legend>Custom headers</legend>
          <FormErrors errors={errors.fields.headers} />
          {values.headers.length === 0 && <p className="field-hint">None. Switchyard&apos;s own headers are always sent.</p>}
          {values.headers.map((header, i) => (
            <div className="header-row" key={header.key}>
              <Field label={`Header ${i + 1} name`} errors={errors.fields[`header.${i}.name`]}>
                {(control) => (
                  <input
                    {...control}
                    className="input mono"
                    value={header.name}
                    onChange={(e) =>
                      set(
                        "headers",
                        values.headers.map((h) => (h.key === header.key ? { ...h, name: e.target.value } : h)),
                      )
                    }
                    autoComplete="off"
                    spellCheck={false}
                  />
                )}
              </Field>
              <Field label={`Header ${i + 1} value`} errors={errors.fields[`header.${i}.value`]}>
                {(control) => (
                  <input
                    {...control}
                    className="input mono"
                    value={header.value}
                    onChange={(e) =>
                      set(
                        "headers",
                        values.headers.map((h) => (h.key === header.key ? { ...h, value: e.target.value } : h)),
                      )
                    }
                    autoComplete="off"
                    spellCheck={false}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  set(
                    "headers",
                    values.headers.filter((h) => h.key !== header.key),
                  )
                }
                aria-label={`Remove header ${i + 1}`}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              set("headers", [...values.headers, { key: nextHeaderKey, name: "", value: "" }]);
              setNextHeaderKey((k) => k + 1);
            }}
          >
            Add header
          </button>
        </fieldset>

        <div className="form-grid">
          <Field label="Timeout (seconds)" hint="1 to 30; 15 when empty." errors={errors.fields.timeoutMs}>
            {(control) => (
              <input
                {...control}
                className="input"
                name="timeout"
                type="number"
                min={1}
                max={30}
                step="any"
                value={values.timeoutSeconds}
                onChange={(e) => set("timeoutSeconds", e.target.value)}
              />
            )}
          </Field>
          <Field label="Rate limit (requests a second)" hint="1 to 1000; no limit when empty." errors={errors.fields.rateLimitPerSecond}>
            {(control) => (
              <input
                {...control}
                className="input"
                name="rateLimit"
                type="number"
                min={1}
                max={1000}
                step={1}
                value={values.rateLimit}
                onChange={(e) => set("rateLimit", e.target.value)}
              />
            )}
          </Field>
        </div>

        <div className="form-actions">
          <Link href={cancelHref} className="button">
            Cancel
          </Link>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? "Saving…" : submitLabel}
          </button>
        </div>
      </form>
      {creatingCredential && (
        <CreateCredentialDialog
          direction="OUTGOING"
          onClose={() => setCreatingCredential(false)}
          onCreate={() => undefined}
          onCreated={(credential) => set("credentialId", credential.id)}
        />
      )}
    </>
  );
}
