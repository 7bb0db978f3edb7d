// Organizations, for tokens that reach several (partners, seed 004): where
// they land after sign-in, to find one by name or id and act in it. Admins
// also create (over all, or partners when the server allows it), rename, see
// the archived ones and archive (over all).
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useLocation } from "wouter";
import { graphql } from "../../gql/index.ts";
import { choiceFor } from "../../session/organization-choice.ts";
import type { OrganizationRowFragment } from "../../gql/graphql.ts";
import { useSignedIn } from "../../session/signed-in.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { usePageCursor } from "../../ui/use-page-cursor.ts";
import { ArchiveOrganizationDialog, OrganizationDialog } from "./organization-dialogs.tsx";

export const OrganizationRow = graphql(`
  fragment OrganizationRow on Organization {
    id
    name
    createdAt
    archivedAt
  }
`);

const Organizations = graphql(`
  query OrganizationsPage($search: String, $archived: Boolean, $first: Int!, $after: String) {
    organizations(search: $search, archived: $archived, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrganizationRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** Where acting in an organization starts. */
const START_PATH = "/destinations";

type Editing = { kind: "create" } | { kind: "rename" | "archive"; organization: OrganizationRowFragment } | null;

export function OrganizationsPage() {
  useDocumentTitle("Organizations");
  const { viewer, switchOrganization } = useSignedIn();
  const [, navigate] = useLocation();
  const admin = viewer.role === "ADMIN";
  const canArchive = admin && viewer.reach === "ALL";
  const [searchInput, setSearchInput] = useState("");
  const [archived, setArchived] = useState(false);
  const search = useDebouncedValue(searchInput.trim(), 250);
  const { after, loadMore } = usePageCursor(`${search}|${archived}`);
  const [editing, setEditing] = useState<Editing>(null);

  const variables = useMemo(() => ({ search: search || null, archived, first: PAGE_SIZE, after }), [search, archived, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Organizations, variables, requestPolicy: "cache-and-network" });
  const connection = data?.organizations;
  const organizations = connection?.edges.map((edge) => edge.node) ?? [];

  const actIn = (organizationId: string) => {
    navigate(START_PATH);
    if (organizationId !== viewer.organization.id) switchOrganization(choiceFor(organizationId, viewer.homeOrganizationId));
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Organizations</h1>
          <p className="page-lead">
            This token acts for several organizations. Find one by its name or id, and act in it; the switcher under your name changes it
            later. Now acting in <strong>{viewer.organization.name}</strong>.
          </p>
        </div>
        {viewer.canCreateOrganizations && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ kind: "create" })}>
            Create organization
          </button>
        )}
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
        {admin && (
          <label className="checkbox">
            <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} /> Archived
          </label>
        )}
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading organizations…
        </p>
      )}
      {connection && organizations.length === 0 && (
        <div className="empty">
          <p>
            {search
              ? `No ${archived ? "archived " : ""}organization this token reaches matches “${search}”.`
              : `No ${archived ? "archived " : ""}organizations.`}
          </p>
        </div>
      )}

      {connection && organizations.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Organizations</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">{archived ? "Archived" : "Created"}</th>
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
                  <td data-label={archived ? "Archived" : "Created"}>
                    <TimeAgo iso={organization.archivedAt ?? organization.createdAt} />
                  </td>
                  <td className="row-actions">
                    {!organization.archivedAt && (
                      <>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => actIn(organization.id)}
                          aria-label={`Act in ${organization.name}`}
                        >
                          Act in it
                        </button>
                        {admin && (
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setEditing({ kind: "rename", organization })}
                            aria-label={`Rename ${organization.name}`}
                          >
                            Rename
                          </button>
                        )}
                        {canArchive && organization.id !== viewer.homeOrganizationId && (
                          <button
                            type="button"
                            className="button button-small button-danger"
                            onClick={() => setEditing({ kind: "archive", organization })}
                            aria-label={`Archive ${organization.name}`}
                          >
                            Archive
                          </button>
                        )}
                      </>
                    )}
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

      {editing?.kind === "create" && <OrganizationDialog onClose={() => setEditing(null)} />}
      {editing?.kind === "rename" && <OrganizationDialog organization={editing.organization} onClose={() => setEditing(null)} />}
      {editing?.kind === "archive" && <ArchiveOrganizationDialog organization={editing.organization} onClose={() => setEditing(null)} />}
    </>
  );
}
