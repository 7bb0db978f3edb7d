// Destinations: where an organization's events go, and how Switchyard authenticates there.
import type { Destination, DestinationState } from "../db/generated/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { ConflictError, DestinationInUseError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { tenantDb } from "../tenancy/tenant-db.ts";
import { parseInput } from "../validation.ts";
import type { Changed } from "../changes/changed.ts";
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

export async function findDestination(runtime: Runtime, scope: TenantScope, id: string): Promise<Destination> {
  const destination = await tenantDb(runtime.prisma, scope).destination.findFirst({ where: scoped(scope, { id }) });
  if (!destination) throw new NotFoundError("Destination", id);
  return destination;
}

async function checkUrl(runtime: Runtime, url: string): Promise<string> {
  return (await parseDestinationUrl(url, runtime.urlPolicy)).toString();
}

async function checkCredential(runtime: Runtime, scope: TenantScope, credentialId: string | null): Promise<void> {
  if (credentialId === null) return;
  await findOutgoingCredential(runtime, scope, credentialId, ["input", "credentialId"]);
}

async function checkCodeFree(runtime: Runtime, scope: TenantScope, code: string, exceptId?: string): Promise<void> {
  const holder = await tenantDb(runtime.prisma, scope).destination.findFirst({
    where: scoped(scope, { code, NOT: exceptId ? { id: exceptId } : undefined }),
  });
  if (holder) throw new ConflictError(`The code "${code}" is already used by destination "${holder.name}".`, ["input", "code"]);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createDestination(runtime: Runtime, scope: TenantScope, raw: CreateDestinationInput): Promise<Destination> {
  const input = parseInput(createDestinationSchema, raw);
  const code = input.code ?? codeFromName(input.name);
  if (!code) throw ValidationError.field(["input", "code"], "The name has no letters or digits to derive a code from; give a code.");
  const url = await checkUrl(runtime, input.url);
  await checkCredential(runtime, scope, input.credentialId);
  await checkCodeFree(runtime, scope, code);
  try {
    return await tenantDb(runtime.prisma, scope).destination.create({
      data: scoped(scope, {
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
  } catch (error) {
    // Lost a race with a concurrent create of the same code.
    if (isUniqueViolation(error)) throw new ConflictError(`The code "${code}" is already in use.`, ["input", "code"]);
    throw error;
  }
}

export async function updateDestination(
  runtime: Runtime,
  scope: TenantScope,
  id: string,
  raw: UpdateDestinationInput,
): Promise<Changed<Destination>> {
  const input = parseInput(updateDestinationSchema, raw);
  const before = await findDestination(runtime, scope, id);
  const url = input.url === undefined ? undefined : await checkUrl(runtime, input.url);
  if (input.credentialId !== undefined) await checkCredential(runtime, scope, input.credentialId);
  if (input.code !== undefined && input.code !== before.code) await checkCodeFree(runtime, scope, input.code, id);
  try {
    const after = await tenantDb(runtime.prisma, scope).destination.update({
      where: { id },
      data: {
        name: input.name,
        code: input.code,
        url,
        description: input.description,
        credentialId: input.credentialId,
        headers: input.headers,
        timeoutMs: input.timeoutMs,
        rateLimitPerSecond: input.rateLimitPerSecond,
      },
    });
    return { before, after };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`The code "${input.code}" is already in use.`, ["input", "code"]);
    throw error;
  }
}

/** Pauses (ACTIVE) or resumes a destination; resuming also re-enables one Switchyard disabled. */
export async function setDestinationState(
  runtime: Runtime,
  scope: TenantScope,
  id: string,
  state: Exclude<DestinationState, "DISABLED">,
): Promise<Changed<Destination>> {
  const before = await findDestination(runtime, scope, id);
  const after = await tenantDb(runtime.prisma, scope).destination.update({
    where: { id },
    data: { state, disabledReason: null, disabledAt: null },
  });
  return { before, after };
}

/** An operator closes the circuit by hand: deliveries flow again at once, failures counted afresh. */
export async function closeDestinationCircuit(runtime: Runtime, scope: TenantScope, id: string): Promise<Changed<Destination>> {
  const before = await findDestination(runtime, scope, id);
  const after = await tenantDb(runtime.prisma, scope).destination.update({ where: { id }, data: closedCircuit });
  return { before, after };
}

export async function deleteDestination(runtime: Runtime, scope: TenantScope, id: string): Promise<Destination> {
  const destination = await findDestination(runtime, scope, id);
  const webhooks = await tenantDb(runtime.prisma, scope).webhook.findMany({
    where: scoped(scope, { destinationId: id }),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const rules = await tenantDb(runtime.prisma, scope).notificationRule.findMany({
    where: scoped(scope, { destinations: { some: { destinationId: id } } }),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (webhooks.length > 0 || rules.length > 0) throw new DestinationInUseError(id, webhooks, rules);
  try {
    await tenantDb(runtime.prisma, scope).destination.delete({ where: { id } });
  } catch (error) {
    // A webhook was created for it meanwhile: the foreign key refused the delete.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") return deleteDestination(runtime, scope, id);
    throw error;
  }
  return destination;
}
