// The live feed (GraphQL subscriptions over WebSocket and SSE): attempts as
// they are recorded, deliveries as their state changes. Each subscriber holds
// a bounded buffer and a share of the process's live-feed budget
// (server/live/live-budget.ts); an item says how many were dropped before it.
import { GraphQLError } from "graphql";
import type { FeedGap, FeedItem } from "../server/live/bounded-subscription.ts";
import { LiveFeedLimitError, type ItemBudget } from "../server/live/live-budget.ts";
import {
  attemptTopic,
  deliveryTopic,
  incomingTopic,
  revokedTopic,
  type AttemptRecorded,
  type DeliveryChanged,
  type IncomingRecorded,
} from "../server/live/live-events.ts";
import { ValidationError } from "../server/errors.ts";
import { MAX_RECENT_ATTEMPTS, recentAttempts } from "../server/live/recent-attempts.ts";
import { ReplayedSubscription } from "../server/live/replayed-subscription.ts";
import { shownAttemptRow, shownDeliveryRow } from "../server/live/attempt-shown.ts";
import { selectionCovered, type Shape } from "./selection-covered.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { AttemptOutcome, DeliveryStatus } from "./delivery.ts";
import { IncomingOutcome } from "./incoming-request.ts";

/** Unread items a subscriber may have before the oldest are dropped. */
export const FEED_BUFFER_SIZE = 1000;

const LiveFilter = builder.inputType("LiveFeedFilter", {
  fields: (t) => ({
    destinationId: t.id(),
    webhookId: t.id(),
    eventType: t.string(),
    outcome: t.field({ type: AttemptOutcome, description: "Attempts only: SUCCEEDED or FAILED." }),
    status: t.field({ type: [DeliveryStatus], description: "Delivery changes only: these states." }),
  }),
});

type Filter = typeof LiveFilter.$inferInput | null | undefined;

function matches(filter: Filter, item: { destinationId: string; webhookId: string | null; eventType: string }): boolean {
  return (
    (!filter?.destinationId || item.destinationId === filter.destinationId) &&
    (!filter?.webhookId || item.webhookId === filter.webhookId) &&
    (!filter?.eventType || item.eventType === filter.eventType)
  );
}

/**
 * An item reaches every subscriber of its organization at once; those that
 * ask for the same fields share one load (a hundred dashboards watching: one
 * query per attempt, not a hundred). Only loads in flight are shared.
 */
const loading = new Map<string, Promise<unknown>>();
function loadOnce<T>(id: string, query: object, load: () => Promise<T>): Promise<T> {
  const key = `${id} ${JSON.stringify(query)}`;
  let pending = loading.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load().finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

function feed<T>(ctx: GraphQLContext, topic: string, filter: (item: T) => boolean) {
  let budget: ItemBudget;
  try {
    budget = ctx.runtime.liveBudget.open(ctx.scope.organizationId);
  } catch (error) {
    if (!(error instanceof LiveFeedLimitError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: "TOO_MANY_SUBSCRIPTIONS", scope: error.scope, limit: error.limit } });
  }
  return ctx.runtime.live.subscribe<T>(topic, { bufferSize: FEED_BUFFER_SIZE, until: revokedTopic(ctx.principal.tokenId), filter, budget });
}

const LiveFeedGap = builder.objectRef<FeedGap>("LiveFeedGap").implement({
  description:
    "A time when the live feed was cut off (the server lost its connection to Redis): items of that time may be missing. Reload history for it.",
  fields: (t) => ({
    from: t.field({ type: "DateTime", resolve: (gap) => gap.from }),
    until: t.field({ type: "DateTime", resolve: (gap) => gap.until }),
  }),
});

const missedBetweenDescription =
  "Set on the first item after the live feed was cut off: items published in this time may be missing before this one.";

/** The GraphQL fields an item's `shown` answers (server/live/attempt-shown.ts has the columns they read). */
const DELIVERY_SHOWN = {
  id: true,
  eventType: true,
  status: true,
  attemptCount: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  completedAt: true,
  createdAt: true,
} as const satisfies Shape;

const ATTEMPT_SHOWN: Shape = {
  id: true,
  number: true,
  trigger: true,
  succeeded: true,
  sentAt: true,
  durationMs: true,
  url: true,
  responseStatus: true,
  omittedHeaderCount: true,
  responseBodyEncoding: true,
  responseBodyTruncated: true,
  errorCode: true,
  errorMessage: true,
  delivery: { ...DELIVERY_SHOWN, destination: { id: true, name: true } },
};

const AttemptFeedItem = builder.objectRef<FeedItem<AttemptRecorded>>("AttemptFeedItem").implement({
  fields: (t) => ({
    attempt: t.prismaField({
      type: "Attempt",
      // The item carries what dashboards ask for; anything more (headers, bodies, the event) is read.
      // A shown row lacks those columns, which a covered selection never reads (hence the cast).
      resolve: (query, item, _args, ctx, info) =>
        selectionCovered(ATTEMPT_SHOWN, query, info)
          ? (shownAttemptRow(item.value.shown) as never)
          : loadOnce(item.value.attemptId, query, () =>
              ctx.db.attempt.findUniqueOrThrow({ ...query, where: { id: item.value.attemptId } }),
            ),
    }),
    recordedAt: t.field({ type: "DateTime", resolve: (item) => new Date(item.value.recordedAt) }),
    missedBefore: t.exposeInt("missedBefore", {
      description: "Items this subscriber missed just before this one, because it read too slowly (0 normally).",
    }),
    missedBetween: t.field({
      type: LiveFeedGap,
      nullable: true,
      description: missedBetweenDescription,
      resolve: (item) => item.missedBetween,
    }),
  }),
});

const DeliveryFeedItem = builder.objectRef<FeedItem<DeliveryChanged>>("DeliveryFeedItem").implement({
  fields: (t) => ({
    delivery: t.prismaField({
      type: "Delivery",
      // As for attempts: the item carries the delivery's own fields; its relations are read.
      resolve: (query, item, _args, ctx, info) =>
        selectionCovered(DELIVERY_SHOWN, query, info)
          ? (shownDeliveryRow(item.value.shown) as never)
          : loadOnce(`${item.value.deliveryId} ${item.value.changedAt} ${item.value.status}`, query, () =>
              ctx.db.delivery.findUniqueOrThrow({ ...query, where: { id: item.value.deliveryId } }),
            ),
    }),
    status: t.field({ type: DeliveryStatus, resolve: (item) => item.value.status as never, description: "The state it changed to." }),
    changedAt: t.field({ type: "DateTime", resolve: (item) => new Date(item.value.changedAt) }),
    missedBefore: t.exposeInt("missedBefore"),
    missedBetween: t.field({
      type: LiveFeedGap,
      nullable: true,
      description: missedBetweenDescription,
      resolve: (item) => item.missedBetween,
    }),
  }),
});

const IncomingRequestFeedItem = builder.objectRef<FeedItem<IncomingRecorded>>("IncomingRequestFeedItem").implement({
  fields: (t) => ({
    request: t.prismaField({
      type: "IncomingRequest",
      resolve: (query, item, _args, ctx) =>
        loadOnce(item.value.requestId, query, () =>
          ctx.db.incomingRequest.findUniqueOrThrow({ ...query, where: { id: item.value.requestId } }),
        ),
    }),
    receivedAt: t.field({ type: "DateTime", resolve: (item) => new Date(item.value.receivedAt) }),
    missedBefore: t.exposeInt("missedBefore"),
    missedBetween: t.field({
      type: LiveFeedGap,
      nullable: true,
      description: missedBetweenDescription,
      resolve: (item) => item.missedBetween,
    }),
  }),
});

const IncomingFeedFilter = builder.inputType("IncomingRequestFeedFilter", {
  fields: (t) => ({ sourceId: t.id(), outcome: t.field({ type: IncomingOutcome }) }),
});

builder.subscriptionType({});

builder.subscriptionField("incomingRequests", (t) =>
  t.field({
    type: IncomingRequestFeedItem,
    authScopes: { viewer: true },
    description: "Each request received at the organization's ingest URLs, accepted or refused, as it is recorded.",
    args: { filter: t.arg({ type: IncomingFeedFilter }) },
    subscribe: (_root, { filter }, ctx) =>
      feed<IncomingRecorded>(
        ctx,
        incomingTopic(ctx.scope.organizationId),
        (item) => (!filter?.sourceId || item.sourceId === filter.sourceId) && (!filter?.outcome || item.outcome === filter.outcome),
      ),
    resolve: (item) => item,
  }),
);

builder.subscriptionField("deliveryAttempts", (t) =>
  t.field({
    type: AttemptFeedItem,
    authScopes: { viewer: true },
    description: "Each delivery attempt, as it is recorded; with `recent`, the latest ones recorded before first.",
    args: {
      filter: t.arg({ type: LiveFilter }),
      recent: t.arg.int({
        description: `First the latest this many attempts matching the filter (oldest of them first; at most ${MAX_RECENT_ATTEMPTS}), then every new one, with no gap and no repeat between the two.`,
      }),
    },
    subscribe: async (_root, { filter, recent }, ctx) => {
      if (recent != null && (recent < 0 || recent > MAX_RECENT_ATTEMPTS)) {
        throw ValidationError.field(["recent"], `From 0 to ${MAX_RECENT_ATTEMPTS}.`);
      }
      const succeeded = filter?.outcome ? filter.outcome === "SUCCEEDED" : null;
      const live = feed<AttemptRecorded>(
        ctx,
        attemptTopic(ctx.scope.organizationId),
        (item) => matches(filter, item) && (succeeded === null || item.succeeded === succeeded),
      );
      if (!recent) return live;
      // Subscribed, and in effect (with Redis: SUBSCRIBE processed), before history is read: nothing falls between.
      await ctx.runtime.live.settled().catch(async (error: unknown) => {
        await live.return();
        throw error;
      });
      return new ReplayedSubscription(
        live,
        () => recentAttempts(ctx, { ...filter, succeeded }, recent),
        (item) => item.attemptId,
      );
    },
    resolve: (item) => item,
  }),
);

builder.subscriptionField("deliveryUpdated", (t) =>
  t.field({
    type: DeliveryFeedItem,
    authScopes: { viewer: true },
    description: "Each change of a delivery's state: scheduled, sending, succeeded, failed, cancelled (re-sends included).",
    args: { filter: t.arg({ type: LiveFilter }) },
    subscribe: (_root, { filter }, ctx) =>
      feed<DeliveryChanged>(
        ctx,
        deliveryTopic(ctx.scope.organizationId),
        (item) => matches(filter, item) && (!filter?.status?.length || filter.status.includes(item.status as never)),
      ),
    resolve: (item) => item,
  }),
);
