// Events: published by API (or raised by Switchyard), each fanned out to deliveries.
import { publishEvents, type Published, type PublishInput, type PublishOptions } from "../server/events/publish.ts";
import { CONDITION_STEPS_PER_POINT } from "../server/rules/condition.ts";
import { OrganizationArchivedError, ValidationError } from "../server/errors.ts";
import { EventSource as EventSourceValues } from "../server/db/generated/enums.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import { costs } from "./operation-cost.ts";
import { budgetedJson } from "./response-budget.ts";
import type { GraphQLContext } from "./context.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";

const EventSource = builder.enumType(EventSourceValues, { name: "EventSource" });

builder.prismaNode("Event", {
  ...scopedNodeOptions(),
  // Only the columns its fields ask for: a stored payload or body is read once counted (response-budget.ts).
  select: { id: true },
  fields: (t) => ({
    type: t.exposeString("type"),
    payload: t.field({
      ...budgetedJson("Event", "payload"),
      nullable: true,
      description:
        "Null only where the answer has no room left for it (an error RESPONSE_TOO_LARGE says so); the rest of the answer stands.",
    }),
    source: t.expose("source", { type: EventSource }),
    idempotencyKey: t.exposeString("idempotencyKey", { nullable: true }),
    programId: t.exposeID("programId", { nullable: true, description: "The program it belongs to; null reaches only global webhooks." }),
    occurredAt: t.expose("occurredAt", { type: "DateTime" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveries: t.relation("deliveries", { query: { orderBy: { id: "asc" } } }),
  }),
});

const EventFilter = builder.inputType("EventFilter", {
  fields: (t) => ({
    type: t.string(),
    source: t.field({ type: EventSource }),
    since: t.field({ type: "DateTime" }),
    until: t.field({ type: "DateTime" }),
  }),
});

function eventWhere(ctx: GraphQLContext, filter: typeof EventFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [
      filter?.type ? { type: filter.type } : {},
      filter?.source ? { source: filter.source } : {},
      filter?.since ? { createdAt: { gte: filter.since } } : {},
      filter?.until ? { createdAt: { lt: filter.until } } : {},
    ],
  });
}

filteredConnectionField("events", {
  type: "Event",
  description: "Events, newest first.",
  filter: EventFilter,
  where: eventWhere,
  orderBy: { id: "desc" },
  model: (ctx) => ctx.runtime.prisma.event,
});

builder.queryField("event", (t) =>
  t.prismaField({
    type: "Event",
    nullable: true,
    authScopes: { viewer: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.runtime.prisma.event.findFirst({ ...query, where: scoped(ctx.scope, { id }) }),
  }),
);

const PublishedEvent = builder.objectRef<Published>("PublishedEvent").implement({
  fields: (t) => ({
    event: t.prismaField({
      type: "Event",
      // publishEvents has just read the event back (every column): read it again only for relations the selection asks for.
      resolve: (query, { event }, _args, ctx) =>
        Object.entries((query as { select?: Record<string, unknown> }).select ?? {}).every(([key, value]) => value === true && key in event)
          ? event
          : ctx.db.event.findUniqueOrThrow({ ...query, where: { id: event.id } }),
    }),
    duplicate: t.exposeBoolean("duplicate", {
      description: "The idempotency key matched an earlier event (within 24 h), which is returned; nothing new was created.",
    }),
  }),
});

const PublishEventInput = builder.inputType("PublishEventInput", {
  fields: (t) => ({
    type: t.string({ required: true, description: "An active event type's name." }),
    payload: t.field({ type: "JSON", required: true, description: "At most 512 KiB of JSON; checked against the type's schema." }),
    idempotencyKey: t.string({ description: "The same key within 24 hours returns the first event and creates nothing." }),
    programId: t.id({ description: "It reaches this program's webhooks and the global ones; without it, only global ones." }),
    occurredAt: t.field({ type: "DateTime", description: "When it happened; defaults to now." }),
  }),
});

/** Publishes for a token, charging it a point per CONDITION_STEPS_PER_POINT steps its rule conditions took (once spent, even if the call fails). */
async function publishCharged(ctx: GraphQLContext, inputs: PublishInput[], options: PublishOptions = {}): Promise<Published[]> {
  let steps = 0;
  try {
    return await publishEvents(ctx, inputs, { ...options, onConditionSteps: (spent) => (steps += spent) });
  } finally {
    await ctx.charge(Math.floor(steps / CONDITION_STEPS_PER_POINT));
  }
}

builder.mutationField("publishEvent", (t) =>
  t.field({
    type: PublishedEvent,
    authScopes: { operator: true },
    errors: { types: [ValidationError, OrganizationArchivedError], directResult: true },
    args: { input: t.arg({ type: PublishEventInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const [published] = await publishCharged(ctx, [input], { pathOf: () => ["input"] });
      return published;
    },
  }),
);

const PublishEventsPayload = builder.objectRef<Published[]>("PublishEventsPayload").implement({
  fields: (t) => ({ results: t.field({ type: [PublishedEvent], resolve: (results) => results }) }),
});

builder.mutationField("publishEvents", (t) =>
  t.field({
    type: PublishEventsPayload,
    authScopes: { operator: true },
    description:
      "Publishes up to 1,000 events at once: all of them, or none when any is invalid. Costs a point of the token's rate limit per event, and after it a point per 10,000 steps its rule conditions took.",
    errors: { types: [ValidationError, OrganizationArchivedError], directResult: true },
    // Flood control counts events, not calls: a batch spends its size, and is refused whole when the budget has less.
    extensions: costs((args) => (args.input as { events: unknown[] }).events.length),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("PublishEventsInput", {
          fields: (f) => ({ events: f.field({ type: [PublishEventInput], required: true }) }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) => publishCharged(ctx, input.events),
  }),
);
