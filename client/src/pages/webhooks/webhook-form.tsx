// A webhook's name, its destination (fixed once created:
// a new URL or secret means a new destination), global or one program's (fixed
// too), the event types it sends, its state, and its options (verify TLS,
// payload format, batching, retries).
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Link, useLocation, useSearch } from "wouter";
import { Field, FormErrors } from "../../forms/field.tsx";
import { groupIssuesUnder, mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { PayloadFormat, WebhookDetailsFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { GeneratedSigningSecret } from "../../ui/secret-once.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DestinationChoices } from "../history/retry-failed-dialog.tsx";
import { ProgramChoices } from "../programs/program-choices.ts";
import { DeleteWebhookDialog } from "./delete-webhook-dialog.tsx";
import { EventTypePicker } from "./event-type-picker.tsx";
import {
  createWebhookInput,
  describeSchedule,
  emptyWebhookForm,
  formFromWebhook,
  NO_RETRIES,
  parseRetrySchedule,
  updateWebhookInput,
  type WebhookFormValues,
} from "./webhook-input.ts";

const WebhookForEdit = graphql(`
  query WebhookForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Webhook {
        ...WebhookDetails
      }
    }
  }
`);

const EventTypeChoices = graphql(`
  query EventTypeChoices {
    eventTypes(first: 100) {
      edges {
        node {
          id
          name
          description
          example
          partnerOnly
          system
        }
      }
    }
  }
`);

const CreateWebhook = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        generatedSecret
        webhook {
          ...WebhookDetails
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

const UpdateWebhook = graphql(`
  mutation UpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        webhook {
          ...WebhookDetails
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

const paths = {
  name: ["input", "name"],
  url: ["input", "endpoint", "url"],
  secret: ["input", "endpoint", "secret"],
  destinationId: ["input", "destinationId"],
  programId: ["input", "programId"],
  eventTypes: ["input", "eventTypes"],
  enabled: ["input", "enabled"],
  verifyTls: ["input", "options", "verifyTls"],
  payloadFormat: ["input", "options", "payloadFormat"],
  maxEventsPerRequest: ["input", "options", "maxEventsPerRequest"],
  retrySchedule: ["input", "options", "retrySchedule"],
};
const listFields = [paths.eventTypes, paths.retrySchedule];

export function CreateWebhookPage() {
  useDocumentTitle("Add a webhook");
  const [, navigate] = useLocation();
  const destinationId = new URLSearchParams(useSearch()).get("destinationId") ?? "";
  const [, create] = useMutation(CreateWebhook);
  const [generated, setGenerated] = useState<{ name: string; secret: string } | null>(null);
  if (generated) {
    return (
      <section className="form-panel">
        <h1>Webhook added</h1>
        <GeneratedSigningSecret name={generated.name} secret={generated.secret} onDone={() => navigate("/webhooks")} />
      </section>
    );
  }
  return (
    <WebhookForm
      title="Add a webhook"
      initial={{ ...emptyWebhookForm, destinationId, target: destinationId ? "destination" : "endpoint" }}
      submitLabel="Add webhook"
      save={async (values, schedule) => {
        const result = await create({ input: createWebhookInput(values, schedule) });
        const payload = result.data?.createWebhook;
        if (payload?.__typename === "WebhookPayload") {
          if (payload.generatedSecret) setGenerated({ name: payload.webhook.name, secret: payload.generatedSecret });
          else navigate("/webhooks");
          return noProblem;
        }
        return mutationProblem(result.error, payload);
      }}
    />
  );
}

export function EditWebhookPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const [{ data, error }, refetch] = useQuery({ query: WebhookForEdit, variables: { id }, requestPolicy: "network-only" });
  const [, update] = useMutation(UpdateWebhook);
  const webhook = data?.node?.__typename === "Webhook" ? data.node : null;
  useDocumentTitle(webhook ? webhook.name : "Webhook");
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!data)
    return (
      <p className="loading" aria-busy="true">
        Loading the webhook…
      </p>
    );
  if (!webhook)
    return (
      <section className="message-page">
        <h1>Webhook not found</h1>
        <p>
          It may have been deleted. <Link href="/webhooks">Back to webhooks</Link>.
        </p>
      </section>
    );
  return (
    <WebhookForm
      title={webhook.name}
      webhook={webhook}
      initial={formFromWebhook(webhook)}
      submitLabel="Save changes"
      save={async (values, schedule) => {
        const result = await update({ input: updateWebhookInput(id, values, schedule) });
        const payload = result.data?.updateWebhook;
        if (payload?.__typename === "WebhookPayload") {
          navigate("/webhooks");
          return noProblem;
        }
        return mutationProblem(result.error, payload);
      }}
    />
  );
}

interface WebhookFormProps {
  title: string;
  /** The webhook being edited; none when creating. */
  webhook?: WebhookDetailsFragment;
  initial: WebhookFormValues;
  submitLabel: string;
  save(values: WebhookFormValues, schedule: number[] | null): Promise<MutationProblem>;
}

function WebhookForm({ title, webhook, initial, submitLabel, save }: WebhookFormProps) {
  const canManage = useCanManage();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [{ data: destinationData }] = useQuery({ query: DestinationChoices, pause: Boolean(webhook) });
  const [{ data: programData }] = useQuery({ query: ProgramChoices, pause: Boolean(webhook) });
  const [{ data: typeData, error: typeError }, refetchTypes] = useQuery({ query: EventTypeChoices, requestPolicy: "cache-and-network" });
  const errors = problemFor(groupIssuesUnder(problem, listFields), paths);
  const set = <K extends keyof WebhookFormValues>(key: K, value: WebhookFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const eventTypes = typeData?.eventTypes.edges.map((e) => e.node);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const schedule = parseRetrySchedule(values.retrySchedule);
    if (!schedule.ok) return setProblem({ issues: [{ path: paths.retrySchedule, message: schedule.message }], message: null });
    setSaving(true);
    const outcome = await save(values, schedule.seconds);
    setSaving(false);
    setProblem(outcome);
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/webhooks">Webhooks</Link>
          </p>
          <h1>{title}</h1>
          {webhook && (
            <p className="page-lead">
              Last triggered {webhook.lastTriggeredAt ? <TimeAgo iso={webhook.lastTriggeredAt} /> : "never"}.{" "}
              <Link href={`/history?webhookId=${encodeURIComponent(webhook.id)}`}>Event log</Link>
            </p>
          )}
        </div>
        {webhook && canManage && (
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            Delete
          </button>
        )}
      </header>
      {!canManage && (
        <div className="callout">
          <p>Your role can read webhooks but not change them.</p>
        </div>
      )}
      <form className="form-panel" onSubmit={submit} noValidate>
        <FormErrors errors={errors.form} />
        <fieldset className="fieldset-plain" disabled={!canManage}>
          <Field label="Name" errors={errors.fields.name}>
            {(control) => (
              <input
                {...control}
                className="input"
                name="name"
                value={values.name}
                onChange={(e) => set("name", e.target.value)}
                autoComplete="off"
                autoFocus={!webhook}
              />
            )}
          </Field>
          {webhook ? (
            <Field
              label="Payload URL"
              hint="Fixed once the webhook exists: a new URL or secret means a new destination."
              errors={errors.fields.destinationId}
            >
              {(control) => <input {...control} className="input mono" readOnly disabled value={webhook.url} />}
            </Field>
          ) : (
            <>
              <div className="choices" role="radiogroup" aria-label="Where it sends">
                <label className="checkbox">
                  <input type="radio" name="target" checked={values.target === "endpoint"} onChange={() => set("target", "endpoint")} />A
                  new endpoint (URL and secret)
                </label>
                <label className="checkbox">
                  <input
                    type="radio"
                    name="target"
                    checked={values.target === "destination"}
                    onChange={() => set("target", "destination")}
                  />
                  An existing destination
                </label>
              </div>
              {values.target === "endpoint" ? (
                <>
                  <Field label="Payload URL" hint="An https URL that accepts POST." errors={errors.fields.url}>
                    {(control) => (
                      <input
                        {...control}
                        className="input mono"
                        name="url"
                        type="url"
                        value={values.url}
                        onChange={(e) => set("url", e.target.value)}
                        placeholder="https://"
                        autoComplete="off"
                      />
                    )}
                  </Field>
                  <Field
                    label="Secret"
                    hint="The Standard Webhooks signing secret (whsec_…) receivers verify with. Leave it empty and Switchyard generates one, shown once after saving."
                    errors={errors.fields.secret}
                  >
                    {(control) => (
                      <input
                        {...control}
                        className="input mono"
                        name="secret"
                        value={values.secret}
                        onChange={(e) => set("secret", e.target.value)}
                        autoComplete="off"
                        spellCheck={false}
                      />
                    )}
                  </Field>
                </>
              ) : (
                <Field
                  label="Destination"
                  hint={
                    <>
                      Where the events go: its URL and credential (the signing secret).{" "}
                      <Link href="/destinations/new?return=/webhooks/new">Create a destination</Link>
                    </>
                  }
                  errors={errors.fields.destinationId}
                >
                  {(control) => (
                    <select
                      {...control}
                      className="input"
                      name="destinationId"
                      value={values.destinationId}
                      onChange={(e) => set("destinationId", e.target.value)}
                    >
                      <option value="">Choose a destination…</option>
                      {destinationData?.destinations.edges.map(({ node }) => (
                        <option key={node.id} value={node.id}>
                          {node.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
            </>
          )}
          {webhook && (
            <p className="field-hint">
              Sent to <Link href={`/destinations/${webhook.destination.id}`}>{webhook.destination.name}</Link>, signed with{" "}
              {webhook.destination.credential
                ? `its credential “${webhook.destination.credential.name}”` +
                  (webhook.destination.credential.hint ? ` (${webhook.destination.credential.hint})` : "")
                : "no credential (default headers only)"}
              .
            </p>
          )}
          {webhook ? (
            <p className="field-hint">
              {webhook.program ? (
                <>
                  Linked to the program <Link href="/programs">{webhook.program.name}</Link>: it receives that program&apos;s events.
                </>
              ) : (
                "Global: it receives the events of every program, and those published without one."
              )}
            </p>
          ) : (
            <Field
              label="Program"
              hint="None makes a global webhook: every program's events. A program's webhook gets that program's events only, and cannot take partner-only types. Fixed once created."
              errors={errors.fields.programId}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  name="programId"
                  value={values.programId}
                  onChange={(e) => set("programId", e.target.value)}
                >
                  <option value="">None (global)</option>
                  {programData?.programs.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={values.enabled} onChange={(e) => set("enabled", e.target.checked)} />
            Active: send events now
          </label>
        </fieldset>

        <fieldset className="fieldset" disabled={!canManage}>
          <legend>Event types</legend>
          <p className="field-hint">
            The events this webhook sends. “?” shows an example payload.
            {values.programId && " Partner-only types are for global webhooks: a program's webhook cannot take them."}
          </p>
          {typeError && <QueryError error={typeError} onRetry={() => refetchTypes({ requestPolicy: "network-only" })} />}
          {!eventTypes && !typeError && <p className="loading">Loading event types…</p>}
          {eventTypes && eventTypes.length === 0 && (
            <p>
              No event types yet. <Link href="/event-types">Create one</Link> first.
            </p>
          )}
          {eventTypes && eventTypes.length > 0 && (
            <EventTypePicker
              eventTypes={eventTypes}
              selected={values.eventTypes}
              onChange={(selected) => set("eventTypes", selected)}
              errorId="event-type-errors"
              programId={values.programId}
            />
          )}
          {errors.fields.eventTypes.length > 0 && (
            <ul id="event-type-errors" className="field-errors" role="alert">
              {errors.fields.eventTypes.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </fieldset>

        <fieldset className="fieldset" disabled={!canManage}>
          <legend>Options</legend>
          <label className="checkbox">
            <input type="checkbox" checked={values.verifyTls} onChange={(e) => set("verifyTls", e.target.checked)} />
            Verify the receiver&apos;s TLS certificate
          </label>
          <FormErrors errors={errors.fields.verifyTls} />
          <div className="form-grid">
            <Field
              label="Payload format"
              hint={values.payloadFormat === "ENVELOPE" ? "{ id, type, timestamp, data }" : "The event's payload alone."}
              errors={errors.fields.payloadFormat}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={values.payloadFormat}
                  onChange={(e) => set("payloadFormat", e.target.value as PayloadFormat)}
                >
                  <option value="ENVELOPE">Envelope</option>
                  <option value="DATA_ONLY">Data only</option>
                </select>
              )}
            </Field>
            <Field
              label="Maximum events per request"
              hint="1 sends each event alone; up to 100 batches them."
              errors={errors.fields.maxEventsPerRequest}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="number"
                  min={1}
                  max={100}
                  step={1}
                  value={values.maxEventsPerRequest}
                  onChange={(e) => set("maxEventsPerRequest", e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field
            label="Retry schedule (seconds before each retry)"
            hint={`The first attempt is immediate; each entry is one retry, that long after the previous attempt failed. "${NO_RETRIES}" for no retries; empty for Switchyard's default${
              webhook && !webhook.customRetrySchedule ? `: ${describeSchedule(webhook.retrySchedule)}` : ""
            }.`}
            errors={errors.fields.retrySchedule}
          >
            {(control) => (
              <input
                {...control}
                className="input mono"
                value={values.retrySchedule}
                onChange={(e) => set("retrySchedule", e.target.value)}
                placeholder="e.g. 5, 300, 1800"
                autoComplete="off"
              />
            )}
          </Field>
        </fieldset>

        <div className="form-actions">
          <Link href="/webhooks" className="button">
            {canManage ? "Cancel" : "Back"}
          </Link>
          {canManage && (
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? "Saving…" : submitLabel}
            </button>
          )}
        </div>
      </form>
      {deleting && webhook && (
        <DeleteWebhookDialog webhook={webhook} onClose={() => setDeleting(false)} onDeleted={() => navigate("/webhooks")} />
      )}
    </>
  );
}
