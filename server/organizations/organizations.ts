// An organization's own settings.
import { z } from "zod";
import type { Organization } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import type { TenantScope } from "../tenancy/scope.ts";
import { NotFoundError } from "../errors.ts";
import { parseInput } from "../validation.ts";
import type { Changed } from "../changes/changed.ts";

export async function updateOrganization(db: Db, scope: TenantScope, raw: { name: string }): Promise<Changed<Organization>> {
  const { name } = parseInput(z.object({ name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters.") }), raw);
  const before = await db.organization.findUnique({ where: { id: scope.organizationId } });
  if (!before) throw new NotFoundError("Organization", scope.organizationId);
  return { before, after: await db.organization.update({ where: { id: scope.organizationId }, data: { name } }) };
}
