// Counts API requests by GraphQL operation type and HTTP status, and times
// them: two WeakMap entries and a counter per request, no label from the
// request itself (operation names are the client's to choose: unbounded).
import { getOperationAST, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Metrics, OperationType } from "../server/observability/metrics.ts";

export function useRequestMetrics(metrics: Metrics): Plugin {
  const started = new WeakMap<Request, number>();
  const types = new WeakMap<Request, OperationType>();
  const note = (args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }) => {
    const request = (args.contextValue as { request?: Request }).request;
    if (request) types.set(request, getOperationAST(args.document, args.operationName)?.operation ?? "none");
  };
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onExecute({ args }) {
      note(args);
    },
    onSubscribe({ args }) {
      note(args);
    },
    onResponse({ request, response }) {
      const since = started.get(request);
      // "none": nothing was executed (health checks, refused or malformed requests).
      metrics.httpRequest(types.get(request) ?? "none", response.status, since === undefined ? 0 : (performance.now() - since) / 1000);
    },
  };
}
