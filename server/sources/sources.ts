// Sources: where another system's webhooks come in. Each has an incoming
// credential that verifies its requests, a rule for the event type they
// become, an optional program, and an unguessable ingest key.
import { z } from "zod";
import type { Source, SourceEventTypeMode } from "../db/generated/client.ts";
import type { Operation } from "../operation.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import { changeRecord } from "../changes/record-change.ts";
import { findIncomingCredential } from "../credentials/credentials.ts";
import { requireProgram } from "../programs/programs.ts";
import { EVENT_TYPE_NAME } from "../events/event-types.ts";
import { systemEventNames } from "../system-events/catalogue.ts";
import { generateIngestKey } from "./ingest-key.ts";

const eventTypeName = z
  .string()
  .trim()
  .max(100, "An event type is at most 100 characters.")
  .regex(EVENT_TYPE_NAME, "Use resource.verb: lowercase words separated by dots, e.g. invoice.paid.")
  .refine((name) => !systemEventNames.has(name), "System event types are Switchyard's own; a source cannot raise them.");

const fields = {
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  eventType: eventTypeName,
  eventTypeField: z
    .string()
    .trim()
    .max(200, "The field path is at most 200 characters.")
    .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, 'A field of the payload, dotted for nested ones, e.g. "type" or "data.kind".'),
  eventTypePrefix: z
    .string()
    .trim()
    .max(50, "The prefix is at most 50 characters.")
    .regex(/^([a-z][a-z0-9_]*\.)*$/, 'Lowercase words, each followed by a dot, e.g. "stripe." (or nothing).'),
};

export interface SourceInput {
  name?: string;
  credentialId?: string;
  eventTypeMode?: SourceEventTypeMode;
  eventType?: string | null;
  eventTypeField?: string | null;
  eventTypePrefix?: string;
  createEventTypes?: boolean;
  programId?: string | null;
  enabled?: boolean;
}

async function checkNameFree(op: Operation, name: string, exceptId?: string): Promise<void> {
  const holder = await op.db.source.findFirst({ where: scoped(op.scope, { name, NOT: exceptId ? { id: exceptId } : undefined }) });
  if (holder) throw new ConflictError(`A source is already named "${name}".`, ["input", "name"]);
}

export async function findSource(op: Operation, id: string): Promise<Source> {
  const source = await op.db.source.findFirst({ where: scoped(op.scope, { id }) });
  if (!source) throw new NotFoundError("Source", id);
  return source;
}

/** The source's settings after `raw` is applied to `current`, checked as a whole (the mode decides which fields it needs). */
async function settle(op: Operation, raw: SourceInput, current?: Source) {
  const parsed = parseInput(
    z.object({
      name: fields.name.optional(),
      eventType: fields.eventType.nullish(),
      eventTypeField: fields.eventTypeField.nullish(),
      eventTypePrefix: fields.eventTypePrefix.optional(),
    }),
    { name: raw.name, eventType: raw.eventType, eventTypeField: raw.eventTypeField, eventTypePrefix: raw.eventTypePrefix },
  );
  const pick = <T>(given: T | undefined, existing: T) => (given === undefined ? existing : given);
  const mode = raw.eventTypeMode ?? current?.eventTypeMode ?? "FIXED";
  const settings = {
    name: pick(parsed.name, current?.name ?? ""),
    eventTypeMode: mode,
    eventType: mode === "FIXED" ? pick(parsed.eventType, current?.eventType ?? null) : null,
    eventTypeField: mode === "PAYLOAD_FIELD" ? pick(parsed.eventTypeField, current?.eventTypeField ?? null) : null,
    eventTypePrefix: mode === "PAYLOAD_FIELD" ? pick(parsed.eventTypePrefix, current?.eventTypePrefix ?? "") : "",
    createEventTypes: pick(raw.createEventTypes, current?.createEventTypes ?? false),
    programId: pick(raw.programId, current?.programId ?? null),
    enabled: pick(raw.enabled, current?.enabled ?? true),
    credentialId: pick(raw.credentialId, current?.credentialId ?? ""),
  };
  if (!settings.name) throw ValidationError.field(["input", "name"], "Name is required.");
  if (mode === "FIXED" && !settings.eventType) {
    throw ValidationError.field(["input", "eventType"], "A FIXED source needs the event type its requests become.");
  }
  if (mode === "PAYLOAD_FIELD" && !settings.eventTypeField) {
    throw ValidationError.field(["input", "eventTypeField"], "A PAYLOAD_FIELD source needs the payload field that names the event type.");
  }
  if (raw.credentialId !== undefined) await findIncomingCredential(op, raw.credentialId, ["input", "credentialId"]);
  if (raw.programId) await requireProgram(op, raw.programId, ["input", "programId"]);
  return settings;
}

export async function createSource(op: Operation, raw: SourceInput & { name: string; credentialId: string }): Promise<Source> {
  return changeRecord(op, "source.created", "Source", async (tx) => {
    const settings = await settle(tx, raw);
    await checkNameFree(tx, settings.name);
    return {
      after: await tx.db.source.create({ data: scoped(tx.scope, { id: newId("Source"), ingestKey: generateIngestKey(), ...settings }) }),
    };
  });
}

export async function updateSource(op: Operation, id: string, raw: SourceInput): Promise<Source> {
  return changeRecord(op, "source.updated", "Source", async (tx) => {
    const before = await findSource(tx, id);
    const settings = await settle(tx, raw, before);
    if (settings.name !== before.name) await checkNameFree(tx, settings.name, id);
    return { before, after: await tx.db.source.update({ where: { id }, data: settings }) };
  });
}

/** A new ingest key: the old URL stops working at once (providers must be given the new one). */
export async function rotateSourceKey(op: Operation, id: string): Promise<Source> {
  return changeRecord(op, "source.key_rotated", "Source", async (tx) => {
    const before = await findSource(tx, id);
    return { before, after: await tx.db.source.update({ where: { id }, data: { ingestKey: generateIngestKey() } }) };
  });
}

/** Deletes the source and its request log; the events it led to stay. */
export async function deleteSource(op: Operation, id: string): Promise<Source> {
  return changeRecord(op, "source.deleted", "Source", async (tx) => {
    const before = await findSource(tx, id);
    await tx.db.source.delete({ where: { id } });
    return { before };
  });
}
