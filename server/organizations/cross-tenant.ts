// The one way a request acts in an organization other than the one it acts
// in: a named step, checked against the token's reach, that returns an
// Operation bound to the other organization (same actor, same runtime). Its
// writes go through that organization's own handle, so tenant scoping has no
// hole: the handle of the acting organization still refuses them.
import type { Principal } from "../auth/principal.ts";
import { reaches } from "../auth/principal.ts";
import { operationFor, type Operation } from "../operation.ts";

/** An operation in `organizationId` for `principal`, or undefined when it does not reach it (or it is archived). */
export async function operationInOrganization(op: Operation, principal: Principal, organizationId: string): Promise<Operation | undefined> {
  if (organizationId === op.scope.organizationId) return op;
  if (!reaches(principal, organizationId)) return undefined;
  const active = await op.runtime.prisma.organization.count({ where: { id: organizationId, archivedAt: null } });
  return active > 0 ? operationFor(op.runtime, { organizationId }, op.actor) : undefined;
}

/** An operation in the token's own organization (where partners' and operators' webhooks hear about what they did elsewhere). */
export function operationAtHome(op: Operation, principal: Principal): Operation {
  return principal.organizationId === op.scope.organizationId
    ? op
    : operationFor(op.runtime, { organizationId: principal.organizationId }, op.actor);
}
