// Every change to an organization's configuration goes through here: it is
// written to the audit log (who, with which token, what, before and after,
// secrets left out), and raises the matching system events.
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { systemEventsFor } from "../system-events/from-changes.ts";
import { raiseSystemEvent } from "../system-events/raise.ts";
import { snapshot, type Actor, type Change } from "./change.ts";

export { SWITCHYARD, type Action, type Actor, type Change } from "./change.ts";

export async function recordChange(runtime: Runtime, scope: TenantScope, actor: Actor, change: Change): Promise<void> {
  await runtime.prisma.auditEntry.create({
    data: scoped(scope, {
      id: newId("AuditEntry"),
      tokenId: actor.tokenId,
      tokenName: actor.tokenName,
      action: change.action,
      resourceType: change.resourceType,
      resourceId: change.resourceId,
      before: snapshot(change.before) ?? undefined,
      after: snapshot(change.after) ?? undefined,
      createdAt: runtime.clock.now(),
    }),
  });
  for (const event of systemEventsFor(change, actor, scope.organizationId)) await raiseSystemEvent(runtime, scope, event.type, event.data);
}
