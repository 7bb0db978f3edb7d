// A notification rule: on an event type (the organization's own, or one
// Switchyard raises itself, such as destination.created), when its CEL
// condition holds, send the event to these destinations. The API's
// condition errors name a line and column; the form points at them.
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Link, useLocation } from "wouter";
import { Field, FormErrors } from "../../forms/field.tsx";
import { groupIssuesUnder, mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { NotificationRuleRowFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DestinationChoices } from "../history/retry-failed-dialog.tsx";
import { DeleteRuleDialog } from "./delete-rule-dialog.tsx";
import {
  conditionErrorPosition,
  createRuleInput,
  emptyRuleForm,
  formFromRule,
  toggleDestination,
  updateRuleInput,
  type RuleFormValues,
} from "./rule-input.ts";

const RuleForEdit = graphql(`
  query RuleForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on NotificationRule {
        ...NotificationRuleRow
      }
    }
  }
`);

const RuleEventTypes = graphql(`
  query RuleEventTypes {
    eventTypes(first: 100) {
      edges {
        node {
          id
          name
          system
        }
      }
    }
  }
`);

const CreateNotificationRule = graphql(`
  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      __typename
      ... on NotificationRulePayload {
        notificationRule {
          ...NotificationRuleRow
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

const UpdateNotificationRule = graphql(`
  mutation UpdateNotificationRule($input: UpdateNotificationRuleInput!) {
    updateNotificationRule(input: $input) {
      __typename
      ... on NotificationRulePayload {
        notificationRule {
          ...NotificationRuleRow
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
  eventType: ["input", "eventType"],
  condition: ["input", "condition"],
  destinationIds: ["input", "destinationIds"],
  enabled: ["input", "enabled"],
};

export function CreateRulePage() {
  useDocumentTitle("Create a notification rule");
  const [, navigate] = useLocation();
  const [, create] = useMutation(CreateNotificationRule);
  return (
    <RuleForm
      title="Create a notification rule"
      initial={emptyRuleForm}
      submitLabel="Create rule"
      save={async (values) => {
        const result = await create({ input: createRuleInput(values) });
        const payload = result.data?.createNotificationRule;
        if (payload?.__typename === "NotificationRulePayload") {
          navigate("/notification-rules");
          return noProblem;
        }
        return mutationProblem(result.error, payload);
      }}
    />
  );
}

export function EditRulePage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const [{ data, error }, refetch] = useQuery({ query: RuleForEdit, variables: { id }, requestPolicy: "network-only" });
  const [, update] = useMutation(UpdateNotificationRule);
  const rule = data?.node?.__typename === "NotificationRule" ? data.node : null;
  useDocumentTitle(rule ? rule.name : "Notification rule");
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!data)
    return (
      <p className="loading" aria-busy="true">
        Loading the rule…
      </p>
    );
  if (!rule)
    return (
      <section className="message-page">
        <h1>Notification rule not found</h1>
        <p>
          It may have been deleted. <Link href="/notification-rules">Back to notification rules</Link>.
        </p>
      </section>
    );
  return (
    <RuleForm
      title={rule.name}
      rule={rule}
      initial={formFromRule(rule)}
      submitLabel="Save changes"
      save={async (values) => {
        const result = await update({ input: updateRuleInput(id, values) });
        const payload = result.data?.updateNotificationRule;
        if (payload?.__typename === "NotificationRulePayload") {
          navigate("/notification-rules");
          return noProblem;
        }
        return mutationProblem(result.error, payload);
      }}
    />
  );
}

interface RuleFormProps {
  title: string;
  rule?: NotificationRuleRowFragment;
  initial: RuleFormValues;
  submitLabel: string;
  save(values: RuleFormValues): Promise<MutationProblem>;
}

function RuleForm({ title, rule, initial, submitLabel, save }: RuleFormProps) {
  const canManage = useCanManage();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  // The condition as sent, so the error's position points into what the API read.
  const [sentCondition, setSentCondition] = useState("");
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [{ data: typeData, error: typeError }, refetchTypes] = useQuery({ query: RuleEventTypes, requestPolicy: "cache-and-network" });
  const [{ data: destinationData, error: destinationError }, refetchDestinations] = useQuery({
    query: DestinationChoices,
    requestPolicy: "cache-and-network",
  });
  const errors = problemFor(groupIssuesUnder(problem, [paths.destinationIds]), paths);
  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const types = typeData?.eventTypes.edges.map((e) => e.node) ?? [];
  const ownTypes = types.filter((t) => !t.system);
  const systemTypes = types.filter((t) => t.system);
  const destinations = destinationData?.destinations.edges.map((e) => e.node);
  const position = errors.fields.condition.map((m) => conditionErrorPosition(sentCondition, m)).find(Boolean) ?? null;
  const destinationsErrorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSentCondition(values.condition);
    const outcome = await save(values);
    setSaving(false);
    setProblem(outcome);
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/notification-rules">Notification rules</Link>
          </p>
          <h1>{title}</h1>
        </div>
        {rule && canManage && (
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            Delete
          </button>
        )}
      </header>
      {!canManage && (
        <div className="callout">
          <p>Your role can read notification rules but not change them.</p>
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
                autoFocus={!rule}
              />
            )}
          </Field>
          <Field
            label="Event type"
            hint="Your own event types, or one Switchyard raises itself (a destination created, a delivery that ran out of attempts…)."
            errors={errors.fields.eventType}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                name="eventType"
                value={values.eventType}
                onChange={(e) => set("eventType", e.target.value)}
              >
                <option value="">{typeData ? "Choose an event type…" : "Loading event types…"}</option>
                {values.eventType && typeData && !types.some((t) => t.name === values.eventType) && (
                  <option value={values.eventType}>{values.eventType} (archived)</option>
                )}
                {ownTypes.length > 0 && (
                  <optgroup label="Your event types">
                    {ownTypes.map((t) => (
                      <option key={t.id} value={t.name}>
                        {t.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                {systemTypes.length > 0 && (
                  <optgroup label="System event types (raised by Switchyard)">
                    {systemTypes.map((t) => (
                      <option key={t.id} value={t.name}>
                        {t.name} (system)
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
          {typeError && <QueryError error={typeError} onRetry={() => refetchTypes({ requestPolicy: "network-only" })} />}
          <Field
            label="Condition"
            hint={
              <>
                Optional. A CEL expression over the event: <code>data</code> is its payload, <code>event.id</code> and{" "}
                <code>event.type</code> name it, e.g. <code>data.amount &gt; 1000 &amp;&amp; data.currency == &quot;USD&quot;</code>. Empty
                matches every event of the type.
              </>
            }
            errors={errors.fields.condition}
            after={
              position && (
                <pre className="condition-pointer" aria-label={`Line ${position.line}, column ${position.column}`}>
                  {position.text}
                  {"\n"}
                  <span className="condition-caret">{position.caret}</span>
                </pre>
              )
            }
          >
            {(control) => (
              <textarea
                {...control}
                className="input mono"
                name="condition"
                rows={3}
                spellCheck={false}
                value={values.condition}
                onChange={(e) => set("condition", e.target.value)}
                placeholder='e.g. data.amount > 1000 && data.currency == "USD"'
              />
            )}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={values.enabled} onChange={(e) => set("enabled", e.target.checked)} />
            Enabled: send when a matching event happens
          </label>
          <FormErrors errors={errors.fields.enabled} />
        </fieldset>

        <fieldset
          className="fieldset"
          disabled={!canManage}
          aria-describedby={errors.fields.destinationIds.length > 0 ? destinationsErrorId : undefined}
        >
          <legend>Destinations</legend>
          <p className="field-hint">
            Where a matching event is sent (up to 20). <Link href="/destinations/new">Create a destination</Link>
          </p>
          {destinationError && (
            <QueryError error={destinationError} onRetry={() => refetchDestinations({ requestPolicy: "network-only" })} />
          )}
          {!destinations && !destinationError && <p className="loading">Loading destinations…</p>}
          {destinations && destinations.length === 0 && <p>No destinations yet. Create one first.</p>}
          {destinations && destinations.length > 0 && (
            <ul className="choice-list">
              {destinations.map((d) => (
                <li key={d.id}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={values.destinationIds.includes(d.id)}
                      onChange={(e) => set("destinationIds", toggleDestination(values.destinationIds, d.id, e.target.checked))}
                    />
                    {d.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {errors.fields.destinationIds.length > 0 && (
            <ul id={destinationsErrorId} className="field-errors" role="alert">
              {errors.fields.destinationIds.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </fieldset>

        <div className="form-actions">
          <Link href="/notification-rules" className="button">
            {canManage ? "Cancel" : "Back"}
          </Link>
          {canManage && (
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? "Saving…" : submitLabel}
            </button>
          )}
        </div>
      </form>
      {deleting && rule && (
        <DeleteRuleDialog rule={rule} onClose={() => setDeleting(false)} onDeleted={() => navigate("/notification-rules")} />
      )}
    </>
  );
}
