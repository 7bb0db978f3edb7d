// Organizations (business units): the one a request acts in, for partners
// whose tokens reach several a search among them (README, "Roles and
// partners"), and for admins of wide reach their creation, renaming and
// archiving (server/organizations/organization-admin.ts).
import {
  archiveOrganization,
  createOrganizationAs,
  mayCreateOrganizations,
  renameOrganization,
} from "../server/organizations/organization-admin.ts";
import { ConflictError, NotFoundError, OrganizationArchivedError, ValidationError } from "../server/errors.ts";
import { reachableOrganizations } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { ErrorInterface } from "./errors.ts";
import { recordPayload } from "./record-payload.ts";
import { containsText } from "./text-search.ts";

export const OrganizationNode = builder.prismaNode("Organization", {
  id: { field: "id" },
  // node(id) of a record another organization owns (or none) is null, not an error.
  nullable: true,
  findUnique: (id, ctx) => reachableOrganizations(ctx.principal, { id }),
  authScopes: { viewer: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", {
      type: "DateTime",
      nullable: true,
      description: "Set once archived: its tokens no longer work and nothing is published or delivered for it.",
    }),
  }),
});

function organizationWhere(ctx: GraphQLContext, search: string | null | undefined, archived: boolean | null | undefined) {
  const term = search?.trim();
  return reachableOrganizations(ctx.principal, {
    ...(term ? { OR: [{ id: term }, { name: containsText(term) }] } : {}),
    ...(archived !== null && archived !== undefined && { archivedAt: archived ? { not: null } : null }),
  });
}

builder.queryField("organizations", (t) =>
  t.prismaConnection(
    {
      type: "Organization",
      cursor: "id",
      authScopes: { viewer: true },
      description: "The organizations this token reaches, found by id or part of the name. Act in one with the X-Organization-Id header.",
      args: {
        search: t.arg.string(),
        archived: t.arg.boolean({
          defaultValue: false,
          description: "Only archived (true) or only active (false, the default) organizations; null for both.",
        }),
      },
      resolve: (query, _root, { search, archived }, ctx) =>
        ctx.runtime.prisma.organization.findMany({ ...query, orderBy: { name: "asc" }, where: organizationWhere(ctx, search, archived) }),
      totalCount: (_root, { search, archived }, ctx) =>
        ctx.runtime.prisma.organization.count({ where: organizationWhere(ctx, search, archived) }),
    },
    { name: "OrganizationConnection" },
    { name: "OrganizationEdge" },
  ),
);

builder.objectType(OrganizationArchivedError, {
  name: "OrganizationArchivedError",
  description: "The organization is archived: nothing is published or delivered for it.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof OrganizationArchivedError,
  fields: (t) => ({ organizationId: t.exposeID("organizationId") }),
});

// Read through the plain client: the organization acted on is often not the one the request acts in.
const OrganizationPayload = recordPayload("Organization", (ctx) => ctx.runtime.prisma.organization);

builder.mutationField("createOrganization", (t) =>
  t.field({
    type: OrganizationPayload,
    authScopes: (_root, _args, ctx) => mayCreateOrganizations(ctx.principal, ctx.runtime.config),
    description:
      "Creates an organization (admins over all organizations; admins over several when SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS is on, who then reach it). Its first token: createAccessToken with organizationId.",
    errors: { types: [ValidationError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("CreateOrganizationInput", { fields: (f) => ({ name: f.string({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => createOrganizationAs(ctx, ctx.principal, { name: input.name }),
  }),
);

builder.mutationField("updateOrganization", (t) =>
  t.field({
    type: OrganizationPayload,
    authScopes: { admin: true },
    description: "Renames an organization: the one the request acts in, or another this token reaches (id).",
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateOrganizationInput", {
          fields: (f) => ({
            id: f.id({ description: "Defaults to the organization the request acts in." }),
            name: f.string({ required: true }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) => renameOrganization(ctx, ctx.principal, input.id ?? ctx.scope.organizationId, { name: input.name }),
  }),
);

builder.mutationField("archiveOrganization", (t) =>
  t.field({
    type: OrganizationPayload,
    authScopes: (_root, _args, ctx) => ctx.principal.role === "ADMIN" && ctx.principal.reach === "ALL",
    description:
      "Archives an organization (admins over all organizations, not their token's own): its tokens stop working, its pending deliveries are cancelled, its history stays.",
    errors: { types: [NotFoundError, ConflictError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ArchiveOrganizationInput", { fields: (f) => ({ id: f.id({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => archiveOrganization(ctx, ctx.principal, input.id),
  }),
);
