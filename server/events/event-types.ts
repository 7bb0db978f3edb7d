// The event type catalogue: names like `invoice.paid`, with a description, a
// JSON Schema for payloads and an example.
import { z } from "zod";
import type { EventType } from "../db/generated/client.ts";
import { Prisma } from "../db/generated/client.ts";
import type { Operation } from "../operation.ts";
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import { changeRecord } from "../changes/record-change.ts";
import { payloadIssues, schemaIssues } from "./payload-schema.ts";
import { systemEventNames } from "../system-events/catalogue.ts";

export const EVENT_TYPE_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

const eventTypeFields = {
  name: z
    .string()
    .trim()
    .max(100, "Name is at most 100 characters.")
    .regex(EVENT_TYPE_NAME, "Use resource.verb: lowercase words separated by dots, e.g. invoice.paid."),
  description: z.string().trim().max(2000, "Description is at most 2000 characters."),
};

function checkSchemaAndExample(schema: unknown, example: unknown): void {
  if (schema === undefined || schema === null) return;
  const problems = schemaIssues(schema, ["input", "schema"]);
  if (problems.length > 0) throw new ValidationError(problems);
  if (example !== undefined && example !== null) {
    const issues = payloadIssues(null, schema as object, example, ["input", "example"]);
    if (issues.length > 0) throw new ValidationError(issues);
  }
}

const json = (value: unknown) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

export async function createEventType(
  op: Operation,
  raw: { name: string; description?: string; schema?: unknown; example?: unknown; partnerOnly?: boolean },
): Promise<EventType> {
  const input = parseInput(z.object({ name: eventTypeFields.name, description: eventTypeFields.description.default("") }), raw);
  checkSchemaAndExample(raw.schema, raw.example);
  if (systemEventNames.has(input.name))
    throw ValidationError.field(["input", "name"], `${input.name} is one of Switchyard's system event types.`);
  return changeRecord(op, "event_type.created", "EventType", async (tx) => {
    if (await tx.db.eventType.findFirst({ where: scoped(tx.scope, { name: input.name }) })) {
      throw new ConflictError(`The event type ${input.name} already exists.`, ["input", "name"]);
    }
    const eventType = await tx.db.eventType.create({
      data: scoped(tx.scope, {
        id: newId("EventType"),
        name: input.name,
        description: input.description,
        partnerOnly: raw.partnerOnly ?? false,
        schema: json(raw.schema ?? null),
        example: json(raw.example ?? null),
      }),
    });
    return { after: eventType };
  });
}

export async function findEventType(op: Operation, id: string): Promise<EventType> {
  const eventType = await op.db.eventType.findFirst({ where: scoped(op.scope, { id }) });
  if (!eventType) throw new NotFoundError("EventType", id);
  return eventType;
}

/** System event types are Switchyard's: their schema and life are not the organization's to change. */
async function findEditableEventType(op: Operation, id: string): Promise<EventType> {
  const eventType = await findEventType(op, id);
  if (eventType.system) throw ValidationError.field(["input", "id"], `${eventType.name} is a system event type and cannot be changed.`);
  return eventType;
}

/** Changes the description, schema or example; the name is the contract and stays. */
export async function updateEventType(
  op: Operation,
  id: string,
  raw: { description?: string; schema?: unknown; example?: unknown; partnerOnly?: boolean },
): Promise<EventType> {
  const description =
    raw.description === undefined ? undefined : parseInput(z.object({ description: eventTypeFields.description }), raw).description;
  return changeRecord(op, "event_type.updated", "EventType", async (tx) => {
    const existing = await findEditableEventType(tx, id);
    if (raw.partnerOnly && !existing.partnerOnly) await checkNoProgramSubscribes(tx, existing.name);
    const schema = raw.schema === undefined ? existing.schema : raw.schema;
    const example = raw.example === undefined ? existing.example : raw.example;
    checkSchemaAndExample(schema, example);
    const after = await tx.db.eventType.update({
      where: { id },
      data: {
        description,
        partnerOnly: raw.partnerOnly,
        schema: raw.schema === undefined ? undefined : json(raw.schema),
        example: raw.example === undefined ? undefined : json(raw.example),
      },
    });
    return { before: existing, after };
  });
}

/** A type becomes partner-only (global webhooks only) while no program's webhook subscribes to it, or it names them. */
async function checkNoProgramSubscribes(op: Operation, name: string): Promise<void> {
  const linked = await op.db.webhook.findMany({
    where: scoped(op.scope, { programId: { not: null }, eventTypes: { has: name } }),
    select: { name: true },
    orderBy: { name: "asc" },
    take: 6,
  });
  if (linked.length === 0) return;
  const names = linked.slice(0, 5).map((w) => `“${w.name}”`);
  const more = linked.length > 5 ? " and more" : "";
  const subject =
    linked.length === 1 ? `the program webhook ${names[0]} subscribes` : `the program webhooks ${names.join(", ")}${more} subscribe`;
  throw new ConflictError(`${name} cannot be partner-only while ${subject} to it: remove it from their events first.`, [
    "input",
    "partnerOnly",
  ]);
}

/** Archived types cannot be published or subscribed to; existing history stays. */
export async function setEventTypeArchived(op: Operation, id: string, archived: boolean): Promise<EventType> {
  return changeRecord(op, archived ? "event_type.archived" : "event_type.restored", "EventType", async (tx) => {
    const before = await findEditableEventType(tx, id);
    return { before, after: await tx.db.eventType.update({ where: { id }, data: { archivedAt: archived ? tx.clock.now() : null } }) };
  });
}

/** The live (not archived) event types with these names; names that are not live are reported at `path`. */
export async function requireLiveEventTypes(op: Operation, names: string[], path: string[]): Promise<EventType[]> {
  const found = await op.db.eventType.findMany({ where: scoped(op.scope, { name: { in: names }, archivedAt: null }) });
  const known = new Set(found.map((t) => t.name));
  const issues = names
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => !known.has(name))
    .map(({ name, index }) => ({ path: [...path, String(index)], message: `No active event type ${name}.` }));
  if (issues.length > 0) throw new ValidationError(issues);
  return found;
}

/** Issues with a payload for this event type (empty when it has no schema or the payload fits). */
export function eventPayloadIssues(eventType: EventType, payload: unknown, path: string[]): FieldIssue[] {
  if (eventType.schema === null) return [];
  return payloadIssues(`${eventType.id}:${eventType.updatedAt.getTime()}`, eventType.schema as object, payload, path);
}
