// The dashboard's home: how delivery went over the last hour or day, what is
// waiting now and how late, and the destinations that need someone. Asked
// again every few seconds (REFRESH_MS) while the page is open.
import { useEffect, useMemo, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../gql/index.ts";
import type { AttentionReason } from "../../gql/graphql.ts";
import { formatAgo } from "../../ui/format.ts";
import { LineChart, type LineSeries } from "../../ui/line-chart.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { formatCount, formatLag, formatMs, formatPerMinute, formatRate, overviewSeries } from "./overview-data.ts";

const OverviewQuery = graphql(`
  query Overview {
    overview {
      generatedAt
      lastHour {
        ...OverviewWindowFields
      }
      lastDay {
        ...OverviewWindowFields
      }
      backlog {
        dueNow
        heldBack
        scheduled
        sending
        countLimit
        lagSeconds
      }
      destinationsNeedingAttention(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            url
            attentionReasons
            consecutiveFailures
            lastSuccessAt
            disabledReason
          }
        }
      }
    }
  }

  fragment OverviewWindowFields on OverviewWindow {
    bucketMinutes
    attempts
    succeeded
    successRate
    attemptsPerMinute
    p50DurationMs
    p95DurationMs
    buckets {
      start
      attempts
      succeeded
      p50DurationMs
      p95DurationMs
    }
  }
`);

export const REFRESH_MS = 5000;
const PERCENT_RANGE: [number, number] = [0, 100];

const reasonBadges: Record<AttentionReason, [label: string, className: string]> = {
  DISABLED: ["Disabled", "badge-danger"],
  CIRCUIT_OPEN: ["Circuit open", "badge-danger"],
  FAILING: ["Failing", "badge-warning"],
  PAUSED: ["Paused", "badge-muted"],
};

const windows = [
  { key: "lastHour", label: "Last hour" },
  { key: "lastDay", label: "Last 24 hours" },
] as const;

export function OverviewPage() {
  useDocumentTitle("Overview");
  const [windowKey, setWindowKey] = useState<(typeof windows)[number]["key"]>("lastHour");
  const [{ data, error, fetching }, refetch] = useQuery({ query: OverviewQuery, requestPolicy: "cache-and-network" });
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  const overview = data?.overview;
  const shown = overview?.[windowKey];
  const series = useMemo(() => (shown ? overviewSeries(shown.buckets, shown.bucketMinutes) : null), [shown]);
  const throughputSeries = useMemo<LineSeries[]>(
    () =>
      series
        ? [
            { label: "Deliveries", color: "#1f4f8f", values: series.perMinute },
            { label: "Failed", color: "#b3261e", values: series.failedPerMinute },
          ]
        : [],
    [series],
  );
  const successSeries = useMemo<LineSeries[]>(
    () => (series ? [{ label: "Success rate", color: "#1d7a46", values: series.successPercent }] : []),
    [series],
  );
  const latencySeries = useMemo<LineSeries[]>(
    () =>
      series
        ? [
            { label: "Median", color: "#1f4f8f", values: series.p50 },
            { label: "95th percentile", color: "#b26b00", values: series.p95 },
          ]
        : [],
    [series],
  );

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Overview</h1>
          <p className="page-lead">
            Delivery at a glance, updated every {REFRESH_MS / 1000} seconds
            {overview && <> (last at {new Date(overview.generatedAt).toLocaleTimeString()})</>}.
          </p>
        </div>
      </header>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!overview && !error && (
        <p className="loading" aria-busy="true">
          Loading…
        </p>
      )}
      {overview && shown && series && (
        <>
          <section aria-label="Now" className="stat-grid" aria-busy={fetching}>
            <Stat label="Deliveries per minute" value={formatPerMinute(overview.lastHour.attemptsPerMinute)} hint="last hour" />
            <Stat
              label="Success rate"
              value={formatRate(overview.lastHour.successRate)}
              hint={`last hour; ${formatRate(overview.lastDay.successRate)} over 24 hours`}
              tone={overview.lastHour.successRate != null && overview.lastHour.successRate < 0.95 ? "bad" : undefined}
            />
            <Stat
              label="Latency"
              value={`${formatMs(overview.lastHour.p50DurationMs)} / ${formatMs(overview.lastHour.p95DurationMs)}`}
              hint="median / 95th percentile, last hour"
            />
            <Stat
              label="Backlog"
              value={formatCount(overview.backlog.dueNow, overview.backlog.countLimit)}
              hint={`due now; ${formatCount(overview.backlog.heldBack, overview.backlog.countLimit)} held back, ${formatCount(overview.backlog.scheduled, overview.backlog.countLimit)} waiting to retry, ${formatCount(overview.backlog.sending, overview.backlog.countLimit)} sending`}
            />
            <Stat
              label="Lag"
              value={formatLag(overview.backlog.lagSeconds)}
              hint="how late the oldest due delivery is"
              tone={overview.backlog.lagSeconds >= 60 ? "bad" : undefined}
            />
          </section>

          <section className="panel charts" aria-labelledby="overview-charts">
            <header className="panel-header">
              <h2 id="overview-charts">Deliveries</h2>
              <div className="inline-controls">
                <label htmlFor="overview-window" className="visually-hidden">
                  Time range
                </label>
                <select
                  id="overview-window"
                  className="input"
                  value={windowKey}
                  onChange={(e) => setWindowKey(e.target.value as typeof windowKey)}
                >
                  {windows.map((w) => (
                    <option key={w.key} value={w.key}>
                      {w.label}
                    </option>
                  ))}
                </select>
              </div>
            </header>
            <p className="chart-summary" role="status">
              {shown.attempts === 0
                ? "Nothing was sent in this time."
                : `${shown.attempts.toLocaleString("en")} ${shown.attempts === 1 ? "delivery attempt" : "delivery attempts"}, ${formatRate(shown.successRate)} succeeded; median ${formatMs(shown.p50DurationMs)}, 95th percentile ${formatMs(shown.p95DurationMs)}.`}
            </p>
            <div className="chart-grid chart-grid-3">
              <figure className="chart">
                <figcaption>Deliveries per minute</figcaption>
                <LineChart xs={series.xs} series={throughputSeries} unit="/min" />
              </figure>
              <figure className="chart">
                <figcaption>Success rate</figcaption>
                <LineChart xs={series.xs} series={successSeries} unit="%" yRange={PERCENT_RANGE} />
              </figure>
              <figure className="chart">
                <figcaption>Latency</figcaption>
                <LineChart xs={series.xs} series={latencySeries} unit="ms" />
              </figure>
            </div>
          </section>

          <section className="panel" aria-labelledby="overview-attention">
            <header className="panel-header">
              <h2 id="overview-attention">Destinations that need attention</h2>
            </header>
            {overview.destinationsNeedingAttention.totalCount === 0 ? (
              <p className="muted">None: every destination is active and its latest attempts succeeded.</p>
            ) : (
              <>
                <table className="table table-cards">
                  <caption className="visually-hidden">Destinations that need attention, worst first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Destination</th>
                      <th scope="col">Why</th>
                      <th scope="col">Failures in a row</th>
                      <th scope="col">Last success</th>
                    </tr>
                  </thead>
                  <tbody>
                    {overview.destinationsNeedingAttention.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td data-label="Destination">
                          <Link href={`/destinations/${node.id}`}>{node.name}</Link>
                          <div className="muted cell-url">{node.url}</div>
                        </td>
                        <td data-label="Why">
                          <span className="inline-list">
                            {node.attentionReasons.map((reason) => (
                              <span key={reason} className={`badge ${reasonBadges[reason][1]}`}>
                                {reasonBadges[reason][0]}
                              </span>
                            ))}
                          </span>
                          {node.disabledReason && <div className="muted">{node.disabledReason}</div>}
                        </td>
                        <td data-label="Failures in a row">{node.consecutiveFailures}</td>
                        <td data-label="Last success">{node.lastSuccessAt ? formatAgo(node.lastSuccessAt) : "Never"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {overview.destinationsNeedingAttention.totalCount > overview.destinationsNeedingAttention.edges.length && (
                  <p className="fine-print">
                    {overview.destinationsNeedingAttention.edges.length} of {overview.destinationsNeedingAttention.totalCount} shown.{" "}
                    <Link href="/destinations">All destinations</Link>
                  </p>
                )}
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

function Stat({ label, value, hint, tone }: { label: string; value: string; hint: string; tone?: "bad" }) {
  return (
    <div className={`stat ${tone === "bad" ? "stat-bad" : ""}`}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      <div className="stat-hint">{hint}</div>
    </div>
  );
}
