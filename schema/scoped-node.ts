// The options every organization-owned node shares: found by id within the
// request's organization, so node(id) of a record another organization owns
// (or none) is null, not an error.
import { scoped } from "../server/tenancy/scope.ts";
import type { GraphQLContext } from "./context.ts";

/** The builder's auth scopes: the least role a type or field asks for. */
export type Role = "admin" | "operator" | "viewer";

export function scopedNodeOptions<R extends Role = "viewer">(role: R = "viewer" as R) {
  return {
    id: { field: "id" as const },
    nullable: true as const,
    findUnique: (id: string, ctx: GraphQLContext) => scoped(ctx.scope, { id }),
    authScopes: { [role]: true } as Record<R, true>,
  };
}
