// The audit log (admins): every change, who made it and with which token.
import { recordChange, type Action, type Change } from "../server/changes/record-change.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";

/** Records a change made by the request's principal. */
export function recordChangeBy(ctx: GraphQLContext, change: Change): Promise<void> {
  return recordChange(ctx.runtime, ctx.scope, { tokenId: ctx.principal.tokenId, tokenName: ctx.principal.tokenName }, change);
}

builder.prismaNode("AuditEntry", {
  ...scopedNodeOptions("admin"),
  fields: (t) => ({
    action: t.exposeString("action", { description: "resource.verb, e.g. destination.updated." }),
    resourceType: t.exposeString("resourceType"),
    resourceId: t.exposeID("resourceId"),
    tokenId: t.exposeID("tokenId", { nullable: true, description: "Null when Switchyard made the change itself." }),
    tokenName: t.exposeString("tokenName"),
    before: t.expose("before", { type: "JSON", nullable: true }),
    after: t.expose("after", { type: "JSON", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const AuditFilter = builder.inputType("AuditLogFilter", {
  fields: (t) => ({
    resourceId: t.id(),
    resourceType: t.string(),
    action: t.string(),
    tokenId: t.id(),
    since: t.field({ type: "DateTime" }),
    until: t.field({ type: "DateTime" }),
  }),
});

function auditWhere(ctx: GraphQLContext, filter: typeof AuditFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    AND: [
      filter?.resourceId ? { resourceId: filter.resourceId } : {},
      filter?.resourceType ? { resourceType: filter.resourceType } : {},
      filter?.action ? { action: filter.action } : {},
      filter?.tokenId ? { tokenId: filter.tokenId } : {},
      filter?.since ? { createdAt: { gte: filter.since } } : {},
      filter?.until ? { createdAt: { lt: filter.until } } : {},
    ],
  });
}

filteredConnectionField("auditLog", {
  type: "AuditEntry",
  role: "admin",
  description: "Changes to the organization, newest first.",
  filter: AuditFilter,
  where: auditWhere,
  orderBy: { id: "desc" },
  model: (ctx) => ctx.runtime.prisma.auditEntry,
});

/** Records a change to one record and returns the record as the mutation should (the new state, or the deleted one). */
export async function changed<T extends { id: string }>(
  ctx: GraphQLContext,
  action: Action,
  resourceType: string,
  change: { before?: T | null; after?: T | null },
): Promise<T> {
  const record = (change.after ?? change.before)!;
  await recordChangeBy(ctx, { action, resourceType, resourceId: record.id, before: change.before, after: change.after });
  return record;
}
