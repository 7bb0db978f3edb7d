// Programs group an organization's work: a webhook is global, or
// linked to one program and then receives only that program's events.
import { z } from "zod";
import type { Program } from "../db/generated/client.ts";
import type { Operation } from "../operation.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import { changeRecord } from "../changes/record-change.ts";

const fields = {
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  description: z.string().trim().max(2000, "Description is at most 2000 characters."),
};

async function checkNameFree(op: Operation, name: string, exceptId?: string): Promise<void> {
  const holder = await op.db.program.findFirst({ where: scoped(op.scope, { name, NOT: exceptId ? { id: exceptId } : undefined }) });
  if (holder) throw new ConflictError(`A program is already named "${name}".`, ["input", "name"]);
}

export async function findProgram(op: Operation, id: string): Promise<Program> {
  const program = await op.db.program.findFirst({ where: scoped(op.scope, { id }) });
  if (!program) throw new NotFoundError("Program", id);
  return program;
}

/** A program of this organization, or a validation error at `path`. */
export async function requireProgram(op: Operation, id: string, path: string[]): Promise<Program> {
  const program = await op.db.program.findFirst({ where: scoped(op.scope, { id }) });
  if (!program) throw ValidationError.field(path, `No program ${id} in this organization.`);
  return program;
}

export async function createProgram(op: Operation, raw: { name: string; description?: string }): Promise<Program> {
  const input = parseInput(z.object({ name: fields.name, description: fields.description.default("") }), raw);
  return changeRecord(op, "program.created", "Program", async (tx) => {
    await checkNameFree(tx, input.name);
    return {
      after: await tx.db.program.create({
        data: scoped(tx.scope, { id: newId("Program"), name: input.name, description: input.description }),
      }),
    };
  });
}

export async function updateProgram(op: Operation, id: string, raw: { name?: string; description?: string }): Promise<Program> {
  const input = parseInput(z.object({ name: fields.name.optional(), description: fields.description.optional() }), raw);
  return changeRecord(op, "program.updated", "Program", async (tx) => {
    const before = await findProgram(tx, id);
    if (input.name !== undefined && input.name !== before.name) await checkNameFree(tx, input.name, id);
    return { before, after: await tx.db.program.update({ where: { id }, data: input }) };
  });
}
