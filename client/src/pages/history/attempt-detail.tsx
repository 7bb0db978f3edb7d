// One request, in full: request and response headers and bodies, the
// delivery's other attempts, and Re-send.
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { Link } from "wouter";
import { mutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { AttemptDetailQuery } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { CopyValue } from "../../ui/copy-button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { prettyBody } from "../../ui/json.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { AttemptResult, DeliveryStatusBadge } from "../../ui/status.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ResendDelivery } from "./resend.ts";
import { SentFor } from "./sent-for.tsx";

const AttemptDetail = graphql(`
  query AttemptDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Attempt {
        ...AttemptSummary
        url
        requestHeaders
        requestBody
        responseHeaders
        omittedHeaderCount
        responseBody
        responseBodyEncoding
        responseBodyTruncated
        errorMessage
        delivery {
          id
          status
          eventType
          attemptCount
          nextAttemptAt
          lastAttemptAt
          event {
            id
            createdAt
          }
          destination {
            id
            name
          }
          webhook {
            id
            name
          }
          rule {
            id
            name
          }
          attempts {
            ...AttemptSummary
          }
        }
      }
    }
  }
`);

type Attempt = Extract<NonNullable<AttemptDetailQuery["node"]>, { __typename: "Attempt" }>;

export function AttemptDetailPage({ id }: { id: string }) {
  useDocumentTitle("Request details");
  const [{ data, error }, refetch] = useQuery({ query: AttemptDetail, variables: { id }, requestPolicy: "cache-and-network" });
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data)
    return (
      <p className="loading" aria-busy="true">
        Loading the request…
      </p>
    );
  const attempt = data.node?.__typename === "Attempt" ? data.node : null;
  if (!attempt)
    return (
      <section className="message-page">
        <h1>Request not found</h1>
        <p>
          Attempts are kept 30 days. <Link href="/history">Back to the history</Link>.
        </p>
      </section>
    );
  return <AttemptDetails attempt={attempt} />;
}

function AttemptDetails({ attempt: a }: { attempt: Attempt }) {
  const canManage = useCanManage();
  const [{ fetching }, resend] = useMutation(ResendDelivery);
  const [resent, setResent] = useState<{ id: string; text: string; ok: boolean } | null>(null);
  const delivery = a.delivery;
  const attempts = [...delivery.attempts].sort((x, y) => y.number - x.number);

  const resendNow = async () => {
    const result = await resend({ input: { id: delivery.id } });
    const payload = result.data?.resendDelivery;
    if (payload?.__typename === "AttemptPayload") {
      const n = payload.attempt;
      setResent({
        id: n.id,
        ok: n.succeeded,
        text: `Re-sent: attempt ${n.number} ${n.succeeded ? "succeeded" : "failed"} (${n.responseStatus ?? n.errorCode ?? "no response"}, ${n.durationMs} ms).`,
      });
    } else {
      setResent({ id: "", ok: false, text: mutationProblem(result.error, payload).message ?? "The re-send failed." });
    }
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/history">History</Link>
          </p>
          <h1>
            <code>{delivery.eventType}</code> to {delivery.destination.name}: attempt {a.number}
          </h1>
          <p className="page-lead">
            <AttemptResult {...a} /> in {a.durationMs} ms, {formatDateTime(a.sentAt)}
            {a.trigger === "MANUAL" && " (a manual re-send)"}.
          </p>
        </div>
        {canManage && (
          <div className="header-actions">
            <button type="button" className="button button-primary" onClick={resendNow} disabled={fetching}>
              {fetching ? "Re-sending…" : "Re-send"}
            </button>
          </div>
        )}
      </header>
      {resent && (
        <div className={`callout ${resent.ok ? "callout-ok" : "callout-error"}`} role="status">
          <p>
            {resent.text} {resent.id && resent.id !== a.id && <Link href={`/history/${resent.id}`}>View it</Link>}
          </p>
        </div>
      )}

      <div className="detail-columns">
        <section className="panel" aria-labelledby="attempt-summary">
          <h2 id="attempt-summary">Request</h2>
          <dl className="details">
            <dt>URL</dt>
            <dd className="cell-url">
              <code>POST {a.url}</code>
            </dd>
            <dt>Event id</dt>
            <dd>
              <CopyValue value={delivery.event.id} name="event id" />
            </dd>
            <dt>Destination</dt>
            <dd>
              <Link href={`/destinations/${delivery.destination.id}`}>{delivery.destination.name}</Link>
            </dd>
            <dt>Sent for</dt>
            <dd>
              <SentFor delivery={delivery} />
            </dd>
            <dt>Delivery</dt>
            <dd>
              <DeliveryStatusBadge status={delivery.status} /> after {delivery.attemptCount}{" "}
              {delivery.attemptCount === 1 ? "attempt" : "attempts"}
              {delivery.nextAttemptAt && (
                <>
                  ; next <TimeAgo iso={delivery.nextAttemptAt} />
                </>
              )}
            </dd>
            {a.errorMessage && (
              <>
                <dt>Error</dt>
                <dd>{a.errorMessage}</dd>
              </>
            )}
          </dl>
        </section>
        <section className="panel" aria-labelledby="attempt-list">
          <h2 id="attempt-list">Attempts of this delivery</h2>
          <ol className="attempt-list" reversed>
            {attempts.map((other) => (
              <li key={other.id} aria-current={other.id === a.id ? "true" : undefined}>
                <Link href={`/history/${other.id}`}>Attempt {other.number}</Link> <AttemptResult {...other} />{" "}
                <span className="muted">{other.durationMs} ms</span>{" "}
                {other.trigger === "MANUAL" && <span className="badge badge-info">Manual</span>} <TimeAgo iso={other.sentAt} />
              </li>
            ))}
          </ol>
        </section>
      </div>

      <div className="detail-columns">
        <section className="panel" aria-labelledby="request-headers">
          <h2 id="request-headers">Request headers</h2>
          <HeaderTable headers={a.requestHeaders} />
          <h2 id="request-body">Request body</h2>
          {/* Null only when the answer had no room left for it (32 MiB of bodies), which one attempt never fills. */}
          <pre className="code-block" aria-labelledby="request-body">
            {prettyBody(a.requestBody ?? "")}
          </pre>
        </section>
        <section className="panel" aria-labelledby="response-headers">
          <h2 id="response-headers">Response headers</h2>
          {a.responseHeaders ? <HeaderTable headers={a.responseHeaders} /> : <p className="muted">No response.</p>}
          {a.omittedHeaderCount > 0 && <p className="muted">{a.omittedHeaderCount} more headers were not stored.</p>}
          <h2 id="response-body">Response body</h2>
          {a.responseBody ? (
            <>
              {a.responseBodyEncoding === "BASE64" && (
                <p className="muted">Not text (NUL bytes, invalid UTF-8 or binary): its {atob(a.responseBody).length} bytes in base64.</p>
              )}
              <pre className="code-block" aria-labelledby="response-body">
                {a.responseBodyEncoding === "BASE64" ? a.responseBody : prettyBody(a.responseBody)}
              </pre>
              {a.responseBodyTruncated && <p className="muted">Cut at 64 KiB.</p>}
            </>
          ) : (
            <p className="muted">Empty.</p>
          )}
        </section>
      </div>
    </>
  );
}

function HeaderTable({ headers }: { headers: Record<string, unknown> }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="muted">None.</p>;
  return (
    <table className="table headers-table">
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <code>{Array.isArray(value) ? value.join(", ") : String(value)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
