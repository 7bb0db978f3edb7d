// One source: its ingest URL (copy, rotate), its settings (edit), and its request
// log, accepted and rejected with the reason and the events each became, live
// (the incomingRequests subscription) while the page is open.
import { useEffect, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { Link, useLocation } from "wouter";
import { mutationProblem, noProblem, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { IncomingRejection } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { CopyButton } from "../../ui/copy-button.tsx";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ingestUrlOf } from "./ingest-url.ts";
import { SourceDialog } from "./source-dialog.tsx";
import { eventTypeRule } from "./sources-list.tsx";

const SourceDetail = graphql(`
  query SourceDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Source {
        ...SourceRow
      }
    }
  }
`);

// A root list rather than Source.requests: the nesting under node() costs more than the API's query cost limit allows.
const SourceRequests = graphql(`
  query SourceRequests($sourceId: ID!) {
    incomingRequests(filter: { sourceId: $sourceId }, first: 50) {
      totalCount
      edges {
        node {
          id
          receivedAt
          outcome
          rejection
          detail
          responseStatus
          duplicate
          events {
            id
            type
          }
        }
      }
    }
  }
`);

const DeleteSource = graphql(`
  mutation DeleteSource($input: DeleteSourceInput!) {
    deleteSource(input: $input) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on Error {
        message
      }
    }
  }
`);

const RotateSourceKey = graphql(`
  mutation RotateSourceKey($input: RotateSourceKeyInput!) {
    rotateSourceKey(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          ...SourceRow
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const SourceLive = graphql(`
  subscription SourceLive($sourceId: ID!) {
    incomingRequests(filter: { sourceId: $sourceId }) {
      receivedAt
    }
  }
`);

const RELOAD_AFTER_MS = 1000;

const rejectionWords: Record<IncomingRejection, string> = {
  SOURCE_DISABLED: "Source disabled",
  RATE_LIMITED: "Rate limited",
  TOO_LARGE: "Too large",
  UNSUPPORTED_MEDIA_TYPE: "Not JSON",
  MISSING_SIGNATURE: "No signature",
  BAD_SIGNATURE: "Bad signature",
  STALE_TIMESTAMP: "Stale timestamp",
  INVALID_JSON: "Invalid JSON",
  EVENT_REFUSED: "Event refused",
};

export function SourceDetailPage({ id }: { id: string }) {
  const canManage = useCanManage();
  const [editing, setEditing] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: SourceDetail, variables: { id }, requestPolicy: "cache-and-network" });
  const [{ data: log }, refetchLog] = useQuery({ query: SourceRequests, variables: { sourceId: id }, requestPolicy: "cache-and-network" });
  const client = useClient();
  // A request recorded for this source reloads the log, at most once a second however busy the source is.
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const subscription = client.subscription(SourceLive, { sourceId: id }).subscribe((result) => {
      if (!result.data || pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        refetchLog({ requestPolicy: "network-only" });
      }, RELOAD_AFTER_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(pending);
    };
  }, [client, id, refetchLog]);
  const source = data?.node?.__typename === "Source" ? data.node : null;
  useDocumentTitle(source ? source.name : "Source");

  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data) {
    return (
      <p className="loading" aria-busy="true">
        Loading the source…
      </p>
    );
  }
  if (!source) {
    return (
      <div className="empty">
        <p>
          No such source. <Link href="/sources">Back to sources</Link>
        </p>
      </div>
    );
  }
  const url = ingestUrlOf(source);
  const requests = log?.incomingRequests.edges.map((e) => e.node) ?? [];

  return (
    <>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/sources">Sources</Link>
          </p>
          <h1>{source.name}</h1>
        </div>
        {canManage && (
          <div className="header-actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button" onClick={() => setRotating(true)}>
              Rotate key
            </button>
            <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </div>
        )}
      </header>

      <dl className="details">
        <dt>Ingest URL</dt>
        <dd>
          <span className="copy-value">
            <code>{url}</code> <CopyButton text={url} label="Copy URL" small />
          </span>
        </dd>
        <dt>Credential</dt>
        <dd>
          {source.credential.name} <span className="muted">({source.credential.type})</span>
        </dd>
        <dt>Event type</dt>
        <dd>
          <code>{eventTypeRule(source)}</code>
          {source.createEventTypes && <span className="muted"> (created on first sight)</span>}
        </dd>
        <dt>State</dt>
        <dd>
          <span className={`badge ${source.enabled ? "badge-ok" : "badge-danger"}`}>{source.enabled ? "Enabled" : "Disabled"}</span>
        </dd>
      </dl>

      <h2>Requests</h2>
      <p className="muted">
        Every request to the ingest URL, newest first ({log?.incomingRequests.totalCount ?? 0} kept). The sender only sees the status; the
        reason is here. New requests appear as they arrive.
      </p>
      {requests.length === 0 ? (
        <div className="empty">
          <p>No requests yet. Give the provider the ingest URL above.</p>
        </div>
      ) : (
        <table className="table table-cards">
          <caption className="visually-hidden">Requests</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Result</th>
              <th scope="col">Why</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id}>
                <td data-label="Received">
                  <TimeAgo iso={request.receivedAt} />
                </td>
                <td data-label="Result">
                  <span className={`badge ${request.outcome === "ACCEPTED" ? "badge-ok" : "badge-danger"}`}>
                    {request.outcome === "ACCEPTED"
                      ? request.duplicate
                        ? "Accepted (repeat)"
                        : "Accepted"
                      : rejectionWords[request.rejection!]}
                  </span>{" "}
                  <span className="muted">{request.responseStatus}</span>
                </td>
                <td data-label="Why" className="wrap-anywhere">
                  {request.detail ?? <span className="muted">—</span>}
                </td>
                <td data-label="Events">
                  {request.events.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="plain-list">
                      {request.events.map((event) => (
                        <li key={event.id}>
                          <Link href={`/history?eventId=${event.id}`} title="Its deliveries, in the history">
                            {event.type}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {editing && <SourceDialog source={source} onClose={() => setEditing(false)} />}
      {rotating && <RotateKeyDialog id={source.id} name={source.name} onClose={() => setRotating(false)} />}
      {deleting && <DeleteSourceDialog id={source.id} name={source.name} onClose={() => setDeleting(false)} />}
    </>
  );
}

function DeleteSourceDialog({ id, name, onClose }: { id: string; name: string; onClose(): void }) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, deleteSource] = useMutation(DeleteSource);
  const [, navigate] = useLocation();
  const confirm = async () => {
    const result = await deleteSource({ input: { id } });
    const payload = result.data?.deleteSource;
    if (payload?.__typename !== "DeletePayload") return setProblem(mutationProblem(result.error, payload));
    onClose();
    navigate("/sources");
  };
  return (
    <ConfirmDialog
      title={`Delete “${name}”?`}
      problem={problem}
      action={{ label: "Yes, delete", busyLabel: "Deleting…", busy: fetching, run: confirm }}
      onClose={onClose}
    >
      <p>Its ingest URL stops working at once and its request log is deleted; the events it led to stay. This cannot be undone.</p>
    </ConfirmDialog>
  );
}

function RotateKeyDialog({ id, name, onClose }: { id: string; name: string; onClose(): void }) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, rotate] = useMutation(RotateSourceKey);
  const confirm = async () => {
    const result = await rotate({ input: { id } });
    const payload = result.data?.rotateSourceKey;
    if (payload?.__typename === "SourcePayload") return onClose();
    setProblem(mutationProblem(result.error, payload));
  };
  return (
    <ConfirmDialog
      title={`Rotate the key of “${name}”?`}
      problem={problem}
      action={{ label: "Rotate key", busyLabel: "Rotating…", busy: fetching, run: confirm }}
      onClose={onClose}
    >
      <p>The current ingest URL stops working at once. Give the provider the new URL right after.</p>
    </ConfirmDialog>
  );
}
