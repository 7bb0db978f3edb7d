// Publishing: an event is stored and fanned out to one delivery per matching
// enabled webhook in the same transaction, so nothing published is lost
// between the two. The same idempotency key within 24 hours returns the first
// event and creates nothing.
import { z } from "zod";
import type { Event, EventSource } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import { ValidationError, type FieldIssue } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { DEFAULT_RETRY_SCHEDULE_SECONDS } from "../delivery/retry-policy.ts";
import { eventPayloadIssues } from "./event-types.ts";
import { conditionMatches } from "../rules/condition.ts";

export const MAX_PAYLOAD_BYTES = 512 * 1024;
export const MAX_EVENTS_PER_CALL = 1000;
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

export interface PublishInput {
  type: string;
  payload?: unknown;
  /** The program it belongs to: it reaches that program's webhooks and the global ones. */
  programId?: string | null;
  idempotencyKey?: string | null;
  occurredAt?: Date | null;
}

export interface Published {
  event: Event;
  /** True when the idempotency key matched an earlier event, which is returned instead. */
  duplicate: boolean;
}

const idempotencyKey = z.string().min(1, "An idempotency key is 1 to 255 characters.").max(255, "An idempotency key is 1 to 255 characters.");

/** Everything wrong with the inputs, checked before any write. */
async function validate(db: Db, scope: TenantScope, inputs: PublishInput[], pathOf: (index: number) => string[]): Promise<void> {
  const issues: FieldIssue[] = [];
  const types = await db.eventType.findMany({ where: scoped(scope, { name: { in: [...new Set(inputs.map((i) => i.type))] }, archivedAt: null }) });
  const byName = new Map(types.map((t) => [t.name, t]));
  const keys = new Map<string, number>();
  const programIds = [...new Set(inputs.flatMap((i) => (i.programId ? [i.programId] : [])))];
  const programs = programIds.length
    ? new Set((await db.program.findMany({ where: scoped(scope, { id: { in: programIds } }), select: { id: true } })).map((p) => p.id))
    : new Set<string>();
  inputs.forEach((input, index) => {
    const path = pathOf(index);
    const eventType = byName.get(input.type);
    if (!eventType) issues.push({ path: [...path, "type"], message: `No active event type ${input.type}; create it first.` });
    if (input.programId && !programs.has(input.programId)) issues.push({ path: [...path, "programId"], message: `No program ${input.programId} in this organization.` });
    const size = Buffer.byteLength(JSON.stringify(input.payload ?? null));
    if (input.payload === undefined || input.payload === null) {
      issues.push({ path: [...path, "payload"], message: "A payload is required." });
    } else if (size > MAX_PAYLOAD_BYTES) {
      issues.push({ path: [...path, "payload"], message: `The payload is ${size} bytes; the limit is ${MAX_PAYLOAD_BYTES} bytes (512 KiB).` });
    } else if (eventType) {
      issues.push(...eventPayloadIssues(eventType, input.payload, [...path, "payload"]));
    }
    if (input.idempotencyKey != null) {
      const parsed = idempotencyKey.safeParse(input.idempotencyKey);
      if (!parsed.success) issues.push({ path: [...path, "idempotencyKey"], message: parsed.error.issues[0].message });
      const earlier = keys.get(input.idempotencyKey);
      if (earlier !== undefined) issues.push({ path: [...path, "idempotencyKey"], message: `The same key is already used by event ${earlier} of this call.` });
      keys.set(input.idempotencyKey, index);
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Claims the idempotency keys for new events. Returns the event id each key
 * now names: ours for new or expired keys, the first event's for a live one.
 * ON CONFLICT waits for a concurrent publisher of the same key to commit.
 */
async function claimKeys(db: Db, scope: TenantScope, wanted: Map<string, string>, now: Date): Promise<Map<string, string>> {
  if (wanted.size === 0) return new Map();
  const keys = [...wanted.keys()];
  const ids = keys.map((k) => wanted.get(k)!);
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS);
  await db.$executeRaw`
    INSERT INTO "IdempotencyKey" ("organizationId", "key", "eventId", "createdAt")
    SELECT ${scope.organizationId}, k, e, ${now} FROM unnest(${keys}::text[], ${ids}::text[]) AS t(k, e)
    ON CONFLICT ("organizationId", "key") DO UPDATE
      SET "eventId" = EXCLUDED."eventId", "createdAt" = EXCLUDED."createdAt"
      WHERE "IdempotencyKey"."createdAt" < ${cutoff}`;
  const rows = await db.idempotencyKey.findMany({ where: scoped(scope, { key: { in: keys } }) });
  return new Map(rows.map((row) => [row.key, row.eventId]));
}

export async function publishEvents(
  runtime: Runtime,
  scope: TenantScope,
  inputs: PublishInput[],
  options: { source?: EventSource; pathOf?: (index: number) => string[] } = {},
): Promise<Published[]> {
  const pathOf = options.pathOf ?? ((index: number) => ["input", "events", String(index)]);
  if (inputs.length === 0 || inputs.length > MAX_EVENTS_PER_CALL) {
    throw ValidationError.field(["input", "events"], `Publish 1 to ${MAX_EVENTS_PER_CALL} events a call.`);
  }
  await validate(runtime.prisma, scope, inputs, pathOf);
  const now = runtime.clock.now();
  const proposed = inputs.map(() => newId("Event"));

  const result = await runtime.prisma.$transaction(async (tx) => {
    const wanted = new Map(inputs.flatMap((input, i) => (input.idempotencyKey ? [[input.idempotencyKey, proposed[i]] as const] : [])));
    const claimed = await claimKeys(tx, scope, wanted, now);
    const eventIds = inputs.map((input, i) => (input.idempotencyKey ? claimed.get(input.idempotencyKey)! : proposed[i]));
    const fresh = inputs.flatMap((input, i) => (eventIds[i] === proposed[i] ? [{ input, id: proposed[i] }] : []));

    await tx.event.createMany({
      data: fresh.map(({ input, id }) =>
        scoped(scope, {
          id,
          type: input.type,
          payload: input.payload as object,
          source: options.source ?? "API",
          programId: input.programId ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
          occurredAt: input.occurredAt ?? now,
          createdAt: now,
        }),
      ),
    });

    const types = [...new Set(fresh.map(({ input }) => input.type))];
    const webhooks = types.length
      ? await tx.webhook.findMany({ where: scoped(scope, { enabled: true, eventTypes: { hasSome: types } }) })
      : [];
    // An event reaches the global webhooks, and those of its own program.
    const deliveries = fresh.flatMap(({ input, id }) =>
      webhooks
        .filter((webhook) => webhook.eventTypes.includes(input.type) && (webhook.programId === null || webhook.programId === input.programId))
        .map((webhook) =>
          scoped(scope, {
            id: newId("Delivery"),
            eventId: id,
            webhookId: webhook.id,
            destinationId: webhook.destinationId,
            eventType: input.type,
            retrySchedule: webhook.retrySchedule.length > 0 ? webhook.retrySchedule : [...DEFAULT_RETRY_SCHEDULE_SECONDS],
            nextAttemptAt: now,
            createdAt: now,
          }),
        ),
    );
    // Notification rules on these types whose condition the event satisfies: one delivery per destination.
    const rules = types.length
      ? await tx.notificationRule.findMany({ where: scoped(scope, { enabled: true, eventType: { in: types } }), include: { destinations: true } })
      : [];
    const ruleDeliveries = fresh.flatMap(({ input, id }) =>
      rules
        .filter((rule) => rule.eventType === input.type && conditionMatches(rule.condition, { id, type: input.type, payload: input.payload }))
        .flatMap((rule) =>
          rule.destinations.map(({ destinationId }) =>
            scoped(scope, {
              id: newId("Delivery"),
              eventId: id,
              ruleId: rule.id,
              destinationId,
              eventType: input.type,
              retrySchedule: [...DEFAULT_RETRY_SCHEDULE_SECONDS],
              nextAttemptAt: now,
              createdAt: now,
            }),
          ),
        ),
    );
    if (ruleDeliveries.length > 0) await tx.delivery.createMany({ data: ruleDeliveries });
    if (deliveries.length > 0) {
      await tx.delivery.createMany({ data: deliveries });
      await tx.webhook.updateMany({
        where: { id: { in: [...new Set(deliveries.map((d) => d.webhookId))] } },
        data: { lastTriggeredAt: now },
      });
    }
    const events = await tx.event.findMany({ where: { id: { in: [...new Set(eventIds)] } } });
    const byId = new Map(events.map((e) => [e.id, e]));
    return {
      published: eventIds.map((id, i) => ({ event: byId.get(id)!, duplicate: id !== proposed[i] })),
      deliveries: deliveries.length + ruleDeliveries.length,
    };
  });

  if (result.deliveries > 0) runtime.wakeups.notify();
  return result.published;
}
