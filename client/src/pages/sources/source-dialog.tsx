// Create or edit a source: its name, the incoming credential (picked, or created
// in place), how its requests are named (one fixed event type, or a payload
// field with a prefix), whether unseen types are created, and whether it is enabled.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { SourceEventTypeMode, SourceRowFragment } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";
import { CreateCredentialDialog } from "../credentials/create-credential-dialog.tsx";

const IncomingCredentials = graphql(`
  query IncomingCredentials {
    credentials(filter: { direction: INCOMING }, first: 100) {
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

const CreateSource = graphql(`
  mutation CreateSource($input: CreateSourceInput!) {
    createSource(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          ...SourceRow
        }
      }
      ... on Error {
        message
      }
      ... on ConflictError {
        path
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

const UpdateSource = graphql(`
  mutation UpdateSource($input: UpdateSourceInput!) {
    updateSource(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          ...SourceRow
        }
      }
      ... on Error {
        message
      }
      ... on ConflictError {
        path
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

const fields = {
  name: ["input", "name"],
  credentialId: ["input", "credentialId"],
  eventType: ["input", "eventType"],
  eventTypeField: ["input", "eventTypeField"],
  eventTypePrefix: ["input", "eventTypePrefix"],
};

function conflictAsIssue(member: { __typename?: string; message?: string; path?: readonly string[] } | null | undefined) {
  return member?.__typename === "ConflictError" && member.path && member.message
    ? { issues: [{ path: member.path, message: member.message }] }
    : member;
}

export function SourceDialog({ source, onClose }: { source?: SourceRowFragment; onClose(created?: string): void }) {
  const [name, setName] = useState(source?.name ?? "");
  const [credentialId, setCredentialId] = useState(source?.credential.id ?? "");
  const [mode, setMode] = useState<SourceEventTypeMode>(source?.eventTypeMode ?? "FIXED");
  const [eventType, setEventType] = useState(source?.eventType ?? "");
  const [eventTypeField, setEventTypeField] = useState(source?.eventTypeField ?? "type");
  const [eventTypePrefix, setEventTypePrefix] = useState(source?.eventTypePrefix ?? "");
  const [createEventTypes, setCreateEventTypes] = useState(source?.createEventTypes ?? false);
  const [enabled, setEnabled] = useState(source?.enabled ?? true);
  const [creatingCredential, setCreatingCredential] = useState(false);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ data: credentialData }, refetchCredentials] = useQuery({ query: IncomingCredentials, requestPolicy: "cache-and-network" });
  const [{ fetching: creating }, create] = useMutation(CreateSource);
  const [{ fetching: updating }, update] = useMutation(UpdateSource);
  const credentials = credentialData?.credentials.edges.map((e) => e.node) ?? [];
  const errors = problemFor(problem, fields);

  const settings = {
    name,
    credentialId,
    eventTypeMode: mode,
    ...(mode === "FIXED" ? { eventType } : { eventTypeField, eventTypePrefix }),
    createEventTypes,
    enabled,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (source) {
      const result = await update({ input: { id: source.id, ...settings } });
      const payload = result.data?.updateSource;
      if (payload?.__typename === "SourcePayload") return onClose();
      setProblem(mutationProblem(result.error, conflictAsIssue(payload)));
    } else {
      const result = await create({ input: settings });
      const payload = result.data?.createSource;
      if (payload?.__typename === "SourcePayload") return onClose(payload.source.id);
      setProblem(mutationProblem(result.error, conflictAsIssue(payload)));
    }
  };

  return (
    <Dialog title={source ? `Edit “${source.name}”` : "Create a source"} onClose={() => onClose()}>
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
        <Field
          label="Incoming credential"
          hint="Verifies every request: Stripe, HubSpot, Sage Intacct, m3ter or HTTP basic."
          errors={errors.fields.credentialId}
        >
          {(control) => (
            <div className="inline-controls">
              <select
                {...control}
                className="input"
                name="credentialId"
                value={credentialId}
                onChange={(e) => setCredentialId(e.target.value)}
              >
                <option value="">Choose a credential</option>
                {credentials.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.type})
                  </option>
                ))}
              </select>
              <button type="button" className="button" onClick={() => setCreatingCredential(true)}>
                New credential…
              </button>
            </div>
          )}
        </Field>
        <fieldset className="fieldset">
          <legend>Event type</legend>
          <label className="checkbox">
            <input type="radio" name="mode" checked={mode === "FIXED"} onChange={() => setMode("FIXED")} /> One event type for every request
          </label>
          <label className="checkbox">
            <input type="radio" name="mode" checked={mode === "PAYLOAD_FIELD"} onChange={() => setMode("PAYLOAD_FIELD")} /> Named by a field
            of the payload
          </label>
          {mode === "FIXED" ? (
            <Field label="Event type" hint="An event type of the catalogue, e.g. invoice.paid." errors={errors.fields.eventType}>
              {(control) => (
                <input {...control} className="input" name="eventType" value={eventType} onChange={(e) => setEventType(e.target.value)} />
              )}
            </Field>
          ) : (
            <>
              <Field
                label="Payload field"
                hint='Dotted for a nested one, e.g. "type" (Stripe) or "subscriptionType" (HubSpot).'
                errors={errors.fields.eventTypeField}
              >
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    name="eventTypeField"
                    value={eventTypeField}
                    onChange={(e) => setEventTypeField(e.target.value)}
                  />
                )}
              </Field>
              <Field
                label="Prefix"
                hint='Put before the field, e.g. "stripe." makes invoice.paid stripe.invoice.paid.'
                errors={errors.fields.eventTypePrefix}
              >
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    name="eventTypePrefix"
                    value={eventTypePrefix}
                    onChange={(e) => setEventTypePrefix(e.target.value)}
                  />
                )}
              </Field>
            </>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={createEventTypes} onChange={(e) => setCreateEventTypes(e.target.checked)} /> Create event types
            on first sight (otherwise such requests are refused)
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Enabled (a disabled source refuses
          every request)
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onClose()}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={creating || updating}>
            {creating || updating ? "Saving…" : source ? "Save changes" : "Create source"}
          </button>
        </div>
      </form>
      {creatingCredential && (
        <CreateCredentialDialog
          direction="INCOMING"
          onClose={() => setCreatingCredential(false)}
          onCreate={() => undefined}
          onCreated={(credential) => {
            setCredentialId(credential.id);
            refetchCredentials({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Dialog>
  );
}
