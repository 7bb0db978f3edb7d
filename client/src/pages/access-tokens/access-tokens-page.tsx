// The access tokens page: the organization's active tokens (or, apart, its
// revoked ones), newest first, searchable by name, a page at a time; create,
// rename, revoke; links to how to use the API.
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { AccessTokenRowFragment } from "../../gql/graphql.ts";
import { useSignedIn } from "../../session/signed-in.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useDebouncedValue } from "../../ui/use-debounced-value.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { CreateTokenDialog } from "./create-token-dialog.tsx";
import { RenameTokenDialog } from "./rename-token-dialog.tsx";
import { RevokeTokenDialog } from "./revoke-token-dialog.tsx";
import { TokenRow } from "./token-row.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { usePageCursor } from "../../ui/use-page-cursor.ts";
import { ApiGuideLink } from "../api-guide/api-guide-link.tsx";

const AccessTokens = graphql(`
  query AccessTokens($filter: AccessTokenFilter, $first: Int!, $after: String) {
    accessTokens(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccessTokenRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

type OpenDialog =
  { kind: "create" } | { kind: "rename"; token: AccessTokenRowFragment } | { kind: "revoke"; token: AccessTokenRowFragment } | null;

export function AccessTokensPage() {
  useDocumentTitle("Access tokens");
  const { viewer, signOut } = useSignedIn();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const [revoked, setRevoked] = useState(false);
  // The cursor belongs to the list of one search and state; another starts at its first page.
  const { after, loadMore, reset: showFirstPage } = usePageCursor(`${revoked}:${search}`);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  // relayPagination() merges every page fetched for these filters, so `data`
  // holds all rows loaded so far, whichever page `after` asks for.
  const variables = useMemo(() => ({ filter: { revoked, ...(search && { search }) }, first: PAGE_SIZE, after }), [revoked, search, after]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: AccessTokens, variables, requestPolicy: "cache-and-network" });
  const connection = data?.accessTokens;
  const tokens = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Access tokens</h1>
          <p className="page-lead">
            Tokens let people and scripts call the API as <code>Authorization: Bearer sy_…</code>, and third-party applications get
            short-lived ones through OAuth2. A token&apos;s secret is shown once, when it is created.
          </p>
          <p className="page-links">
            <ApiGuideLink>How to call the API</ApiGuideLink> (curl, a GraphQL client, OAuth2) ·{" "}
            <a href="/graphql" target="_blank" rel="noreferrer">
              GraphiQL
            </a>
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setDialog({ kind: "create" })}>
          Create a token
        </button>
      </header>

      <div className="segmented" role="group" aria-label="Which tokens">
        {[
          [false, "Active"],
          [true, "Revoked"],
        ].map(([value, label]) => (
          <button
            key={String(value)}
            type="button"
            className="button button-small"
            aria-pressed={revoked === value}
            onClick={() => setRevoked(value as boolean)}
          >
            {label}
          </button>
        ))}
      </div>

      <div className="toolbar" role="search">
        <label htmlFor="token-search">Search by name</label>
        <input
          id="token-search"
          className="input"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="e.g. deploy"
          autoComplete="off"
        />
      </div>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}

      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading access tokens…
        </p>
      )}

      {connection && tokens.length === 0 && (
        <div className="empty">
          {search ? (
            <p>
              No {revoked && "revoked "}token&apos;s name contains “{search}”.
            </p>
          ) : (
            <p>{revoked ? "No token of this organization has been revoked." : "This organization has no active access tokens."}</p>
          )}
        </div>
      )}

      {connection && tokens.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">{revoked ? "Revoked" : "Active"} access tokens, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <TokenRow
                  key={token.id}
                  token={token}
                  isCurrent={token.id === viewer.tokenId}
                  onRename={() => setDialog({ kind: "rename", token })}
                  onRevoke={() => setDialog({ kind: "revoke", token })}
                />
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={tokens.length}
            total={connection.totalCount}
            noun={revoked ? ["revoked token", "revoked tokens"] : ["token", "tokens"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}

      {dialog?.kind === "create" && (
        <CreateTokenDialog
          onClose={() => setDialog(null)}
          // The new token invalidates the cached pages (see urql/cache.ts); the
          // list must be asking for its first page when they are fetched again.
          onCreate={showFirstPage}
        />
      )}
      {dialog?.kind === "rename" && <RenameTokenDialog token={dialog.token} onClose={() => setDialog(null)} />}
      {dialog?.kind === "revoke" && (
        <RevokeTokenDialog
          token={dialog.token}
          // The revoked token leaves this list, which is fetched again from its first page.
          onRevoke={showFirstPage}
          isCurrent={dialog.token.id === viewer.tokenId}
          onClose={() => setDialog(null)}
          onRevokedCurrent={() => signOut("You revoked the token this dashboard was signed in with.")}
        />
      )}
    </>
  );
}
