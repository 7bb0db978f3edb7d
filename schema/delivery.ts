// Deliveries and their attempts: the history operators read, re-sends and bulk retries.
import { resendDelivery, retryFailedDeliveries, sendTestEvent } from "../server/delivery/resend.ts";
import { NotFoundError, ValidationError } from "../server/errors.ts";
import {
  AttemptErrorCode as AttemptErrorCodeValues,
  AttemptTrigger as AttemptTriggerValues,
  BodyEncoding as BodyEncodingValues,
  DeliveryStatus as DeliveryStatusValues,
} from "../server/db/generated/enums.ts";
import { MAX_STORED_RESPONSE_HEADERS } from "../server/delivery/stored-response.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { sortedConnectionField } from "./sorted-connection-field.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { budgetedValue } from "./response-budget.ts";
import { containsText } from "./text-search.ts";

export const DeliveryStatus = builder.enumType(DeliveryStatusValues, {
  name: "DeliveryStatus",
  description:
    "SCHEDULED waits for its next attempt; SENDING is being attempted; SUCCEEDED got a 2xx; FAILED ran out of attempts (or the endpoint is gone); CANCELLED was dropped.",
});
const AttemptTrigger = builder.enumType(AttemptTriggerValues, { name: "AttemptTrigger" });
const AttemptErrorCode = builder.enumType(AttemptErrorCodeValues, { name: "AttemptErrorCode" });
export const BodyEncoding = builder.enumType(BodyEncodingValues, {
  name: "BodyEncoding",
  description:
    "How a stored body is written: TEXT is the body itself (it was UTF-8 without NUL); BASE64 is base64 of its exact bytes, because they were not text (NUL bytes, invalid UTF-8, binary).",
});
export const AttemptOutcome = builder.enumType("AttemptOutcome", { values: ["SUCCEEDED", "FAILED"] as const });

export const DeliveryNode = builder.prismaNode("Delivery", {
  ...scopedNodeOptions(),
  fields: (t) => ({
    event: t.relation("event"),
    webhook: t.relation("webhook", {
      nullable: true,
      description: "Null for test events, rule deliveries, or when the webhook was deleted.",
    }),
    rule: t.relation("rule", { nullable: true, description: "The notification rule that caused it, if one did." }),
    destination: t.relation("destination"),
    eventType: t.exposeString("eventType"),
    status: t.expose("status", { type: DeliveryStatus }),
    attemptCount: t.exposeInt("attemptCount"),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", nullable: true }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true }),
    lastStatusCode: t.exposeInt("lastStatusCode", { nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    attempts: t.relation("attempts", { query: { orderBy: { number: "asc" } } }),
  }),
});

export const AttemptNode = builder.prismaNode("Attempt", {
  ...scopedNodeOptions(),
  // Only the columns its fields ask for: a stored payload or body is read once counted (response-budget.ts).
  select: { id: true },
  fields: (t) => ({
    delivery: t.relation("delivery"),
    number: t.exposeInt("number"),
    trigger: t.expose("trigger", { type: AttemptTrigger, description: "SCHEDULED by the retry schedule, or MANUAL (a re-send)." }),
    succeeded: t.exposeBoolean("succeeded"),
    sentAt: t.expose("sentAt", { type: "DateTime" }),
    durationMs: t.exposeInt("durationMs"),
    url: t.exposeString("url", { description: "Secret query parameters are redacted." }),
    requestHeaders: t.field({
      type: "JSONObject",
      description: "Secret headers are redacted.",
      select: { requestHeaders: true },
      resolve: (a) => a.requestHeaders as object,
    }),
    requestBody: t.string({
      nullable: true,
      description:
        "Null only where the answer has no room left for it (an error RESPONSE_TOO_LARGE says so); the rest of the answer stands.",
      select: { id: true, batchLeaderId: true },
      resolve: async (a, _args, ctx, info) => {
        // A batch's attempts share the body their leader stored.
        const body = await budgetedValue(ctx, info, "Attempt", "requestBody", a.id);
        if (body !== null || !a.batchLeaderId) return (body ?? "") as string;
        return ((await budgetedValue(ctx, info, "Attempt", "requestBody", a.batchLeaderId)) ?? "") as string;
      },
    }),
    responseStatus: t.exposeInt("responseStatus", { nullable: true }),
    responseHeaders: t.field({
      type: "JSONObject",
      nullable: true,
      description: `At most ${MAX_STORED_RESPONSE_HEADERS} headers and 16 KiB, in the order they came. Bytes above 0x7F in a value read as Latin-1 characters.`,
      select: { responseHeaders: true },
      resolve: (a) => a.responseHeaders as object | null,
    }),
    omittedHeaderCount: t.exposeInt("omittedHeaderCount", {
      description: "Response headers that came but were not stored (beyond the limits of responseHeaders).",
    }),
    responseBody: t.string({
      nullable: true,
      select: { id: true },
      description: "At most 64 KiB of it, written as responseBodyEncoding says.",
      resolve: async (a, _args, ctx, info) => (await budgetedValue(ctx, info, "Attempt", "responseBody", a.id)) as string | null,
    }),
    responseBodyEncoding: t.expose("responseBodyEncoding", { type: BodyEncoding }),
    responseBodyTruncated: t.exposeBoolean("responseBodyTruncated"),
    errorCode: t.expose("errorCode", { type: AttemptErrorCode, nullable: true }),
    errorMessage: t.exposeString("errorMessage", { nullable: true }),
  }),
});

// ---- history: deliveries ----

const DeliveryFilter = builder.inputType("DeliveryFilter", {
  fields: (t) => ({
    eventId: t.id(),
    destinationId: t.id(),
    webhookId: t.id(),
    eventType: t.string(),
    status: t.field({ type: [DeliveryStatus] }),
    since: t.field({ type: "DateTime", description: "Created at or after." }),
    until: t.field({ type: "DateTime", description: "Created before." }),
  }),
});

function deliveryWhere(ctx: GraphQLContext, filter: typeof DeliveryFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [
      filter?.eventId ? { eventId: filter.eventId } : {},
      filter?.destinationId ? { destinationId: filter.destinationId } : {},
      filter?.webhookId ? { webhookId: filter.webhookId } : {},
      filter?.eventType ? { eventType: filter.eventType } : {},
      filter?.status?.length ? { status: { in: filter.status } } : {},
      filter?.since ? { createdAt: { gte: filter.since } } : {},
      filter?.until ? { createdAt: { lt: filter.until } } : {},
    ],
  });
}

sortedConnectionField("deliveries", {
  node: DeliveryNode,
  description: "Deliveries, newest first unless ordered otherwise.",
  filter: DeliveryFilter,
  where: deliveryWhere,
  orderFields: { CREATED_AT: "createdAt", LAST_ATTEMPT_AT: "lastAttemptAt", NEXT_ATTEMPT_AT: "nextAttemptAt" },
  defaultSort: { field: "createdAt", direction: "desc" },
  model: (ctx) => ctx.runtime.prisma.delivery,
});

// ---- history: attempts ----

const AttemptFilter = builder.inputType("AttemptFilter", {
  fields: (t) => ({
    eventId: t.id(),
    deliveryId: t.id(),
    destinationId: t.id(),
    webhookId: t.id(),
    eventType: t.string(),
    outcome: t.field({ type: AttemptOutcome }),
    trigger: t.field({ type: AttemptTrigger }),
    since: t.field({ type: "DateTime", description: "Sent at or after." }),
    until: t.field({ type: "DateTime", description: "Sent before." }),
    search: t.string({
      description: "An event id, or part of the URL the request was sent to or of its destination's name (case-insensitive).",
    }),
  }),
});

export function attemptWhere(ctx: GraphQLContext, filter: typeof AttemptFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [
      filter?.eventId ? { eventId: filter.eventId } : {},
      filter?.deliveryId ? { deliveryId: filter.deliveryId } : {},
      filter?.destinationId ? { destinationId: filter.destinationId } : {},
      filter?.webhookId ? { delivery: { webhookId: filter.webhookId } } : {},
      filter?.eventType ? { delivery: { eventType: filter.eventType } } : {},
      filter?.outcome ? { succeeded: filter.outcome === "SUCCEEDED" } : {},
      filter?.trigger ? { trigger: filter.trigger } : {},
      filter?.since ? { sentAt: { gte: filter.since } } : {},
      filter?.until ? { sentAt: { lt: filter.until } } : {},
      filter?.search
        ? {
            OR: [
              { eventId: filter.search },
              { url: containsText(filter.search) },
              { delivery: { destination: { name: containsText(filter.search) } } },
            ],
          }
        : {},
    ],
  });
}

sortedConnectionField("deliveryAttempts", {
  node: AttemptNode,
  description: "Every request Switchyard made, newest first unless ordered otherwise.",
  filter: AttemptFilter,
  where: attemptWhere,
  orderFields: { SENT_AT: "sentAt", DURATION: "durationMs", RESPONSE_STATUS: "responseStatus", URL: "url" },
  defaultSort: { field: "sentAt", direction: "desc" },
  model: (ctx) => ctx.runtime.prisma.attempt,
});

// ---- actions ----

const AttemptPayload = recordPayload("Attempt", (ctx) => ctx.db.attempt);

builder.mutationField("resendDelivery", (t) =>
  t.field({
    type: AttemptPayload,
    authScopes: { operator: true },
    description: "Sends the delivery again now (a MANUAL attempt) and returns the attempt; a success completes the delivery.",
    errors: { types: [NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ResendDeliveryInput", { fields: (f) => ({ id: f.id({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => resendDelivery(ctx, input.id),
  }),
);

builder.mutationField("sendTestEvent", (t) =>
  t.field({
    type: AttemptPayload,
    authScopes: { operator: true },
    description: "Sends a `switchyard.test` event to the destination once, now, and returns the attempt.",
    errors: { types: [NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("SendTestEventInput", { fields: (f) => ({ destinationId: f.id({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => sendTestEvent(ctx, input.destinationId),
  }),
);

const RetryFailedPayload = builder.objectRef<{ requeued: number }>("RetryFailedDeliveriesPayload").implement({
  fields: (t) => ({ requeued: t.exposeInt("requeued", { description: "How many failed deliveries were put back on the schedule." }) }),
});

builder.mutationField("retryFailedDeliveries", (t) =>
  t.field({
    type: RetryFailedPayload,
    authScopes: { operator: true },
    description: "Puts the destination's failed deliveries created since `since` back on the full retry schedule.",
    errors: { types: [NotFoundError, ValidationError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RetryFailedDeliveriesInput", {
          fields: (f) => ({ destinationId: f.id({ required: true }), since: f.field({ type: "DateTime", required: true }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({ requeued: await retryFailedDeliveries(ctx, input.destinationId, input.since) }),
  }),
);
