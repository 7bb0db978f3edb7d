// The schema builder: plugins and settings only. Types live one per file.
import SchemaBuilder, { type SchemaTypes } from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError } from "graphql";
import { JSONObjectResolver, JSONResolver } from "graphql-scalars";
import { ValidationError } from "../server/errors.ts";
import { idType } from "../server/ids.ts";
import type { PrismaClient } from "../server/db/database.ts";
import type { GraphQLContext } from "./context.ts";
import InputTextPlugin from "./input-text-plugin.ts";
import { getDatamodel, type default as PrismaTypes } from "./generated/pothos-prisma-types.ts";

const capitalize = (name: string) => name[0].toUpperCase() + name.slice(1);

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { admin: boolean; operator: boolean; viewer: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: object };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  // Order matters: inputText sits inside errors, so its ValidationError becomes a mutation's typed result.
  plugins: [ScopeAuthPlugin, RelayPlugin, ErrorsPlugin, InputTextPlugin, PrismaPlugin],
  scopeAuth: {
    // Subscriptions are checked when they start, not on each event.
    authorizeOnSubscribe: true,
    authScopes: async (ctx) => ({
      admin: ctx.principal.role === "ADMIN",
      operator: ctx.principal.role === "ADMIN" || ctx.principal.role === "OPERATOR",
      viewer: true,
    }),
    unauthorizedError: (_parent, _context, _info, result) =>
      new GraphQLError(result.message || "Not allowed.", { extensions: { code: "FORBIDDEN" } }),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Record ids are already typed (org_…, tok_…), so they serve as global ids unchanged.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => {
      const typename = idType(globalID);
      if (!typename) throw new GraphQLError(`Not a Switchyard id: ${globalID}`, { extensions: { code: "BAD_USER_INPUT" } });
      return { typename, id: globalID };
    },
  },
  errors: {
    // Every mutation can refuse its input (text the database cannot store, at least).
    defaultTypes: [ValidationError],
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
  },
  prisma: {
    // Its own loads (relation fallbacks, payload re-reads) go through the organization's handle too.
    client: (ctx) => ctx.db as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
  },
});

/** The builder's type parameters, for helpers that take refs (`InputObjectRef<BuilderTypes, …>`). */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

builder.queryType({});
builder.mutationType({});

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 string in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string.");
    return date;
  },
});

builder.addScalarType("JSON", JSONResolver);
builder.addScalarType("JSONObject", JSONObjectResolver);

export const SortDirection = builder.enumType("SortDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});
