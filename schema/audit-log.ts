// The audit log (admins): every change, who made it and with which token.
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { budgetedJson } from "./response-budget.ts";

builder.prismaNode("AuditEntry", {
  ...scopedNodeOptions("admin"),
  // Only the columns its fields ask for: a stored payload or body is read once counted (response-budget.ts).
  select: { id: true },
  fields: (t) => ({
    action: t.exposeString("action", { description: "resource.verb, e.g. destination.updated." }),
    resourceType: t.exposeString("resourceType"),
    resourceId: t.exposeID("resourceId"),
    tokenId: t.exposeID("tokenId", { nullable: true, description: "Null when Switchyard made the change itself." }),
    tokenName: t.exposeString("tokenName"),
    before: t.field({ ...budgetedJson("AuditEntry", "before"), nullable: true }),
    after: t.field({ ...budgetedJson("AuditEntry", "after"), nullable: true }),
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
