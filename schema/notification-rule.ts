// Notification rules: on an event type, with an optional
// CEL condition, send to destinations.
import { createRule, deleteRule, updateRule } from "../server/rules/notification-rules.ts";
import { NotFoundError, ValidationError } from "../server/errors.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { DeletedPayload } from "./deleted-payload.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { containsText } from "./text-search.ts";

const RuleEvaluationError = builder.objectRef<{ message: string; at: Date }>("RuleEvaluationError").implement({
  fields: (t) => ({
    message: t.exposeString("message"),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

builder.prismaNode("NotificationRule", {
  ...scopedNodeOptions(),
  fields: (t) => ({
    name: t.exposeString("name"),
    eventType: t.exposeString("eventType"),
    condition: t.exposeString("condition", {
      nullable: true,
      description:
        'A CEL expression over the event (data = its payload), e.g. data.amount > 1000 && data.currency == "USD". Null matches every event.',
    }),
    enabled: t.exposeBoolean("enabled"),
    lastEvaluationError: t.field({
      type: RuleEvaluationError,
      nullable: true,
      description:
        "Why the condition last failed to decide an event (it ran out of its step budget, or cannot be compiled any more) and counted as not matching; null since the condition was set.",
      select: { lastEvaluationError: true, lastEvaluationErrorAt: true },
      resolve: (rule) =>
        rule.lastEvaluationError && rule.lastEvaluationErrorAt
          ? { message: rule.lastEvaluationError, at: rule.lastEvaluationErrorAt }
          : null,
    }),
    destinations: t.prismaField({
      type: ["Destination"],
      select: { destinations: { select: { destinationId: true } } },
      resolve: (query, rule, _args, ctx) =>
        ctx.runtime.prisma.destination.findMany({
          ...query,
          where: { id: { in: rule.destinations.map((d) => d.destinationId) } },
          orderBy: { name: "asc" },
        }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const RuleFilter = builder.inputType("NotificationRuleFilter", {
  fields: (t) => ({ eventType: t.string(), destinationId: t.id(), search: t.string({ description: "Part of the name." }) }),
});

function ruleWhere(ctx: GraphQLContext, filter: typeof RuleFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [
      filter?.eventType ? { eventType: filter.eventType } : {},
      filter?.destinationId ? { destinations: { some: { destinationId: filter.destinationId } } } : {},
      filter?.search ? { name: containsText(filter.search) } : {},
    ],
  });
}

filteredConnectionField("notificationRules", {
  type: "NotificationRule",
  filter: RuleFilter,
  where: ruleWhere,
  orderBy: { id: "asc" },
  model: (ctx) => ctx.runtime.prisma.notificationRule,
});

const RulePayload = recordPayload("NotificationRule", (ctx) => ctx.db.notificationRule);

builder.mutationField("createNotificationRule", (t) =>
  t.field({
    type: RulePayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("CreateNotificationRuleInput", {
          fields: (f) => ({
            name: f.string({ required: true }),
            eventType: f.string({ required: true, description: "A system or custom event type, e.g. delivery.exhausted." }),
            condition: f.string({ description: "A CEL expression over the event; omit to match every event of the type." }),
            destinationIds: f.idList({ required: true }),
            enabled: f.boolean({ defaultValue: true }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      createRule(ctx, {
        name: input.name,
        eventType: input.eventType,
        condition: input.condition,
        destinationIds: input.destinationIds,
        enabled: input.enabled ?? true,
      }),
  }),
);

builder.mutationField("updateNotificationRule", (t) =>
  t.field({
    type: RulePayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateNotificationRuleInput", {
          fields: (f) => ({
            id: f.id({ required: true }),
            name: f.string(),
            eventType: f.string(),
            condition: f.string({ description: "Null removes the condition." }),
            destinationIds: f.idList({ description: "Replaces the destinations." }),
            enabled: f.boolean(),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateRule(ctx, input.id, {
        name: input.name ?? undefined,
        eventType: input.eventType ?? undefined,
        condition: input.condition,
        destinationIds: input.destinationIds ?? undefined,
        enabled: input.enabled ?? undefined,
      }),
  }),
);

builder.mutationField("deleteNotificationRule", (t) =>
  t.field({
    type: DeletedPayload,
    authScopes: { operator: true },
    description: "Deletes the rule and cancels its pending deliveries; their history stays.",
    errors: { types: [NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("DeleteNotificationRuleInput", { fields: (f) => ({ id: f.id({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => deleteRule(ctx, input.id),
  }),
);
