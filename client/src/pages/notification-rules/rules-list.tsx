// Notification rules: on an event type, when a condition holds,
// send to destinations. The list shows each rule's trigger and targets (with
// the last time its condition ran out of steps), an Enabled switch, and edit
// and delete.
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { Link } from "wouter";
import { mutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { NotificationRuleRowFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DeleteRuleDialog } from "./delete-rule-dialog.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const NotificationRules = graphql(`
  query NotificationRules($filter: NotificationRuleFilter, $first: Int!, $after: String) {
    notificationRules(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationRuleRow
        }
      }
    }
  }
`);

const SetRuleEnabled = graphql(`
  mutation SetRuleEnabled($input: UpdateNotificationRuleInput!) {
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
    }
  }
`);

const PAGE_SIZE = 25;

export function RulesPage() {
  useDocumentTitle("Notification rules");
  const canManage = useCanManage();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const { after, loadMore } = usePageCursor(search);
  const [deleting, setDeleting] = useState<NotificationRuleRowFragment | null>(null);
  const [toggleError, setToggleError] = useState<string | null>(null);
  const [{ fetching: toggling }, setEnabled] = useMutation(SetRuleEnabled);

  const variables = useMemo(() => ({ filter: search ? { search } : null, first: PAGE_SIZE, after }), [search, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: NotificationRules, variables, requestPolicy: "cache-and-network" });
  const connection = data?.notificationRules;
  const rules = connection?.edges.map((edge) => edge.node) ?? [];

  const toggle = async (rule: NotificationRuleRowFragment, enabled: boolean) => {
    const result = await setEnabled({ input: { id: rule.id, enabled } });
    const payload = result.data?.updateNotificationRule;
    setToggleError(payload?.__typename === "NotificationRulePayload" ? null : mutationProblem(result.error, payload).message);
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Notification rules</h1>
          <p className="page-lead">
            When an event of a type happens and its condition holds, send it to destinations. Works with Switchyard&apos;s own system events
            too.
          </p>
        </div>
        {canManage && (
          <Link href="/notification-rules/new" className="button button-primary">
            Create rule
          </Link>
        )}
      </header>

      <div className="toolbar" role="search">
        <label htmlFor="rule-search">Search</label>
        <input
          id="rule-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="Name"
          autoComplete="off"
        />
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {toggleError && (
        <div className="callout callout-error" role="alert">
          <p>{toggleError}</p>
        </div>
      )}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading notification rules…
        </p>
      )}
      {connection && rules.length === 0 && (
        <div className="empty">
          {search ? (
            <p>No rule&apos;s name contains “{search}”.</p>
          ) : (
            <p>No notification rules yet. {canManage && "Create one to be told when something happens."}</p>
          )}
        </div>
      )}

      {connection && rules.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Notification rules</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Event type</th>
                <th scope="col">Condition</th>
                <th scope="col">Destinations</th>
                <th scope="col">State</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <tr key={rule.id}>
                  <th scope="row" data-label="Name">
                    <Link href={`/notification-rules/${rule.id}/edit`}>{rule.name}</Link>
                  </th>
                  <td data-label="Event type">
                    <code>{rule.eventType}</code>
                  </td>
                  <td data-label="Condition" className="cell-code">
                    {rule.condition ? <code>{rule.condition}</code> : <span className="muted">Every event</span>}
                    {rule.lastEvaluationError && (
                      <p className="field-hint" role="note">
                        <span className="badge badge-warning">Evaluation error</span> {rule.lastEvaluationError.message} (
                        <TimeAgo iso={rule.lastEvaluationError.at} />)
                      </p>
                    )}
                  </td>
                  <td data-label="Destinations">
                    <ul className="inline-list">
                      {rule.destinations.map((d) => (
                        <li key={d.id}>
                          <Link href={`/destinations/${d.id}`}>{d.name}</Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label="State">
                    {canManage ? (
                      <label className="switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={rule.enabled}
                          disabled={toggling}
                          onChange={(e) => void toggle(rule, e.target.checked)}
                          aria-label={`${rule.name} enabled`}
                        />
                        <span>{rule.enabled ? "Enabled" : "Disabled"}</span>
                      </label>
                    ) : (
                      <span className={`badge ${rule.enabled ? "badge-ok" : "badge-muted"}`}>{rule.enabled ? "Enabled" : "Disabled"}</span>
                    )}
                  </td>
                  <td data-label="Created">
                    <TimeAgo iso={rule.createdAt} />
                  </td>
                  <td className="row-actions">
                    {canManage ? (
                      <>
                        <Link href={`/notification-rules/${rule.id}/edit`} className="button button-small" aria-label={`Edit ${rule.name}`}>
                          Edit
                        </Link>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => setDeleting(rule)}
                          aria-label={`Delete ${rule.name}`}
                        >
                          Delete
                        </button>
                      </>
                    ) : (
                      <Link href={`/notification-rules/${rule.id}/edit`} className="button button-small" aria-label={`View ${rule.name}`}>
                        View
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={rules.length}
            total={connection.totalCount}
            noun={["rule", "rules"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}

      {deleting && <DeleteRuleDialog rule={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
