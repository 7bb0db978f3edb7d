// The live feed: every delivery attempt as it is recorded, newest first, over
// a GraphQL subscription (graphql-ws), without reloading. It opens on the
// latest RECENT attempts (the subscription's `recent` replays them, then goes
// on live with no gap or repeat between the two). Filters, pause and
// resume; a notice when the server had to drop items for this browser.
import { useEffect, useMemo, useReducer, useState } from "react";
import { useClient, useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../gql/index.ts";
import type { AttemptOutcome, LiveAttemptsSubscription, LiveFeedFilter } from "../../gql/graphql.ts";
import { errorMessage } from "../../ui/error-message.ts";
import { AttemptResult } from "../../ui/status.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DestinationChoices } from "../history/retry-failed-dialog.tsx";
import { feedReducer, initialFeed, type FeedState } from "./feed-state.ts";

const LiveAttempts = graphql(`
  subscription LiveAttempts($filter: LiveFeedFilter, $recent: Int) {
    deliveryAttempts(filter: $filter, recent: $recent) {
      missedBefore
      missedBetween {
        from
        until
      }
      recordedAt
      attempt {
        id
        number
        trigger
        succeeded
        responseStatus
        errorCode
        durationMs
        sentAt
        url
        delivery {
          id
          eventType
          destination {
            id
            name
          }
        }
      }
    }
  }
`);

const EventTypeNames = graphql(`
  query EventTypeNames {
    eventTypes(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type Attempt = LiveAttemptsSubscription["deliveryAttempts"]["attempt"];
type FeedRow = Attempt & { recordedAt: string };

/** Attempts shown at once on opening the feed (or changing its filters). */
const RECENT = 50;

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function LiveFeedPage() {
  useDocumentTitle("Live feed");
  const client = useClient();
  const [filter, setFilter] = useState<{ destinationId: string; eventType: string; outcome: "" | AttemptOutcome }>({
    destinationId: "",
    eventType: "",
    outcome: "",
  });
  const [feed, dispatch] = useReducer(feedReducer<FeedRow>, undefined, () => initialFeed<FeedRow>() as FeedState<FeedRow>);
  const [{ data: destinations }] = useQuery({ query: DestinationChoices, requestPolicy: "cache-and-network" });
  const [{ data: eventTypes }] = useQuery({ query: EventTypeNames, requestPolicy: "cache-and-network" });

  const variables = useMemo(() => {
    const f: LiveFeedFilter = {
      ...(filter.destinationId && { destinationId: filter.destinationId }),
      ...(filter.eventType && { eventType: filter.eventType }),
      ...(filter.outcome && { outcome: filter.outcome }),
    };
    return { filter: Object.keys(f).length ? f : null, recent: RECENT };
  }, [filter]);

  useEffect(() => {
    const subscription = client.subscription(LiveAttempts, variables).subscribe((result) => {
      if (result.error) dispatch({ type: "failed", message: errorMessage(result.error) });
      const item = result.data?.deliveryAttempts;
      if (item) {
        const { missedBefore, missedBetween } = item;
        dispatch({ type: "received", item: { ...item.attempt, recordedAt: item.recordedAt }, missedBefore, missedBetween });
      }
    });
    return () => subscription.unsubscribe();
  }, [client, variables]);

  const changeFilter = (change: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...change }));
    // Rows of the old filter would mislead under the new one.
    dispatch({ type: "clear" });
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Live feed</h1>
          <p className="page-lead">
            Every request Switchyard makes, as it happens: the latest ones first, then each new one. No need to reload.
          </p>
        </div>
        <div className="header-actions">
          <span className={`live-indicator ${feed.paused ? "is-paused" : feed.error ? "is-error" : ""}`} role="status">
            {feed.paused ? `Paused${feed.held.length ? `: ${feed.held.length} new` : ""}` : feed.error ? "Disconnected" : "Live"}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => dispatch({ type: feed.paused ? "resume" : "pause" })}
            aria-pressed={feed.paused}
          >
            {feed.paused ? "Resume" : "Pause"}
          </button>
          <button type="button" className="button" onClick={() => dispatch({ type: "clear" })} disabled={feed.items.length === 0}>
            Clear
          </button>
        </div>
      </header>

      <div className="toolbar filters" role="search" aria-label="Filter the live feed">
        <div className="filter">
          <label htmlFor="feed-destination">Destination</label>
          <select
            id="feed-destination"
            className="input"
            value={filter.destinationId}
            onChange={(e) => changeFilter({ destinationId: e.target.value })}
          >
            <option value="">All</option>
            {destinations?.destinations.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="feed-event-type">Event type</label>
          <select
            id="feed-event-type"
            className="input"
            value={filter.eventType}
            onChange={(e) => changeFilter({ eventType: e.target.value })}
          >
            <option value="">All</option>
            {eventTypes?.eventTypes.edges.map(({ node }) => (
              <option key={node.id} value={node.name}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="feed-outcome">Result</label>
          <select
            id="feed-outcome"
            className="input"
            value={filter.outcome}
            onChange={(e) => changeFilter({ outcome: e.target.value as "" | AttemptOutcome })}
          >
            <option value="">All</option>
            <option value="SUCCEEDED">Succeeded</option>
            <option value="FAILED">Failed</option>
          </select>
        </div>
      </div>

      {feed.error && (
        <div className="callout callout-error" role="alert">
          <p>The live feed stopped: {feed.error} It reconnects by itself; reload the page if it does not.</p>
        </div>
      )}
      {feed.missed > 0 && (
        <div className="callout callout-warning" role="status">
          <p>
            {feed.missed} {feed.missed === 1 ? "attempt was" : "attempts were"} left out of this feed because it fell behind.{" "}
            <Link href="/history">History</Link> has every attempt.
          </p>
          <button type="button" className="button button-small" onClick={() => dispatch({ type: "dismissMissed" })}>
            Dismiss
          </button>
        </div>
      )}
      {feed.gap && (
        <div className="callout callout-warning" role="status">
          <p>
            The live feed was cut off from {timeOfDay.format(new Date(feed.gap.from))} to {timeOfDay.format(new Date(feed.gap.until))}:
            attempts of that time may be missing here. <Link href="/history">History</Link> has every attempt.
          </p>
          <button type="button" className="button button-small" onClick={() => dispatch({ type: "dismissGap" })}>
            Dismiss
          </button>
        </div>
      )}
      {feed.paused && feed.overflowed > 0 && (
        <div className="callout callout-warning">
          <p>{feed.overflowed} older attempts arrived while paused and will not be shown here; History has them.</p>
        </div>
      )}

      {feed.items.length === 0 ? (
        <div className="empty">
          <p>Waiting for deliveries… Publish an event, or send a test event from a destination, and it shows here.</p>
        </div>
      ) : (
        <table className="table table-cards feed">
          <caption className="visually-hidden">Delivery attempts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Sent at</th>
              <th scope="col">Result</th>
              <th scope="col">Duration</th>
              <th scope="col">Destination</th>
              <th scope="col">Event type</th>
              <th scope="col">Attempt</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feed.items.map((item) => (
              <tr key={item.id} className={item.succeeded ? "feed-ok" : "feed-failed"}>
                <td data-label="Sent at">
                  <time dateTime={item.sentAt}>{timeOfDay.format(new Date(item.sentAt))}</time>
                </td>
                <td data-label="Result">
                  <AttemptResult {...item} />
                </td>
                <td data-label="Duration">{item.durationMs} ms</td>
                <td data-label="Destination">
                  <Link href={`/destinations/${item.delivery.destination.id}`}>{item.delivery.destination.name}</Link>
                </td>
                <td data-label="Event type">
                  <code>{item.delivery.eventType}</code>
                </td>
                <td data-label="Attempt">
                  #{item.number}
                  {item.trigger === "MANUAL" && " (re-send)"}
                </td>
                <td className="row-actions">
                  <Link
                    href={`/history/${item.id}`}
                    className="button button-small"
                    aria-label={`Details of attempt ${item.number} of ${item.delivery.eventType}`}
                  >
                    Details
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
