// The audit log (admins only): every change to the organization,
// newest first: who (the token), what, when, and the record before and after.
// Filters are the API's: kind of record, record id, action, token, period.
import { Fragment, useMemo, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../gql/index.ts";
import { fromLocalInput } from "../../ui/datetime.ts";
import { formatDateTime } from "../../ui/format.ts";
import { prettyJson } from "../../ui/json.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { changedFields, resourcePath, resourceTypes } from "./changes.ts";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const AuditLog = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          resourceType
          resourceId
          tokenId
          tokenName
          before
          after
          createdAt
        }
      }
    }
  }
`);

const AuditTokens = graphql(`
  query AuditTokens {
    accessTokens(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function AuditLogPage() {
  useDocumentTitle("Audit log");
  const [resourceType, setResourceType] = useState("");
  const [tokenId, setTokenId] = useState("");
  const [actionInput, setActionInput] = useState("");
  const [resourceIdInput, setResourceIdInput] = useState("");
  const [sinceInput, setSinceInput] = useState("");
  const [untilInput, setUntilInput] = useState("");
  const action = useDebouncedValue(actionInput.trim(), 300);
  const resourceId = useDebouncedValue(resourceIdInput.trim(), 300);
  const since = fromLocalInput(sinceInput);
  const until = fromLocalInput(untilInput);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [{ data: tokenData }] = useQuery({ query: AuditTokens, requestPolicy: "cache-and-network" });

  const filter = useMemo(
    () => ({
      ...(resourceType && { resourceType }),
      ...(tokenId && { tokenId }),
      ...(action && { action }),
      ...(resourceId && { resourceId }),
      ...(since && { since }),
      ...(until && { until }),
    }),
    [resourceType, tokenId, action, resourceId, since, until],
  );
  const listKey = JSON.stringify(filter);
  const { after, loadMore } = usePageCursor(listKey);
  const variables = useMemo(() => ({ filter, first: PAGE_SIZE, after }), [filter, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: AuditLog, variables, requestPolicy: "cache-and-network" });
  const connection = data?.auditLog;
  const entries = connection?.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Audit log</h1>
          <p className="page-lead">
            Every change to this organization, newest first: who made it, with which token, and the record before and after. Secrets are
            never recorded.
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => refetch({ requestPolicy: "network-only" })}>
            Refresh
          </button>
        </div>
      </header>

      <div className="toolbar filters" role="search" aria-label="Filter the audit log">
        <div className="filter">
          <label htmlFor="audit-resource-type">Record</label>
          <select id="audit-resource-type" className="input" value={resourceType} onChange={(e) => setResourceType(e.target.value)}>
            <option value="">All kinds</option>
            {resourceTypes.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="audit-token">Token</label>
          <select id="audit-token" className="input" value={tokenId} onChange={(e) => setTokenId(e.target.value)}>
            <option value="">Anyone</option>
            {tokenData?.accessTokens.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="audit-action">Action</label>
          <input
            id="audit-action"
            className="input mono"
            type="search"
            value={actionInput}
            onChange={(e) => setActionInput(e.target.value)}
            placeholder="e.g. destination.updated"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="filter">
          <label htmlFor="audit-resource-id">Record id</label>
          <input
            id="audit-resource-id"
            className="input mono"
            type="search"
            value={resourceIdInput}
            onChange={(e) => setResourceIdInput(e.target.value)}
            placeholder="dst_…"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="filter">
          <label htmlFor="audit-since">Since</label>
          <input
            id="audit-since"
            className="input"
            type="datetime-local"
            value={sinceInput}
            onChange={(e) => setSinceInput(e.target.value)}
          />
        </div>
        <div className="filter">
          <label htmlFor="audit-until">Until</label>
          <input
            id="audit-until"
            className="input"
            type="datetime-local"
            value={untilInput}
            onChange={(e) => setUntilInput(e.target.value)}
          />
        </div>
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading the audit log…
        </p>
      )}
      {connection && entries.length === 0 && (
        <div className="empty">
          <p>{filtered ? "No change matches these filters." : "No changes recorded yet."}</p>
        </div>
      )}
      {connection && entries.length > 0 && (
        <>
          <table className="table table-cards audit-table" aria-busy={fetching}>
            <caption className="visually-hidden">Changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Record</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const expanded = open.has(entry.id);
                const path = resourcePath(entry);
                const fields = changedFields(entry.before, entry.after);
                return (
                  <Fragment key={entry.id}>
                    <tr>
                      <td data-label="When">
                        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>{" "}
                        <span className="muted">
                          (<TimeAgo iso={entry.createdAt} />)
                        </span>
                      </td>
                      <td data-label="Who">
                        {entry.tokenId ? entry.tokenName : <span className="muted">{entry.tokenName} (Switchyard itself)</span>}
                      </td>
                      <th scope="row" data-label="What">
                        <code>{entry.action}</code>
                      </th>
                      <td data-label="Record" className="cell-url">
                        {path ? <Link href={path}>{entry.resourceId}</Link> : entry.resourceId}
                      </td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-expanded={expanded}
                          aria-controls={`audit-${entry.id}`}
                          aria-label={`${expanded ? "Hide" : "Show"} the change ${entry.action} of ${entry.resourceId}`}
                          onClick={() => toggle(entry.id)}
                        >
                          {expanded ? "Hide" : "Before / after"}
                        </button>
                      </td>
                    </tr>
                    {expanded && (
                      <tr id={`audit-${entry.id}`} className="audit-change">
                        <td colSpan={5}>
                          <p className="muted">{fields.length > 0 ? `Changed: ${fields.join(", ")}` : "No field changed."}</p>
                          <div className="before-after">
                            <section aria-label={`Before ${entry.action}`}>
                              <h3>Before</h3>
                              {entry.before === null || entry.before === undefined ? (
                                <p className="muted">Nothing (created).</p>
                              ) : (
                                <pre className="code-block">{prettyJson(entry.before)}</pre>
                              )}
                            </section>
                            <section aria-label={`After ${entry.action}`}>
                              <h3>After</h3>
                              {entry.after === null || entry.after === undefined ? (
                                <p className="muted">Nothing (deleted).</p>
                              ) : (
                                <pre className="code-block">{prettyJson(entry.after)}</pre>
                              )}
                            </section>
                          </div>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          <ListFooter
            shown={entries.length}
            total={connection.totalCount}
            noun={["change", "changes"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}
    </>
  );
}
