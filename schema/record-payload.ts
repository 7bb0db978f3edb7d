// A mutation's result naming the record it wrote: `<Model>Payload { <model> }`,
// read again by id with just the selection the client asked for.
import type PrismaTypes from "./generated/pothos-prisma-types.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";

/** The Prisma model the record is in (e.g. `ctx.runtime.prisma.webhook`). */
export interface RecordModel<Model extends keyof PrismaTypes> {
  findUniqueOrThrow(query: {
    include?: PrismaTypes[Model]["Include"];
    select?: PrismaTypes[Model]["Select"];
    where: { id: string };
  }): Promise<PrismaTypes[Model]["Shape"]>;
}

export function recordPayload<Model extends keyof PrismaTypes & string, Shape extends { id: string } = { id: string }>(
  model: Model,
  of: (ctx: GraphQLContext) => RecordModel<Model>,
) {
  const field = model[0].toLowerCase() + model.slice(1);
  return builder.objectRef<Shape>(`${model}Payload`).implement({
    fields: (t) => ({
      [field]: t.prismaField({
        type: model,
        // Pothos cannot name a model's shape over a type parameter; RecordModel already ties it to Model.
        resolve: (query, { id }, _args, ctx) => of(ctx).findUniqueOrThrow({ ...query, where: { id } }) as never,
      }),
    }),
  });
}
