// Organizations: creating one (the command line: business units are set up by
// whoever runs Switchyard), and an organization's own settings.
import { z } from "zod";
import type { Organization } from "../db/generated/client.ts";
import { operationFor, type Operation } from "../operation.ts";
import type { Runtime } from "../runtime.ts";
import { NotFoundError } from "../errors.ts";
import { parseInput } from "../validation.ts";
import { changeRecord, type Actor } from "../changes/record-change.ts";
import { newId } from "../ids.ts";
import { ensureSystemEventTypes } from "../system-events/raise.ts";

const organizationName = z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters.");

/** An operation acting in an organization that does not exist yet, for `createOrganization` to make. */
export function forNewOrganization(runtime: Runtime, actor: Actor): Operation {
  return operationFor(runtime, { organizationId: newId("Organization") }, actor);
}

/** Creates `op`'s organization (see forNewOrganization), with its system event types, ready for tokens, destinations and webhooks. */
export async function createOrganization(op: Operation, raw: { name: string }): Promise<Organization> {
  const { name } = parseInput(z.object({ name: organizationName }), raw);
  return changeRecord(op, "organization.created", "Organization", async (tx) => {
    const organization = await tx.db.organization.create({ data: { id: tx.scope.organizationId, name } });
    await ensureSystemEventTypes(tx.db, organization.id);
    return { after: organization };
  });
}

export async function updateOrganization(op: Operation, raw: { name: string }): Promise<Organization> {
  const { name } = parseInput(z.object({ name: organizationName }), raw);
  const id = op.scope.organizationId;
  return changeRecord(op, "organization.updated", "Organization", async (tx) => {
    const before = await tx.db.organization.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Organization", id);
    return { before, after: await tx.db.organization.update({ where: { id }, data: { name } }) };
  });
}
