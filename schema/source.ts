// Sources: incoming webhooks from other systems, verified and turned into events.
import { createSource, deleteSource, rotateSourceKey, updateSource } from "../server/sources/sources.ts";
import { ingestPath } from "../server/sources/ingest-key.ts";
import { ConflictError, NotFoundError, ValidationError } from "../server/errors.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { SourceEventTypeMode as SourceEventTypeModeValues } from "../server/db/generated/enums.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { DeletedPayload } from "./deleted-payload.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { containsText } from "./text-search.ts";

const SourceEventTypeMode = builder.enumType(SourceEventTypeModeValues, {
  name: "SourceEventTypeMode",
  description: "FIXED: every request becomes `eventType`. PAYLOAD_FIELD: `eventTypePrefix` + the text at `eventTypeField` of the payload.",
});

builder.prismaNode("Source", {
  ...scopedNodeOptions(),
  description: "Where another system's webhooks come in: POST to `ingestUrl`, verified with `credential`.",
  fields: (t) => ({
    name: t.exposeString("name"),
    ingestPath: t.string({
      description: "The path to POST to, on the API's address: /ingest/<key>. The key is unguessable; rotateSourceKey replaces it.",
      resolve: (s) => ingestPath(s.ingestKey),
    }),
    ingestUrl: t.string({
      nullable: true,
      description:
        "The full ingest URL when SWITCHYARD_PUBLIC_URL is set (null otherwise: prefix ingestPath with the address senders use).",
      resolve: (s, _args, ctx) => (ctx.runtime.config.publicUrl ? `${ctx.runtime.config.publicUrl}${ingestPath(s.ingestKey)}` : null),
    }),
    credential: t.relation("credential", { description: "The incoming credential that verifies every request." }),
    eventTypeMode: t.expose("eventTypeMode", { type: SourceEventTypeMode }),
    eventType: t.exposeString("eventType", { nullable: true, description: "FIXED: the event type of every request." }),
    eventTypeField: t.exposeString("eventTypeField", {
      nullable: true,
      description: 'PAYLOAD_FIELD: the field naming the type, e.g. "type".',
    }),
    eventTypePrefix: t.exposeString("eventTypePrefix", { description: 'PAYLOAD_FIELD: put before the field\'s text, e.g. "stripe.".' }),
    createEventTypes: t.exposeBoolean("createEventTypes", {
      description: "An event type seen for the first time is created (true) or the request refused (false).",
    }),
    program: t.relation("program", { nullable: true, description: "The program its events belong to; null for global." }),
    enabled: t.exposeBoolean("enabled", { description: "A disabled source refuses every request (403), recording each." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    requests: t.relatedConnection("requests", {
      cursor: "id",
      description: "Requests received, newest first.",
      query: { orderBy: { id: "desc" } },
      totalCount: true,
    }),
  }),
});

const SourceFilter = builder.inputType("SourceFilter", {
  fields: (t) => ({ search: t.string({ description: "Part of the name, case-insensitive." }), enabled: t.boolean() }),
});

function sourceWhere(ctx: GraphQLContext, filter: typeof SourceFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [filter?.search ? { name: containsText(filter.search) } : {}, filter?.enabled != null ? { enabled: filter.enabled } : {}],
  });
}

filteredConnectionField("sources", {
  type: "Source",
  description: "The organization's sources, newest first.",
  filter: SourceFilter,
  where: sourceWhere,
  orderBy: { id: "desc" },
  model: (ctx) => ctx.runtime.prisma.source,
});

const SourcePayload = recordPayload("Source", (ctx) => ctx.db.source);

const sourceSettings = {
  eventTypeMode: SourceEventTypeMode,
} as const;

builder.mutationField("createSource", (t) =>
  t.field({
    type: SourcePayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, ConflictError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("CreateSourceInput", {
          fields: (f) => ({
            name: f.string({ required: true }),
            credentialId: f.id({ required: true, description: "An incoming credential of this organization." }),
            eventTypeMode: f.field({ type: sourceSettings.eventTypeMode, defaultValue: "FIXED" }),
            eventType: f.string(),
            eventTypeField: f.string(),
            eventTypePrefix: f.string(),
            createEventTypes: f.boolean({ defaultValue: false }),
            programId: f.id(),
            enabled: f.boolean({ defaultValue: true }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      createSource(ctx, {
        name: input.name,
        credentialId: input.credentialId,
        eventTypeMode: input.eventTypeMode ?? undefined,
        eventType: input.eventType,
        eventTypeField: input.eventTypeField,
        eventTypePrefix: input.eventTypePrefix ?? undefined,
        createEventTypes: input.createEventTypes ?? undefined,
        programId: input.programId,
        enabled: input.enabled ?? undefined,
      }),
  }),
);

builder.mutationField("updateSource", (t) =>
  t.field({
    type: SourcePayload,
    authScopes: { operator: true },
    description: "Changes the given fields; a field left out keeps its value (null clears programId).",
    errors: { types: [ValidationError, ConflictError, NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateSourceInput", {
          fields: (f) => ({
            id: f.id({ required: true }),
            name: f.string(),
            credentialId: f.id(),
            eventTypeMode: f.field({ type: sourceSettings.eventTypeMode }),
            eventType: f.string(),
            eventTypeField: f.string(),
            eventTypePrefix: f.string(),
            createEventTypes: f.boolean(),
            programId: f.id(),
            enabled: f.boolean(),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateSource(ctx, input.id, {
        name: input.name ?? undefined,
        credentialId: input.credentialId ?? undefined,
        eventTypeMode: input.eventTypeMode ?? undefined,
        eventType: input.eventType ?? undefined,
        eventTypeField: input.eventTypeField ?? undefined,
        eventTypePrefix: input.eventTypePrefix ?? undefined,
        createEventTypes: input.createEventTypes ?? undefined,
        programId: input.programId,
        enabled: input.enabled ?? undefined,
      }),
  }),
);

const SourceIdInput = (name: string) => builder.inputType(name, { fields: (f) => ({ id: f.id({ required: true }) }) });

builder.mutationField("rotateSourceKey", (t) =>
  t.field({
    type: SourcePayload,
    authScopes: { operator: true },
    description: "Gives the source a new ingest key: the old URL stops working at once.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ required: true, type: SourceIdInput("RotateSourceKeyInput") }) },
    resolve: (_root, { input }, ctx) => rotateSourceKey(ctx, input.id),
  }),
);

builder.mutationField("deleteSource", (t) =>
  t.field({
    type: DeletedPayload,
    authScopes: { operator: true },
    description: "Deletes the source and its request log; the events it led to stay.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ required: true, type: SourceIdInput("DeleteSourceInput") }) },
    resolve: (_root, { input }, ctx) => deleteSource(ctx, input.id),
  }),
);
