// What one answer may carry of stored payloads and bodies. A page is at most
// 100 items and a query at most 20 aliases, but each item can hold 512 KiB:
// four aliases of events(first: 100) { payload } answered 195 MB, and twelve
// ran past the longest string JavaScript can build. Counted as the fields
// resolve, per answer (each subscription item is an answer of its own).
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "./context.ts";

export const MAX_RESPONSE_BODY_BYTES = 32 * 1024 * 1024;

const spent = new WeakMap<object, WeakMap<object, number>>();

/** An answer: the request's context, and for a subscription item the item it answers. */
function answerOf(info: GraphQLResolveInfo, ctx: GraphQLContext): [object, object] {
  const root = info.rootValue;
  return [ctx, typeof root === "object" && root !== null ? root : ctx];
}

/**
 * Counts `bytes` of a stored payload or body against its answer's budget and
 * returns `value`; past the budget the field is an error telling the client to
 * ask for less (the rest of the answer stands).
 */
export function withinResponseBudget<T>(info: GraphQLResolveInfo, ctx: GraphQLContext, bytes: number, value: T): T {
  const [request, item] = answerOf(info, ctx);
  let answers = spent.get(request);
  if (!answers) spent.set(request, (answers = new WeakMap()));
  const total = (answers.get(item) ?? 0) + bytes;
  answers.set(item, total);
  if (total > MAX_RESPONSE_BODY_BYTES) {
    throw new GraphQLError(
      `This answer would carry more than ${MAX_RESPONSE_BODY_BYTES / 1024 / 1024} MiB of payloads and bodies; ask for fewer items (a smaller first) or for these fields in fewer places.`,
      { extensions: { code: "RESPONSE_TOO_LARGE" } },
    );
  }
  return value;
}

/** The size a JSON value has in the answer. */
export function jsonBytes(value: unknown): number {
  return value === null || value === undefined ? 4 : (JSON.stringify(value)?.length ?? 4);
}
