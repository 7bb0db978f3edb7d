// A root list in one fixed order, paged by id: the query field with its
// filter argument, `<Model>Connection` and `totalCount`.
import type { InputObjectRef } from "@pothos/core";
import type PrismaTypes from "./generated/pothos-prisma-types.ts";
import { builder, type BuilderTypes } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import type { Role } from "./scoped-node.ts";

/** One page as Pothos plans it: the selection, the cursor, take and skip. */
type PageQuery<Model extends keyof PrismaTypes> = {
  include?: PrismaTypes[Model]["Include"];
  select?: PrismaTypes[Model]["Select"];
  cursor?: PrismaTypes[Model]["WhereUnique"];
  take: number;
  skip: number;
};

/** The Prisma model the list reads (e.g. `ctx.runtime.prisma.event`): a page of it, and how many match. */
export interface ListedModel<Model extends keyof PrismaTypes, W> {
  findMany(query: PageQuery<Model> & { where: W; orderBy: PrismaTypes[Model]["OrderBy"] }): Promise<PrismaTypes[Model]["Shape"][]>;
  count(query: { where: W }): Promise<number>;
}

export function filteredConnectionField<Model extends keyof PrismaTypes & string, Filter extends object, W extends object>(
  name: string,
  options: {
    type: Model;
    role?: Role;
    description?: string;
    filter: InputObjectRef<BuilderTypes, Filter>;
    where: (ctx: GraphQLContext, filter: Filter | null | undefined) => W;
    orderBy: PrismaTypes[Model]["OrderBy"];
    model: (ctx: GraphQLContext) => ListedModel<Model, W>;
  },
) {
  builder.queryField(name, (t) =>
    t.prismaConnection(
      // Pothos cannot check these options over a type parameter; the signature above types them for each caller.
      {
        type: options.type,
        cursor: "id",
        authScopes: { [options.role ?? "viewer"]: true },
        description: options.description,
        args: { filter: t.arg({ type: options.filter }) },
        resolve: (query: PageQuery<Model>, _root: unknown, { filter }: { filter?: Filter | null }, ctx: GraphQLContext) =>
          options.model(ctx).findMany({ ...query, orderBy: options.orderBy, where: options.where(ctx, filter) }),
        totalCount: (_root: unknown, { filter }: { filter?: Filter | null }, ctx: GraphQLContext) =>
          options.model(ctx).count({ where: options.where(ctx, filter) }),
      } as never,
      { name: `${options.type}Connection` },
      { name: `${options.type}Edge` },
    ),
  );
}
