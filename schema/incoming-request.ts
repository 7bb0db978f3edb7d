// The request log of sources: every request received at an ingest URL, accepted or not, and why.
import { IncomingOutcome as IncomingOutcomeValues, IncomingRejection as IncomingRejectionValues } from "../server/db/generated/enums.ts";
import DataLoader from "dataloader";
import type { Event } from "../server/db/generated/client.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { BodyEncoding } from "./delivery.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { budgetedValue } from "./response-budget.ts";

/**
 * The events of every request on a page in one query, not one per request:
 * a loader per request context and selection (ids are not a relation Prisma
 * could include).
 */
const eventLoaders = new WeakMap<GraphQLContext, Map<string, DataLoader<string, Event | undefined>>>();
function eventLoader(ctx: GraphQLContext, query: { select?: object; include?: object }) {
  let loaders = eventLoaders.get(ctx);
  if (!loaders) eventLoaders.set(ctx, (loaders = new Map()));
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (!loader) {
    // The id is needed to hand each request its own events, whatever the selection asked for.
    const selection = query.select ? { select: { ...query.select, id: true } } : query;
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = (await ctx.db.event.findMany({ ...selection, where: scoped(ctx.scope, { id: { in: [...ids] } }) })) as Event[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    });
    loaders.set(key, loader);
  }
  return loader;
}

export const IncomingOutcome = builder.enumType(IncomingOutcomeValues, { name: "IncomingOutcome" });
const IncomingRejection = builder.enumType(IncomingRejectionValues, {
  name: "IncomingRejection",
  description:
    "Why a request was refused. The sender only sees the status: 401 (MISSING_SIGNATURE, BAD_SIGNATURE, STALE_TIMESTAMP), 403 (SOURCE_DISABLED), 413 (TOO_LARGE), 415 (UNSUPPORTED_MEDIA_TYPE), 400 (INVALID_JSON), 422 (EVENT_REFUSED), 429 (RATE_LIMITED). Refusals before the credential checked out are recorded at most 20 a minute per source, the rest counted in the next one's detail; a verified sender's rate limit is recorded once per window.",
});

builder.prismaNode("IncomingRequest", {
  ...scopedNodeOptions(),
  // Only the columns its fields ask for: a stored payload or body is read once counted (response-budget.ts).
  select: { id: true },
  description: "One request received at a source's ingest URL.",
  fields: (t) => ({
    source: t.relation("source"),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    outcome: t.expose("outcome", { type: IncomingOutcome }),
    rejection: t.expose("rejection", { type: IncomingRejection, nullable: true }),
    detail: t.exposeString("detail", { nullable: true, description: "What exactly was wrong; never sent to the sender." }),
    responseStatus: t.exposeInt("responseStatus"),
    headers: t.field({
      type: "JSONObject",
      description: "Request headers; Authorization and cookies redacted.",
      select: { headers: true },
      resolve: (r) => r.headers as object,
    }),
    body: t.string({
      nullable: true,
      select: { id: true },
      description: "At most 64 KiB of it (1 KiB for a request that did not verify), written as bodyEncoding says; null when not read.",
      resolve: async (r, _args, ctx, info) => (await budgetedValue(ctx, info, "IncomingRequest", "body", r.id)) as string | null,
    }),
    bodyEncoding: t.expose("bodyEncoding", { type: BodyEncoding }),
    bodyTruncated: t.exposeBoolean("bodyTruncated"),
    bodyBytes: t.exposeInt("bodyBytes", { description: "The size the body had (or announced, when it was not read)." }),
    duplicate: t.exposeBoolean("duplicate", {
      description: "Accepted, but every event it carried had been received before (same provider event id).",
    }),
    events: t.prismaField({
      type: ["Event"],
      description: "The events it became (several for a batch), with their deliveries; empty when rejected, or once purged.",
      select: { eventIds: true },
      resolve: async (query, r, _args, ctx) => {
        if (r.eventIds.length === 0) return [];
        const events = await eventLoader(ctx, query).loadMany([...r.eventIds].sort());
        return events.filter((event): event is Event => event !== undefined && !(event instanceof Error));
      },
    }),
  }),
});

const IncomingRequestFilter = builder.inputType("IncomingRequestFilter", {
  fields: (t) => ({
    sourceId: t.id(),
    outcome: t.field({ type: IncomingOutcome }),
    rejection: t.field({ type: IncomingRejection }),
  }),
});

function incomingWhere(ctx: GraphQLContext, filter: typeof IncomingRequestFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [
      filter?.sourceId ? { sourceId: filter.sourceId } : {},
      filter?.outcome ? { outcome: filter.outcome } : {},
      filter?.rejection ? { rejection: filter.rejection } : {},
    ],
  });
}

filteredConnectionField("incomingRequests", {
  type: "IncomingRequest",
  description: "Requests received at the organization's ingest URLs, newest first.",
  filter: IncomingRequestFilter,
  where: incomingWhere,
  orderBy: { id: "desc" },
  model: (ctx) => ctx.runtime.prisma.incomingRequest,
});
