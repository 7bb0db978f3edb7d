// Programs group an organization's work: a webhook is global, or
// linked to one program and then receives only that program's events.
import { z } from "zod";
import type { Program } from "../db/generated/client.ts";
import type { TenantClient } from "../tenancy/tenant-db.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import type { Changed } from "../changes/changed.ts";

const fields = {
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  description: z.string().trim().max(2000, "Description is at most 2000 characters."),
};

async function checkNameFree(db: TenantClient, scope: TenantScope, name: string, exceptId?: string): Promise<void> {
  const holder = await db.program.findFirst({ where: scoped(scope, { name, NOT: exceptId ? { id: exceptId } : undefined }) });
  if (holder) throw new ConflictError(`A program is already named "${name}".`, ["input", "name"]);
}

export async function findProgram(db: TenantClient, scope: TenantScope, id: string): Promise<Program> {
  const program = await db.program.findFirst({ where: scoped(scope, { id }) });
  if (!program) throw new NotFoundError("Program", id);
  return program;
}

/** A program of this organization, or a validation error at `path`. */
export async function requireProgram(db: TenantClient, scope: TenantScope, id: string, path: string[]): Promise<Program> {
  const program = await db.program.findFirst({ where: scoped(scope, { id }) });
  if (!program) throw ValidationError.field(path, `No program ${id} in this organization.`);
  return program;
}

export async function createProgram(db: TenantClient, scope: TenantScope, raw: { name: string; description?: string }): Promise<Program> {
  const input = parseInput(z.object({ name: fields.name, description: fields.description.default("") }), raw);
  await checkNameFree(db, scope, input.name);
  return db.program.create({ data: scoped(scope, { id: newId("Program"), name: input.name, description: input.description }) });
}

export async function updateProgram(
  db: TenantClient,
  scope: TenantScope,
  id: string,
  raw: { name?: string; description?: string },
): Promise<Changed<Program>> {
  const input = parseInput(z.object({ name: fields.name.optional(), description: fields.description.optional() }), raw);
  const before = await findProgram(db, scope, id);
  if (input.name !== undefined && input.name !== before.name) await checkNameFree(db, scope, input.name, id);
  return { before, after: await db.program.update({ where: { id }, data: input }) };
}
