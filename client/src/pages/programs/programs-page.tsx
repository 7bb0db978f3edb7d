// Programs: a partner's loyalty or rewards programs. A webhook is
// global (every program's events) or linked to one program; this page lists
// the programs with their webhooks, and creates and edits them.
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../gql/index.ts";
import type { ProgramRowFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ProgramDialog } from "./program-dialog.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";

export const ProgramRow = graphql(`
  fragment ProgramRow on Program {
    id
    name
    description
    createdAt
    webhooks {
      id
      name
    }
  }
`);

const Programs = graphql(`
  query Programs($filter: ProgramFilter, $first: Int!, $after: String) {
    programs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProgramRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function ProgramsPage() {
  useDocumentTitle("Programs");
  const canManage = useCanManage();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const { after, loadMore } = usePageCursor(search);
  const [editing, setEditing] = useState<ProgramRowFragment | "new" | null>(null);

  const variables = useMemo(() => ({ filter: search ? { search } : null, first: PAGE_SIZE, after }), [search, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Programs, variables, requestPolicy: "cache-and-network" });
  const connection = data?.programs;
  const programs = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Programs</h1>
          <p className="page-lead">
            Events published for a program reach that program&apos;s webhooks and the global ones. Link a webhook to a program when you add
            it.
          </p>
        </div>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setEditing("new")}>
            Create program
          </button>
        )}
      </header>

      <div className="toolbar" role="search">
        <label htmlFor="program-search">Search</label>
        <input
          id="program-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="Name"
          autoComplete="off"
        />
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading programs…
        </p>
      )}
      {connection && programs.length === 0 && (
        <div className="empty">
          {search ? (
            <p>No program&apos;s name contains “{search}”.</p>
          ) : (
            <p>No programs yet. {canManage && "Create one to link webhooks to it."}</p>
          )}
        </div>
      )}

      {connection && programs.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Programs</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Description</th>
                <th scope="col">Webhooks</th>
                <th scope="col">Created</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {programs.map((program) => (
                <tr key={program.id}>
                  <th scope="row" data-label="Name">
                    {program.name}
                  </th>
                  <td data-label="Description">{program.description || <span className="muted">None</span>}</td>
                  <td data-label="Webhooks">
                    {program.webhooks.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      <ul className="inline-list">
                        {program.webhooks.map((w) => (
                          <li key={w.id}>
                            <Link href={`/webhooks/${w.id}/edit`}>{w.name}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td data-label="Created">
                    <TimeAgo iso={program.createdAt} />
                  </td>
                  {canManage && (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setEditing(program)}
                        aria-label={`Edit ${program.name}`}
                      >
                        Edit
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={programs.length}
            total={connection.totalCount}
            noun={["program", "programs"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}

      {editing && <ProgramDialog program={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
