// Per-destination charts: success rate and latency (median and 95th
// percentile) over the last day, week or month, from `destination.stats`.
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../ui/format.ts";
import { LineChart, type LineSeries } from "../../ui/line-chart.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { chartRanges, shapeStats, statsWindow, summarize, type StatsWindow } from "./chart-data.ts";

const DestinationStats = graphql(`
  query DestinationStats($id: ID!, $since: DateTime!, $until: DateTime, $bucketMinutes: Int) {
    destination(id: $id) {
      id
      stats(since: $since, until: $until, bucketMinutes: $bucketMinutes) {
        start
        attempts
        succeeded
        successRate
        p50DurationMs
        p95DurationMs
      }
    }
  }
`);

const PERCENT_RANGE: [number, number] = [0, 100];

export function DestinationCharts({ destinationId }: { destinationId: string }) {
  const [rangeKey, setRangeKey] = useState(chartRanges[0].key);
  const range = chartRanges.find((r) => r.key === rangeKey) ?? chartRanges[0];
  const [span, setSpan] = useState<StatsWindow>(() => statsWindow(range, Date.now()));
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DestinationStats,
    variables: { id: destinationId, ...span },
    requestPolicy: "cache-and-network",
  });
  const buckets = data?.destination?.stats;
  const series = useMemo(() => (buckets ? shapeStats(buckets, span) : null), [buckets, span]);
  const summary = buckets ? summarize(buckets) : null;
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
    <section className="panel charts" aria-labelledby="destination-charts" aria-busy={fetching}>
      <header className="panel-header">
        <h2 id="destination-charts">Success rate and latency</h2>
        <div className="inline-controls">
          <label htmlFor="chart-range" className="visually-hidden">
            Time range
          </label>
          <select
            id="chart-range"
            className="input"
            value={rangeKey}
            onChange={(e) => {
              const next = chartRanges.find((r) => r.key === e.target.value) ?? chartRanges[0];
              setRangeKey(next.key);
              setSpan(statsWindow(next, Date.now()));
            }}
          >
            {chartRanges.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => setSpan(statsWindow(range, Date.now()))}>
            Refresh
          </button>
        </div>
      </header>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!buckets && !error && (
        <p className="loading" aria-busy="true">
          Loading statistics…
        </p>
      )}
      {summary && series && (
        <>
          <p className="chart-summary" role="status">
            {summary.attempts === 0
              ? `No requests in the ${range.label.toLowerCase()}.`
              : `${summary.attempts} ${summary.attempts === 1 ? "request" : "requests"}, ${summary.successPercent}% succeeded, in the ${range.label.toLowerCase()}.`}
          </p>
          {summary.attempts > 0 && (
            <>
              <div className="chart-grid">
                <figure className="chart">
                  <figcaption>Success rate</figcaption>
                  <LineChart xs={series.xs} series={successSeries} unit="%" yRange={PERCENT_RANGE} />
                </figure>
                <figure className="chart">
                  <figcaption>Latency</figcaption>
                  <LineChart xs={series.xs} series={latencySeries} unit="ms" />
                </figure>
              </div>
              <details className="chart-table">
                <summary>Show the numbers</summary>
                <table className="table">
                  <caption className="visually-hidden">
                    Requests per {range.bucketMinutes >= 60 ? `${range.bucketMinutes / 60} h` : `${range.bucketMinutes} min`}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">From</th>
                      <th scope="col">Requests</th>
                      <th scope="col">Succeeded</th>
                      <th scope="col">Median</th>
                      <th scope="col">95th percentile</th>
                    </tr>
                  </thead>
                  <tbody>
                    {buckets!.map((b) => (
                      <tr key={b.start}>
                        <td>{formatDateTime(b.start)}</td>
                        <td>{b.attempts}</td>
                        <td>{Math.round(b.successRate * 100)}%</td>
                        <td>{b.p50DurationMs ?? "–"} ms</td>
                        <td>{b.p95DurationMs ?? "–"} ms</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </>
      )}
    </section>
  );
}
