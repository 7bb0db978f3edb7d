// Relay connections sorted by any column, paged by keyset (value, id) rather
// than offset, so pages stay stable and cheap however deep they go.
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";

export type SortDirection = "asc" | "desc";

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

type CursorValue = string | number | null | { date: string };

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

/** The where clause for rows strictly after `cursor` when walking in `direction`. */
function pastCursor(field: string, direction: SortDirection, cursor: string): object {
  const { value, id } = decode(cursor);
  const op = direction === "asc" ? "gt" : "lt";
  if (field === "id") return { id: { [op]: id } };
  return { OR: [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: id } }] };
}

/** The connection's `totalCount`, counted only when a client asks for it. */
export function totalCountOf(connection: object): Promise<number> {
  return (connection as { totalCount: () => Promise<number> }).totalCount();
}

export async function sortedConnection<F extends string, T extends { id: string } & Record<F, unknown>>(
  args: ConnectionArgs,
  sort: Sort<F>,
  findMany: (query: { where: object; orderBy: object[]; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const connection = await resolveCursorConnection(
    { args, toCursor: (row: T) => encode(row[sort.field], row.id), defaultSize: 20, maxSize: 100 },
    ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
      // Walking backwards (last/before) reads the reverse order; the helper flips the page back.
      const direction: SortDirection = inverted ? (sort.direction === "asc" ? "desc" : "asc") : sort.direction;
      const bounds = [
        after && pastCursor(sort.field, sort.direction, after),
        before && pastCursor(sort.field, sort.direction === "asc" ? "desc" : "asc", before),
      ].filter(Boolean) as object[];
      const orderBy = sort.field === "id" ? [{ id: direction }] : [{ [sort.field]: direction }, { id: direction }];
      return findMany({ where: bounds.length > 0 ? { AND: bounds } : {}, orderBy, take: limit });
    },
  );
  return Object.assign(connection, { totalCount: count });
}
