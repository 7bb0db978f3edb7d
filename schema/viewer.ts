// `viewer`: who the request is made as, and the organization it acts in.
import type { Principal } from "../server/auth/principal.ts";
import { mayCreateOrganizations } from "../server/organizations/organization-admin.ts";
import { builder } from "./builder.ts";
import { Reach, Role } from "./role.ts";

const Viewer = builder.objectRef<Principal>("Viewer").implement({
  description: "The principal behind the request.",
  fields: (t) => ({
    tokenId: t.exposeID("tokenId"),
    tokenName: t.exposeString("tokenName"),
    role: t.expose("role", { type: Role }),
    reach: t.expose("reach", { type: Reach }),
    homeOrganizationId: t.exposeID("organizationId", { description: "The token's own organization." }),
    canCreateOrganizations: t.boolean({
      description:
        "Whether createOrganization is open to it (admins over all; over several with SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS).",
      resolve: (principal, _args, ctx) => mayCreateOrganizations(principal, ctx.runtime.config),
    }),
    organization: t.prismaField({
      type: "Organization",
      description: "The organization this request acts in.",
      resolve: (query, _principal, _args, ctx) =>
        ctx.runtime.prisma.organization.findUniqueOrThrow({ ...query, where: { id: ctx.scope.organizationId } }),
    }),
  }),
});

builder.queryField("viewer", (t) => t.field({ type: Viewer, authScopes: { viewer: true }, resolve: (_root, _args, ctx) => ctx.principal }));
