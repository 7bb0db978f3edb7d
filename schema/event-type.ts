// The event type catalogue (resource.verb), with schemas and examples.
import { createEventType, setEventTypeArchived, updateEventType } from "../server/events/event-types.ts";
import { ConflictError, NotFoundError, ValidationError } from "../server/errors.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { containsText } from "./text-search.ts";
import { budgetedJson } from "./response-budget.ts";

builder.prismaNode("EventType", {
  ...scopedNodeOptions(),
  // Only the columns its fields ask for: a stored payload or body is read once counted (response-budget.ts).
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString("name", { description: "resource.verb, e.g. invoice.paid." }),
    description: t.exposeString("description"),
    schema: t.field({
      ...budgetedJson("EventType", "schema"),
      nullable: true,
      description: "JSON Schema (draft 2020-12) payloads must satisfy.",
    }),
    example: t.field({ ...budgetedJson("EventType", "example"), nullable: true }),
    system: t.exposeBoolean("system", { description: "Raised by Switchyard itself; cannot be changed or archived." }),
    partnerOnly: t.exposeBoolean("partnerOnly", { description: "Only global webhooks (not linked to a program) may subscribe to it." }),
    archived: t.boolean({ select: { archivedAt: true }, resolve: (e) => e.archivedAt !== null }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const EventTypeFilter = builder.inputType("EventTypeFilter", {
  fields: (t) => ({
    search: t.string({ description: "Part of the name or description." }),
    system: t.boolean({ description: "true: only Switchyard's system types; false: only the organization's own." }),
    archived: t.boolean({ description: "Defaults to false: only live types." }),
  }),
});

function eventTypeWhere(ctx: GraphQLContext, filter: typeof EventTypeFilter.$inferInput | null | undefined) {
  const contains = filter?.search ? containsText(filter.search) : undefined;
  return scoped(ctx.scope, {
    AND: [
      contains ? { OR: [{ name: contains }, { description: contains }] } : {},
      filter?.archived ? { archivedAt: { not: null } } : { archivedAt: null },
      filter?.system != null ? { system: filter.system } : {},
    ],
  });
}

filteredConnectionField("eventTypes", {
  type: "EventType",
  filter: EventTypeFilter,
  where: eventTypeWhere,
  orderBy: { id: "asc" },
  model: (ctx) => ctx.runtime.prisma.eventType,
});

const EventTypePayload = recordPayload("EventType", (ctx) => ctx.db.eventType);

builder.mutationField("createEventType", (t) =>
  t.field({
    type: EventTypePayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, ConflictError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("CreateEventTypeInput", {
          fields: (f) => ({
            name: f.string({ required: true }),
            description: f.string(),
            schema: f.field({ type: "JSON", description: "JSON Schema (draft 2020-12); omit to accept any payload." }),
            example: f.field({ type: "JSON", description: "An example payload; checked against the schema." }),
            partnerOnly: f.boolean({ description: "Only global webhooks (not linked to a program) may subscribe to it." }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      createEventType(ctx, {
        name: input.name,
        description: input.description ?? undefined,
        schema: input.schema ?? undefined,
        example: input.example ?? undefined,
        partnerOnly: input.partnerOnly ?? false,
      }),
  }),
);

builder.mutationField("updateEventType", (t) =>
  t.field({
    type: EventTypePayload,
    authScopes: { operator: true },
    description: "Changes the description, schema or example. The name is the contract and cannot change.",
    errors: { types: [ValidationError, NotFoundError, ConflictError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateEventTypeInput", {
          fields: (f) => ({
            id: f.id({ required: true }),
            description: f.string(),
            schema: f.field({ type: "JSON", description: "Null removes the schema." }),
            example: f.field({ type: "JSON" }),
            partnerOnly: f.boolean(),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateEventType(ctx, input.id, {
        description: input.description ?? undefined,
        schema: input.schema,
        example: input.example,
        partnerOnly: input.partnerOnly ?? undefined,
      }),
  }),
);

const ArchiveEventTypeInput = builder.inputType("ArchiveEventTypeInput", {
  fields: (f) => ({ id: f.id({ required: true }), archived: f.boolean({ defaultValue: true, description: "False brings it back." }) }),
});

builder.mutationField("archiveEventType", (t) =>
  t.field({
    type: EventTypePayload,
    authScopes: { operator: true },
    description: "Archived types can no longer be published or subscribed to; their history stays.",
    errors: { types: [NotFoundError, ValidationError], directResult: true },
    args: { input: t.arg({ type: ArchiveEventTypeInput, required: true }) },
    resolve: (_root, { input }, ctx) => setEventTypeArchived(ctx, input.id, input.archived ?? true),
  }),
);
