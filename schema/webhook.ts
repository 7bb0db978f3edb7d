// Webhooks: a destination, the events it receives, and how.
import { createWebhook, deleteWebhook, updateWebhook } from "../server/webhooks/webhooks.ts";
import { ConflictError, NotFoundError, ValidationError } from "../server/errors.ts";
import { retryScheduleOf } from "../server/delivery/delivery-policy.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { PayloadFormat as PayloadFormatValues } from "../server/db/generated/enums.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { DeletedPayload } from "./deleted-payload.ts";
import { sortedConnectionField } from "./sorted-connection-field.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { containsText } from "./text-search.ts";

const WebhookState = builder.enumType("WebhookState", { values: ["ACTIVE", "INACTIVE"] as const });

const PayloadFormat = builder.enumType(PayloadFormatValues, {
  name: "PayloadFormat",
  description:
    "ENVELOPE: { id, type, timestamp, data } ({ events: [...] } when batched). DATA_ONLY: the payload alone (an array when batched).",
});

export const WebhookNode = builder.prismaNode("Webhook", {
  ...scopedNodeOptions(),
  fields: (t) => ({
    name: t.exposeString("name"),
    destination: t.relation("destination"),
    url: t.string({
      select: { destination: { select: { url: true } } },
      resolve: (w) => w.destination.url,
      description: "The destination's URL.",
    }),
    eventTypes: t.exposeStringList("eventTypes", { description: "Names of the subscribed event types." }),
    enabled: t.exposeBoolean("enabled"),
    state: t.field({ type: WebhookState, resolve: (w) => (w.enabled ? "ACTIVE" : "INACTIVE") }),
    verifyTls: t.exposeBoolean("verifyTls"),
    payloadFormat: t.expose("payloadFormat", { type: PayloadFormat }),
    maxEventsPerRequest: t.exposeInt("maxEventsPerRequest"),
    retrySchedule: t.intList({
      description:
        "Seconds to wait before each retry: the first attempt is immediate, then one retry per entry, each that long after the previous attempt failed. Empty: no retries.",
      resolve: (w) => retryScheduleOf(w),
    }),
    customRetrySchedule: t.exposeBoolean("customRetrySchedule", { description: "False: Switchyard's default schedule." }),
    program: t.relation("program", { nullable: true, description: "Null for a global webhook." }),
    global: t.boolean({ resolve: (w) => w.programId === null, description: "Receives the organization's events of every program." }),
    lastTriggeredAt: t.expose("lastTriggeredAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const WebhookFilter = builder.inputType("WebhookFilter", {
  fields: (t) => ({
    search: t.string({ description: "Part of the name or the destination URL." }),
    enabled: t.boolean(),
    destinationId: t.id(),
    eventType: t.string({ description: "Only webhooks subscribed to this event type." }),
    programId: t.id({ description: "Only this program's webhooks." }),
    global: t.boolean({ description: "true: only global webhooks; false: only program webhooks." }),
  }),
});

function webhookWhere(ctx: GraphQLContext, filter: typeof WebhookFilter.$inferInput | null | undefined) {
  const contains = filter?.search ? containsText(filter.search) : undefined;
  return scoped(ctx.scope, {
    AND: [
      contains ? { OR: [{ name: contains }, { destination: { url: contains } }] } : {},
      filter?.enabled != null ? { enabled: filter.enabled } : {},
      filter?.destinationId ? { destinationId: filter.destinationId } : {},
      filter?.eventType ? { eventTypes: { has: filter.eventType } } : {},
      filter?.programId ? { programId: filter.programId } : {},
      filter?.global === true ? { programId: null } : filter?.global === false ? { programId: { not: null } } : {},
    ],
  });
}

sortedConnectionField("webhooks", {
  node: WebhookNode,
  filter: WebhookFilter,
  where: webhookWhere,
  // STATE: inactive before active, ascending. URL: the destination's.
  orderFields: { NAME: "name", CREATED_AT: "createdAt", LAST_TRIGGERED_AT: "lastTriggeredAt", STATE: "enabled", URL: "destination.url" },
  defaultSort: { field: "name", direction: "asc" },
  model: (ctx) => ({
    findMany: (query) => ctx.runtime.prisma.webhook.findMany(withDestinationUrl(query)),
    count: (query) => ctx.runtime.prisma.webhook.count(query),
  }),
});

type Selection = { select?: Record<string, unknown>; include?: Record<string, unknown> };

/**
 * Sorted by URL, each row must carry its destination's URL for its cursor,
 * whether or not the client's selection asks for the destination.
 */
function withDestinationUrl<Q extends Selection & { orderBy: object[] }>(query: Q): Q {
  if (!query.orderBy.some((order) => "destination" in order)) return query;
  const withUrl = (relation: unknown) =>
    relation && typeof relation === "object" && "select" in relation
      ? { ...relation, select: { ...(relation.select as object), url: true } }
      : (relation ?? { select: { url: true } });
  if (query.select) return { ...query, select: { ...query.select, destination: withUrl(query.select.destination) } };
  return { ...query, include: { ...query.include, destination: withUrl(query.include?.destination) } };
}

const WebhookPayload = recordPayload<"Webhook", { id: string; generatedSecret?: string | null }>("Webhook", (ctx) => ctx.db.webhook);

builder.objectField(WebhookPayload, "generatedSecret", (t) =>
  t.string({
    nullable: true,
    description:
      "createWebhook with an endpoint and no secret: the Standard Webhooks secret Switchyard generated. Shown here once and never again.",
    resolve: (payload) => payload.generatedSecret ?? null,
  }),
);

const WebhookEndpointInput = builder.inputType("WebhookEndpointInput", {
  description: "A new endpoint for the webhook: a destination named after it, signed with a Standard Webhooks credential.",
  fields: (t) => ({
    url: t.string({ required: true, description: "Absolute https URL that accepts POST." }),
    secret: t.string({ description: "A Standard Webhooks secret (whsec_…); omit to have one generated and returned once." }),
  }),
});

const WebhookOptionsInput = builder.inputType("WebhookOptionsInput", {
  fields: (t) => ({
    verifyTls: t.boolean({ description: "Verify the receiver's TLS certificate (default true)." }),
    payloadFormat: t.field({ type: PayloadFormat }),
    maxEventsPerRequest: t.int({ description: "1 (default) sends each event alone; up to 100 batches them." }),
    retrySchedule: t.intList({
      description:
        "Seconds to wait before each retry, after an immediate first attempt: [1, 2] makes 3 attempts. At most 20 retries of up to 7 days each; [] for none; null restores the default.",
    }),
  }),
});

builder.mutationField("createWebhook", (t) =>
  t.field({
    type: WebhookPayload,
    authScopes: { operator: true },
    description:
      "Creates a webhook to an existing destination, or to a new endpoint (URL and secret) made with it in the same transaction.",
    errors: { types: [ValidationError, ConflictError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("CreateWebhookInput", {
          fields: (f) => ({
            name: f.string({ required: true }),
            destinationId: f.id({
              description: "An existing destination; fixed once created: a new URL or secret means a new destination.",
            }),
            endpoint: f.field({
              type: WebhookEndpointInput,
              description: "Instead of destinationId: a new endpoint, made with the webhook.",
            }),
            programId: f.id({ description: "Links the webhook to a program; omit for a global webhook. Fixed once created." }),
            eventTypes: f.stringList({ required: true }),
            enabled: f.boolean({ defaultValue: true }),
            options: f.field({ type: WebhookOptionsInput }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { webhook, generatedSecret } = await createWebhook(ctx, {
        name: input.name,
        destinationId: input.destinationId ?? null,
        endpoint: input.endpoint ? { url: input.endpoint.url, secret: input.endpoint.secret ?? null } : null,
        eventTypes: input.eventTypes,
        enabled: input.enabled ?? true,
        verifyTls: input.options?.verifyTls ?? undefined,
        payloadFormat: input.options?.payloadFormat ?? undefined,
        maxEventsPerRequest: input.options?.maxEventsPerRequest ?? undefined,
        retrySchedule: input.options?.retrySchedule ?? null,
        programId: input.programId ?? null,
      });
      return { id: webhook.id, generatedSecret: generatedSecret };
    },
  }),
);

builder.mutationField("updateWebhook", (t) =>
  t.field({
    type: WebhookPayload,
    authScopes: { operator: true },
    description: "Changes name, events, state and options. The destination (URL and secret) cannot change.",
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateWebhookInput", {
          fields: (f) => ({
            id: f.id({ required: true }),
            name: f.string(),
            eventTypes: f.stringList(),
            enabled: f.boolean(),
            options: f.field({ type: WebhookOptionsInput }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateWebhook(ctx, input.id, {
        name: input.name ?? undefined,
        eventTypes: input.eventTypes ?? undefined,
        enabled: input.enabled ?? undefined,
        verifyTls: input.options?.verifyTls ?? undefined,
        payloadFormat: input.options?.payloadFormat ?? undefined,
        maxEventsPerRequest: input.options?.maxEventsPerRequest ?? undefined,
        retrySchedule: input.options && "retrySchedule" in input.options ? (input.options.retrySchedule ?? null) : undefined,
      }),
  }),
);

builder.mutationField("deleteWebhook", (t) =>
  t.field({
    type: DeletedPayload,
    authScopes: { operator: true },
    description: "Deletes the webhook and cancels its pending deliveries; its history stays.",
    errors: { types: [NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("DeleteWebhookInput", { fields: (f) => ({ id: f.id({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => deleteWebhook(ctx, input.id),
  }),
);
