// The destinations list: every destination, searchable and
// sortable; the name opens its details; edit and delete from the row.
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../gql/index.ts";
import type { DestinationOrderField, DestinationRowFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { SortHeader, type Sort } from "../../ui/sort-header.tsx";
import { DestinationStateBadge } from "../../ui/status.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DeleteDestinationDialog } from "./delete-destination-dialog.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const Destinations = graphql(`
  query Destinations($filter: DestinationFilter, $orderBy: DestinationOrder, $first: Int!, $after: String) {
    destinations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DestinationRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function DestinationsPage() {
  useDocumentTitle("Destinations");
  const canManage = useCanManage();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const [sort, setSort] = useState<Sort<DestinationOrderField>>({ field: "NAME", direction: "ASC" });
  const listKey = `${search}|${sort.field}|${sort.direction}`;
  const { after, loadMore } = usePageCursor(listKey);
  const [deleting, setDeleting] = useState<DestinationRowFragment | null>(null);

  const variables = useMemo(() => ({ filter: search ? { search } : null, orderBy: sort, first: PAGE_SIZE, after }), [search, sort, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Destinations, variables, requestPolicy: "cache-and-network" });
  const connection = data?.destinations;
  const destinations = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Destinations</h1>
          <p className="page-lead">
            Where events are delivered: an HTTPS endpoint that receives POST requests, and the credential Switchyard signs them with.
          </p>
        </div>
        {canManage && (
          <Link href="/destinations/new" className="button button-primary">
            Create destination
          </Link>
        )}
      </header>

      <div className="toolbar" role="search">
        <label htmlFor="destination-search">Search</label>
        <input
          id="destination-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="Name, code or URL"
          autoComplete="off"
        />
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading destinations…
        </p>
      )}
      {connection && destinations.length === 0 && (
        <div className="empty">
          {search ? (
            <p>No destination&apos;s name, code or URL contains “{search}”.</p>
          ) : (
            <p>No destinations yet. {canManage && "Create one to start delivering events."}</p>
          )}
        </div>
      )}

      {connection && destinations.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Destinations</caption>
            <thead>
              <tr>
                <SortHeader label="Name" field="NAME" sort={sort} onSort={setSort} />
                <SortHeader label="Code" field="CODE" sort={sort} onSort={setSort} />
                <th scope="col">URL</th>
                <th scope="col">State</th>
                <th scope="col">Credential</th>
                <SortHeader label="Created" field="CREATED_AT" sort={sort} onSort={setSort} natural="DESC" />
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {destinations.map((destination) => (
                <tr key={destination.id}>
                  <th scope="row" data-label="Name">
                    <Link href={`/destinations/${destination.id}`}>{destination.name}</Link>
                  </th>
                  <td data-label="Code">
                    <code>{destination.code}</code>
                  </td>
                  <td data-label="URL" className="cell-url">
                    {destination.url}
                  </td>
                  <td data-label="State">
                    <DestinationStateBadge state={destination.state} />
                  </td>
                  <td data-label="Credential">{destination.credential?.name ?? "None"}</td>
                  <td data-label="Created">
                    <TimeAgo iso={destination.createdAt} />
                  </td>
                  {canManage && (
                    <td className="row-actions">
                      <Link
                        href={`/destinations/${destination.id}/edit`}
                        className="button button-small"
                        aria-label={`Edit ${destination.name}`}
                      >
                        Edit
                      </Link>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => setDeleting(destination)}
                        aria-label={`Delete ${destination.name}`}
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
            shown={destinations.length}
            total={connection.totalCount}
            noun={["destination", "destinations"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}

      {deleting && <DeleteDestinationDialog destination={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
