// A destination's details page: its settings with copy buttons for
// its URL, id and API key; pause and resume; a test event; its webhooks;
// charts of success rate and latency; and the ways to edit, retry and delete.
import { lazy, Suspense, useState } from "react";
import { useMutation, useQuery } from "urql";
import { Link, useLocation } from "wouter";
import { FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { DestinationDetailsFragment } from "../../gql/graphql.ts";
import { useCanManage } from "../../session/signed-in.tsx";
import { CopyValue } from "../../ui/copy-button.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { DestinationStateBadge } from "../../ui/status.tsx";
import { TimeAgo } from "../../ui/time.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useCredentialTypes } from "../credentials/credential-types.ts";
import { RetryFailedDialog } from "../history/retry-failed-dialog.tsx";
import { DeleteDestinationDialog } from "./delete-destination-dialog.tsx";
import { MissingDestination } from "./destination-form.tsx";
import { SendTestEvent } from "./send-test-event.tsx";
import { RotateSecretDialog, rotatableTypes } from "./rotate-secret-dialog.tsx";
import { formatDateTime } from "../../ui/format.ts";

const DestinationDetail = graphql(`
  query DestinationDetail($id: ID!) {
    destination(id: $id) {
      ...DestinationDetails
    }
    webhooks(filter: { destinationId: $id }, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          state
          eventTypes
          lastTriggeredAt
        }
      }
    }
    notificationRules(filter: { destinationId: $id }, first: 50) {
      edges {
        node {
          id
          name
          enabled
          eventType
        }
      }
    }
  }
`);

const PauseDestination = graphql(`
  mutation PauseDestination($input: DestinationIdInput!) {
    pauseDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const ResumeDestination = graphql(`
  mutation ResumeDestination($input: DestinationIdInput!) {
    resumeDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const CloseDestinationCircuit = graphql(`
  mutation CloseDestinationCircuit($input: DestinationIdInput!) {
    closeDestinationCircuit(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const EndCredentialGrace = graphql(`
  mutation EndCredentialGrace($input: DestinationIdInput!) {
    endDestinationCredentialGrace(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** "1 minute", "2 minutes", "30 seconds". */
function duration(seconds: number): string {
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

// The chart library is loaded with the first destination page that shows charts, not with the dashboard.
const DestinationCharts = lazy(() => import("./destination-charts.tsx").then((module) => ({ default: module.DestinationCharts })));

type Dialog = "delete" | "retry" | "rotate" | null;

export function DestinationDetailPage({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: DestinationDetail, variables: { id }, requestPolicy: "cache-and-network" });
  useDocumentTitle(data?.destination?.name ?? "Destination");
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data)
    return (
      <p className="loading" aria-busy="true">
        Loading the destination…
      </p>
    );
  if (!data.destination) return <MissingDestination />;
  return (
    <DestinationDetailView
      destination={data.destination}
      webhooks={data.webhooks.edges.map((e) => e.node)}
      rules={data.notificationRules.edges.map((e) => e.node)}
    />
  );
}

interface WebhookSummary {
  id: string;
  name: string;
  state: string;
  eventTypes: string[];
  lastTriggeredAt?: string | null;
}

interface RuleSummary {
  id: string;
  name: string;
  enabled: boolean;
  eventType: string;
}

function DestinationDetailView({
  destination: d,
  webhooks,
  rules,
}: {
  destination: DestinationDetailsFragment;
  webhooks: WebhookSummary[];
  rules: RuleSummary[];
}) {
  const canManage = useCanManage();
  const [, navigate] = useLocation();
  const { types } = useCredentialTypes();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching: pausing }, pause] = useMutation(PauseDestination);
  const [{ fetching: resuming }, resume] = useMutation(ResumeDestination);
  const [{ fetching: closingCircuit }, closeCircuit] = useMutation(CloseDestinationCircuit);
  const [{ fetching: endingGrace }, endGrace] = useMutation(EndCredentialGrace);
  // The API names an end only while the grace period lasts.
  const inGrace = d.previousCredential && d.graceEndsAt;
  const apiKey = typeof d.credential?.publicFields?.apiKey === "string" ? d.credential.publicFields.apiKey : null;
  const credentialType = d.credential && (types?.find((t) => t.type === d.credential!.type)?.label ?? d.credential.type);

  const toggleState = async () => {
    if (d.state === "ACTIVE") {
      const result = await pause({ input: { id: d.id } });
      const payload = result.data?.pauseDestination;
      setProblem(payload?.__typename === "DestinationPayload" ? noProblem : mutationProblem(result.error, payload));
    } else {
      const result = await resume({ input: { id: d.id } });
      const payload = result.data?.resumeDestination;
      setProblem(payload?.__typename === "DestinationPayload" ? noProblem : mutationProblem(result.error, payload));
    }
  };

  const endTheGrace = async () => {
    const result = await endGrace({ input: { id: d.id } });
    const payload = result.data?.endDestinationCredentialGrace;
    setProblem(payload?.__typename === "DestinationPayload" ? noProblem : mutationProblem(result.error, payload));
  };

  const closeTheCircuit = async () => {
    const result = await closeCircuit({ input: { id: d.id } });
    const payload = result.data?.closeDestinationCircuit;
    setProblem(payload?.__typename === "DestinationPayload" ? noProblem : mutationProblem(result.error, payload));
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/destinations">Destinations</Link>
          </p>
          <h1>
            {d.name} <DestinationStateBadge state={d.state} />
          </h1>
          {d.description && <p className="page-lead">{d.description}</p>}
        </div>
        <div className="header-actions">
          <Link href={`/history?destinationId=${encodeURIComponent(d.id)}`} className="button">
            View history
          </Link>
          {canManage && (
            <>
              <Link href={`/destinations/${d.id}/edit`} className="button">
                Edit
              </Link>
              <button type="button" className="button button-danger" onClick={() => setDialog("delete")}>
                Delete
              </button>
            </>
          )}
        </div>
      </header>

      <FormErrors errors={problemFor(problem, {}).form} />
      {d.state === "DISABLED" && (
        <div className="callout callout-error">
          <p>
            Switchyard disabled this destination
            {d.disabledAt && (
              <>
                {" "}
                <TimeAgo iso={d.disabledAt} />
              </>
            )}
            : {d.disabledReason ?? "it kept failing"}. Resume it once the receiver works again.
          </p>
        </div>
      )}
      {d.circuit.state !== "CLOSED" && (
        <div className="callout callout-warning" role="status" aria-label="Circuit breaker">
          <p>
            <strong>Circuit {d.circuit.state === "OPEN" ? "open" : "half-open"}.</strong> After {d.consecutiveFailures} failures in a row,
            {d.circuit.openedAt && (
              <>
                {" "}
                since <TimeAgo iso={d.circuit.openedAt} />,
              </>
            )}{" "}
            nothing is sent to it for {duration(d.circuit.cooldownSeconds ?? 60)}.{" "}
            {d.circuit.probeSentAt ? (
              <>
                A probe request is in flight (sent <TimeAgo iso={d.circuit.probeSentAt} />
                ): its success closes the circuit, its failure opens it again for twice as long.
              </>
            ) : d.circuit.nextProbeAt ? (
              <>
                Next probe <TimeAgo iso={d.circuit.nextProbeAt} />: one request whose success closes the circuit and whose failure opens it
                again for twice as long.
              </>
            ) : null}
          </p>
          {canManage && (
            <button type="button" className="button" onClick={closeTheCircuit} disabled={closingCircuit}>
              Close circuit now
            </button>
          )}
        </div>
      )}

      <div className="detail-columns">
        <section className="panel" aria-labelledby="destination-details">
          <h2 id="destination-details">Destination details</h2>
          <dl className="details">
            <dt>URL</dt>
            <dd>
              <CopyValue value={d.url} name="URL" />
            </dd>
            <dt>Destination id</dt>
            <dd>
              <CopyValue value={d.id} name="destination id" />
            </dd>
            <dt>Code</dt>
            <dd>
              <code>{d.code}</code>
            </dd>
            <dt>Credential</dt>
            <dd>{d.credential ? `${d.credential.name} (${credentialType})` : "None: default headers only"}</dd>
            {inGrace && (
              <>
                <dt>Grace period</dt>
                <dd aria-label="Grace period">
                  Requests also carry the signature of “{d.previousCredential!.name}” until{" "}
                  <time dateTime={d.graceEndsAt!}>{formatDateTime(d.graceEndsAt!)}</time>.
                  {canManage && (
                    <>
                      {" "}
                      <button type="button" className="button button-small" onClick={endTheGrace} disabled={endingGrace}>
                        End grace period now
                      </button>
                    </>
                  )}
                </dd>
              </>
            )}
            {apiKey && (
              <>
                <dt>API key</dt>
                <dd>
                  <CopyValue value={apiKey} name="API key" />
                </dd>
              </>
            )}
            {d.credential?.hint && !apiKey && (
              <>
                <dt>Credential reminder</dt>
                <dd>
                  <code>{d.credential.hint}</code>
                </dd>
              </>
            )}
            <dt>Timeout</dt>
            <dd>{d.timeoutMs / 1000} s</dd>
            <dt>Rate limit</dt>
            <dd>{d.rateLimitPerSecond ? `${d.rateLimitPerSecond} requests a second` : "None"}</dd>
            <dt>Custom headers</dt>
            <dd>
              {d.headers.length === 0
                ? "None"
                : d.headers.map((h) => (
                    <div key={h.name}>
                      <code>
                        {h.name}: {h.value}
                      </code>
                    </div>
                  ))}
            </dd>
            <dt>Last success</dt>
            <dd>{d.lastSuccessAt ? <TimeAgo iso={d.lastSuccessAt} /> : "Never"}</dd>
            <dt>Created</dt>
            <dd>
              <TimeAgo iso={d.createdAt} />
            </dd>
            <dt>Updated</dt>
            <dd>
              <TimeAgo iso={d.updatedAt} />
            </dd>
          </dl>
        </section>

        <div className="detail-side">
          {canManage && (
            <section className="panel" aria-labelledby="destination-actions">
              <h2 id="destination-actions">Actions</h2>
              <SendTestEvent destinationId={d.id} />
              <div className="button-row">
                <button type="button" className="button" onClick={toggleState} disabled={pausing || resuming}>
                  {d.state === "ACTIVE" ? "Pause deliveries" : "Resume deliveries"}
                </button>
                <button type="button" className="button" onClick={() => setDialog("retry")}>
                  Retry failed since…
                </button>
                {d.credential && rotatableTypes.includes(d.credential.type) && (
                  <button type="button" className="button" onClick={() => setDialog("rotate")}>
                    Rotate signing secret
                  </button>
                )}
              </div>
            </section>
          )}
          <section className="panel" aria-labelledby="destination-webhooks">
            <h2 id="destination-webhooks">Webhooks sending here</h2>
            {webhooks.length === 0 ? (
              <p className="muted">
                None yet.
                {canManage && (
                  <>
                    {" "}
                    <Link href={`/webhooks/new?destinationId=${encodeURIComponent(d.id)}`}>Add a webhook</Link>.
                  </>
                )}
              </p>
            ) : (
              <ul className="plain-list">
                {webhooks.map((w) => (
                  <li key={w.id}>
                    <Link href={`/webhooks/${w.id}/edit`}>{w.name}</Link>{" "}
                    <span className={`badge ${w.state === "ACTIVE" ? "badge-ok" : "badge-muted"}`}>
                      {w.state === "ACTIVE" ? "Active" : "Inactive"}
                    </span>{" "}
                    <span className="muted">{w.eventTypes.join(", ")}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="destination-rules">
            <h2 id="destination-rules">Notification rules sending here</h2>
            {rules.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul className="plain-list">
                {rules.map((r) => (
                  <li key={r.id}>
                    <Link href={`/notification-rules/${r.id}/edit`}>{r.name}</Link>{" "}
                    <span className={`badge ${r.enabled ? "badge-ok" : "badge-muted"}`}>{r.enabled ? "Enabled" : "Disabled"}</span>{" "}
                    <span className="muted">{r.eventType}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>

      <Suspense
        fallback={
          <p className="loading" aria-busy="true">
            Loading charts…
          </p>
        }
      >
        <DestinationCharts destinationId={d.id} />
      </Suspense>

      {dialog === "delete" && (
        <DeleteDestinationDialog destination={d} onClose={() => setDialog(null)} onDeleted={() => navigate("/destinations")} />
      )}
      {dialog === "retry" && <RetryFailedDialog destinationId={d.id} onClose={() => setDialog(null)} />}
      {dialog === "rotate" && <RotateSecretDialog destination={d} onClose={() => setDialog(null)} />}
    </>
  );
}
