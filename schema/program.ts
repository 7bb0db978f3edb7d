// Programs: webhooks are global or linked to one program.
import { createProgram, updateProgram } from "../server/programs/programs.ts";
import { ConflictError, NotFoundError, ValidationError } from "../server/errors.ts";
import { scoped } from "../server/tenancy/scope.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { scopedNodeOptions } from "./scoped-node.ts";
import { recordPayload } from "./record-payload.ts";
import { filteredConnectionField } from "./filtered-connection-field.ts";
import { containsText } from "./text-search.ts";

builder.prismaNode("Program", {
  ...scopedNodeOptions(),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    webhooks: t.relation("webhooks", { description: "The webhooks linked to this program.", query: { orderBy: { name: "asc" } } }),
  }),
});

const ProgramFilter = builder.inputType("ProgramFilter", { fields: (t) => ({ search: t.string({ description: "Part of the name." }) }) });

function programWhere(ctx: GraphQLContext, filter: typeof ProgramFilter.$inferInput | null | undefined) {
  return scoped(ctx.scope, filter?.search ? { name: containsText(filter.search) } : {});
}

filteredConnectionField("programs", {
  type: "Program",
  filter: ProgramFilter,
  where: programWhere,
  orderBy: { id: "asc" },
  model: (ctx) => ctx.runtime.prisma.program,
});

const ProgramPayload = recordPayload("Program", (ctx) => ctx.db.program);

builder.mutationField("createProgram", (t) =>
  t.field({
    type: ProgramPayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, ConflictError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("CreateProgramInput", { fields: (f) => ({ name: f.string({ required: true }), description: f.string() }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => createProgram(ctx, { name: input.name, description: input.description ?? undefined }),
  }),
);

builder.mutationField("updateProgram", (t) =>
  t.field({
    type: ProgramPayload,
    authScopes: { operator: true },
    errors: { types: [ValidationError, ConflictError, NotFoundError], directResult: true },
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("UpdateProgramInput", {
          fields: (f) => ({ id: f.id({ required: true }), name: f.string(), description: f.string() }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateProgram(ctx, input.id, { name: input.name ?? undefined, description: input.description ?? undefined }),
  }),
);
