// The `search` filter of every list: part of a name (or URL), matched without
// regard to case. Prisma passes `contains` to LIKE as it is, so `%` and `_`
// would be wildcards (a search for "%" matched everything): they are escaped.

/** A Prisma string filter matching `search` anywhere in the text, case-insensitively and literally. */
export function containsText(search: string) {
  return { contains: search.replace(/[\\%_]/g, (c) => `\\${c}`), mode: "insensitive" as const };
}
