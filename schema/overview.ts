// The overview: how delivery went over the last hour and day, what is waiting
// now, and the destinations that need attention. Every part reads from
// indexes or the per-minute counts, so it costs the same with millions of attempts.
import { attentionReasons, needingAttention } from "../server/overview/attention.ts";
import { backlog, COUNT_LIMIT } from "../server/overview/backlog.ts";
import { throughput, type Throughput, type ThroughputBucket } from "../server/overview/throughput.ts";
import { builder } from "./builder.ts";
import { DestinationNode } from "./destination.ts";

interface OverviewShape {
  /** One "now" for every part of the answer. */
  now: Date;
}

const percentilesNote = "Read from 20 %-wide latency buckets: within 10 % of the exact figure.";

const OverviewBucket = builder.objectRef<ThroughputBucket>("OverviewBucket").implement({
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime" }),
    attempts: t.exposeInt("attempts", { description: "Attempts sent in this bucket (one per delivery, batched or not)." }),
    succeeded: t.exposeInt("succeeded"),
    p50DurationMs: t.exposeInt("p50DurationMs", { nullable: true, description: percentilesNote }),
    p95DurationMs: t.exposeInt("p95DurationMs", { nullable: true, description: percentilesNote }),
  }),
});

const OverviewWindow = builder.objectRef<Throughput>("OverviewWindow").implement({
  description: "Attempts over a window, in total and per bucket.",
  fields: (t) => ({
    since: t.expose("since", { type: "DateTime", description: "The first bucket's start." }),
    until: t.expose("until", { type: "DateTime" }),
    bucketMinutes: t.exposeInt("bucketMinutes"),
    attempts: t.exposeInt("attempts"),
    succeeded: t.exposeInt("succeeded"),
    successRate: t.float({
      nullable: true,
      description: "Succeeded / attempts, 0 to 1; null when nothing was sent.",
      resolve: (w) => (w.attempts === 0 ? null : w.succeeded / w.attempts),
    }),
    attemptsPerMinute: t.float({
      description: "Attempts per minute, on average over the window.",
      resolve: (w) => w.attempts / ((w.until.getTime() - w.since.getTime()) / 60_000),
    }),
    p50DurationMs: t.exposeInt("p50DurationMs", { nullable: true, description: percentilesNote }),
    p95DurationMs: t.exposeInt("p95DurationMs", { nullable: true, description: percentilesNote }),
    buckets: t.expose("buckets", {
      type: [OverviewBucket],
      description: "Oldest first, empty buckets included; the last is still filling.",
    }),
  }),
});

const OverviewBacklog = builder.objectRef<OverviewShape>("OverviewBacklog").implement({
  description: `Deliveries waiting now. Each count stops at ${COUNT_LIMIT.toLocaleString("en")} (countLimit).`,
  fields: (t) => ({
    dueNow: t.int({
      description: "Due now, to destinations that may be sent to.",
      resolve: (o, _a, ctx) => loadBacklog(o, ctx).then((b) => b.dueNow),
    }),
    heldBack: t.int({
      description: "Due, but their destination is paused, disabled or has its circuit open.",
      resolve: (o, _a, ctx) => loadBacklog(o, ctx).then((b) => b.heldBack),
    }),
    scheduled: t.int({
      description: "Waiting for a retry's delay.",
      resolve: (o, _a, ctx) => loadBacklog(o, ctx).then((b) => b.scheduled),
    }),
    sending: t.int({ description: "Requests in flight.", resolve: (o, _a, ctx) => loadBacklog(o, ctx).then((b) => b.sending) }),
    countLimit: t.int({ resolve: () => COUNT_LIMIT }),
    oldestDueAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the oldest delivery due now was due.",
      resolve: (o, _a, ctx) => loadBacklog(o, ctx).then((b) => b.oldestDueAt),
    }),
    lagSeconds: t.float({
      description: "How late the oldest due delivery is; 0 when nothing is due.",
      resolve: (o, _a, ctx) =>
        loadBacklog(o, ctx).then((b) => (b.oldestDueAt ? Math.max(0, (o.now.getTime() - b.oldestDueAt.getTime()) / 1000) : 0)),
    }),
  }),
});

// The backlog's fields share one query per overview.
const backlogs = new WeakMap<OverviewShape, ReturnType<typeof backlog>>();
function loadBacklog(overview: OverviewShape, ctx: Parameters<typeof backlog>[0]) {
  let pending = backlogs.get(overview);
  if (!pending) backlogs.set(overview, (pending = backlog(ctx, overview.now)));
  return pending;
}

const AttentionReason = builder.enumType("AttentionReason", {
  values: {
    DISABLED: { description: "Disabled (410 Gone, or failing for days): nothing is sent until it is enabled again." },
    CIRCUIT_OPEN: { description: "Cooling down after consecutive failures: nothing is sent until the probe." },
    FAILING: { description: "Its latest attempts failed." },
    PAUSED: { description: "Paused by someone: deliveries wait." },
  } as const,
});

builder.objectField(DestinationNode, "attentionReasons", (t) =>
  t.field({
    type: [AttentionReason],
    description: "Why it needs attention, worst first; empty when it does not.",
    resolve: (destination, _args, ctx) => attentionReasons(destination, ctx.runtime.clock.now()),
  }),
);

const Overview = builder.objectRef<OverviewShape>("Overview").implement({
  fields: (t) => ({
    generatedAt: t.field({ type: "DateTime", resolve: (o) => o.now }),
    lastHour: t.field({
      type: OverviewWindow,
      description: "The last hour in 1-minute buckets.",
      resolve: (o, _args, ctx) => throughput(ctx, o.now, { bucketMinutes: 1, buckets: 60 }),
    }),
    lastDay: t.field({
      type: OverviewWindow,
      description: "The last day in 15-minute buckets.",
      resolve: (o, _args, ctx) => throughput(ctx, o.now, { bucketMinutes: 15, buckets: 96 }),
    }),
    backlog: t.field({ type: OverviewBacklog, resolve: (o) => o }),
    destinationsNeedingAttention: t.prismaConnection(
      {
        type: "Destination",
        cursor: "id",
        description: "Disabled, circuit open, failing or paused: disabled first, then paused, then by most consecutive failures.",
        resolve: (query, o, _args, ctx) =>
          ctx.db.destination.findMany({
            ...query,
            where: needingAttention(o.now),
            orderBy: [{ state: "desc" }, { consecutiveFailures: "desc" }, { id: "asc" }],
          }),
        totalCount: (o, _args, ctx) => ctx.db.destination.count({ where: needingAttention(o.now) }),
      },
      { name: "DestinationsNeedingAttentionConnection" },
      { name: "DestinationsNeedingAttentionEdge" },
    ),
  }),
});

builder.queryField("overview", (t) =>
  t.field({
    type: Overview,
    authScopes: { viewer: true },
    description: "Delivery at a glance, for the organization the request acts in.",
    resolve: (_root, _args, ctx) => ({ now: ctx.runtime.clock.now() }),
  }),
);
