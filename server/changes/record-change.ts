// Every change to an organization's configuration is recorded by the
// operation that makes it, in the same transaction: an audit log entry (who,
// with which token, what, before and after, secrets left out) and the
// matching system events. A change is never committed without its record.
import { newId } from "../ids.ts";
import type { Operation } from "../operation.ts";
import { scoped } from "../tenancy/scope.ts";
import { systemEventsFor } from "../system-events/from-changes.ts";
import { raiseSystemEvent } from "../system-events/raise.ts";
import { snapshot, type Change } from "./change.ts";

export { SWITCHYARD, COMMAND_LINE, type Action, type Actor, type Change } from "./change.ts";

/** Records a change made through `op`; call it inside the transaction that made the change. */
export async function recordChange(op: Operation, change: Change): Promise<void> {
  await op.db.auditEntry.create({
    data: scoped(op.scope, {
      id: newId("AuditEntry"),
      tokenId: op.actor.tokenId,
      tokenName: op.actor.tokenName,
      action: change.action,
      resourceType: change.resourceType,
      resourceId: change.resourceId,
      before: snapshot(change.before) ?? undefined,
      after: snapshot(change.after) ?? undefined,
      createdAt: op.clock.now(),
    }),
  });
  for (const event of systemEventsFor(change, op.actor, op.scope.organizationId)) await raiseSystemEvent(op, event.type, event.data);
}

/**
 * Makes a change to one record and records it, in one transaction: `make`
 * returns the record as it was and as it is now (one of them absent for a
 * creation or a deletion); the result is the record as the caller should see
 * it (the new state, or the deleted one).
 */
export async function changeRecord<T extends { id: string }>(
  op: Operation,
  action: Change["action"],
  resourceType: string,
  make: (op: Operation) => Promise<{ before?: T | null; after?: T | null }>,
): Promise<T> {
  return op.transaction(async (tx) => {
    const { before, after } = await make(tx);
    const record = (after ?? before)!;
    await recordChange(tx, { action, resourceType, resourceId: record.id, before, after });
    return record;
  });
}
