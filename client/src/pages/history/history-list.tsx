// The history of requests sent: sent at, URL, result, re-send; sortable
// columns (URL included); search by event id, URL or destination name; filters by destination, webhook
// and result; and the bulk "retry failed since…".
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { EventTypeName } from "../../ui/event-type-name.tsx";
import { Link, useSearch } from "wouter";
import { mutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { AttemptOrderField, AttemptOutcome } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { SortHeader, type Sort } from "../../ui/sort-header.tsx";
import { AttemptResult } from "../../ui/status.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ResendDelivery } from "./resend.ts";
import { SentFor } from "./sent-for.tsx";
import { DestinationChoices, RetryFailedDialog } from "./retry-failed-dialog.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const History = graphql(`
  query History($filter: AttemptFilter, $orderBy: AttemptOrder, $first: Int!, $after: String) {
    deliveryAttempts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AttemptSummary
          url
          delivery {
            id
            eventType
            event {
              id
            }
            destination {
              id
              name
            }
            webhook {
              id
              name
            }
            rule {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function HistoryPage() {
  useDocumentTitle("History");
  const canManage = useCanManage();
  // Links from a destination or a webhook open the history filtered to it.
  const query = new URLSearchParams(useSearch());
  const [params] = useState(query);
  const webhookId = query.get("webhookId") ?? "";
  const [destinationId, setDestinationId] = useState(params.get("destinationId") ?? "");
  const [searchInput, setSearchInput] = useState(params.get("eventId") ?? "");
  const search = useDebouncedValue(searchInput.trim(), 300);
  const [outcome, setOutcome] = useState<"" | AttemptOutcome>("");
  const [sort, setSort] = useState<Sort<AttemptOrderField>>({ field: "SENT_AT", direction: "DESC" });
  const [retrying, setRetrying] = useState(false);
  const [resent, setResent] = useState<{ id: string; text: string; ok: boolean } | null>(null);
  const [{ fetching: resending }, resend] = useMutation(ResendDelivery);
  const [{ data: destinations }] = useQuery({ query: DestinationChoices, requestPolicy: "cache-and-network" });

  const filter = useMemo(
    () => ({
      ...(destinationId && { destinationId }),
      ...(webhookId && { webhookId }),
      ...(search && { search }),
      ...(outcome && { outcome }),
    }),
    [destinationId, webhookId, search, outcome],
  );
  const listKey = JSON.stringify([filter, sort]);
  const { after, loadMore, reset: showFirstPage } = usePageCursor(listKey);
  const variables = useMemo(() => ({ filter, orderBy: sort, first: PAGE_SIZE, after }), [filter, sort, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: History, variables, requestPolicy: "cache-and-network" });
  const connection = data?.deliveryAttempts;
  const attempts = connection?.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  const resendDelivery = async (deliveryId: string, eventType: string) => {
    showFirstPage();
    const result = await resend({ input: { id: deliveryId } });
    const payload = result.data?.resendDelivery;
    if (payload?.__typename === "AttemptPayload") {
      const a = payload.attempt;
      setResent({
        id: a.id,
        ok: a.succeeded,
        text: `Re-sent ${eventType}: attempt ${a.number} ${a.succeeded ? "succeeded" : "failed"} (${a.responseStatus ?? a.errorCode ?? "no response"}).`,
      });
    } else {
      setResent({ id: "", ok: false, text: mutationProblem(result.error, payload).message ?? "The re-send failed." });
    }
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>History</h1>
          <p className="page-lead">Every request Switchyard sent: when, where, and what came back. Open one for its headers and bodies.</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => refetch({ requestPolicy: "network-only" })}>
            Refresh
          </button>
          {canManage && (
            <button type="button" className="button" onClick={() => setRetrying(true)}>
              Retry failed since…
            </button>
          )}
        </div>
      </header>

      <div className="toolbar filters" role="search" aria-label="Filter the history">
        <div className="filter filter-wide">
          <label htmlFor="history-search">Event id, URL or destination</label>
          <input
            id="history-search"
            className="input mono"
            type="search"
            value={searchInput}
            onChange={(e) => setSearchInput(e.target.value)}
            placeholder="evt_… or part of a URL"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="filter">
          <label htmlFor="history-destination">Destination</label>
          <select id="history-destination" className="input" value={destinationId} onChange={(e) => setDestinationId(e.target.value)}>
            <option value="">All</option>
            {destinations?.destinations.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="history-outcome">Result</label>
          <select
            id="history-outcome"
            className="input"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as "" | AttemptOutcome)}
          >
            <option value="">All</option>
            <option value="SUCCEEDED">Succeeded</option>
            <option value="FAILED">Failed</option>
          </select>
        </div>
      </div>
      {webhookId && (
        <p className="muted">
          Showing one webhook&apos;s event log. <Link href="/history">Show all</Link>
        </p>
      )}

      {resent && (
        <div className={`callout ${resent.ok ? "callout-ok" : "callout-error"}`} role="status">
          <p>
            {resent.text} {resent.id && <Link href={`/history/${resent.id}`}>View it</Link>}
          </p>
        </div>
      )}
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading the history…
        </p>
      )}
      {connection && attempts.length === 0 && (
        <div className="empty">
          <p>{filtered ? "No request matches these filters." : "Nothing sent yet. Requests show here once events are delivered."}</p>
        </div>
      )}
      {connection && attempts.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Requests sent</caption>
            <thead>
              <tr>
                <SortHeader label="Sent at" field="SENT_AT" sort={sort} onSort={setSort} natural="DESC" />
                <SortHeader label="URL" field="URL" sort={sort} onSort={setSort} />
                <SortHeader label="Result" field="RESPONSE_STATUS" sort={sort} onSort={setSort} />
                <SortHeader label="Duration" field="DURATION" sort={sort} onSort={setSort} natural="DESC" />
                <th scope="col">Event type</th>
                <th scope="col">Destination</th>
                <th scope="col">Sent for</th>
                <th scope="col">Attempt</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td data-label="Sent at" className="cell-time">
                    <Link href={`/history/${a.id}`}>{formatDateTime(a.sentAt)}</Link>
                  </td>
                  <td data-label="URL" className="cell-url cell-url-main">
                    {a.url}
                  </td>
                  <td data-label="Result">
                    <AttemptResult {...a} />
                  </td>
                  <td data-label="Duration">{a.durationMs} ms</td>
                  <td data-label="Event type" className="cell-events">
                    <code>
                      <EventTypeName name={a.delivery.eventType} />
                    </code>
                  </td>
                  <td data-label="Destination">{a.delivery.destination.name}</td>
                  <td data-label="Sent for">
                    <SentFor delivery={a.delivery} />
                  </td>
                  <td data-label="Attempt">
                    #{a.number}
                    {a.trigger === "MANUAL" && " (re-send)"}
                  </td>
                  <td className="row-actions">
                    <Link
                      href={`/history/${a.id}`}
                      className="button button-small"
                      aria-label={`Details of attempt ${a.number} of ${a.delivery.eventType}`}
                    >
                      Details
                    </Link>
                    {canManage && (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={resending}
                        onClick={() => void resendDelivery(a.delivery.id, a.delivery.eventType)}
                        aria-label={`Re-send ${a.delivery.eventType} to ${a.delivery.destination.name}`}
                      >
                        Re-send
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={attempts.length}
            total={connection.totalCount}
            noun={["request", "requests"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}
      {retrying && <RetryFailedDialog destinationId={destinationId || undefined} onClose={() => setRetrying(false)} />}
    </>
  );
}
