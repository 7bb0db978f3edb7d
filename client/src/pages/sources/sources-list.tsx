// Sources: where other systems' webhooks come in. The list, with each ingest URL and a copy button.
import { useState } from "react";
import { useQuery } from "urql";
import { Link, useLocation } from "wouter";
import { graphql } from "../../gql/index.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { CopyButton } from "../../ui/copy-button.tsx";
import { ListFooter } from "../../ui/list-footer.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { usePageCursor } from "../../ui/use-page-cursor.ts";
import { ingestUrlOf } from "./ingest-url.ts";
import { SourceDialog } from "./source-dialog.tsx";

export const SourceRow = graphql(`
  fragment SourceRow on Source {
    id
    name
    ingestPath
    ingestUrl
    credential {
      id
      name
      type
    }
    eventTypeMode
    eventType
    eventTypeField
    eventTypePrefix
    createEventTypes
    enabled
    createdAt
  }
`);

const Sources = graphql(`
  query Sources($first: Int!, $after: String) {
    sources(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SourceRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function eventTypeRule(source: {
  eventTypeMode: string;
  eventType?: string | null;
  eventTypeField?: string | null;
  eventTypePrefix: string;
}) {
  return source.eventTypeMode === "FIXED" ? source.eventType : `${source.eventTypePrefix}{${source.eventTypeField}}`;
}

export function SourcesPage() {
  useDocumentTitle("Sources");
  const canManage = useCanManage();
  const [, navigate] = useLocation();
  const { after, loadMore } = usePageCursor("");
  const [creating, setCreating] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: Sources,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: "cache-and-network",
  });
  const connection = data?.sources;
  const sources = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Sources</h1>
          <p className="page-lead">
            Other systems (Stripe, HubSpot, Sage Intacct, another Switchyard) post their webhooks to a source&apos;s ingest URL. Each
            request is verified with the source&apos;s credential, recorded, and published as an event to your webhooks and rules.
          </p>
        </div>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            Create source
          </button>
        )}
      </header>

      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!connection && !error && (
        <p className="loading" aria-busy="true">
          Loading sources…
        </p>
      )}
      {connection && sources.length === 0 && (
        <div className="empty">
          <p>No sources yet. {canManage && "Create one to receive another system's webhooks."}</p>
        </div>
      )}
      {connection && sources.length > 0 && (
        <>
          <table className="table table-cards" aria-busy={fetching}>
            <caption className="visually-hidden">Sources</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Credential</th>
                <th scope="col">Event type</th>
                <th scope="col">Ingest URL</th>
                <th scope="col">State</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row" data-label="Name">
                    <Link href={`/sources/${source.id}`}>{source.name}</Link>
                  </th>
                  <td data-label="Credential">
                    {source.credential.name} <span className="muted">({source.credential.type})</span>
                  </td>
                  <td data-label="Event type">
                    <code>{eventTypeRule(source)}</code>
                  </td>
                  <td data-label="Ingest URL">
                    <CopyButton text={ingestUrlOf(source)} label="Copy URL" small />
                  </td>
                  <td data-label="State">
                    <span className={`badge ${source.enabled ? "badge-ok" : "badge-danger"}`}>
                      {source.enabled ? "Enabled" : "Disabled"}
                    </span>
                  </td>
                  <td data-label="Created">
                    <TimeAgo iso={source.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            shown={sources.length}
            total={connection.totalCount}
            noun={["source", "sources"]}
            pageInfo={connection.pageInfo}
            fetching={fetching}
            onMore={loadMore}
          />
        </>
      )}
      {creating && (
        <SourceDialog
          onClose={(created) => {
            setCreating(false);
            if (created) navigate(`/sources/${created}`);
          }}
        />
      )}
    </>
  );
}
