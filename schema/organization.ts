// Organizations (business units): the one a request acts in, and, for
// partners whose tokens reach several, a search among them (README, "Roles and partners").
import { updateOrganization } from "../server/organizations/organizations.ts";
import { NotFoundError, ValidationError } from "../server/errors.ts";
import { reachableOrganizations } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { recordPayload } from "./record-payload.ts";

export const OrganizationNode = builder.prismaNode("Organization", {
  id: { field: "id" },
  // node(id) of a record another organization owns (or none) is null, not an error.
  nullable: true,
  findUnique: (id, ctx) => reachableOrganizations(ctx.principal, { id }),
  authScopes: { viewer: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function organizationWhere(ctx: GraphQLContext, search: string | null | undefined) {
  const term = search?.trim();
  return reachableOrganizations(
    ctx.principal,
    term ? { OR: [{ id: term }, { name: { contains: term, mode: "insensitive" as const } }] } : {},
  );
}

builder.queryField("organizations", (t) =>
  t.prismaConnection(
    {
      type: "Organization",
      cursor: "id",
      authScopes: { viewer: true },
      description: "The organizations this token reaches, found by id or part of the name. Act in one with the X-Organization-Id header.",
      args: { search: t.arg.string() },
      resolve: (query, _root, { search }, ctx) =>
        ctx.runtime.prisma.organization.findMany({ ...query, orderBy: { name: "asc" }, where: organizationWhere(ctx, search) }),
      totalCount: (_root, { search }, ctx) => ctx.runtime.prisma.organization.count({ where: organizationWhere(ctx, search) }),
    },
    { name: "OrganizationConnection" },
    { name: "OrganizationEdge" },
  ),
);

const OrganizationPayload = recordPayload("Organization", (ctx) => ctx.runtime.prisma.organization);

builder.mutationField("updateOrganization", (t) =>
  t.field({
    type: OrganizationPayload,
    authScopes: { admin: true },
    description: "Renames the organization the request acts in.",
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateOrganizationInput", { fields: (f) => ({ name: f.string({ required: true }) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => updateOrganization(ctx, { name: input.name }),
  }),
);
