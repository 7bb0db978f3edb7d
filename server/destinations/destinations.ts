// Destinations: where an organization's events go, and how Switchyard authenticates there.
import type { Destination, DestinationState } from "../db/generated/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { ConflictError, DestinationInUseError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Operation } from "../operation.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import { changeRecord } from "../changes/record-change.ts";
import { findOutgoingCredential } from "../credentials/credentials.ts";
import { parseDestinationUrl } from "../network/destination-url.ts";
import { closedCircuit } from "../delivery/destination-health.ts";
import { codeFromName } from "./destination-code.ts";
import {
  createDestinationSchema,
  updateDestinationSchema,
  type CreateDestinationInput,
  type UpdateDestinationInput,
} from "./destination-input.ts";

export async function findDestination(op: Operation, id: string): Promise<Destination> {
  const destination = await op.db.destination.findFirst({ where: scoped(op.scope, { id }) });
  if (!destination) throw new NotFoundError("Destination", id);
  return destination;
}

async function checkUrl(op: Operation, url: string): Promise<string> {
  return (await parseDestinationUrl(url, op.runtime.urlPolicy)).toString();
}

async function checkCredential(op: Operation, credentialId: string | null): Promise<void> {
  if (credentialId === null) return;
  await findOutgoingCredential(op, credentialId, ["input", "credentialId"]);
}

async function checkCodeFree(op: Operation, code: string, exceptId?: string): Promise<void> {
  const holder = await op.db.destination.findFirst({
    where: scoped(op.scope, { code, NOT: exceptId ? { id: exceptId } : undefined }),
  });
  if (holder) throw new ConflictError(`The code "${code}" is already used by destination "${holder.name}".`, ["input", "code"]);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A lost race with a concurrent write of the same code, as the conflict it is. */
function codeConflict(error: unknown, code: string | undefined): unknown {
  return isUniqueViolation(error) ? new ConflictError(`The code "${code}" is already in use.`, ["input", "code"]) : error;
}

export async function createDestination(op: Operation, raw: CreateDestinationInput): Promise<Destination> {
  const input = parseInput(createDestinationSchema, raw);
  const code = input.code ?? codeFromName(input.name);
  if (!code) throw ValidationError.field(["input", "code"], "The name has no letters or digits to derive a code from; give a code.");
  // The URL's name is resolved before the transaction opens: no transaction waits on DNS.
  const url = await checkUrl(op, input.url);
  try {
    return await changeRecord(op, "destination.created", "Destination", async (tx) => {
      await checkCredential(tx, input.credentialId);
      await checkCodeFree(tx, code);
      const destination = await tx.db.destination.create({
        data: scoped(tx.scope, {
          id: newId("Destination"),
          name: input.name,
          code,
          url,
          description: input.description,
          credentialId: input.credentialId,
          headers: input.headers,
          timeoutMs: input.timeoutMs,
          rateLimitPerSecond: input.rateLimitPerSecond,
        }),
      });
      return { after: destination };
    });
  } catch (error) {
    throw codeConflict(error, code);
  }
}

export async function updateDestination(op: Operation, id: string, raw: UpdateDestinationInput): Promise<Destination> {
  const input = parseInput(updateDestinationSchema, raw);
  const url = input.url === undefined ? undefined : await checkUrl(op, input.url);
  try {
    return await changeRecord(op, "destination.updated", "Destination", async (tx) => {
      const before = await findDestination(tx, id);
      if (input.credentialId !== undefined) await checkCredential(tx, input.credentialId);
      if (input.code !== undefined && input.code !== before.code) await checkCodeFree(tx, input.code, id);
      const after = await tx.db.destination.update({
        where: { id },
        data: {
          name: input.name,
          code: input.code,
          url,
          description: input.description,
          credentialId: input.credentialId,
          // Switching here is at once: a rotation's grace period (credential-rotation.ts) ends with it.
          ...(input.credentialId !== undefined &&
            input.credentialId !== before.credentialId && { previousCredentialId: null, previousCredentialUntil: null }),
          headers: input.headers,
          timeoutMs: input.timeoutMs,
          rateLimitPerSecond: input.rateLimitPerSecond,
        },
      });
      return { before, after };
    });
  } catch (error) {
    throw codeConflict(error, input.code);
  }
}

/** Pauses (ACTIVE) or resumes a destination; resuming also re-enables one Switchyard disabled. */
export async function setDestinationState(op: Operation, id: string, state: Exclude<DestinationState, "DISABLED">): Promise<Destination> {
  return changeRecord(op, state === "PAUSED" ? "destination.paused" : "destination.resumed", "Destination", async (tx) => {
    const before = await findDestination(tx, id);
    const after = await tx.db.destination.update({ where: { id }, data: { state, disabledReason: null, disabledAt: null } });
    return { before, after };
  });
}

/** An operator closes the circuit by hand: deliveries flow again at once, failures counted afresh. */
export async function closeDestinationCircuit(op: Operation, id: string): Promise<Destination> {
  return changeRecord(op, "destination.circuit_closed", "Destination", async (tx) => {
    const before = await findDestination(tx, id);
    return { before, after: await tx.db.destination.update({ where: { id }, data: closedCircuit }) };
  });
}

/** Deletes a destination no webhook or rule uses (DestinationInUseError names those that do). */
export async function deleteDestination(op: Operation, id: string): Promise<Destination> {
  try {
    return await changeRecord(op, "destination.deleted", "Destination", async (tx) => {
      const destination = await findDestination(tx, id);
      const webhooks = await tx.db.webhook.findMany({
        where: scoped(tx.scope, { destinationId: id }),
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      });
      const rules = await tx.db.notificationRule.findMany({
        where: scoped(tx.scope, { destinations: { some: { destinationId: id } } }),
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      });
      if (webhooks.length > 0 || rules.length > 0) throw new DestinationInUseError(id, webhooks, rules);
      await tx.db.destination.delete({ where: { id } });
      return { before: destination };
    });
  } catch (error) {
    // A webhook or rule was created for it meanwhile: the foreign key refused the delete; look again, to name it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") return deleteDestination(op, id);
    throw error;
  }
}
