// The catalogue of event types webhooks subscribe to: name (resource.verb),
// description, example payload and JSON Schema, and whether partner-only (for
// global webhooks only), switched in place. A minimal create, so a new
// organization can get from nothing to a working webhook in the dashboard.
import { useMemo, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { Dialog } from "../../ui/dialog.tsx";
import { parseJsonField, prettyJson } from "../../ui/json.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const EventTypes = graphql(`
  query EventTypes($filter: EventTypeFilter, $first: Int!, $after: String) {
    eventTypes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          example
          schema
          partnerOnly
          system
          createdAt
        }
      }
    }
  }
`);

const SetPartnerOnly = graphql(`
  mutation SetEventTypePartnerOnly($input: UpdateEventTypeInput!) {
    updateEventType(input: $input) {
      __typename
      ... on EventTypePayload {
        eventType {
          id
          partnerOnly
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const CreateEventType = graphql(`
  mutation CreateEventType($input: CreateEventTypeInput!) {
    createEventType(input: $input) {
      __typename
      ... on EventTypePayload {
        eventType {
          id
          name
          description
          example
          schema
          partnerOnly
          system
          createdAt
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

const PAGE_SIZE = 50;

export function EventTypesPage() {
  useDocumentTitle("Event types");
  const canManage = useCanManage();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const { after, loadMore, reset: showFirstPage } = usePageCursor(search);
  const [creating, setCreating] = useState(false);
  const [partnerError, setPartnerError] = useState<string | null>(null);
  const [{ fetching: switching }, setPartnerOnly] = useMutation(SetPartnerOnly);
  const switchPartnerOnly = async (id: string, partnerOnly: boolean) => {
    const result = await setPartnerOnly({ input: { id, partnerOnly } });
    const payload = result.data?.updateEventType;
    setPartnerError(payload?.__typename === "EventTypePayload" ? null : mutationProblem(result.error, payload).message);
  };
  const variables = useMemo(() => ({ filter: search ? { search } : null, first: PAGE_SIZE, after }), [search, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: EventTypes, variables, requestPolicy: "cache-and-network" });
  const connection = data?.eventTypes;
  const types = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Event types</h1>
          <p className="page-lead">
            What can be published and subscribed to. Payloads are checked against the type&apos;s JSON Schema, when it has one.
          </p>
        </div>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            Create event type
          </button>
        )}
      </header>
      <div className="toolbar" role="search">
        <label htmlFor="event-type-search">Search</label>
        <input
          id="event-type-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="Name or description"
          autoComplete="off"
        />
      </div>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {partnerError && (
        <div className="callout callout-error" role="alert">
          <p>{partnerError}</p>
        </div>
      )}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading event types…
        </p>
      )}
      {connection && types.length === 0 && (
        <div className="empty">{search ? <p>No event type matches “{search}”.</p> : <p>No event types yet.</p>}</div>
      )}
      {connection && types.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Event types</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Description</th>
                <th scope="col">Example and schema</th>
                <th scope="col">Partner only</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {types.map((type) => (
                <tr key={type.id}>
                  <th scope="row" data-label="Name">
                    <code>{type.name}</code>
                  </th>
                  <td data-label="Description">{type.description || "–"}</td>
                  <td data-label="Example">
                    {type.example == null && type.schema == null ? (
                      "–"
                    ) : (
                      <details>
                        <summary>Show</summary>
                        {type.example != null && (
                          <>
                            <p className="muted">Example</p>
                            <pre className="code-block">{prettyJson(type.example)}</pre>
                          </>
                        )}
                        {type.schema != null && (
                          <>
                            <p className="muted">Schema</p>
                            <pre className="code-block">{prettyJson(type.schema)}</pre>
                          </>
                        )}
                      </details>
                    )}
                  </td>
                  <td data-label="Partner only">
                    {canManage && !type.system ? (
                      <label className="switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={type.partnerOnly}
                          disabled={switching}
                          onChange={(e) => void switchPartnerOnly(type.id, e.target.checked)}
                          aria-label={`${type.name} partner only`}
                        />
                        <span>{type.partnerOnly ? "Partner only" : "Any webhook"}</span>
                      </label>
                    ) : type.partnerOnly ? (
                      <span className="badge badge-info">Partner only</span>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td data-label="Created">
                    <TimeAgo iso={type.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={types.length}
            total={connection.totalCount}
            noun={["event type", "event types"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}
      {creating && <CreateEventTypeDialog onClose={() => setCreating(false)} onCreate={showFirstPage} />}
    </>
  );
}

const fields = {
  name: ["input", "name"],
  description: ["input", "description"],
  example: ["input", "example"],
  schema: ["input", "schema"],
};

function CreateEventTypeDialog({ onClose, onCreate }: { onClose(): void; onCreate(): void }) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [example, setExample] = useState("");
  const [schema, setSchema] = useState("");
  const [partnerOnly, setPartnerOnlyChoice] = useState(false);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, create] = useMutation(CreateEventType);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsedExample = parseJsonField(example, "The example");
    const parsedSchema = parseJsonField(schema, "The schema");
    const jsonIssues = [
      ...(parsedExample && !parsedExample.ok ? [{ path: fields.example, message: parsedExample.message }] : []),
      ...(parsedSchema && !parsedSchema.ok ? [{ path: fields.schema, message: parsedSchema.message }] : []),
    ];
    if (jsonIssues.length) return setProblem({ issues: jsonIssues, message: null });
    onCreate();
    const result = await create({
      input: {
        name,
        description,
        partnerOnly,
        ...(parsedExample?.ok && { example: parsedExample.value }),
        ...(parsedSchema?.ok && { schema: parsedSchema.value }),
      },
    });
    const payload = result.data?.createEventType;
    if (payload?.__typename === "EventTypePayload") return onClose();
    if (payload?.__typename === "ConflictError" && payload.path.length)
      return setProblem({ issues: [{ path: payload.path, message: payload.message }], message: null });
    setProblem(mutationProblem(result.error, payload));
  };

  return (
    <Dialog title="Create an event type" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormErrors errors={errors.form} />
        <Field label="Name" hint="resource.verb, e.g. invoice.paid. It cannot change later." errors={errors.fields.name}>
          {(control) => (
            <input
              {...control}
              className="input mono"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoFocus
            />
          )}
        </Field>
        <Field label="Description" errors={errors.fields.description}>
          {(control) => (
            <input {...control} className="input" value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
          )}
        </Field>
        <Field label="Example payload (JSON)" hint="Optional. Shown beside the type when choosing events." errors={errors.fields.example}>
          {(control) => (
            <textarea
              {...control}
              className="input mono"
              rows={4}
              value={example}
              onChange={(e) => setExample(e.target.value)}
              spellCheck={false}
            />
          )}
        </Field>
        <Field label="JSON Schema" hint="Optional. Payloads must satisfy it." errors={errors.fields.schema}>
          {(control) => (
            <textarea
              {...control}
              className="input mono"
              rows={4}
              value={schema}
              onChange={(e) => setSchema(e.target.value)}
              spellCheck={false}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" name="partnerOnly" checked={partnerOnly} onChange={(e) => setPartnerOnlyChoice(e.target.checked)} />
          Partner only: global webhooks may subscribe to it, a program&apos;s may not
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={fetching}>
            {fetching ? "Creating…" : "Create event type"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
