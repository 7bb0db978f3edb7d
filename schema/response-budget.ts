// What one answer may carry of stored payloads and bodies. A page is at most
// 100 items and a query at most 20 aliases, but each item can hold 512 KiB:
// four aliases of events(first: 100) { payload } answered 195 MB, and twelve
// ran past the longest string JavaScript can build. Counted as the fields
// resolve, per answer (per second for a subscription's items), in the bytes
// they take in it, and before they are read: the rows' queries leave these
// columns out, their sizes are read first and counted, and only the values
// that fit are read (counted after reading, twenty aliases of 100 large
// payloads held 1.2 GB before the budget refused them).
import DataLoader from "dataloader";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ServerResponse } from "node:http";
import { Prisma } from "../server/db/generated/client.ts";
import { organization, tenantSql } from "../server/tenancy/tenant-db.ts";
import type { GraphQLContext } from "./context.ts";

export const MAX_RESPONSE_BODY_BYTES = 32 * 1024 * 1024;
/** What one subscription's items may carry of them a second (its `recent` items arrive in its first). */
export const MAX_SUBSCRIPTION_BODY_BYTES_PER_SECOND = 8 * 1024 * 1024;

/** Per request: its answer's bytes, or for a subscription the bytes of its items in the current second. */
const spent = new WeakMap<object, { bytes: number; second: number }>();

/**
 * What the answers in this process hold of stored values at once, in all and
 * per organization: each answer's budget bounds one answer, not forty at once
 * (forty concurrent 32 MiB answers of one token took the process to 5.2 GB).
 * An answer over HTTP gives its bytes back once it has been sent (or its
 * connection closed), not when its execution ends: until then the process
 * still holds it, written out or waiting to be. Subscriptions are bounded by
 * the second and by their number instead.
 */
const held = { bytes: 0, byOrganization: new Map<string, number>() };
/** Answers whose bytes go back when their HTTP response closes, and those whose response has closed. */
const releasedOnClose = new WeakSet<object>();
const closed = new WeakSet<object>();

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
  // Only what the answer carries is counted: a refused value leaves room for smaller ones.
  if (total > limit && bytes > 0) {
    const what =
      limit === MAX_RESPONSE_BODY_BYTES
        ? `This answer would carry more than ${limit / 1024 / 1024} MiB of payloads and bodies; ask for fewer items (a smaller first) or for these fields in fewer places.`
        : `This subscription's items would carry more than ${limit / 1024 / 1024} MiB of payloads and bodies this second; ask for these fields in fewer places, or read them by id.`;
    throw new GraphQLError(what, { extensions: { code: "RESPONSE_TOO_LARGE" } });
  }
  if (limit === MAX_RESPONSE_BODY_BYTES) hold(ctx, bytes);
  spent.set(ctx, { bytes: total, second });
  return value;
}

/** Takes `bytes` of the process's room for answers being built (gives them back when negative), or refuses. */
function hold(ctx: GraphQLContext, bytes: number): void {
  const { answerBytesInProcess, answerBytesPerOrganization } = ctx.runtime.config.responseMemory;
  const organizationId = ctx.scope.organizationId;
  const ofOrganization = held.byOrganization.get(organizationId) ?? 0;
  // An answer whose connection has closed has given back what it held, and takes nothing more: no one will read it.
  if (closed.has(ctx)) {
    if (bytes > 0) throw new GraphQLError("The client has gone.", { extensions: { code: "RESPONSE_TOO_LARGE", reason: "CLOSED" } });
    return;
  }
  if (bytes > 0 && (held.bytes + bytes > answerBytesInProcess || ofOrganization + bytes > answerBytesPerOrganization)) {
    const whose = ofOrganization + bytes > answerBytesPerOrganization ? "this organization's other answers" : "other answers";
    throw new GraphQLError(
      `The server is building ${whose} with large payloads and bodies at the moment; ask for this field again in a moment, or for fewer at once.`,
      { extensions: { code: "RESPONSE_TOO_LARGE", reason: "BUSY", retryAfter: 1 } },
    );
  }
  held.bytes += bytes;
  if (ofOrganization + bytes > 0) held.byOrganization.set(organizationId, ofOrganization + bytes);
  else held.byOrganization.delete(organizationId);
  // Over HTTP (yoga's context carries the Node response): once the response is sent or its connection closed.
  const response = (ctx as { res?: ServerResponse }).res;
  if (bytes > 0 && response && !releasedOnClose.has(ctx)) {
    releasedOnClose.add(ctx);
    response.once("close", () => {
      release(ctx);
      closed.add(ctx);
    });
  }
}

function release(ctx: GraphQLContext): void {
  const entry = spent.get(ctx);
  if (!entry || entry.second !== 0 || entry.bytes <= 0) return;
  spent.delete(ctx);
  hold(ctx, -entry.bytes);
}

/** Gives back what an answer held of the process's room once its execution has ended, unless its HTTP response does so when closed. */
export function useResponseBudgetRelease(): Plugin<Record<string, unknown>> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: () => {
        const ctx = args.contextValue as unknown as GraphQLContext;
        if (!releasedOnClose.has(ctx)) release(ctx);
      },
    }),
  };
}

/** The bytes a JSON value (a string among them) takes in the answer: UTF-8, escapes included (a control character is six). */
export function answerBytes(value: unknown): number {
  return value === null || value === undefined ? 4 : Buffer.byteLength(JSON.stringify(value) ?? "null");
}

/** The tables and columns whose values are read only once counted (text or JSON, up to ~512 KiB each). */
interface BudgetedColumns {
  Event: "payload";
  EventType: "schema" | "example";
  AuditEntry: "before" | "after";
  Attempt: "requestBody" | "responseBody";
  IncomingRequest: "body";
}
type BudgetedTable = keyof BudgetedColumns;
type BudgetedColumn<T extends BudgetedTable> = BudgetedColumns[T];

interface ColumnLoaders {
  /** Each value's size as stored text (null for a null value, undefined for a row not found). */
  sizes: DataLoader<string, number | null | undefined>;
  values: DataLoader<string, unknown>;
}

/** Per request, per table and column: a page's sizes in one statement, then the values that fit in another. */
const loaders = new WeakMap<GraphQLContext, Map<string, ColumnLoaders>>();

function loadersOf<T extends BudgetedTable>(ctx: GraphQLContext, table: T, column: BudgetedColumn<T>): ColumnLoaders {
  let byColumn = loaders.get(ctx);
  if (!byColumn) loaders.set(ctx, (byColumn = new Map()));
  const key = `${table}.${column}`;
  let found = byColumn.get(key);
  if (!found) {
    // Fixed names from BudgetedColumns, never input.
    const from = Prisma.raw(`"${table}"`);
    const value = Prisma.raw(`"${column}"`);
    const read = async <R extends { id: string }, V>(ids: readonly string[], what: Prisma.Sql, pick: (row: R) => V) => {
      const rows = await ctx.db.$queryRaw<R[]>(
        tenantSql`SELECT id, ${what} FROM ${from} WHERE "organizationId" = ${organization} AND id = ANY(${[...ids]}::text[])`,
      );
      const byId = new Map(rows.map((row) => [row.id, pick(row)]));
      return ids.map((id) => byId.get(id));
    };
    found = {
      // Nothing is kept between batches: a subscription's context, and so its loaders, last as long as it does.
      sizes: new DataLoader(
        (ids) => read(ids, Prisma.sql`octet_length(${value}::text) AS bytes`, (row: { id: string; bytes: number | null }) => row.bytes),
        { cache: false },
      ),
      values: new DataLoader((ids) => read(ids, Prisma.sql`${value} AS value`, (row: { id: string; value: unknown }) => row.value), {
        cache: false,
      }),
    };
    byColumn.set(key, found);
  }
  return found;
}

/**
 * A stored value counted against its answer's budget before it is read: its
 * size as stored, then, once read, what it takes in the answer (escapes
 * included). A value past the budget is never read.
 */
export async function budgetedValue<T extends BudgetedTable>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  table: T,
  column: BudgetedColumn<T>,
  id: string,
): Promise<unknown> {
  const { sizes, values } = loadersOf(ctx, table, column);
  const stored = await sizes.load(id);
  if (stored === null || stored === undefined) return withinResponseBudget(info, ctx, answerBytes(null), null);
  withinResponseBudget(info, ctx, stored, undefined);
  const value = await values.load(id);
  return withinResponseBudget(info, ctx, answerBytes(value) - stored, value ?? null);
}

/** A stored JSON column as a field counted against its answer's budget: `t.field({ ...budgetedJson("EventType", "example"), nullable: true })`. */
export function budgetedJson<T extends BudgetedTable>(table: T, column: BudgetedColumn<T>) {
  return {
    type: "JSON" as const,
    select: { id: true } as const,
    resolve: (row: { id: string }, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
      budgetedValue(ctx, info, table, column, row.id),
  };
}
