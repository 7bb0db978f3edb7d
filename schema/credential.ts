// Credentials: create and delete only; secrets never leave the server.
import { createCredential, deleteCredential, type CreatedCredential } from "../server/credentials/credentials.ts";
import { credentialType } from "../server/credentials/credential-types.ts";
import { describeCredentialTypes, type FieldDescription, type TypeDescription } from "../server/credentials/credential-form.ts";
import { CredentialInGraceError, CredentialInUseError, NotFoundError, ValidationError } from "../server/errors.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { CredentialType as CredentialTypeValues } from "../server/db/generated/enums.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { DeletedPayload } from "./deleted-payload.ts";
import { ErrorInterface } from "./errors.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { sortedConnectionField } from "./sorted-connection-field.ts";
import { containsText } from "./text-search.ts";

export const CredentialType = builder.enumType(CredentialTypeValues, { name: "CredentialType" });

const CredentialDirection = builder.enumType("CredentialDirection", {
  description: "OUTGOING credentials authenticate Switchyard's requests; INCOMING ones verify webhooks others send.",
  values: ["OUTGOING", "INCOMING"] as const,
});

const CredentialNode = builder.prismaNode("Credential", {
  ...scopedNodeOptions(),
  description: "A typed credential. It cannot be edited (delete it and create another), and its secrets are never returned.",
  fields: (t) => ({
    name: t.exposeString("name"),
    type: t.expose("type", { type: CredentialType }),
    direction: t.field({ type: CredentialDirection, resolve: (c) => credentialType(c.type).direction }),
    system: t.exposeString("system", { description: 'The system it is for, e.g. "Webhook destination".' }),
    hint: t.exposeString("hint", {
      nullable: true,
      description: "A non-secret reminder: a key id, a username, or the last characters of a secret.",
    }),
    publicFields: t.field({
      type: "JSONObject",
      description: "The fields that are not secret, e.g. an API key id or a header name.",
      resolve: (c) => c.publicFields as object,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    destinations: t.relation("destinations", {
      description: "Destinations that authenticate with this credential.",
      query: { orderBy: { name: "asc" } },
    }),
  }),
});

const CredentialFilter = builder.inputType("CredentialFilter", {
  fields: (t) => ({
    type: t.field({ type: CredentialType }),
    direction: t.field({ type: CredentialDirection }),
    system: t.string({ description: "Exact system name." }),
    search: t.string({ description: "Part of the name, case-insensitive." }),
  }),
});

function credentialWhere(ctx: GraphQLContext, filter: typeof CredentialFilter.$inferInput | null | undefined) {
  const ofDirection = filter?.direction
    ? Object.values(CredentialTypeValues).filter((type) => credentialType(type).direction === filter.direction)
    : undefined;
  return scoped(ctx.scope, {
    AND: [
      filter?.type ? { type: filter.type } : {},
      ofDirection ? { type: { in: ofDirection } } : {},
      filter?.system ? { system: filter.system } : {},
      filter?.search ? { name: containsText(filter.search) } : {},
    ],
  });
}

sortedConnectionField("credentials", {
  node: CredentialNode,
  description: "The organization's credentials, newest first unless ordered otherwise.",
  filter: CredentialFilter,
  where: credentialWhere,
  orderFields: { NAME: "name", TYPE: "type", CREATED_AT: "createdAt" },
  defaultSort: { field: "createdAt", direction: "desc" },
  // Types sort in the order the schema declares them (the database's enum order).
  enumValues: { type: Object.values(CredentialTypeValues) },
  model: (ctx) => ctx.runtime.prisma.credential,
});

const CreateCredentialPayload = builder.objectRef<CreatedCredential>("CreateCredentialPayload").implement({
  fields: (t) => ({
    credential: t.prismaField({
      type: "Credential",
      resolve: (query, { credential }, _args, ctx) => ctx.db.credential.findUniqueOrThrow({ ...query, where: { id: credential.id } }),
    }),
    generatedSecret: t.string({
      nullable: true,
      description: "The signing secret Switchyard generated because none was given (STANDARD_WEBHOOKS). Shown here once, never again.",
      resolve: ({ generated }) => Object.values(generated)[0] ?? null,
    }),
  }),
});

const CreateCredentialInput = builder.inputType("CreateCredentialInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    type: t.field({ type: CredentialType, required: true }),
    system: t.string({ defaultValue: "Webhook destination", description: "The system the credential is for." }),
    fields: t.field({
      type: "JSONObject",
      required: true,
      description: "The type's fields (see `credentialTypes`), e.g. `{ apiKey, apiSecret }` for M3TER_SIGNED_REQUEST.",
    }),
  }),
});

builder.mutationField("createCredential", (t) =>
  t.field({
    type: CreateCredentialPayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError], directResult: true },
    args: { input: t.arg({ type: CreateCredentialInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createCredential(ctx, {
        name: input.name,
        type: input.type,
        system: input.system ?? "Webhook destination",
        fields: input.fields,
      }),
  }),
);

builder.objectType(CredentialInUseError, {
  name: "CredentialInUseError",
  description: "The credential is still used by destinations or sources; they are listed.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CredentialInUseError,
  fields: (t) => ({
    destinations: t.prismaField({
      type: ["Destination"],
      resolve: (query, error, _args, ctx) =>
        ctx.runtime.prisma.destination.findMany({
          ...query,
          where: scoped(ctx.scope, { id: { in: error.destinations.map((d) => d.id) } }),
          orderBy: { name: "asc" },
        }),
    }),
    sources: t.prismaField({
      type: ["Source"],
      resolve: (query, error, _args, ctx) =>
        ctx.runtime.prisma.source.findMany({
          ...query,
          where: scoped(ctx.scope, { id: { in: error.sources.map((s) => s.id) } }),
          orderBy: { name: "asc" },
        }),
    }),
  }),
});

const GraceDestination = builder.objectRef<CredentialInGraceError["destinations"][number]>("CredentialGraceDestination").implement({
  description: "A destination still sending a credential's signature, and until when.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    graceEndsAt: t.expose("previousCredentialUntil", { type: "DateTime" }),
  }),
});

builder.objectType(CredentialInGraceError, {
  name: "CredentialInGraceError",
  description: "The credential is the previous one of destinations in a rotation's grace period; they are listed with its end.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CredentialInGraceError,
  fields: (t) => ({ destinations: t.field({ type: [GraceDestination], resolve: (error) => error.destinations }) }),
});

builder.mutationField("deleteCredential", (t) =>
  t.field({
    type: DeletedPayload,
    authScopes: { operator: true },
    errors: { types: [NotFoundError, CredentialInUseError, CredentialInGraceError], directResult: true },
    args: {
      input: t.arg({
        type: builder.inputType("DeleteCredentialInput", { fields: (f) => ({ id: f.id({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => deleteCredential(ctx, input.id),
  }),
);

const CredentialFieldInfo = builder.objectRef<FieldDescription>("CredentialFieldInfo").implement({
  description: "One field of a credential type, enough to build its form.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The key in createCredential's `fields`." }),
    label: t.exposeString("label"),
    secret: t.exposeBoolean("secret", { description: "Write-only: never returned after creation." }),
    required: t.exposeBoolean("required"),
    generated: t.exposeBoolean("generated", { description: "Left out, Switchyard generates it and shows it once." }),
    options: t.exposeStringList("options", { nullable: true }),
    defaultValue: t.exposeString("defaultValue", { nullable: true }),
  }),
});

const CredentialTypeInfo = builder.objectRef<TypeDescription>("CredentialTypeInfo").implement({
  fields: (t) => ({
    type: t.field({ type: CredentialType, resolve: (info) => info.type }),
    direction: t.field({ type: CredentialDirection, resolve: (info) => info.direction }),
    label: t.exposeString("label"),
    fields: t.field({ type: [CredentialFieldInfo], resolve: (info) => info.fields }),
  }),
});

const credentialTypeDescriptions = describeCredentialTypes();

builder.queryField("credentialTypes", (t) =>
  t.field({
    type: [CredentialTypeInfo],
    authScopes: { viewer: true },
    description: "Every credential type and its fields.",
    resolve: () => credentialTypeDescriptions,
  }),
);
