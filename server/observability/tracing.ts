// Optional OpenTelemetry tracing, exported over OTLP/HTTP when the standard
// OTEL_* variables name an endpoint (config.ts). Off, `enabled` is false and
// callers skip every tracing step: no span objects, no context switches, no
// header, so the hot paths pay one property read.
//
// The trace of an event: the GraphQL operation → publish (its traceparent is
// stored with the event, so a worker in another process continues it) →
// one attempt span per request, child of the publish, linked to the claim
// that took it; the receiver gets the attempt's traceparent.
import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace, type Context, type Span, type Tracer } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import type { Config } from "../config.ts";

/** Runs `work` in `span`'s time: an error it throws is recorded on the span, and the span ends either way. */
export async function withinSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

export interface Tracing {
  /** False: nothing is traced and callers do no tracing work at all. */
  readonly enabled: boolean;
  readonly tracer: Tracer;
  /** The W3C traceparent of a span (to store with an event, or send to a receiver). */
  traceparent(span: Span): string | undefined;
  /** A context whose parent is the span a stored or received traceparent names (ROOT_CONTEXT without one). */
  parentFrom(traceparent: string | null | undefined): Context;
  /** Sends what is buffered and stops. */
  close(): Promise<void>;
}

const w3c = new W3CTraceContextPropagator();
const headerGetter = {
  get: (carrier: Record<string, string>, key: string) => carrier[key],
  keys: (carrier: Record<string, string>) => Object.keys(carrier),
};

export const tracingOff: Tracing = {
  enabled: false,
  tracer: trace.getTracer("switchyard"),
  traceparent: () => undefined,
  parentFrom: () => ROOT_CONTEXT,
  close: async () => undefined,
};

let contextManagerSet = false;

export function createTracing(settings: Config["tracing"]): Tracing {
  if (!settings) return tracingOff;
  // Spans follow async work (a resolver's awaits, a worker's tasks) through AsyncLocalStorage; once per process.
  if (!contextManagerSet) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(w3c);
    contextManagerSet = true;
  }
  // The exporter reads the other OTEL_EXPORTER_OTLP_* variables (headers, timeout, compression) itself.
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": settings.serviceName }),
    spanProcessors: [
      new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: settings.url }), scheduledDelayMillis: settings.scheduleDelayMs }),
    ],
  });
  return {
    enabled: true,
    tracer: provider.getTracer("switchyard"),
    traceparent(span) {
      const carrier: Record<string, string> = {};
      w3c.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, { set: (c, k, v) => void (c[k] = v) });
      return carrier.traceparent;
    },
    parentFrom(traceparent) {
      return traceparent ? w3c.extract(ROOT_CONTEXT, { traceparent }, headerGetter) : ROOT_CONTEXT;
    },
    close: () => provider.shutdown(),
  };
}
