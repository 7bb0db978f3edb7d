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

/** The most items one list answers: a connection's page, and the ids nodes(ids:) takes. */
const MAX_NODES = 100;

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
    // Each id is a read of its own: a page's worth at most, like every list.
    nodesQueryOptions: {
      description: `The nodes with these ids (at most ${MAX_NODES}), each null where no node of this organization has it.`,
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > MAX_NODES) {
          throw new GraphQLError(`nodes takes at most ${MAX_NODES} ids; this asked for ${ids.length}.`, {
            extensions: { code: "BAD_USER_INPUT" },
          });
        }
        return resolveNodes(ids);
      },
    },
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
    maxConnectionSize: MAX_NODES,
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
    // JavaScript reads years far beyond what is stored (to ±275760); the database's range is narrower.
    const year = date.getUTCFullYear();
    if (year < 1 || year > 9999) throw new GraphQLError("DateTime must be between the years 0001 and 9999.");
    return date;
  },
});

builder.addScalarType("JSON", JSONResolver);
builder.addScalarType("JSONObject", JSONObjectResolver);

export const SortDirection = builder.enumType("SortDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});
