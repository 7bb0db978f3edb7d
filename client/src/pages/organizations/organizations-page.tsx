// Where a partner token lands after sign-in (seed 004): find an organization
// it reaches by name or id, and act in it. Tokens that reach one organization
// do not have this page.
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useLocation } from "wouter";
import { graphql } from "../../gql/index.ts";
import { choiceFor } from "../../session/organization-choice.ts";
import { useSignedIn } from "../../session/signed-in.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

const PartnerOrganizations = graphql(`
  query PartnerOrganizations($search: String, $first: Int!, $after: String) {
    organizations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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

/** Where acting in an organization starts. */
const START_PATH = "/destinations";

export function OrganizationsPage() {
  useDocumentTitle("Organizations");
  const { viewer, switchOrganization } = useSignedIn();
  const [, navigate] = useLocation();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const { after, loadMore } = usePageCursor(search);
  const variables = useMemo(() => ({ search: search || null, first: PAGE_SIZE, after }), [search, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: PartnerOrganizations, variables, requestPolicy: "cache-and-network" });
  const connection = data?.organizations;
  const organizations = connection?.edges.map((e) => e.node) ?? [];

  const actIn = (organizationId: string) => {
    navigate(START_PATH);
    if (organizationId !== viewer.organization.id) switchOrganization(choiceFor(organizationId, viewer.homeOrganizationId));
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Find an organization</h1>
          <p className="page-lead">
            This token acts for several organizations. Find one by its name or id, and act in it; the switcher under your name changes it
            later. Now acting in <strong>{viewer.organization.name}</strong>.
          </p>
        </div>
      </header>
      <div className="toolbar" role="search">
        <label htmlFor="organization-search">Name or id</label>
        <input
          id="organization-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="e.g. Northwind or org_…"
          autoComplete="off"
          autoFocus
        />
      </div>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading organizations…
        </p>
      )}
      {connection && organizations.length === 0 && (
        <div className="empty">
          <p>No organization this token reaches matches “{search}”.</p>
        </div>
      )}
      {connection && organizations.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Organizations this token reaches</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((organization) => (
                <tr key={organization.id}>
                  <th scope="row" data-label="Name">
                    {organization.name}
                    {organization.id === viewer.homeOrganizationId && <span className="badge badge-muted">own</span>}
                    {organization.id === viewer.organization.id && <span className="badge badge-info">acting in</span>}
                  </th>
                  <td data-label="Id" className="cell-url">
                    <code>{organization.id}</code>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => actIn(organization.id)}
                      aria-label={`Act in ${organization.name}`}
                    >
                      Act in it
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={organizations.length}
            total={connection.totalCount}
            noun={["organization", "organizations"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}
    </>
  );
}
