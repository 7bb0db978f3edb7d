// A root list that clients may sort by a choice of columns: its `<Node>Order`
// input, `<Node>Connection` with `totalCount`, and the query field that pages
// with `sortedConnection`, reading only what the selection asks for.
import type { InputObjectRef, ObjectRef, SchemaTypes } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder, SortDirection as SortDirectionEnum } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { sortedConnection, totalCountOf, type Sort, type SortDirection } from "./sorted-connection.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/** One page's query: the selection's relations, the filter plus the cursor bounds, the sort. */
export type PageQuery<W> = ReturnType<typeof queryFromInfo> & { where: { AND: [W, object] }; orderBy: object[]; take: number };

export function sortedConnectionField<F extends string, Row extends { id: string } & Record<F, unknown>, Filter extends object, W extends object>(
  name: string,
  options: {
    node: ObjectRef<Types, Row>;
    description?: string;
    filter: InputObjectRef<Types, Filter>;
    where: (ctx: GraphQLContext, filter: Filter | null | undefined) => W;
    /** The columns a client may sort by: GraphQL enum value → column. */
    orderFields: Record<string, F>;
    defaultSort: Sort<F>;
    findMany: (ctx: GraphQLContext, query: PageQuery<W>) => Promise<Row[]>;
    count: (ctx: GraphQLContext, where: W) => Promise<number>;
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
          const sort: Sort<F> = { field: orderBy?.field ?? options.defaultSort.field, direction: orderBy?.direction ?? options.defaultSort.direction };
          return sortedConnection<F, Row>(
            args,
            sort,
            (page) =>
              options.findMany(ctx, {
                ...queryFromInfo({ context: ctx, info, path: ["edges", "node"], typeName: type }),
                where: { AND: [where, page.where] },
                orderBy: page.orderBy,
                take: page.take,
              }),
            () => options.count(ctx, where),
          );
        },
      },
      Connection,
    ),
  );
}
