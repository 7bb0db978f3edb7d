// Destinations: where events go, and how to authenticate there.
import {
  closeDestinationCircuit,
  createDestination,
  deleteDestination,
  setDestinationState,
  updateDestination,
} from "../server/destinations/destinations.ts";
import { ConflictError, DestinationInUseError, NotFoundError, ValidationError } from "../server/errors.ts";
import { DestinationState as DestinationStateValues } from "../server/db/generated/enums.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { destinationStats, type StatsBucket as StatsBucketShape } from "../server/delivery/destination-stats.ts";
import { circuitState } from "../server/delivery/destination-health.ts";
import { circuitCooldownMs } from "../server/delivery/delivery-policy.ts";
import type { Destination } from "../server/db/generated/client.ts";
import {
  DEFAULT_GRACE_HOURS,
  MAX_GRACE_HOURS,
  endCredentialGrace,
  inGrace,
  rotateDestinationCredential,
} from "../server/destinations/credential-rotation.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { DeletedPayload } from "./deleted-payload.ts";
import { ErrorInterface } from "./errors.ts";
import { sortedConnectionField } from "./sorted-connection-field.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { containsText } from "./text-search.ts";

const DestinationState = builder.enumType(DestinationStateValues, {
  name: "DestinationState",
  description: "ACTIVE receives deliveries; PAUSED holds them until resumed; DISABLED was switched off by Switchyard (see disabledReason).",
});

const StatsBucket = builder.objectRef<StatsBucketShape>("DestinationStatsBucket").implement({
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime" }),
    attempts: t.exposeInt("attempts"),
    succeeded: t.exposeInt("succeeded"),
    successRate: t.float({ resolve: (b) => (b.attempts === 0 ? 0 : b.succeeded / b.attempts), description: "0 to 1." }),
    p50DurationMs: t.exposeInt("p50DurationMs", { nullable: true }),
    p95DurationMs: t.exposeInt("p95DurationMs", { nullable: true }),
  }),
});

const HttpHeader = builder.objectRef<{ name: string; value: string }>("HttpHeader").implement({
  fields: (t) => ({ name: t.exposeString("name"), value: t.exposeString("value") }),
});

const HttpHeaderInput = builder.inputType("HttpHeaderInput", {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

const CircuitState = builder.enumType("CircuitState", {
  description:
    "CLOSED: deliveries flow. OPEN: after repeated failures nothing is sent until nextProbeAt. HALF_OPEN: the cooldown is over; one probe request decides (success closes, failure reopens for twice as long).",
  values: ["CLOSED", "OPEN", "HALF_OPEN"] as const,
});

const DestinationCircuit = builder.objectRef<{ destination: Destination; now: Date }>("DestinationCircuit").implement({
  description: "The destination's circuit breaker.",
  fields: (t) => ({
    state: t.field({ type: CircuitState, resolve: ({ destination, now }) => circuitState(destination, now) }),
    openedAt: t.field({ type: "DateTime", nullable: true, resolve: ({ destination }) => destination.circuitOpenedAt }),
    cooldownSeconds: t.int({
      nullable: true,
      description: "How long it stays open this time: 60 s, doubled by each failed probe, at most 30 minutes.",
      resolve: ({ destination }) => (destination.circuitOpenUntil ? circuitCooldownMs(destination.circuitOpenings) / 1000 : null),
    }),
    nextProbeAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the probe request may go out; null while closed or while a probe is in flight.",
      resolve: ({ destination }) => (destination.circuitProbeAt ? null : destination.circuitOpenUntil),
    }),
    probeSentAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the probe in flight was sent.",
      resolve: ({ destination }) => destination.circuitProbeAt,
    }),
  }),
});

export const DestinationNode = builder.prismaNode("Destination", {
  ...scopedNodeOptions(),
  fields: (t) => ({
    name: t.exposeString("name"),
    code: t.exposeString("code", { description: "Unique in the organization; derived from the name unless given." }),
    url: t.exposeString("url"),
    description: t.exposeString("description"),
    credential: t.relation("credential", {
      nullable: true,
      description: "How Switchyard authenticates; none means only the default headers.",
    }),
    previousCredential: t.relation("previousCredential", {
      nullable: true,
      description: "After a rotation: the credential whose signature requests also carry until graceEndsAt.",
    }),
    graceEndsAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the rotation's grace period ends; null when none is under way.",
      resolve: (d, _args, ctx) => (inGrace(d, ctx.clock.now()) ? d.previousCredentialUntil : null),
    }),
    headers: t.field({ type: [HttpHeader], resolve: (d) => d.headers as { name: string; value: string }[] }),
    timeoutMs: t.exposeInt("timeoutMs"),
    rateLimitPerSecond: t.exposeInt("rateLimitPerSecond", {
      nullable: true,
      description: "At most this many requests a second; none means no limit.",
    }),
    state: t.expose("state", { type: DestinationState }),
    disabledReason: t.exposeString("disabledReason", { nullable: true }),
    disabledAt: t.expose("disabledAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    lastSuccessAt: t.expose("lastSuccessAt", { type: "DateTime", nullable: true }),
    consecutiveFailures: t.exposeInt("consecutiveFailures"),
    circuitOpenUntil: t.expose("circuitOpenUntil", {
      type: "DateTime",
      nullable: true,
      description: "While set and in the future, nothing is sent to it.",
    }),
    circuit: t.field({ type: DestinationCircuit, resolve: (destination, _args, ctx) => ({ destination, now: ctx.runtime.clock.now() }) }),
    stats: t.field({
      type: [StatsBucket],
      description: "Attempts, successes and latency per time bucket, oldest first; empty buckets are left out.",
      args: {
        since: t.arg({ type: "DateTime", required: true }),
        until: t.arg({ type: "DateTime", description: "Defaults to now." }),
        bucketMinutes: t.arg.int({ defaultValue: 60 }),
      },
      resolve: (destination, args, ctx) =>
        destinationStats(ctx, destination.id, {
          since: args.since,
          until: args.until ?? ctx.runtime.clock.now(),
          bucketMinutes: args.bucketMinutes ?? 60,
        }),
    }),
  }),
});

const DestinationFilter = builder.inputType("DestinationFilter", {
  fields: (t) => ({
    search: t.string({ description: "Part of the name, code or URL, case-insensitive." }),
    state: t.field({ type: DestinationState }),
    credentialId: t.id(),
  }),
});

function destinationWhere(ctx: GraphQLContext, filter: typeof DestinationFilter.$inferInput | null | undefined) {
  const contains = filter?.search ? containsText(filter.search) : undefined;
  return scoped(ctx.scope, {
    AND: [
      contains ? { OR: [{ name: contains }, { code: contains }, { url: contains }] } : {},
      filter?.state ? { state: filter.state } : {},
      filter?.credentialId ? { credentialId: filter.credentialId } : {},
    ],
  });
}

sortedConnectionField("destinations", {
  node: DestinationNode,
  description: "The organization's destinations; by name unless ordered otherwise.",
  filter: DestinationFilter,
  where: destinationWhere,
  orderFields: { NAME: "name", CODE: "code", CREATED_AT: "createdAt" },
  defaultSort: { field: "name", direction: "asc" },
  model: (ctx) => ctx.runtime.prisma.destination,
});

builder.queryField("destination", (t) =>
  t.prismaField({
    type: "Destination",
    nullable: true,
    authScopes: { viewer: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.runtime.prisma.destination.findFirst({ ...query, where: scoped(ctx.scope, { id }) }),
  }),
);

const DestinationPayload = recordPayload("Destination", (ctx) => ctx.db.destination);

const CreateDestinationInput = builder.inputType("CreateDestinationInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    code: t.string({ description: "Derived from the name when omitted." }),
    url: t.string({ required: true, description: "Absolute https URL that accepts POST." }),
    description: t.string(),
    credentialId: t.id({ description: "An OUTGOING credential; omit for none." }),
    headers: t.field({ type: [HttpHeaderInput] }),
    timeoutMs: t.int({ description: "1000 to 30000; default 15000." }),
    rateLimitPerSecond: t.int({ description: "1 to 1000 requests a second; omit for no limit." }),
  }),
});

builder.mutationField("createDestination", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, ConflictError], directResult: true },
    args: { input: t.arg({ type: CreateDestinationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createDestination(ctx, {
        name: input.name,
        code: input.code ?? undefined,
        url: input.url,
        description: input.description ?? undefined,
        credentialId: input.credentialId ?? null,
        headers: input.headers ?? undefined,
        timeoutMs: input.timeoutMs ?? undefined,
        rateLimitPerSecond: input.rateLimitPerSecond ?? null,
      }),
  }),
);

const UpdateDestinationInput = builder.inputType("UpdateDestinationInput", {
  description: "Fields left out are unchanged; credentialId and rateLimitPerSecond can be set to null.",
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    code: t.string(),
    url: t.string(),
    description: t.string(),
    credentialId: t.id(),
    headers: t.field({ type: [HttpHeaderInput], description: "Replaces all custom headers." }),
    timeoutMs: t.int(),
    rateLimitPerSecond: t.int(),
  }),
});

builder.mutationField("updateDestination", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, ConflictError, NotFoundError], directResult: true },
    args: { input: t.arg({ type: UpdateDestinationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateDestination(ctx, input.id, {
        name: input.name ?? undefined,
        code: input.code ?? undefined,
        url: input.url ?? undefined,
        description: input.description ?? undefined,
        credentialId: input.credentialId,
        headers: input.headers ?? undefined,
        timeoutMs: input.timeoutMs ?? undefined,
        rateLimitPerSecond: input.rateLimitPerSecond,
      }),
  }),
);

const DestinationIdInput = builder.inputType("DestinationIdInput", { fields: (t) => ({ id: t.id({ required: true }) }) });

builder.mutationField("pauseDestination", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    description: "Holds deliveries to the destination until it is resumed.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ type: DestinationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => setDestinationState(ctx, input.id, "PAUSED"),
  }),
);

builder.mutationField("resumeDestination", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    description: "Resumes a paused destination, or re-enables one Switchyard disabled.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ type: DestinationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => setDestinationState(ctx, input.id, "ACTIVE"),
  }),
);

builder.mutationField("closeDestinationCircuit", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    description: "Closes the destination's circuit breaker by hand: deliveries to it are claimed again at once.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ type: DestinationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => closeDestinationCircuit(ctx, input.id),
  }),
);

const RotateDestinationCredentialInput = builder.inputType("RotateDestinationCredentialInput", {
  fields: (t) => ({
    destinationId: t.id({ required: true }),
    credentialId: t.id({ required: true, description: "The new OUTGOING credential." }),
    graceHours: t.int({
      description: `How long requests carry the previous credential's signature too: 0 to ${MAX_GRACE_HOURS} hours, ${DEFAULT_GRACE_HOURS} by default.`,
    }),
  }),
});

builder.mutationField("rotateDestinationCredential", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    description:
      "Switches the destination to a new credential at once; during the grace period requests carry the previous credential's signature too, and it cannot be deleted.",
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: { input: t.arg({ type: RotateDestinationCredentialInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      rotateDestinationCredential(ctx, {
        destinationId: input.destinationId,
        credentialId: input.credentialId,
        graceHours: input.graceHours ?? undefined,
      }),
  }),
);

builder.mutationField("endDestinationCredentialGrace", (t) =>
  t.field({
    type: DestinationPayload,
    authScopes: { operator: true },
    description: "Ends a rotation's grace period now: only the current credential signs from the next request on.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ type: DestinationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => endCredentialGrace(ctx, input.id),
  }),
);

builder.objectType(DestinationInUseError, {
  name: "DestinationInUseError",
  description: "The destination is still used; what uses it is listed.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DestinationInUseError,
  fields: (t) => ({
    webhooks: t.prismaField({
      type: ["Webhook"],
      resolve: (query, error, _args, ctx) =>
        ctx.runtime.prisma.webhook.findMany({
          ...query,
          where: scoped(ctx.scope, { id: { in: error.webhooks.map((w) => w.id) } }),
          orderBy: { name: "asc" },
        }),
    }),
    notificationRules: t.prismaField({
      type: ["NotificationRule"],
      resolve: (query, error, _args, ctx) =>
        ctx.runtime.prisma.notificationRule.findMany({
          ...query,
          where: scoped(ctx.scope, { id: { in: error.notificationRules.map((r) => r.id) } }),
          orderBy: { name: "asc" },
        }),
    }),
  }),
});

builder.mutationField("deleteDestination", (t) =>
  t.field({
    type: DeletedPayload,
    authScopes: { operator: true },
    description: "Deletes the destination and its delivery history. Refused while webhooks or rules use it.",
    errors: { types: [NotFoundError, DestinationInUseError], directResult: true },
    args: { input: t.arg({ type: DestinationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteDestination(ctx, input.id),
  }),
);
