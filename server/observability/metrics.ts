// The process's Prometheus metrics (prom-client): counters and histograms the
// hot paths bump in memory (no SQL, no per-event label), and gauges read when
// Prometheus scrapes (queue-snapshot.ts, cached). One registry per runtime,
// so several Switchyards in one process (tests) keep their own.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { AttemptErrorCode, AttemptTrigger, EventSource } from "../db/generated/client.ts";
import type { QueueSnapshot } from "./queue-snapshot.ts";

/** Seconds; from a fast receiver on loopback to the 30 s timeout. */
const ATTEMPT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds; publish → first attempt spans milliseconds (idle) to minutes (a backlog). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];

export type OperationType = "query" | "mutation" | "subscription" | "none";

export interface AttemptMetrics {
  organizationId: string;
  trigger: AttemptTrigger;
  succeeded: boolean;
  /** Null when nothing went wrong. */
  errorCode: AttemptErrorCode | null;
  responseStatus: number | null;
  durationMs: number;
  /** Attempt rows the request made (a batch makes one per delivery). */
  deliveries: number;
  /** Seconds from publish to this attempt, for deliveries attempted for the first time. */
  firstAttemptLatencies: number[];
  /** Deliveries this attempt finished for good. */
  succeededDeliveries: number;
  failedDeliveries: number;
}

export interface Metrics {
  readonly registry: Registry;
  attempted(attempt: AttemptMetrics): void;
  /** Deliveries failed for good outside an attempt (their leases kept expiring). */
  deliveriesFailed(organizationId: string, count: number): void;
  published(organizationId: string, source: EventSource, count: number): void;
  httpRequest(operationType: OperationType, status: number, seconds: number): void;
  /** A request or ingest met one of the API's database limits (organization-share.ts). */
  databaseLimit(limit: "busy" | "timeout"): void;
  /** Prometheus text of everything. */
  render(): Promise<string>;
}

export interface MetricsSources {
  /** Queue depth, lag and destination states, read at most every few seconds. */
  queue(): Promise<QueueSnapshot>;
  /** Live-feed subscriptions open in this process. */
  subscriptions(): number;
}

/** "2xx" … "5xx", or "none" when no answer came: bounded, unlike the status itself. */
function statusClass(status: number | null): string {
  return status === null ? "none" : `${Math.floor(status / 100)}xx`;
}

export function createMetrics(sources: MetricsSources, options: { organizationLabels: boolean; processMetrics: boolean }): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  // With organizationLabels off the label is absent, not empty: no series multiplies per tenant.
  const org = options.organizationLabels ? (["organization"] as const) : ([] as const);
  const orgLabel = (organizationId: string): Record<string, string> => (options.organizationLabels ? { organization: organizationId } : {});

  const attempts = new Counter({
    name: "switchyard_attempts_total",
    help: "Requests' attempts recorded (one per delivery of a batch), by outcome, error code, HTTP status class and trigger.",
    labelNames: ["outcome", "error_code", "status_class", "trigger", ...org],
    registers,
  });
  const attemptDuration = new Histogram({
    name: "switchyard_attempt_duration_seconds",
    help: "Time from sending a webhook request to its answer (or error), by outcome.",
    labelNames: ["outcome"],
    buckets: ATTEMPT_BUCKETS,
    registers,
  });
  const firstAttemptLatency = new Histogram({
    name: "switchyard_publish_to_first_attempt_seconds",
    help: "Time from an event's delivery being created (its publish) to its first attempt being sent.",
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const deliveriesFinished = new Counter({
    name: "switchyard_deliveries_finished_total",
    help: "Deliveries that reached a final state, by outcome (succeeded, failed).",
    labelNames: ["outcome", ...org],
    registers,
  });
  const eventsPublished = new Counter({
    name: "switchyard_events_published_total",
    help: "New events stored (duplicates of an idempotency key not counted), by source: API (published) or SYSTEM (raised by Switchyard).",
    labelNames: ["source", ...org],
    registers,
  });
  const httpRequests = new Counter({
    name: "switchyard_http_requests_total",
    help: "HTTP requests to the API, by GraphQL operation type (none: not a GraphQL operation) and status code.",
    labelNames: ["operation_type", "status"],
    registers,
  });
  const databaseLimits = new Counter({
    name: "switchyard_api_database_limits_total",
    help:
      "Requests (API and ingest) refused because their organization held its share of the API's database connections with more " +
      "statements waiting (busy), or whose statement ran past the API's statement timeout (timeout).",
    labelNames: ["limit"],
    registers,
  });
  const httpDuration = new Histogram({
    name: "switchyard_http_request_duration_seconds",
    help: "Time to answer an API request (to the start of the stream, for subscriptions), by GraphQL operation type.",
    labelNames: ["operation_type"],
    buckets: ATTEMPT_BUCKETS,
    registers,
  });
  new Gauge({
    name: "switchyard_live_subscriptions",
    help: "Live-feed subscriptions open in this process.",
    registers,
    collect() {
      this.set(sources.subscriptions());
    },
  });
  new Gauge({
    name: "switchyard_queue_deliveries",
    help: "Deliveries waiting or in flight, by state: due (to send now), scheduled (later), sending. Counted up to a cap (see README).",
    labelNames: ["state"],
    registers,
    async collect() {
      const snapshot = await sources.queue();
      this.set({ state: "due" }, snapshot.due);
      this.set({ state: "scheduled" }, snapshot.scheduled);
      this.set({ state: "sending" }, snapshot.sending);
    },
  });
  new Gauge({
    name: "switchyard_queue_lag_seconds",
    help: "Age of the oldest due delivery (how far behind delivery is); 0 when nothing is due.",
    registers,
    async collect() {
      this.set((await sources.queue()).lagSeconds);
    },
  });
  new Gauge({
    name: "switchyard_destinations",
    help: "Destinations that need attention, by condition: circuit_open, disabled, paused.",
    labelNames: ["condition"],
    registers,
    async collect() {
      const { destinations } = await sources.queue();
      this.set({ condition: "circuit_open" }, destinations.circuitOpen);
      this.set({ condition: "disabled" }, destinations.disabled);
      this.set({ condition: "paused" }, destinations.paused);
    },
  });

  return {
    registry,
    attempted(attempt) {
      const outcome = attempt.succeeded ? "success" : "failure";
      const labels = {
        outcome,
        error_code: attempt.errorCode ?? "none",
        status_class: statusClass(attempt.responseStatus),
        trigger: attempt.trigger.toLowerCase(),
        ...orgLabel(attempt.organizationId),
      };
      attempts.inc(labels, attempt.deliveries);
      attemptDuration.observe({ outcome }, attempt.durationMs / 1000);
      for (const seconds of attempt.firstAttemptLatencies) firstAttemptLatency.observe(seconds);
      if (attempt.succeededDeliveries > 0)
        deliveriesFinished.inc({ outcome: "succeeded", ...orgLabel(attempt.organizationId) }, attempt.succeededDeliveries);
      if (attempt.failedDeliveries > 0)
        deliveriesFinished.inc({ outcome: "failed", ...orgLabel(attempt.organizationId) }, attempt.failedDeliveries);
    },
    deliveriesFailed(organizationId, count) {
      deliveriesFinished.inc({ outcome: "failed", ...orgLabel(organizationId) }, count);
    },
    published(organizationId, source, count) {
      if (count > 0) eventsPublished.inc({ source, ...orgLabel(organizationId) }, count);
    },
    httpRequest(operationType, status, seconds) {
      httpRequests.inc({ operation_type: operationType, status: String(status) });
      httpDuration.observe({ operation_type: operationType }, seconds);
    },
    databaseLimit(limit) {
      databaseLimits.inc({ limit });
    },
    render: () => registry.metrics(),
  };
}
