// Raw SQL that selects several tables' columns in one row: each column named
// `alias.column`, and the row split back into one object per alias.
import { Prisma } from "./generated/client.ts";

/** `alias."column" AS "alias.column"` for every column of the table (identifiers from the schema, never values). */
export function columnsOf(alias: string, columns: readonly string[]): Prisma.Sql {
  return Prisma.raw(columns.map((column) => `${alias}."${column}" AS "${alias}.${column}"`).join(", "));
}

/** Splits a row of `alias.column` keys into one object per alias. */
export function splitRow(row: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const parts: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(row)) {
    const dot = key.indexOf(".");
    const alias = key.slice(0, dot);
    (parts[alias] ??= {})[key.slice(dot + 1)] = value;
  }
  return parts;
}
