// Publishing: an event is stored and fanned out to one delivery per matching
// enabled webhook (and per destination of each matching notification rule)
// in the same statement, so nothing published is lost between the two. The
// same idempotency key within 24 hours returns the first event and creates
// nothing.
//
// A call is one statement, whatever the number of events: the write
// (publish-writer.ts, which also writes concurrent calls together). What
// validation and fan-out need (event types, programs, webhooks, rules) is read
// once per organization and kept in the process (routing-cache.ts); the write
// checks the organization's routing version, which database triggers bump on
// every change to those tables, and writes nothing when the copy is stale, so
// the call reads again and retries. Per statement, Prisma's query compiler and
// the embedded database cost far more CPU than the rows do (see README,
// "Delivery runs on few statements").
import { z } from "zod";
import type { Event, EventSource, EventType } from "../db/generated/client.ts";
import { OrganizationArchivedError, ValidationError, type FieldIssue } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Operation } from "../operation.ts";
import { organization, tenantSql, type TenantClient } from "../tenancy/tenant-db.ts";
import { DEFAULT_RETRY_SCHEDULE_SECONDS, retryScheduleOf } from "../delivery/delivery-policy.ts";
import { eventPayloadIssues } from "./event-types.ts";
import { ConditionBudget, type ShareOfCall } from "../rules/condition.ts";
import { SWITCHYARD } from "../changes/change.ts";
import { publishWriterOf, writeInTransaction, type DeliveryRow, type RuleProblem, type WrittenRow } from "./publish-writer.ts";
import { routingCacheOf, type PublishContext } from "./routing-cache.ts";
import { withinSpan } from "../observability/tracing.ts";

export const MAX_PAYLOAD_BYTES = 512 * 1024;
export const MAX_EVENTS_PER_CALL = 1000;
/**
 * Deliveries one call may create (each event once per webhook and rule
 * destination it matches): 1,000 events to 100 webhooks wrote 100,000 in one
 * statement, holding the embedded database 11 s for everyone.
 */
export const MAX_DELIVERIES_PER_CALL = 10_000;
export { IDEMPOTENCY_WINDOW_MS } from "./publish-writer.ts";

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

const idempotencyKey = z
  .string()
  .min(1, "An idempotency key is 1 to 255 characters.")
  .max(255, "An idempotency key is 1 to 255 characters.");

const date = (value: string | null) => (value === null ? null : new Date(value));

/**
 * One statement: the organization's routing version, the active event types
 * of these names, which of these programs exist, the enabled webhooks
 * subscribed to any of the types, and the enabled notification rules on them
 * with their destinations.
 */
async function loadContext(db: TenantClient, typeNames: string[], programIds: string[]): Promise<PublishContext> {
  const [row] = await db.$queryRaw<
    {
      version: string;
      archived: boolean;
      eventTypes: Record<string, unknown>[];
      programs: string[];
      webhooks: PublishContext["webhooks"];
      rules: PublishContext["rules"];
    }[]
  >(tenantSql`
    SELECT
      (SELECT COALESCE(max(v.version), 0)::text FROM "RoutingVersion" v WHERE v."organizationId" = ${organization}) AS version,
      EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = ${organization} AND o."archivedAt" IS NOT NULL) AS archived,
      (SELECT COALESCE(json_agg(t), '[]') FROM "EventType" t
        WHERE t."organizationId" = ${organization} AND t.name = ANY(${typeNames}::text[]) AND t."archivedAt" IS NULL) AS "eventTypes",
      (SELECT COALESCE(array_agg(p.id), '{}') FROM "Program" p
        WHERE p."organizationId" = ${organization} AND p.id = ANY(${programIds}::text[])) AS programs,
      (SELECT COALESCE(json_agg(json_build_object('id', w.id, 'destinationId', w."destinationId", 'eventTypes', w."eventTypes",
          'programId', w."programId", 'retrySchedule', w."retrySchedule", 'customRetrySchedule', w."customRetrySchedule")), '[]') FROM "Webhook" w
        WHERE w."organizationId" = ${organization} AND w.enabled AND w."eventTypes" && ${typeNames}::text[]) AS webhooks,
      (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'eventType', r."eventType", 'condition', r.condition,
          'destinationIds', (SELECT COALESCE(array_agg(rd."destinationId"), '{}') FROM "NotificationRuleDestination" rd WHERE rd."ruleId" = r.id))), '[]')
        FROM "NotificationRule" r
        WHERE r."organizationId" = ${organization} AND r.enabled AND r."eventType" = ANY(${typeNames}::text[])) AS rules`);
  const parse = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);
  const eventTypes = parse(row.eventTypes).map((t) => ({
    ...(t as unknown as EventType),
    archivedAt: date(t.archivedAt as string | null),
    createdAt: new Date(t.createdAt as string),
    updatedAt: new Date(t.updatedAt as string),
  }));
  return {
    version: row.version,
    archived: row.archived,
    eventTypes: new Map(eventTypes.map((t) => [t.name, t])),
    programs: new Set(row.programs),
    webhooks: parse(row.webhooks),
    rules: parse(row.rules),
  };
}

/** Everything wrong with the inputs, checked before any write. */
function validate(context: PublishContext, inputs: PublishInput[], pathOf: (index: number) => string[]): void {
  const issues: FieldIssue[] = [];
  const keys = new Map<string, number>();
  inputs.forEach((input, index) => {
    const path = pathOf(index);
    const eventType = context.eventTypes.get(input.type);
    if (!eventType) issues.push({ path: [...path, "type"], message: `No active event type ${input.type}; create it first.` });
    if (input.programId && !context.programs.has(input.programId))
      issues.push({ path: [...path, "programId"], message: `No program ${input.programId} in this organization.` });
    const size = Buffer.byteLength(JSON.stringify(input.payload ?? null));
    if (input.payload === undefined || input.payload === null) {
      issues.push({ path: [...path, "payload"], message: "A payload is required." });
    } else if (size > MAX_PAYLOAD_BYTES) {
      issues.push({
        path: [...path, "payload"],
        message: `The payload is ${size} bytes; the limit is ${MAX_PAYLOAD_BYTES} bytes (512 KiB).`,
      });
    } else if (eventType) {
      issues.push(...eventPayloadIssues(eventType, input.payload, [...path, "payload"]));
    }
    if (input.idempotencyKey != null) {
      const parsed = idempotencyKey.safeParse(input.idempotencyKey);
      if (!parsed.success) issues.push({ path: [...path, "idempotencyKey"], message: parsed.error.issues[0].message });
      const earlier = keys.get(input.idempotencyKey);
      if (earlier !== undefined)
        issues.push({ path: [...path, "idempotencyKey"], message: `The same key is already used by event ${earlier} of this call.` });
      keys.set(input.idempotencyKey, index);
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Conditions spend at most this many steps before the event loop gets a turn (health checks, other tenants). */
const STEPS_BETWEEN_YIELDS = 100_000;

/**
 * The deliveries each event would get if it is new: one per matching
 * webhook, one per destination of each matching rule; and the rules whose
 * condition could not decide an event (they count as not matching).
 */
async function fanOut(
  context: PublishContext,
  inputs: PublishInput[],
  ids: string[],
  stepBudget: number,
  share: ShareOfCall,
): Promise<{ deliveries: DeliveryRow[]; ruleProblems: RuleProblem[]; conditionSteps: number }> {
  const deliveries: DeliveryRow[] = [];
  const ruleDeliveries: DeliveryRow[] = [];
  inputs.forEach((input, i) => {
    const eventId = ids[i];
    // An event reaches the global webhooks, and those of its own program.
    for (const webhook of context.webhooks) {
      if (!webhook.eventTypes.includes(input.type) || (webhook.programId !== null && webhook.programId !== input.programId)) continue;
      deliveries.push({
        id: newId("Delivery"),
        eventId,
        webhookId: webhook.id,
        ruleId: null,
        destinationId: webhook.destinationId,
        eventType: input.type,
        retrySchedule: retryScheduleOf(webhook),
      });
    }
  });
  // Notification rules on the event's type whose condition it satisfies: one delivery per destination.
  const budget = new ConditionBudget(stepBudget, share);
  const problems = new Map<string, string>();
  let yieldedAt = 0;
  for (const [i, input] of inputs.entries()) {
    const eventId = ids[i];
    for (const rule of context.rules) {
      if (rule.eventType !== input.type) continue;
      const outcome = budget.evaluate(rule.condition, { id: eventId, type: input.type, payload: input.payload });
      if (outcome.problem) problems.set(rule.id, outcome.problem);
      if (budget.spent - yieldedAt >= STEPS_BETWEEN_YIELDS) {
        yieldedAt = budget.spent;
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!outcome.matches) continue;
      for (const destinationId of rule.destinationIds) {
        ruleDeliveries.push({
          id: newId("Delivery"),
          eventId,
          webhookId: null,
          ruleId: rule.id,
          destinationId,
          eventType: input.type,
          retrySchedule: [...DEFAULT_RETRY_SCHEDULE_SECONDS],
        });
      }
    }
  }
  return {
    deliveries: [...ruleDeliveries, ...deliveries],
    ruleProblems: [...problems].map(([id, message]) => ({ id, message })),
    conditionSteps: budget.spent,
  };
}

export interface PublishOptions {
  source?: EventSource;
  pathOf?: (index: number) => string[];
  /** Told the evaluation steps the call's rule conditions took, so that the caller can be charged for them. */
  onConditionSteps?: (steps: number) => void;
}

export async function publishEvents(op: Operation, inputs: PublishInput[], options: PublishOptions = {}): Promise<Published[]> {
  const { tracing } = op.runtime;
  if (!tracing.enabled) return publish(op, inputs, options);
  // The publish span, stored with its events: their attempts, in any worker process, are its children.
  return tracing.tracer.startActiveSpan("publish", { attributes: { "switchyard.events": inputs.length } }, (span) =>
    withinSpan(span, () => publish(op, inputs, options, tracing.traceparent(span))),
  );
}

async function publish(op: Operation, inputs: PublishInput[], options: PublishOptions, traceparent?: string): Promise<Published[]> {
  const pathOf = options.pathOf ?? ((index: number) => ["input", "events", String(index)]);
  if (inputs.length === 0 || inputs.length > MAX_EVENTS_PER_CALL) {
    throw ValidationError.field(["input", "events"], `Publish 1 to ${MAX_EVENTS_PER_CALL} events a call.`);
  }
  const { db, runtime, scope } = op;
  const typeNames = [...new Set(inputs.map((i) => i.type))].sort();
  const programIds = [...new Set(inputs.flatMap((i) => (i.programId ? [i.programId] : [])))].sort();
  // Inside a change's transaction (a system event) the routing is read and the event written on that
  // transaction: its own uncommitted changes count, and nothing it saw reaches the process's cache.
  const cache = op.inTransaction ? undefined : routingCacheOf(runtime);
  const proposed = inputs.map(() => newId("Event"));
  let rows: WrittenRow[] | undefined;
  // A cached routing table first; when the write finds it stale, once more on a fresh read; a third
  // time (routing changing under every try) unguarded, as a read followed by a write always was.
  for (let attempt = 1; !rows; attempt++) {
    const cached = attempt === 1 ? cache?.get(scope.organizationId, typeNames, programIds) : undefined;
    const context = cached ?? (await loadContext(db, typeNames, programIds));
    if (!cached) cache?.set(scope.organizationId, typeNames, programIds, context);
    if (context.archived) throw new OrganizationArchivedError(scope.organizationId);
    try {
      validate(context, inputs, pathOf);
    } catch (error) {
      // A cached copy may predate the event type or program the call names: only a fresh read may refuse.
      if (!cached) throw error;
      cache?.forget(scope.organizationId);
      continue;
    }
    const now = op.clock.now();
    const events = inputs.map((input, i) => ({
      id: proposed[i],
      type: input.type,
      payload: input.payload,
      programId: input.programId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      occurredAt: input.occurredAt ?? now,
      traceparent,
    }));
    // The engine's own events (delivery.exhausted) spend the organization's share of condition steps but are never refused by it.
    const share = { shares: runtime.conditionShares, organizationId: scope.organizationId, refuse: op.actor !== SWITCHYARD };
    const { deliveries, ruleProblems, conditionSteps } = await fanOut(context, inputs, proposed, runtime.config.ruleStepBudget, share);
    options.onConditionSteps?.(conditionSteps);
    if (deliveries.length > MAX_DELIVERIES_PER_CALL) {
      throw ValidationError.field(
        options.pathOf ? pathOf(0) : ["input", "events"],
        `These events would make ${deliveries.length.toLocaleString("en-US")} deliveries (each event once per webhook and rule destination it matches); ` +
          `a call makes at most ${MAX_DELIVERIES_PER_CALL.toLocaleString("en-US")}: publish fewer events at once.`,
      );
    }
    const write = {
      events,
      deliveries,
      ruleProblems,
      source: options.source ?? "API",
      routingVersion: attempt < 3 ? context.version : null,
    };
    if (op.inTransaction) {
      const written = await writeInTransaction(db, write, now);
      rows = written.rows;
      if (written.fannedOut) op.afterCommit(() => runtime.wakeups.notify());
    } else {
      rows = await publishWriterOf(runtime).write(scope.organizationId, write);
      if (!rows) cache?.forget(scope.organizationId);
    }
  }
  const eventIds = rows.map((row) => row.v.eventId as string);
  const found = new Map(rows.filter((row) => row.e.id !== null).map((row) => [row.e.id as string, row.e as Event]));
  // Events of keys a concurrent publisher claimed after the statement began.
  const missing = [...new Set(eventIds.filter((id) => !found.has(id)))];
  if (missing.length > 0) {
    for (const event of await db.event.findMany({ where: { id: { in: missing } } })) found.set(event.id, event);
  }
  const published = eventIds.map((id, i) => ({ event: found.get(id)!, duplicate: id !== proposed[i] }));
  const created = published.reduce((n, p) => n + (p.duplicate ? 0 : 1), 0);
  const count = () => runtime.metrics.published(scope.organizationId, options.source ?? "API", created);
  if (op.inTransaction) op.afterCommit(count);
  else count();
  return published;
}
