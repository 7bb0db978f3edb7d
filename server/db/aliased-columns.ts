// Raw SQL that selects several tables' columns in one row: each column named
// `alias.column`, and the row split back into one object per alias.
import { Prisma } from "./generated/client.ts";

/** `alias."column" AS "alias.column"` for every column of the table (identifiers from the schema, never values). */
export function columnsOf(alias: string, columns: readonly string[]): Prisma.Sql {
  return Prisma.raw(columns.map((column) => `${alias}."${column}" AS "${alias}.${column}"`).join(", "));
}

// Keys are column names of the schema (a few hundred at most), split once each: the engine's
// statements return ~100 of them per row, thousands of rows a second.
const splitKeys = new Map<string, readonly [alias: string, column: string]>();

function splitKey(key: string): readonly [string, string] {
  let split = splitKeys.get(key);
  if (!split) {
    const dot = key.indexOf(".");
    splitKeys.set(key, (split = [key.slice(0, dot), key.slice(dot + 1)]));
  }
  return split;
}

/** Splits a row of `alias.column` keys into one object per alias. */
export function splitRow(row: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const parts: Record<string, Record<string, unknown>> = {};
  for (const key in row) {
    const [alias, column] = splitKey(key);
    (parts[alias] ??= {})[column] = row[key];
  }
  return parts;
}
