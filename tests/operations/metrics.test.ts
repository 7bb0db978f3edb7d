// /metrics as an operator scrapes it: on the metrics listener (every role),
// counting what publishing and delivery did, queue depth and lag read cheaply,
// labels bounded (organizations only when asked), and behind a token when one
// is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { parsePrometheusText, sumOf, type Series } from "../utils/prometheus-text.ts";
import { startSwitchyardWorker, type RunningProcess } from "../utils/processes.ts";
import type { TestApp } from "../utils/test-app.ts";
import { startTestApp, testSecretKey } from "../utils/test-app.ts";
import { TestClock } from "../utils/test-clock.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";

async function scrape(base: string, token?: string): Promise<Series[]> {
  const response = await fetch(`${base}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return parsePrometheusText(await response.text());
}

describe("the metrics listener", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let failing: TestReceiver;
  const clock = new TestClock(Math.floor(Date.now() / 1000) * 1000);

  beforeAll(async () => {
    ({ t, receiver } = await startDeliveryTestBed({ clock, env: { SWITCHYARD_METRICS_PORT: "0" } }));
    failing = await startTestReceiver(500);
  });
  afterAll(async () => {
    await failing?.close();
    await stopDeliveryTestBed(t, receiver);
  });

  it("counts publishes, attempts and finished deliveries, and reads queue depth and lag once per few seconds", async () => {
    const ok = await subscribe(t, { url: `${receiver.origin}/hook` });
    const bad = await subscribe(t, { url: `${failing.origin}/hook` });
    for (let i = 0; i < 3; i++) await publish(t, ok.eventType, { i });
    await publish(t, bad.eventType, { i: 3 });
    clock.advance(30_000);

    const before = t.queries.length;
    const queued = await scrape(t.app.metricsUrl!);
    await scrape(t.app.metricsUrl!);
    // Both scrapes share one bounded read of the queue (the second is within its few seconds).
    expect(t.queries.slice(before).filter((sql) => sql.includes(`"Delivery"`))).toHaveLength(1);
    expect(sumOf(queued, "switchyard_queue_deliveries", { state: "due" })).toBe(4);
    expect(sumOf(queued, "switchyard_queue_deliveries", { state: "scheduled" })).toBe(0);
    expect(sumOf(queued, "switchyard_queue_deliveries", { state: "sending" })).toBe(0);
    expect(sumOf(queued, "switchyard_queue_lag_seconds")).toBe(30);

    expect(await t.app.worker!.runOnce()).toBe(4);
    const series = await scrape(t.app.metricsUrl!);
    expect(sumOf(series, "switchyard_events_published_total", { source: "API" })).toBe(4);
    const success = { outcome: "success", error_code: "none", status_class: "2xx", trigger: "scheduled" };
    expect(sumOf(series, "switchyard_attempts_total", success)).toBe(3);
    const failure = { outcome: "failure", error_code: "HTTP_STATUS", status_class: "5xx", trigger: "scheduled" };
    expect(sumOf(series, "switchyard_attempts_total", failure)).toBe(1);
    expect(sumOf(series, "switchyard_deliveries_finished_total", { outcome: "succeeded" })).toBe(3);
    expect(sumOf(series, "switchyard_deliveries_finished_total", { outcome: "failed" })).toBe(0);
    expect(sumOf(series, "switchyard_attempt_duration_seconds_count")).toBe(4);
    // Sent 30 s (of the test's clock) after they were published.
    expect(sumOf(series, "switchyard_publish_to_first_attempt_seconds_count")).toBe(4);
    expect(sumOf(series, "switchyard_publish_to_first_attempt_seconds_sum")).toBe(120);
    expect(sumOf(series, "switchyard_publish_to_first_attempt_seconds_bucket", { le: "10" })).toBe(0);
    expect(sumOf(series, "switchyard_publish_to_first_attempt_seconds_bucket", { le: "60" })).toBe(4);
    expect(sumOf(series, "switchyard_http_requests_total", { operation_type: "mutation", status: "200" })).toBeGreaterThanOrEqual(4);
    expect(sumOf(series, "switchyard_live_subscriptions")).toBe(0);
    expect(series.filter((s) => s.name === "switchyard_destinations").map((s) => s.labels.condition)).toEqual([
      "circuit_open",
      "disabled",
      "paused",
    ]);
    expect(series.some((s) => s.name === "process_cpu_user_seconds_total")).toBe(true);
    expect(series.some((s) => s.name === "nodejs_eventloop_lag_seconds")).toBe(true);
    // Bounded labels: no event, delivery or organization id anywhere.
    const values = series.flatMap((s) => Object.values(s.labels));
    expect(values.filter((v) => /^(evt|dlv|att|org|dst)_/.test(v))).toEqual([]);
  });

  it("answers /healthz and /readyz beside /metrics, and nothing else", async () => {
    expect((await fetch(`${t.app.metricsUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.app.metricsUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", failed: [] });
    expect((await fetch(`${t.app.metricsUrl}/graphql`)).status).toBe(404);
    expect((await fetch(`${t.app.metricsUrl}/metrics`, { method: "POST" })).status).toBe(405);
  });

  it("is not on the API's port without a metrics token", async () => {
    expect((await fetch(`${t.app.url}/metrics`)).status).toBe(404);
  });

  it("refuses to start on a metrics port already taken, naming the setting", async () => {
    const { port } = new URL(t.app.metricsUrl!);
    await expect(startTestApp({ env: { SWITCHYARD_METRICS_PORT: port } })).rejects.toThrow(
      `SWITCHYARD_METRICS_PORT: 127.0.0.1:${port} is already in use (another Switchyard process on this host?)`,
    );
  });
});

describe("with a metrics token and organization labels", () => {
  const token = "metrics-token-0123456789";
  let t: TestApp;
  let receiver: TestReceiver;

  beforeAll(async () => {
    ({ t, receiver } = await startDeliveryTestBed({
      env: { SWITCHYARD_METRICS_PORT: "0", SWITCHYARD_METRICS_TOKEN: token, SWITCHYARD_METRICS_ORGANIZATION_LABELS: "true" },
    }));
  });
  afterAll(() => stopDeliveryTestBed(t, receiver));

  it("serves /metrics on the API's port and on its own, only to that bearer token", async () => {
    for (const base of [t.app.url!, t.app.metricsUrl!]) {
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${t.adminToken}` } })).status).toBe(401);
      await scrape(base, token);
    }
  });

  it("labels attempts, finished deliveries and publishes with the organization", async () => {
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/hook` });
    const { event } = await publish(t, eventType, { n: 1 });
    await t.app.worker!.runOnce();
    const { organizationId } = await t.app.runtime.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    const series = await scrape(t.app.metricsUrl!, token);
    expect(sumOf(series, "switchyard_attempts_total", { outcome: "success", organization: organizationId })).toBe(1);
    expect(sumOf(series, "switchyard_deliveries_finished_total", { outcome: "succeeded", organization: organizationId })).toBe(1);
    expect(sumOf(series, "switchyard_events_published_total", { source: "API", organization: organizationId })).toBe(1);
    // Still no per-event or per-delivery label.
    expect(series.flatMap((s) => Object.values(s.labels)).filter((v) => /^(evt|dlv|att)_/.test(v))).toEqual([]);
  });
});

// A worker process has no API port: its metrics listener is how it is watched. Separate roles need PostgreSQL and Redis.
describe.runIf(process.env.DATABASE_URL && process.env.REDIS_URL)("a worker process", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let worker: RunningProcess | undefined;

  beforeAll(async () => ({ t, receiver } = await startDeliveryTestBed()));
  afterAll(async () => {
    await worker?.stop();
    await stopDeliveryTestBed(t, receiver);
  });

  it("serves /metrics on its own port, counting the attempts it made", async () => {
    worker = await startSwitchyardWorker({
      DATABASE_URL: t.database.databaseUrl,
      REDIS_URL: process.env.REDIS_URL,
      SWITCHYARD_SECRET_KEY: testSecretKey,
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
    });
    const listening = worker
      .output()
      .split("\n")
      .map((line) => (line.startsWith("{") ? (JSON.parse(line) as { msg?: string; url?: string }) : {}))
      .find((line) => line.msg === "metrics listening");
    const base = listening!.url!.replace(/\/metrics$/, "");
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/hook` });
    await publish(t, eventType, { n: 1 });
    await receiver.waitFor(1);
    await expect
      .poll(async () => sumOf(await scrape(base), "switchyard_deliveries_finished_total", { outcome: "succeeded" }), { timeout: 10_000 })
      .toBe(1);
  }, 60_000);
});
