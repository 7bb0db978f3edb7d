// Notification rules: on an event type, with an optional
// condition, send to one or more destinations through the delivery engine.
import { z } from "zod";
import type { NotificationRule } from "../db/generated/client.ts";
import type { TenantClient } from "../tenancy/tenant-db.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import type { Changed } from "../changes/changed.ts";
import { requireLiveEventTypes } from "../events/event-types.ts";
import { compileCondition } from "./condition.ts";

export type RuleWithDestinations = NotificationRule & { destinationIds: string[] };

const fields = {
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  eventType: z.string().trim().min(1, "An event type is required."),
  condition: z
    .string()
    .trim()
    .nullable()
    .transform((c) => (c ? c : null)),
  destinationIds: z.array(z.string()).min(1, "Send to at least one destination.").max(20, "At most 20 destinations."),
  enabled: z.boolean(),
};

async function requireDestinations(db: TenantClient, scope: TenantScope, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Set(
    (await db.destination.findMany({ where: scoped(scope, { id: { in: unique } }), select: { id: true } })).map((d) => d.id),
  );
  const issues = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !found.has(id))
    .map(({ id, index }) => ({ path: ["input", "destinationIds", String(index)], message: `No destination ${id} in this organization.` }));
  if (issues.length > 0) throw new ValidationError(issues);
  return unique;
}

async function withDestinations(db: TenantClient, rule: NotificationRule): Promise<RuleWithDestinations> {
  const targets = await db.notificationRuleDestination.findMany({ where: { ruleId: rule.id }, orderBy: { destinationId: "asc" } });
  return { ...rule, destinationIds: targets.map((t) => t.destinationId) };
}

export async function findRule(db: TenantClient, scope: TenantScope, id: string): Promise<RuleWithDestinations> {
  const rule = await db.notificationRule.findFirst({ where: scoped(scope, { id }) });
  if (!rule) throw new NotFoundError("NotificationRule", id);
  return withDestinations(db, rule);
}

export async function createRule(
  db: TenantClient,
  scope: TenantScope,
  raw: { name: string; eventType: string; condition?: string | null; destinationIds: string[]; enabled?: boolean },
): Promise<RuleWithDestinations> {
  const input = parseInput(
    z.object({
      name: fields.name,
      eventType: fields.eventType,
      condition: fields.condition.default(null),
      destinationIds: fields.destinationIds,
      enabled: fields.enabled.default(true),
    }),
    raw,
  );
  if (input.condition) compileCondition(input.condition);
  await requireLiveEventTypes(db, scope, [input.eventType], ["input", "eventType"]).catch((error: unknown) => {
    throw error instanceof ValidationError ? ValidationError.field(["input", "eventType"], error.issues[0].message) : error;
  });
  const destinationIds = await requireDestinations(db, scope, input.destinationIds);
  const rule = await db.notificationRule.create({
    data: scoped(scope, {
      id: newId("NotificationRule"),
      name: input.name,
      eventType: input.eventType,
      condition: input.condition,
      enabled: input.enabled,
      destinations: { create: destinationIds.map((destinationId) => ({ destinationId })) },
    }),
  });
  return withDestinations(db, rule);
}

export async function updateRule(
  db: TenantClient,
  scope: TenantScope,
  id: string,
  raw: { name?: string; eventType?: string; condition?: string | null; destinationIds?: string[]; enabled?: boolean },
): Promise<Changed<RuleWithDestinations>> {
  const input = parseInput(
    z.object({
      name: fields.name.optional(),
      eventType: fields.eventType.optional(),
      condition: fields.condition.optional(),
      destinationIds: fields.destinationIds.optional(),
      enabled: fields.enabled.optional(),
    }),
    raw,
  );
  const before = await findRule(db, scope, id);
  if (input.condition) compileCondition(input.condition);
  if (input.eventType) {
    await requireLiveEventTypes(db, scope, [input.eventType], ["input", "eventType"]).catch((error: unknown) => {
      throw error instanceof ValidationError ? ValidationError.field(["input", "eventType"], error.issues[0].message) : error;
    });
  }
  const destinationIds = input.destinationIds && (await requireDestinations(db, scope, input.destinationIds));
  await db.notificationRule.update({
    where: { id },
    data: {
      name: input.name,
      eventType: input.eventType,
      condition: input.condition,
      // A new condition has not failed yet.
      ...(input.condition !== undefined &&
        input.condition !== before.condition && { lastEvaluationError: null, lastEvaluationErrorAt: null }),
      enabled: input.enabled,
      ...(destinationIds && { destinations: { deleteMany: {}, create: destinationIds.map((destinationId) => ({ destinationId })) } }),
    },
  });
  return { before, after: await findRule(db, scope, id) };
}

export async function deleteRule(db: TenantClient, scope: TenantScope, id: string): Promise<RuleWithDestinations> {
  const rule = await findRule(db, scope, id);
  await db.delivery.updateMany({
    where: scoped(scope, { ruleId: id, status: "SCHEDULED" as const }),
    data: { status: "CANCELLED", nextAttemptAt: null },
  });
  await db.notificationRule.delete({ where: { id } });
  return rule;
}
