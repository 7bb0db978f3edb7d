// GET /metrics (Prometheus text) and the readiness answer, for the API's yoga
// and for the metrics listener (ops-server.ts) alike. With
// SWITCHYARD_METRICS_TOKEN set, /metrics wants that bearer token.
import { timingSafeEqual } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { checkReadiness } from "../server/observability/readiness.ts";
import type { Runtime } from "../server/runtime.ts";

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

function tokenMatches(authorization: string | null | undefined, token: string): boolean {
  const given = Buffer.from(authorization ?? "");
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export async function metricsResponse(runtime: Runtime, authorization: string | null | undefined): Promise<PlainResponse> {
  const { token } = runtime.config.metrics;
  if (token !== undefined && !tokenMatches(authorization, token)) {
    return { status: 401, headers: { "content-type": "text/plain", "www-authenticate": "Bearer" }, body: "A metrics token is required.\n" };
  }
  try {
    return { status: 200, headers: { "content-type": PROMETHEUS_TEXT }, body: await runtime.metrics.render() };
  } catch (error) {
    // The gauges read the database: a scrape during an outage says so rather than showing stale numbers.
    runtime.logger.warn({ err: (error as Error).message }, "could not collect the metrics");
    return { status: 503, headers: { "content-type": "text/plain" }, body: "The metrics could not be collected (see the log).\n" };
  }
}

export async function readinessResponse(runtime: Runtime): Promise<PlainResponse> {
  const readiness = await checkReadiness(runtime);
  return {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
    body: JSON.stringify(readiness),
  };
}

/** /metrics on the API port: only with a token (otherwise it is the metrics listener's alone, and this answers 404). */
export function useMetricsEndpoint(runtime: Runtime, path: string): Plugin {
  return {
    // Synchronous for every other path: awaiting here would let a request body stream past yoga unread.
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      if (runtime.config.metrics.token === undefined || request.method !== "GET") {
        return endResponse(new fetchAPI.Response("Not found\n", { status: 404 }));
      }
      return metricsResponse(runtime, request.headers.get("authorization")).then((answer) =>
        endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers })),
      );
    },
  };
}
