// Makes one attempt for a delivery (or a batch of one webhook's deliveries):
// builds and signs the request, sends it, asks the delivery policy what
// follows (delivery-policy.ts), and records it: the attempt, the delivery's
// next state, the destination's health.
import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from "@opentelemetry/api";
import type { Attempt, AttemptTrigger, Credential, Delivery } from "../db/generated/client.ts";
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import { openCredentialFields } from "../credentials/credentials.ts";
import { signRequest, type OutgoingRequest, type SigningContext } from "../signing/index.ts";
import { gracefulTypes, withPreviousSignature } from "../signing/grace.ts";
import { isOutgoingCredentialType } from "../credentials/credential-types.ts";
import { attemptShown, deliveryShown } from "../live/attempt-shown.ts";
import { attemptTopic, deliveryTopic, type AttemptRecorded, type DeliveryChanged } from "../live/live-events.ts";
import { requestBody } from "./envelope.ts";
import type { SendResult } from "./http-sender.ts";
import { decideAttempt } from "./delivery-policy.ts";
import type { HealthChange } from "./destination-health.ts";
import { loadDeliveries, type LoadedDelivery } from "./claim.ts";
import {
  directRecorder,
  type AttemptedDelivery,
  type AttemptRecord,
  type AttemptRecorder,
  type RecordedAttempt,
} from "./record-attempt.ts";
import { recordChange, SWITCHYARD } from "../changes/record-change.ts";
import { raiseSystemEvent } from "../system-events/raise.ts";
import { operationFor } from "../operation.ts";
import { withinSpan } from "../observability/tracing.ts";

export const USER_AGENT = "Switchyard-Webhooks/0.1";
const REDACTED = "[redacted]";

export interface AttemptOutcome {
  attempts: Attempt[];
  deliveries: Delivery[];
  health: HealthChange;
}

function buildRequest(runtime: Runtime, deliveries: LoadedDelivery[], number: number, now: Date, traceparent: string | undefined) {
  const [first] = deliveries;
  const destination = first.destination;
  const batched = (first.webhook?.maxEventsPerRequest ?? 1) > 1;
  // Receivers dedupe on webhook-id: the event id, stable across retries.
  const messageId = batched ? first.id : first.eventId;
  // Custom headers may replace the user agent; the rest are Switchyard's own (reserved names are refused on input).
  const headers: Record<string, string> = { "user-agent": USER_AGENT };
  for (const { name, value } of destination.headers as { name: string; value: string }[]) headers[name.toLowerCase()] = value;
  Object.assign(headers, {
    "content-type": "application/json",
    "x-switchyard-delivery-id": first.id,
    "x-switchyard-attempt": String(number),
    ...(batched ? {} : { "x-switchyard-event-type": first.eventType }),
    // With tracing on, the receiver's own trace continues from this attempt.
    ...(traceparent && { traceparent }),
  });
  const unsigned: OutgoingRequest = {
    url: new URL(destination.url),
    headers,
    body: requestBody(
      deliveries.map((d) => d.event),
      batched,
      first.webhook?.payloadFormat ?? "ENVELOPE",
    ),
  };
  // signRequest adds webhook-id and webhook-timestamp, with or without a credential.
  const context = { messageId, timestamp: now };
  const current = signWith(runtime, destination.credential, unsigned, context);
  // The claim loads the previous credential only while the destination's grace period lasts.
  const previous = destination.previousCredential;
  if (!previous || !isOutgoingCredentialType(previous.type) || !gracefulTypes.has(previous.type)) return current;
  return withPreviousSignature(current, signWith(runtime, previous, unsigned, context), unsigned);
}

function signWith(runtime: Runtime, credential: Credential | null, unsigned: OutgoingRequest, context: SigningContext) {
  if (!credential || !isOutgoingCredentialType(credential.type)) return signRequest("NONE", {}, unsigned, context);
  return signRequest(credential.type, openCredentialFields(runtime, credential) as never, unsigned, context);
}

function redacted(request: OutgoingRequest, secrets: { headers: string[]; queryParameters: string[] }) {
  const url = new URL(request.url);
  for (const name of secrets.queryParameters) if (url.searchParams.has(name)) url.searchParams.set(name, REDACTED);
  const headers = { ...request.headers };
  for (const name of secrets.headers) if (name in headers) headers[name] = REDACTED;
  return { url: url.toString(), headers };
}

/** A manual attempt (or one outside the worker): loads the deliveries by id first. */
export async function attemptDeliveriesById(
  runtime: Runtime,
  ids: string[],
  trigger: AttemptTrigger,
  workerId?: string,
): Promise<AttemptOutcome | undefined> {
  return attemptDeliveries(runtime, await loadDeliveries(runtime.db.query, ids, runtime.clock.now()), trigger, workerId);
}

/**
 * Sends one request for `loaded` (one delivery, or a batch of one webhook's)
 * as claimed or loaded, and records what happened in one statement (which
 * the worker's recorder may share with other attempts).
 */
export async function attemptDeliveries(
  runtime: Runtime,
  loaded: LoadedDelivery[],
  trigger: AttemptTrigger,
  workerId?: string,
  recorder: AttemptRecorder = directRecorder(runtime.db.query),
  /** Called once the receiver has answered (or failed to), before the attempt is recorded. */
  onAnswered?: (result: SendResult) => void,
): Promise<AttemptOutcome | undefined> {
  if (loaded.length === 0) return undefined;
  // The batch leader (whose id is a batch's webhook-id) is the oldest delivery.
  const deliveries = [...loaded].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { tracing } = runtime;
  if (!tracing.enabled) return attempt(runtime, deliveries, trigger, workerId, recorder, onAnswered);
  const parent = tracing.parentFrom(deliveries[0].event.traceparent);
  const span = attemptSpan(runtime, deliveries, trigger, parent);
  return context.with(trace.setSpan(parent, span), () =>
    withinSpan(span, async () => {
      const outcome = await attempt(runtime, deliveries, trigger, workerId, recorder, onAnswered, tracing.traceparent(span));
      const [recorded] = outcome.attempts;
      if (recorded?.responseStatus != null) span.setAttribute("http.response.status_code", recorded.responseStatus);
      if (recorded?.errorCode) span.setAttribute("error.type", recorded.errorCode);
      if (!recorded?.succeeded) span.setStatus({ code: SpanStatusCode.ERROR, message: recorded?.errorMessage ?? undefined });
      return outcome;
    }),
  );
}

/**
 * A request's span: a child of its (first) event's publish, linked to the
 * claim (or operation) active when it started, and to the other events'
 * publishes in a batch.
 */
function attemptSpan(runtime: Runtime, deliveries: LoadedDelivery[], trigger: AttemptTrigger, parent: Context): Span {
  const { tracing } = runtime;
  const active = trace.getSpan(context.active());
  const links = [
    ...(active ? [{ context: active.spanContext() }] : []),
    ...deliveries.slice(1).flatMap((d) => {
      const published = trace.getSpanContext(tracing.parentFrom(d.event.traceparent));
      return published ? [{ context: published }] : [];
    }),
  ];
  const [first] = deliveries;
  return tracing.tracer.startSpan(
    "attempt",
    {
      kind: SpanKind.CLIENT,
      links,
      attributes: {
        "switchyard.delivery.id": first.id,
        "switchyard.event.id": first.eventId,
        "switchyard.destination.id": first.destinationId,
        "switchyard.deliveries": deliveries.length,
        "switchyard.attempt.trigger": trigger,
        "http.request.method": "POST",
      },
    },
    parent,
  );
}

async function attempt(
  runtime: Runtime,
  deliveries: LoadedDelivery[],
  trigger: AttemptTrigger,
  workerId: string | undefined,
  recorder: AttemptRecorder,
  onAnswered: ((result: SendResult) => void) | undefined,
  traceparent?: string,
): Promise<AttemptOutcome> {
  const destination = deliveries[0].destination;
  const started = runtime.clock.now();
  const number = Math.max(...deliveries.map((d) => d.attemptCount)) + 1;

  let result: SendResult;
  let sent: { url: string; headers: Record<string, string>; body: string };
  try {
    const signed = buildRequest(runtime, deliveries, number, started, traceparent);
    sent = { ...redacted(signed.request, signed.secrets), body: signed.request.body };
    result = await runtime.http.send(signed.request, {
      timeoutMs: destination.timeoutMs,
      verifyTls: deliveries[0].webhook?.verifyTls ?? true,
    });
  } catch (error) {
    // The request could not even be built (e.g. a credential that no longer opens).
    sent = { url: destination.url, headers: {}, body: "" };
    result = {
      truncated: false,
      durationMs: 0,
      error: { code: "NETWORK", message: `Could not prepare the request: ${(error as Error).message}` },
    };
  }
  onAnswered?.(result);
  const now = runtime.clock.now();
  // One decision per delivery of the batch: each has its own schedule and count; the result, health and error are shared.
  const decisions = deliveries.map((delivery) => decideAttempt(result, delivery, trigger, now));
  const [{ health, error }] = decisions;

  const leaderId = newId("Attempt");
  const attempted = deliveries.map((delivery, index): AttemptedDelivery => ({
    id: delivery.id,
    attemptId: index === 0 ? leaderId : newId("Attempt"),
    batchLeaderId: index === 0 ? null : leaderId,
    requestBody: index === 0 ? sent.body : null,
    scheduledAttempts: decisions[index].scheduledAttempts,
    status: decisions[index].status,
    nextAttemptAt: decisions[index].nextAttemptAt,
  }));
  const outcome = await recordEvenIfRefused(runtime, recorder, {
    trigger,
    workerId,
    destinationId: destination.id,
    health,
    sentAt: started,
    now,
    succeeded: health.kind === "success",
    durationMs: result.durationMs,
    url: sent.url,
    requestHeaders: sent.headers,
    responseStatus: result.status ?? null,
    responseHeaders: result.headers ?? null,
    omittedHeaderCount: result.omittedHeaders ?? 0,
    responseBody: result.body ?? null,
    responseBodyEncoding: result.bodyEncoding ?? "TEXT",
    responseBodyTruncated: result.truncated,
    error,
    deliveries: attempted,
  });

  const after = new Map(outcome.deliveries.map((delivery) => [delivery.id, delivery]));
  for (const attempt of outcome.attempts) {
    // Recording returns each attempt's delivery as it now stands.
    const delivery = after.get(attempt.deliveryId)!;
    const published: AttemptRecorded = {
      organizationId: attempt.organizationId,
      attemptId: attempt.id,
      deliveryId: attempt.deliveryId,
      destinationId: attempt.destinationId,
      webhookId: delivery.webhookId,
      eventType: delivery.eventType,
      succeeded: attempt.succeeded,
      recordedAt: Date.now(),
      shown: attemptShown(attempt, delivery, destination),
    };
    runtime.live.publish(attemptTopic(attempt.organizationId), published);
  }
  for (const delivery of outcome.deliveries) publishDeliveryChange(runtime, delivery);
  countAttempt(runtime, deliveries, outcome, { trigger, result, error, started, succeeded: health.kind === "success" });
  await raiseConsequences(runtime, deliveries, outcome);
  return outcome;
}

/** The attempt in the metrics: counters and histograms in memory, O(deliveries of the request). */
function countAttempt(
  runtime: Runtime,
  before: LoadedDelivery[],
  outcome: AttemptOutcome,
  attempt: { trigger: AttemptTrigger; result: SendResult; error: AttemptRecord["error"]; started: Date; succeeded: boolean },
): void {
  let succeededDeliveries = 0;
  let failedDeliveries = 0;
  for (const delivery of outcome.deliveries) {
    const was = before.find((d) => d.id === delivery.id);
    if (was?.status === delivery.status) continue;
    if (delivery.status === "SUCCEEDED") succeededDeliveries++;
    else if (delivery.status === "FAILED") failedDeliveries++;
  }
  const firstAttemptLatencies: number[] = [];
  for (const delivery of before) {
    if (delivery.attemptCount === 0) firstAttemptLatencies.push((attempt.started.getTime() - delivery.createdAt.getTime()) / 1000);
  }
  runtime.metrics.attempted({
    organizationId: before[0].organizationId,
    trigger: attempt.trigger,
    succeeded: attempt.succeeded,
    errorCode: attempt.error?.code ?? null,
    responseStatus: attempt.result.status ?? null,
    durationMs: attempt.result.durationMs,
    deliveries: outcome.attempts.length,
    firstAttemptLatencies,
    succeededDeliveries,
    failedDeliveries,
  });
}

/**
 * Records the attempt; if the database refuses it (whatever the reason), records it
 * again without what the receiver sent, so that an attempt is never lost and
 * its delivery never left SENDING to be re-sent at every lease expiry. The
 * cause goes to the log, not to the organization's history.
 */
async function recordEvenIfRefused(runtime: Runtime, recorder: AttemptRecorder, record: AttemptRecord): Promise<RecordedAttempt> {
  try {
    return await recorder.record(record);
  } catch (error) {
    const deliveries = record.deliveries.map((d) => d.id);
    runtime.logger.warn({ err: error, deliveries }, "could not record an attempt in full; recording it without the response");
    const note = "The response could not be stored; the attempt is recorded without its headers and body.";
    return await recorder
      .record({
        ...record,
        responseHeaders: null,
        omittedHeaderCount: 0,
        responseBody: null,
        responseBodyEncoding: "TEXT",
        responseBodyTruncated: false,
        error: { code: record.error?.code ?? null, message: record.error ? `${record.error.message} ${note}` : note },
      })
      .catch((again: unknown) => {
        runtime.logger.error({ err: again, deliveries }, "could not record an attempt at all");
        throw again;
      });
  }
}

/**
 * What an attempt may set off: destination.disabled when it disabled the
 * destination, delivery.exhausted for each delivery it failed for good. A
 * delivery of a delivery.exhausted event raises nothing when it fails in
 * turn, so a rule that sends those events somewhere failing cannot loop.
 */
async function raiseConsequences(runtime: Runtime, before: LoadedDelivery[], outcome: AttemptOutcome): Promise<void> {
  const disabled = outcome.health.disabledReason ? outcome.health.destination : undefined;
  if (disabled) {
    const op = operationFor(runtime, { organizationId: before[0].organizationId }, SWITCHYARD);
    await op
      .transaction((tx) =>
        recordChange(tx, {
          action: "destination.disabled",
          resourceType: "Destination",
          resourceId: disabled.id,
          before: before[0].destination,
          after: disabled,
        }),
      )
      .catch((error: unknown) =>
        runtime.logger.error({ err: error, destinationId: disabled.id }, "could not record a disabled destination"),
      );
  }
  for (const delivery of outcome.deliveries) {
    const was = before.find((d) => d.id === delivery.id)!;
    if (delivery.status !== "FAILED" || was.status === "FAILED") continue;
    await raiseExhausted(runtime, was, delivery);
  }
}

/** delivery.exhausted for a delivery that has just failed for good (`was` as claimed or loaded, `delivery` as it now stands). */
export async function raiseExhausted(runtime: Runtime, was: LoadedDelivery, delivery: Delivery): Promise<void> {
  if (was.event.source === "SYSTEM" && was.event.type === "delivery.exhausted") return;
  const op = operationFor(runtime, { organizationId: delivery.organizationId }, SWITCHYARD);
  const raised = raiseSystemEvent(op, "delivery.exhausted", {
    organizationId: delivery.organizationId,
    delivery: {
      id: delivery.id,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      webhookId: delivery.webhookId,
      ruleId: delivery.ruleId,
      attemptCount: delivery.attemptCount,
      lastStatusCode: delivery.lastStatusCode,
      lastError: delivery.lastError,
    },
    destination: { id: was.destination.id, name: was.destination.name, url: was.destination.url },
  });
  // The delivery has failed for good whatever happens here: a problem raising its event is logged, not retried.
  await raised.catch((error: unknown) =>
    runtime.logger.error({ err: error, deliveryId: delivery.id }, "could not raise delivery.exhausted"),
  );
}

export function publishDeliveryChange(runtime: Runtime, delivery: Delivery): void {
  const changed: DeliveryChanged = {
    organizationId: delivery.organizationId,
    deliveryId: delivery.id,
    destinationId: delivery.destinationId,
    webhookId: delivery.webhookId,
    eventType: delivery.eventType,
    status: delivery.status,
    changedAt: Date.now(),
    shown: deliveryShown(delivery),
  };
  runtime.live.publish(deliveryTopic(delivery.organizationId), changed);
}
