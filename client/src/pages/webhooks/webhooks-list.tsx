// The webhooks page: global webhooks and linked-program webhooks in two
// sections (as seed 004 has them), each a list of its own: name, URL, last
// triggered, state (switched on and off in place), actions (edit the events,
// view the event log, delete); sortable columns; one search for both; the
// program section narrows to one program.
import { Fragment, useMemo, useState, type ReactNode } from "react";
import { EventTypeName } from "../../ui/event-type-name.tsx";
import { useMutation, useQuery } from "urql";
import { Link } from "wouter";
import { mutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { WebhookDetailsFragment, WebhookOrderField } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { SortHeader, type Sort } from "../../ui/sort-header.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DeleteWebhookDialog } from "./delete-webhook-dialog.tsx";
import { ProgramChoices } from "../programs/program-choices.ts";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const Webhooks = graphql(`
  query Webhooks($filter: WebhookFilter, $orderBy: WebhookOrder, $first: Int!, $after: String) {
    webhooks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WebhookDetails
        }
      }
    }
  }
`);

export const SetWebhookEnabled = graphql(`
  mutation SetWebhookEnabled($input: UpdateWebhookInput!) {
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
    }
  }
`);

const PAGE_SIZE = 25;

export function WebhooksPage() {
  useDocumentTitle("Webhooks");
  const canManage = useCanManage();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  // "" every program's webhooks, or one program's id.
  const [programId, setProgramId] = useState("");
  const [{ data: programData }] = useQuery({ query: ProgramChoices, requestPolicy: "cache-and-network" });
  const programs = programData?.programs.edges.map((e) => e.node) ?? [];
  const [deleting, setDeleting] = useState<WebhookDetailsFragment | null>(null);
  const [toggleError, setToggleError] = useState<string | null>(null);
  const [{ fetching: toggling }, setEnabled] = useMutation(SetWebhookEnabled);
  const programName = programs.find((p) => p.id === programId)?.name;

  const toggle = async (webhook: WebhookDetailsFragment, enabled: boolean) => {
    const result = await setEnabled({ input: { id: webhook.id, enabled } });
    const payload = result.data?.updateWebhook;
    setToggleError(payload?.__typename === "WebhookPayload" ? null : mutationProblem(result.error, payload).message);
  };
  const rows = { canManage, toggling, onToggle: toggle, onDelete: setDeleting };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Webhooks</h1>
          <p className="page-lead">
            Which events go to which destination, and how they are sent. Global webhooks receive the organization&apos;s events of every
            program; a linked-program webhook only its program&apos;s.
          </p>
        </div>
        {canManage && (
          <Link href="/webhooks/new" className="button button-primary">
            Add a webhook
          </Link>
        )}
      </header>

      <div className="toolbar filters" role="search" aria-label="Search the webhooks">
        <div className="filter filter-wide">
          <label htmlFor="webhook-search">Search</label>
          <input
            id="webhook-search"
            className="input"
            type="search"
            value={searchInput}
            onChange={(e) => setSearchInput(e.target.value)}
            placeholder="Name or URL"
            autoComplete="off"
          />
        </div>
      </div>

      {toggleError && (
        <div className="callout callout-error" role="alert">
          <p>{toggleError}</p>
        </div>
      )}

      <WebhookList
        id="global-webhooks"
        heading="Global webhooks"
        global
        search={search}
        empty={
          programs.length === 0 ? (
            <p>No webhooks yet. {canManage && "Add one to send events to a destination."}</p>
          ) : (
            <p>No global webhooks yet.</p>
          )
        }
        {...rows}
      />
      {programs.length > 0 && (
        <WebhookList
          id="program-webhooks"
          heading="Linked-program webhooks"
          programId={programId}
          search={search}
          showProgram
          tools={
            <div className="filter">
              <label htmlFor="webhook-program">Program</label>
              <select id="webhook-program" className="input" value={programId} onChange={(e) => setProgramId(e.target.value)}>
                <option value="">All programs</option>
                {programs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          }
          empty={<p>{programName ? `No webhook is linked to ${programName}.` : "No webhook is linked to a program yet."}</p>}
          {...rows}
        />
      )}

      {deleting && <DeleteWebhookDialog webhook={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

interface WebhookListProps {
  id: string;
  heading: string;
  /** The global webhooks; otherwise the programs' (all, or `programId`'s). */
  global?: boolean;
  programId?: string;
  search: string;
  showProgram?: boolean;
  /** Controls of this section only (the program section's program). */
  tools?: ReactNode;
  /** What the section says when it has no webhook and nothing is searched. */
  empty: ReactNode;
  canManage: boolean;
  toggling: boolean;
  onToggle(webhook: WebhookDetailsFragment, enabled: boolean): Promise<void>;
  onDelete(webhook: WebhookDetailsFragment): void;
}

/** One section's list, with its own sort and pages. */
function WebhookList({
  id,
  heading,
  global = false,
  programId = "",
  search,
  showProgram = false,
  tools,
  empty,
  canManage,
  toggling,
  onToggle,
  onDelete,
}: WebhookListProps) {
  const [sort, setSort] = useState<Sort<WebhookOrderField>>({ field: "NAME", direction: "ASC" });
  const listKey = `${search}|${global}|${programId}|${sort.field}|${sort.direction}`;
  const { after, loadMore } = usePageCursor(listKey);
  const variables = useMemo(() => {
    const filter = global ? { global: true } : programId ? { programId } : { global: false };
    return { filter: { ...filter, ...(search && { search }) }, orderBy: sort, first: PAGE_SIZE, after };
  }, [global, programId, search, sort, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Webhooks, variables, requestPolicy: "cache-and-network" });
  const connection = data?.webhooks;
  const webhooks = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <section className="webhook-section" aria-labelledby={id}>
      <div className="section-header">
        <h2 id={id}>{heading}</h2>
        {tools}
      </div>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading webhooks…
        </p>
      )}
      {connection && webhooks.length === 0 && (
        <div className="empty">{search ? <p>No webhook&apos;s name or URL here contains “{search}”.</p> : empty}</div>
      )}

      {connection && webhooks.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                <SortHeader label="Name" field="NAME" sort={sort} onSort={setSort} />
                {showProgram && <th scope="col">Program</th>}
                <SortHeader label="URL" field="URL" sort={sort} onSort={setSort} />
                <th scope="col">Events</th>
                <SortHeader label="Last triggered" field="LAST_TRIGGERED_AT" sort={sort} onSort={setSort} natural="DESC" />
                <SortHeader label="State" field="STATE" sort={sort} onSort={setSort} />
                <SortHeader label="Created" field="CREATED_AT" sort={sort} onSort={setSort} natural="DESC" />
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id}>
                  <th scope="row" data-label="Name">
                    <Link href={`/webhooks/${webhook.id}/edit`}>{webhook.name}</Link>
                  </th>
                  {showProgram && <td data-label="Program">{webhook.program?.name}</td>}
                  <td data-label="URL" className="cell-url">
                    {webhook.url}
                  </td>
                  <td data-label="Events" className="cell-events">
                    {webhook.eventTypes.map((name, i) => (
                      <Fragment key={name}>
                        {i > 0 && ", "}
                        <EventTypeName name={name} />
                      </Fragment>
                    ))}
                  </td>
                  <td data-label="Last triggered">{webhook.lastTriggeredAt ? <TimeAgo iso={webhook.lastTriggeredAt} /> : "Never"}</td>
                  <td data-label="State">
                    {canManage ? (
                      <label className="switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={webhook.enabled}
                          disabled={toggling}
                          onChange={(e) => void onToggle(webhook, e.target.checked)}
                          aria-label={`${webhook.name} active`}
                        />
                        <span>{webhook.enabled ? "Active" : "Inactive"}</span>
                      </label>
                    ) : (
                      <span className={`badge ${webhook.enabled ? "badge-ok" : "badge-muted"}`}>
                        {webhook.enabled ? "Active" : "Inactive"}
                      </span>
                    )}
                  </td>
                  <td data-label="Created">
                    <TimeAgo iso={webhook.createdAt} />
                  </td>
                  <td className="row-actions">
                    <Link
                      href={`/history?webhookId=${encodeURIComponent(webhook.id)}`}
                      className="button button-small"
                      aria-label={`Event log of ${webhook.name}`}
                    >
                      Event log
                    </Link>
                    {canManage && (
                      <>
                        <Link href={`/webhooks/${webhook.id}/edit`} className="button button-small" aria-label={`Edit ${webhook.name}`}>
                          Edit
                        </Link>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => onDelete(webhook)}
                          aria-label={`Delete ${webhook.name}`}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={webhooks.length}
            total={connection.totalCount}
            noun={["webhook", "webhooks"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}
    </section>
  );
}
