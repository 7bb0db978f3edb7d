// What one answer may carry of stored payloads and bodies. A page is at most
// 100 items and a query at most 20 aliases, but each item can hold 512 KiB:
// four aliases of events(first: 100) { payload } answered 195 MB, and twelve
// ran past the longest string JavaScript can build. Counted as the fields
// resolve, per answer (per second for a subscription's items), in the bytes
// they take in it.
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "./context.ts";

export const MAX_RESPONSE_BODY_BYTES = 32 * 1024 * 1024;
/** What one subscription's items may carry of them a second (its `recent` items arrive in its first). */
export const MAX_SUBSCRIPTION_BODY_BYTES_PER_SECOND = 8 * 1024 * 1024;

/** Per request: its answer's bytes, or for a subscription the bytes of its items in the current second. */
const spent = new WeakMap<object, { bytes: number; second: number }>();

function limitFor(info: GraphQLResolveInfo): number {
  return info.operation.operation === "subscription" ? MAX_SUBSCRIPTION_BODY_BYTES_PER_SECOND : MAX_RESPONSE_BODY_BYTES;
}

/**
 * Counts `bytes` of a stored payload or body against its answer's budget and
 * returns `value`; past the budget the field is an error telling the client to
 * ask for less (the rest of the answer stands).
 */
export function withinResponseBudget<T>(info: GraphQLResolveInfo, ctx: GraphQLContext, bytes: number, value: T): T {
  const limit = limitFor(info);
  // A query's answer is one; a subscription's items are counted by the second (its context lasts as long as it does).
  const second = limit === MAX_RESPONSE_BODY_BYTES ? 0 : Math.floor(Date.now() / 1000);
  const last = spent.get(ctx);
  const total = (last && last.second === second ? last.bytes : 0) + bytes;
  spent.set(ctx, { bytes: total, second });
  if (total > limit) {
    const what =
      limit === MAX_RESPONSE_BODY_BYTES
        ? `This answer would carry more than ${limit / 1024 / 1024} MiB of payloads and bodies; ask for fewer items (a smaller first) or for these fields in fewer places.`
        : `This subscription's items would carry more than ${limit / 1024 / 1024} MiB of payloads and bodies this second; ask for these fields in fewer places, or read them by id.`;
    throw new GraphQLError(what, { extensions: { code: "RESPONSE_TOO_LARGE" } });
  }
  return value;
}

/** The bytes a JSON value (a string among them) takes in the answer: UTF-8, escapes included (a control character is six). */
export function answerBytes(value: unknown): number {
  return value === null || value === undefined ? 4 : Buffer.byteLength(JSON.stringify(value) ?? "null");
}

/** A stored JSON column as a field counted against its answer's budget: `t.field({ ...budgetedJson("example"), nullable: true })`. */
export function budgetedJson<K extends string>(column: K) {
  return {
    type: "JSON" as const,
    select: { [column]: true } as Record<K, true>,
    resolve: (row: Record<K, unknown>, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
      withinResponseBudget(info, ctx, answerBytes(row[column]), row[column]),
  };
}
