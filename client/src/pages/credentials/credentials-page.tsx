// The credentials page: name, type, system, created, and the id with
// a copy button; create with the fields of the chosen type; delete after
// confirmation. No edit: a credential is deleted and created again.
import { SortHeader, type Sort } from "../../ui/sort-header.tsx";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { CredentialOrderField, CredentialRowFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { CopyValue } from "../../ui/copy-button.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { CreateCredentialDialog } from "./create-credential-dialog.tsx";
import { useCredentialTypes } from "./credential-types.ts";
import { DeleteCredentialDialog } from "./delete-credential-dialog.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

export const CredentialRow = graphql(`
  fragment CredentialRow on Credential {
    id
    name
    type
    direction
    system
    hint
    createdAt
  }
`);

const Credentials = graphql(`
  query Credentials($filter: CredentialFilter, $orderBy: CredentialOrder, $first: Int!, $after: String) {
    credentials(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CredentialRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function CredentialsPage() {
  useDocumentTitle("Credentials");
  const canManage = useCanManage();
  const { types } = useCredentialTypes();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const [sort, setSort] = useState<Sort<CredentialOrderField>>({ field: "CREATED_AT", direction: "DESC" });
  const { after, loadMore, reset: showFirstPage } = usePageCursor(`${search}|${sort.field}|${sort.direction}`);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<CredentialRowFragment | null>(null);

  const variables = useMemo(() => ({ filter: search ? { search } : null, orderBy: sort, first: PAGE_SIZE, after }), [search, sort, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Credentials, variables, requestPolicy: "cache-and-network" });
  const connection = data?.credentials;
  const credentials = connection?.edges.map((edge) => edge.node) ?? [];
  const typeLabel = (type: string) => types?.find((t) => t.type === type)?.label ?? type;

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Credentials</h1>
          <p className="page-lead">
            How Switchyard authenticates to your destinations (and verifies webhooks sent to it). Secrets are write-only: they cannot be
            viewed or edited after creation; delete a credential and create another instead.
          </p>
        </div>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            Create credential
          </button>
        )}
      </header>

      <div className="toolbar" role="search">
        <label htmlFor="credential-search">Search by name</label>
        <input
          id="credential-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="e.g. billing"
          autoComplete="off"
        />
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading credentials…
        </p>
      )}
      {connection && credentials.length === 0 && (
        <div className="empty">
          {search ? (
            <p>No credential&apos;s name contains “{search}”.</p>
          ) : (
            <p>No credentials yet. {canManage && "Create one to authenticate Switchyard's requests to a destination."}</p>
          )}
        </div>
      )}

      {connection && credentials.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Credentials</caption>
            <thead>
              <tr>
                <SortHeader label="Name" field="NAME" sort={sort} onSort={setSort} />
                <SortHeader label="Type" field="TYPE" sort={sort} onSort={setSort} />
                <th scope="col">System</th>
                <th scope="col">Reminder</th>
                <SortHeader label="Created" field="CREATED_AT" sort={sort} onSort={setSort} natural="DESC" />
                <th scope="col">Id</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {credentials.map((credential) => (
                <tr key={credential.id}>
                  <th scope="row" data-label="Name">
                    {credential.name}
                  </th>
                  <td data-label="Type">{typeLabel(credential.type)}</td>
                  <td data-label="System">{credential.system}</td>
                  <td data-label="Reminder">{credential.hint ? <code>{credential.hint}</code> : "–"}</td>
                  <td data-label="Created">
                    <TimeAgo iso={credential.createdAt} />
                  </td>
                  <td data-label="Id">
                    <CopyValue value={credential.id} name="id" />
                  </td>
                  {canManage && (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => setDeleting(credential)}
                        aria-label={`Delete ${credential.name}`}
                      >
                        Delete
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={credentials.length}
            total={connection.totalCount}
            noun={["credential", "credentials"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}

      {creating && <CreateCredentialDialog onClose={() => setCreating(false)} onCreate={showFirstPage} />}
      {deleting && <DeleteCredentialDialog credential={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
