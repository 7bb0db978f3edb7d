// A span per GraphQL operation (when tracing is on), the parent of what its
// resolvers do (a publish, say): it is the active span while the operation
// runs. A caller's traceparent header continues the caller's trace.
import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Context } from "@opentelemetry/api";
import { getOperationAST, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { withinSpan, type Tracing } from "../server/observability/tracing.ts";

const headerGetter = {
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
  keys: (headers: Headers) => [...headers.keys()],
};

function hasErrors(result: unknown): boolean {
  return typeof result === "object" && result !== null && "errors" in result && Boolean((result as ExecutionResult).errors?.length);
}

export function useOperationTracing(tracing: Tracing): Plugin {
  if (!tracing.enabled) return {};
  const traced =
    <R>(run: (args: ExecutionArgs) => R) =>
    (args: ExecutionArgs) => {
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? "query";
      const name = operation?.name?.value;
      const request = (args.contextValue as { request?: Request }).request;
      const parent: Context = request ? propagation.extract(ROOT_CONTEXT, request.headers, headerGetter) : ROOT_CONTEXT;
      const attributes = { "graphql.operation.type": type, ...(name && { "graphql.operation.name": name }) };
      return tracing.tracer.startActiveSpan(name ? `${type} ${name}` : type, { kind: SpanKind.SERVER, attributes }, parent, (span) =>
        withinSpan(span, async () => {
          const result = await run(args);
          if (hasErrors(result)) span.setStatus({ code: SpanStatusCode.ERROR });
          return result;
        }),
      );
    };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(traced(executeFn));
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn(traced(subscribeFn));
    },
  };
}
