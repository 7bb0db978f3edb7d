// Notification rules: on an event type, with an optional
// condition, send to one or more destinations through the delivery engine.
import { z } from "zod";
import type { NotificationRule } from "../db/generated/client.ts";
import type { Operation } from "../operation.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import { changeRecord } from "../changes/record-change.ts";
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

async function requireDestinations(op: Operation, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Set(
    (await op.db.destination.findMany({ where: scoped(op.scope, { id: { in: unique } }), select: { id: true } })).map((d) => d.id),
  );
  const issues = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !found.has(id))
    .map(({ id, index }) => ({ path: ["input", "destinationIds", String(index)], message: `No destination ${id} in this organization.` }));
  if (issues.length > 0) throw new ValidationError(issues);
  return unique;
}

async function withDestinations(op: Operation, rule: NotificationRule): Promise<RuleWithDestinations> {
  const targets = await op.db.notificationRuleDestination.findMany({ where: { ruleId: rule.id }, orderBy: { destinationId: "asc" } });
  return { ...rule, destinationIds: targets.map((t) => t.destinationId) };
}

export async function findRule(op: Operation, id: string): Promise<RuleWithDestinations> {
  const rule = await op.db.notificationRule.findFirst({ where: scoped(op.scope, { id }) });
  if (!rule) throw new NotFoundError("NotificationRule", id);
  return withDestinations(op, rule);
}

/** The event type a rule listens to must be live; reported at input.eventType. */
async function requireRuleEventType(op: Operation, eventType: string): Promise<void> {
  await requireLiveEventTypes(op, [eventType], ["input", "eventType"]).catch((error: unknown) => {
    throw error instanceof ValidationError ? ValidationError.field(["input", "eventType"], error.issues[0].message) : error;
  });
}

export async function createRule(
  op: Operation,
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
  return changeRecord(op, "notification_rule.created", "NotificationRule", async (tx) => {
    await requireRuleEventType(tx, input.eventType);
    const destinationIds = await requireDestinations(tx, input.destinationIds);
    const rule = await tx.db.notificationRule.create({
      data: scoped(tx.scope, {
        id: newId("NotificationRule"),
        name: input.name,
        eventType: input.eventType,
        condition: input.condition,
        enabled: input.enabled,
        destinations: { create: destinationIds.map((destinationId) => ({ destinationId })) },
      }),
    });
    return { after: await withDestinations(tx, rule) };
  });
}

export async function updateRule(
  op: Operation,
  id: string,
  raw: { name?: string; eventType?: string; condition?: string | null; destinationIds?: string[]; enabled?: boolean },
): Promise<RuleWithDestinations> {
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
  if (input.condition) compileCondition(input.condition);
  return changeRecord(op, "notification_rule.updated", "NotificationRule", async (tx) => {
    const before = await findRule(tx, id);
    if (input.eventType) await requireRuleEventType(tx, input.eventType);
    const destinationIds = input.destinationIds && (await requireDestinations(tx, input.destinationIds));
    await tx.db.notificationRule.update({
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
    return { before, after: await findRule(tx, id) };
  });
}

export async function deleteRule(op: Operation, id: string): Promise<RuleWithDestinations> {
  return changeRecord(op, "notification_rule.deleted", "NotificationRule", async (tx) => {
    const rule = await findRule(tx, id);
    await tx.db.delivery.updateMany({
      where: scoped(tx.scope, { ruleId: id, status: "SCHEDULED" as const }),
      data: { status: "CANCELLED", nextAttemptAt: null },
    });
    await tx.db.notificationRule.delete({ where: { id } });
    return { before: rule };
  });
}
