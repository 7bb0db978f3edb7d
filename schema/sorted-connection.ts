// Relay connections sorted by any column, paged by keyset (value, id) rather
// than offset, so pages stay stable and cheap however deep they go.
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";

export type SortDirection = "asc" | "desc";

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
  /**
   * For an enum column, its values in the database's order (the order of declaration): Prisma has no
   * greater-than on enums, so the cursor's bound names the values past it.
   */
  enumValues?: readonly string[];
}

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

type CursorValue = string | number | boolean | null | { date: string };

function encode(value: unknown, id: string): string {
  const v: CursorValue = value instanceof Date ? { date: value.toISOString() } : (value as string | number | null);
  return Buffer.from(JSON.stringify([v, id])).toString("base64url");
}

function decode(cursor: string): { value: unknown; id: string } {
  try {
    const [v, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [CursorValue, string];
    if (typeof id !== "string") throw new Error();
    return { value: v !== null && typeof v === "object" ? new Date(v.date) : v, id };
  } catch {
    throw new GraphQLError("Invalid cursor.", { extensions: { code: "BAD_USER_INPUT" } });
  }
}

/** The values of a boolean or enum column that sort strictly after `value` in `direction` (false before true). */
function valuesPast(value: unknown, direction: SortDirection, enumValues?: readonly string[]): unknown[] {
  const order = enumValues ?? [false, true];
  const at = order.indexOf(value as never);
  return direction === "asc" ? order.slice(at + 1) : order.slice(0, Math.max(0, at));
}

/** The where clause for rows strictly after `cursor` when walking in `direction`. */
function pastCursor(sort: Pick<Sort<string>, "field" | "enumValues">, direction: SortDirection, cursor: string): object {
  const { field } = sort;
  const { value, id } = decode(cursor);
  const op = direction === "asc" ? "gt" : "lt";
  if (field === "id") return { id: { [op]: id } };
  return { OR: [beyond(field, value, direction, op, sort.enumValues), { ...at(field, value), id: { [op]: id } }] };
}

/** `leaf` under a column, or under a to-one relation's column ("destination.url" → { destination: { url: leaf } }). */
function at(field: string, leaf: unknown): object {
  return field
    .split(".")
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), leaf) as object;
}

/** A row's value of a column, or of a to-one relation's column. */
function valueAt(row: object, field: string): unknown {
  return field.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], row);
}

/** Rows whose sort column is strictly past `value`. */
function beyond(field: string, value: unknown, direction: SortDirection, op: "gt" | "lt", enumValues?: readonly string[]): object {
  // Prisma has no greater-than on enums (they take `in`) nor on booleans (equality only): the values past it, named.
  if (enumValues) return at(field, { in: valuesPast(value, direction, enumValues) });
  if (typeof value === "boolean") {
    const [past] = valuesPast(value, direction);
    return past === undefined ? { id: { in: [] } } : at(field, past);
  }
  return at(field, { [op]: value });
}

/** The connection's `totalCount`, counted only when a client asks for it. */
export function totalCountOf(connection: object): Promise<number> {
  return (connection as { totalCount: () => Promise<number> }).totalCount();
}

export async function sortedConnection<F extends string, T extends { id: string }>(
  args: ConnectionArgs,
  sort: Sort<F>,
  findMany: (query: { where: object; orderBy: object[]; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const connection = await resolveCursorConnection(
    { args, toCursor: (row: T) => encode(valueAt(row, sort.field), row.id), defaultSize: 20, maxSize: 100 },
    ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
      // Walking backwards (last/before) reads the reverse order; the helper flips the page back.
      const direction: SortDirection = inverted ? (sort.direction === "asc" ? "desc" : "asc") : sort.direction;
      const bounds = [
        after && pastCursor(sort, sort.direction, after),
        before && pastCursor(sort, sort.direction === "asc" ? "desc" : "asc", before),
      ].filter(Boolean) as object[];
      const orderBy = sort.field === "id" ? [{ id: direction }] : [at(sort.field, direction), { id: direction }];
      return findMany({ where: bounds.length > 0 ? { AND: bounds } : {}, orderBy, take: limit });
    },
  );
  return Object.assign(connection, { totalCount: count });
}
