// Organizations: creating one (the command line: business units are set up by
// whoever runs Switchyard), and an organization's own settings.
import { z } from "zod";
import type { Organization } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import type { TenantScope } from "../tenancy/scope.ts";
import { NotFoundError } from "../errors.ts";
import { parseInput } from "../validation.ts";
import type { Changed } from "../changes/changed.ts";
import { newId } from "../ids.ts";
import { ensureSystemEventTypes } from "../system-events/raise.ts";

const organizationName = z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters.");

/** A new organization with its system event types, ready for tokens, destinations and webhooks. Run it in a transaction. */
export async function createOrganization(db: Db, raw: { name: string }): Promise<Organization> {
  const { name } = parseInput(z.object({ name: organizationName }), raw);
  const organization = await db.organization.create({ data: { id: newId("Organization"), name } });
  await ensureSystemEventTypes(db, organization.id);
  return organization;
}

export async function updateOrganization(db: Db, scope: TenantScope, raw: { name: string }): Promise<Changed<Organization>> {
  const { name } = parseInput(z.object({ name: organizationName }), raw);
  const before = await db.organization.findUnique({ where: { id: scope.organizationId } });
  if (!before) throw new NotFoundError("Organization", scope.organizationId);
  return { before, after: await db.organization.update({ where: { id: scope.organizationId }, data: { name } }) };
}
