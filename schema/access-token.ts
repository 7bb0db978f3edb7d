// Access tokens: create (secret shown once), rename, revoke, list.
import { createAccessToken, renameAccessToken, revokeAccessToken } from "../server/tokens/access-tokens.ts";
import { reachableOrganizations, scoped } from "../server/tenancy/scope.ts";
import { operationInOrganization } from "../server/organizations/cross-tenant.ts";
import { NotFoundError, ValidationError } from "../server/errors.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { Reach, Role } from "./role.ts";
import { OrganizationNode } from "./organization.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { containsText } from "./text-search.ts";

export const AccessTokenNode = builder.prismaNode("AccessToken", {
  ...scopedNodeOptions("admin"),
  description: "A named API credential. Its secret was shown once, at creation, and cannot be read back.",
  fields: (t) => ({
    name: t.exposeString("name"),
    role: t.expose("role", { type: Role }),
    reach: t.expose("reach", { type: Reach }),
    organizations: t.field({
      type: [OrganizationNode],
      description: "With reach ORGANIZATIONS, the other organizations it may act in: those the caller reaches too.",
      // Another admin of the home organization may list this token; organizations beyond the caller's own reach stay hidden, as node() hides them.
      select: (_args, ctx) => ({
        reaches: { where: { organization: reachableOrganizations(ctx.principal) }, select: { organization: true } },
      }),
      resolve: (token) => token.reaches.map((r) => r.organization),
    }),
    secretPrefix: t.exposeString("secretPrefix", { description: "The first characters of the secret, to tell tokens apart." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    revoked: t.boolean({ resolve: (token) => token.revokedAt !== null }),
    application: t.exposeBoolean("application", {
      description: "An application's token: its secret is a client secret for POST /oauth/token, not a bearer token.",
    }),
    clientId: t.string({
      nullable: true,
      description: "For an application, its OAuth2 client id (the client-credentials grant at POST /oauth/token).",
      select: { id: true, application: true },
      resolve: (token) => (token.application ? token.id : null),
    }),
  }),
});

const AccessTokenFilter = builder.inputType("AccessTokenFilter", {
  fields: (t) => ({
    revoked: t.boolean({ description: "Only revoked (true) or only active (false) tokens." }),
    search: t.string({ description: "Part of the name, case-insensitive." }),
  }),
});

function accessTokenWhere(ctx: GraphQLContext, filter: typeof AccessTokenFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, {
    ...(filter?.revoked === true && { revokedAt: { not: null } }),
    ...(filter?.revoked === false && { revokedAt: null }),
    ...(filter?.search && { name: containsText(filter.search) }),
  });
}

filteredConnectionField("accessTokens", {
  type: "AccessToken",
  role: "admin",
  description: "The organization's access tokens, newest first.",
  filter: AccessTokenFilter,
  where: accessTokenWhere,
  orderBy: { id: "desc" },
  model: (ctx) => ctx.runtime.prisma.accessToken,
});

const AccessTokenSecretPayload = builder.objectRef<{ token: { id: string }; secret: string }>("CreateAccessTokenPayload").implement({
  description: "A new token and its secret. The secret is shown here once and never again.",
  fields: (t) => ({
    accessToken: t.prismaField({
      type: "AccessToken",
      resolve: (query, { token }, _args, ctx) => ctx.runtime.prisma.accessToken.findUniqueOrThrow({ ...query, where: { id: token.id } }),
    }),
    secret: t.exposeString("secret", {
      description:
        "Send as `Authorization: Bearer <secret>` (an application's: as its client secret to POST /oauth/token). Store it now: it cannot be read back.",
    }),
  }),
});

const AccessTokenPayload = recordPayload("AccessToken", (ctx) => ctx.db.accessToken);

const CreateAccessTokenInput = builder.inputType("CreateAccessTokenInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    role: t.field({ type: Role, description: "What the token may do. Defaults to OPERATOR." }),
    reach: t.field({ type: Reach, description: "Which organizations it may act in. Defaults to ORGANIZATION (this one)." }),
    organizationIds: t.idList({ description: "With reach ORGANIZATIONS: the other organizations it may act in." }),
    organizationId: t.id({
      description:
        "The organization the token belongs to: the one the request acts in by default, or another this token reaches (a partner's first token in a new organization).",
    }),
    application: t.boolean({
      description:
        "For a third-party application (OAuth2 client credentials): its id is the client id and its secret the client secret, " +
        "which POST /oauth/token exchanges for short-lived access tokens; the secret is not itself a bearer token. Defaults to false.",
    }),
  }),
});

builder.mutationField("createAccessToken", (t) =>
  t.field({
    type: AccessTokenSecretPayload,
    authScopes: { admin: true },
    description: "Creates a token. The response carries its secret, which is never shown again.",
    errors: { types: [ValidationError], directResult: true },
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const home = input.organizationId ? await operationInOrganization(ctx, ctx.principal, input.organizationId) : ctx;
      if (!home)
        throw ValidationError.field(["input", "organizationId"], `Organization ${input.organizationId} is not one this token reaches.`);
      return createAccessToken(
        home,
        {
          name: input.name,
          role: input.role ?? "OPERATOR",
          reach: input.reach ?? undefined,
          organizationIds: input.organizationIds ?? undefined,
          application: input.application ?? false,
        },
        ctx.principal,
      );
    },
  }),
);

const RenameAccessTokenInput = builder.inputType("RenameAccessTokenInput", {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string({ required: true }) }),
});

builder.mutationField("renameAccessToken", (t) =>
  t.field({
    type: AccessTokenPayload,
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: { input: t.arg({ type: RenameAccessTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) => renameAccessToken(ctx, input.id, input.name),
  }),
);

const RevokeAccessTokenInput = builder.inputType("RevokeAccessTokenInput", {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

builder.mutationField("revokeAccessToken", (t) =>
  t.field({
    type: AccessTokenPayload,
    authScopes: { admin: true },
    description: "Revokes a token. Requests with it fail from the next one on; this cannot be undone.",
    errors: { types: [NotFoundError], directResult: true },
    args: { input: t.arg({ type: RevokeAccessTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) => revokeAccessToken(ctx, input.id),
  }),
);
