// A root list that clients may sort by a choice of columns: its `<Node>Order`
// input, `<Node>Connection` with `totalCount`, and the query field that pages
// with `sortedConnection`, reading only what the selection asks for.
import type { InputObjectRef, ObjectRef } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder, SortDirection as SortDirectionEnum, type BuilderTypes } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { sortedConnection, totalCountOf, type Sort, type SortDirection } from "./sorted-connection.ts";

/** The Prisma model the list reads (e.g. `ctx.runtime.prisma.webhook`): a page of it, and how many match. */
export interface SortedModel<Row, W> {
  /** The selection's relations, the filter and the cursor's bounds, the sort. */
  findMany(query: ReturnType<typeof queryFromInfo> & { where: { AND: [W, object] }; orderBy: object[]; take: number }): Promise<Row[]>;
  count(query: { where: W }): Promise<number>;
}

export function sortedConnectionField<F extends string, Row extends { id: string }, Filter extends object, W extends object>(
  name: string,
  options: {
    node: ObjectRef<BuilderTypes, Row>;
    description?: string;
    filter: InputObjectRef<BuilderTypes, Filter>;
    where: (ctx: GraphQLContext, filter: Filter | null | undefined) => W;
    /** The columns a client may sort by: GraphQL enum value → column. */
    orderFields: Record<string, F>;
    defaultSort: Sort<F>;
    /** Enum columns among `orderFields`: their values in the database's order. */
    enumValues?: Partial<Record<F, readonly string[]>>;
    model: (ctx: GraphQLContext) => SortedModel<Row, W>;
  },
) {
  const type = options.node.name;
  const OrderField = builder.enumType(`${type}OrderField`, {
    values: Object.fromEntries(Object.entries(options.orderFields).map(([key, value]) => [key, { value }])),
  });
  const Order = builder.inputType(`${type}Order`, {
    fields: (t) => ({
      field: t.field({ type: OrderField, required: true }),
      direction: t.field({ type: SortDirectionEnum, defaultValue: options.defaultSort.direction }),
    }),
  });
  const Connection = builder.connectionObject({ type: options.node, name: `${type}Connection` }, { name: `${type}Edge` });
  builder.objectField(Connection, "totalCount", (t) => t.int({ resolve: totalCountOf }));

  builder.queryField(name, (t) =>
    t.connection(
      {
        type: options.node,
        authScopes: { viewer: true },
        description: options.description,
        args: { filter: t.arg({ type: options.filter }), orderBy: t.arg({ type: Order }) },
        resolve: (_root, args, ctx, info) => {
          // Pothos cannot resolve its argument types over these type parameters; this is their shape.
          const { filter, orderBy } = args as { filter?: Filter | null; orderBy?: { field: F; direction?: SortDirection | null } | null };
          const where = options.where(ctx, filter);
          const sort: Sort<F> = {
            field: orderBy?.field ?? options.defaultSort.field,
            direction: orderBy?.direction ?? options.defaultSort.direction,
          };
          sort.enumValues = options.enumValues?.[sort.field];
          return sortedConnection<F, Row>(
            args,
            sort,
            (page) =>
              options.model(ctx).findMany({
                ...queryFromInfo({ context: ctx, info, path: ["edges", "node"], typeName: type }),
                where: { AND: [where, page.where] },
                orderBy: page.orderBy,
                take: page.take,
              }),
            () => options.model(ctx).count({ where }),
          );
        },
      },
      Connection,
    ),
  );
}
