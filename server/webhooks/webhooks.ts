// Webhooks: a destination plus the event types it receives
// and how. The destination (and so its URL and secret) is fixed at creation;
// events, state and options can change.
import { z } from "zod";
import type { EventType, Webhook } from "../db/generated/client.ts";
import type { Operation } from "../operation.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import { requireLiveEventTypes } from "../events/event-types.ts";
import { scheduleProblem } from "../delivery/delivery-policy.ts";
import { requireProgram } from "../programs/programs.ts";
import { createCredential } from "../credentials/credentials.ts";
import { createDestination } from "../destinations/destinations.ts";
import { changeRecord } from "../changes/record-change.ts";

const retrySchedule = z
  .array(z.number())
  .nullable()
  .superRefine((schedule, ctx) => {
    const problem = schedule && scheduleProblem(schedule);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const fields = {
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  eventTypes: z.array(z.string()).min(1, "Subscribe to at least one event type.").max(200, "At most 200 event types."),
  enabled: z.boolean(),
  verifyTls: z.boolean(),
  payloadFormat: z.enum(["ENVELOPE", "DATA_ONLY"]),
  maxEventsPerRequest: z.number().int().min(1, "At least 1 event a request.").max(100, "At most 100 events a request."),
  retrySchedule,
};

const createSchema = z.object({
  name: fields.name,
  destinationId: z.string().nullable().default(null),
  endpoint: z
    .object({ url: z.string(), secret: z.string().nullable().default(null) })
    .nullable()
    .default(null),
  programId: z.string().nullable().default(null),
  eventTypes: fields.eventTypes,
  enabled: fields.enabled.default(true),
  verifyTls: fields.verifyTls.default(true),
  payloadFormat: fields.payloadFormat.default("ENVELOPE"),
  maxEventsPerRequest: fields.maxEventsPerRequest.default(1),
  retrySchedule: fields.retrySchedule.default(null),
});

const updateSchema = z.object({
  name: fields.name.optional(),
  eventTypes: fields.eventTypes.optional(),
  enabled: fields.enabled.optional(),
  verifyTls: fields.verifyTls.optional(),
  payloadFormat: fields.payloadFormat.optional(),
  maxEventsPerRequest: fields.maxEventsPerRequest.optional(),
  retrySchedule: fields.retrySchedule.optional(),
});

export type CreateWebhookInput = z.input<typeof createSchema>;
export type UpdateWebhookInput = z.input<typeof updateSchema>;

const unique = (names: string[]) => [...new Set(names)];

/** null: the default schedule; a list, even empty (no retries): the webhook's own. */
const storedSchedule = (schedule: number[] | null) => ({ retrySchedule: schedule ?? [], customRetrySchedule: schedule !== null });

/** Partner-only event types are for global webhooks: a program's webhook may not subscribe to them. */
function checkPartnerOnly(types: EventType[], names: string[], programId: string | null): void {
  if (!programId) return;
  const partnerOnly = new Set(types.filter((t) => t.partnerOnly).map((t) => t.name));
  const issues = names
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => partnerOnly.has(name))
    .map(({ name, index }) => ({
      path: ["input", "eventTypes", String(index)],
      message: `${name} is for global webhooks only, not a program's.`,
    }));
  if (issues.length > 0) throw new ValidationError(issues);
}

export async function findWebhook(op: Operation, id: string): Promise<Webhook> {
  const webhook = await op.db.webhook.findFirst({ where: scoped(op.scope, { id }) });
  if (!webhook) throw new NotFoundError("Webhook", id);
  return webhook;
}

export interface CreatedWebhook {
  webhook: Webhook;
  /** The Standard Webhooks secret Switchyard generated for a new endpoint: returned once, never again. */
  generatedSecret: string | null;
}

/**
 * A new endpoint's destination, as the seeds' "Add a webhook" form makes it:
 * named after the webhook, signed with a Standard Webhooks credential of the
 * given secret (or a generated one), in the webhook's transaction.
 */
async function createEndpoint(op: Operation, name: string, endpoint: { url: string; secret: string | null }) {
  const { credential, generated } = await createCredential(op, {
    name: `${name} signing secret`,
    type: "STANDARD_WEBHOOKS",
    system: "Webhook destination",
    fields: { secret: endpoint.secret },
  }).catch((error: unknown) => {
    throw error instanceof ValidationError ? ValidationError.field(["input", "endpoint", "secret"], error.issues[0].message) : error;
  });
  const destination = await createDestination(op, { name, url: endpoint.url, credentialId: credential.id }).catch((error: unknown) => {
    if (error instanceof ConflictError)
      throw new ConflictError(`A destination is already named like "${name}": choose another name, or pick that destination.`, [
        "input",
        "name",
      ]);
    if (error instanceof ValidationError) {
      throw new ValidationError(error.issues.map((issue) => ({ ...issue, path: ["input", "endpoint", ...issue.path.slice(1)] })));
    }
    throw error;
  });
  return { destination, generatedSecret: generated.secret ?? null };
}

/** A webhook to an existing destination (`destinationId`), or to a new endpoint (`endpoint`: URL and secret) made with it. */
export async function createWebhook(op: Operation, raw: CreateWebhookInput): Promise<CreatedWebhook> {
  const input = parseInput(createSchema, raw);
  if ((input.destinationId === null) === (input.endpoint === null)) {
    throw ValidationError.field(["input", "destinationId"], "Give either a destination or a new endpoint (URL and secret), not both.");
  }
  let generatedSecret: string | null = null;
  const webhook = await changeRecord(op, "webhook.created", "Webhook", async (tx) => {
    let destination = input.destinationId
      ? await tx.db.destination.findFirst({ where: scoped(tx.scope, { id: input.destinationId }) })
      : null;
    if (input.endpoint) ({ destination, generatedSecret } = await createEndpoint(tx, input.name, input.endpoint));
    if (!destination)
      throw ValidationError.field(["input", "destinationId"], `No destination ${input.destinationId} in this organization.`);
    if (input.programId) await requireProgram(tx, input.programId, ["input", "programId"]);
    const eventTypes = unique(input.eventTypes);
    checkPartnerOnly(await requireLiveEventTypes(tx, eventTypes, ["input", "eventTypes"]), eventTypes, input.programId);
    const created = await tx.db.webhook.create({
      data: scoped(tx.scope, {
        id: newId("Webhook"),
        name: input.name,
        destinationId: destination.id,
        programId: input.programId,
        eventTypes,
        enabled: input.enabled,
        verifyTls: input.verifyTls,
        payloadFormat: input.payloadFormat,
        maxEventsPerRequest: input.maxEventsPerRequest,
        ...storedSchedule(input.retrySchedule),
      }),
    });
    return { after: created };
  });
  return { webhook, generatedSecret };
}

export async function updateWebhook(op: Operation, id: string, raw: UpdateWebhookInput): Promise<Webhook> {
  const input = parseInput(updateSchema, raw);
  return changeRecord(op, "webhook.updated", "Webhook", async (tx) => {
    const before = await findWebhook(tx, id);
    const eventTypes = input.eventTypes && unique(input.eventTypes);
    if (eventTypes) checkPartnerOnly(await requireLiveEventTypes(tx, eventTypes, ["input", "eventTypes"]), eventTypes, before.programId);
    const after = await tx.db.webhook.update({
      where: { id },
      data: {
        name: input.name,
        eventTypes,
        enabled: input.enabled,
        verifyTls: input.verifyTls,
        payloadFormat: input.payloadFormat,
        maxEventsPerRequest: input.maxEventsPerRequest,
        ...(input.retrySchedule !== undefined && storedSchedule(input.retrySchedule)),
      },
    });
    return { before, after };
  });
}

/** Deletes a webhook; its pending deliveries are cancelled, its history stays. */
export async function deleteWebhook(op: Operation, id: string): Promise<Webhook> {
  return changeRecord(op, "webhook.deleted", "Webhook", async (tx) => {
    const webhook = await findWebhook(tx, id);
    await tx.db.delivery.updateMany({
      where: scoped(tx.scope, { webhookId: id, status: "SCHEDULED" as const }),
      data: { status: "CANCELLED", nextAttemptAt: null },
    });
    await tx.db.webhook.delete({ where: { id } });
    return { before: webhook };
  });
}
