// One database handle per request, bound to its organization: every query of
// an organization-owned model gets the organization added to its where
// clause and to the data it creates, and raw SQL runs only when it was built
// by `tenantSql`, which binds the organization itself. A caller cannot forget
// the filter, because the handle has no way to leave it out.
import { Prisma, type PrismaClient } from "../db/generated/client.ts";
import type { RawQuery } from "../db/database.ts";
import type { TenantScope } from "./scope.ts";

/** Models with an organizationId column, read from the generated client so a new model is covered without anyone listing it. */
export const organizationOwnedModels: ReadonlySet<string> = new Set(
  Object.values(Prisma.ModelName).filter((model) => {
    const fields = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
    return fields !== undefined && "organizationId" in fields;
  }),
);

/** Stands for the request's organization inside a `tenantSql` statement; the handle running it binds its own. */
export const organization: unique symbol = Symbol("the request's organization");

/**
 * Raw SQL for an organization's records: the text must bind `${organization}`
 * at least once, and only the organization's handle fills it in (the plain
 * client binds nothing there, so the statement matches no organization's rows).
 */
export function tenantSql(strings: TemplateStringsArray, ...values: unknown[]): Prisma.Sql {
  if (!values.includes(organization)) throw new Error("A tenant statement must bind ${organization}.");
  return Prisma.sql(strings, ...values);
}

const withWhere = new Set([
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);
const withData = new Set(["create", "createMany", "createManyAndReturn"]);

/** The organization a write names must be the request's: anything else is a bug, not a request to refuse politely. */
function own(record: Record<string, unknown>, organizationId: string): Record<string, unknown> {
  if (record.organizationId !== undefined && record.organizationId !== organizationId) {
    throw new Error(`A write for organization ${String(record.organizationId)} through the handle of ${organizationId}.`);
  }
  if ("organization" in record) return record;
  return { ...record, organizationId };
}

function bind(operation: string, args: Record<string, unknown> | undefined, organizationId: string): Record<string, unknown> {
  const bound: Record<string, unknown> = { ...args };
  if (withWhere.has(operation)) {
    // findUnique accepts extra non-unique fields in its where (Prisma 5+), so the id lookup stays a unique lookup.
    bound.where = { ...(bound.where as object | undefined), organizationId };
  }
  if (operation === "upsert") bound.create = own(bound.create as Record<string, unknown>, organizationId);
  if (withData.has(operation)) {
    const data = bound.data as Record<string, unknown> | Record<string, unknown>[];
    bound.data = Array.isArray(data) ? data.map((row) => own(row, organizationId)) : own(data, organizationId);
  }
  return bound;
}

/** A raw statement with the handle's organization in place of the marker; anything not built by tenantSql is refused. */
function bindRaw(operation: string, args: unknown, organizationId: string): Prisma.Sql {
  const { strings, values } = args as Partial<Prisma.Sql>;
  if (operation.endsWith("Unsafe") || !strings || !values?.includes(organization)) {
    throw new Error(`${operation} through an organization's handle must be built with tenantSql.`);
  }
  return new Prisma.Sql(
    strings,
    values.map((value) => (value === organization ? organizationId : value)),
  );
}

// Building a handle ($extends) costs ~0.1 ms of CPU, more than a request's own work on the hot paths, and a
// handle holds nothing but its organization: each client keeps the handles of its busiest organizations.
const MAX_HANDLES_PER_CLIENT = 1000;
const handles = new WeakMap<PrismaClient, Map<string, TenantDb>>();

export function tenantDb(prisma: PrismaClient, scope: TenantScope): TenantDb {
  let byOrganization = handles.get(prisma);
  if (!byOrganization) handles.set(prisma, (byOrganization = new Map()));
  let handle = byOrganization.get(scope.organizationId);
  if (handle) {
    // Most recently used last, so the eviction below takes the least recently used.
    byOrganization.delete(scope.organizationId);
  } else {
    handle = bindTenant(prisma, scope.organizationId);
    if (byOrganization.size >= MAX_HANDLES_PER_CLIENT) byOrganization.delete(byOrganization.keys().next().value!);
  }
  byOrganization.set(scope.organizationId, handle);
  return handle;
}

function bindTenant(prisma: PrismaClient, organizationId: string) {
  return prisma.$extends({
    name: "tenant",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (!organizationOwnedModels.has(model)) return query(args);
          return query(bind(operation, args as Record<string, unknown>, organizationId) as typeof args);
        },
      },
      $queryRaw({ args, query }) {
        return query(bindRaw("$queryRaw", args, organizationId) as never);
      },
      $executeRaw({ args, query }) {
        return query(bindRaw("$executeRaw", args, organizationId) as never);
      },
      $queryRawUnsafe({ args, query }) {
        return query(bindRaw("$queryRawUnsafe", args, organizationId) as never);
      },
      $executeRawUnsafe({ args, query }) {
        return query(bindRaw("$executeRawUnsafe", args, organizationId) as never);
      },
    },
  });
}

/** Direct raw statements (Database.query) of one organization: as its handle's $queryRaw, only tenantSql, bound to it. */
export function tenantQuery(query: RawQuery, organizationId: string): RawQuery {
  return (statement) => query(bindRaw("query", statement, organizationId));
}

/** The organization-bound handle a request's operations query through. */
export type TenantDb = ReturnType<typeof bindTenant>;

/** The handle or one of its transactions: what an operation queries through. */
export type TenantClient = Omit<TenantDb, "$transaction" | "$extends" | "$connect" | "$disconnect" | "$on">;
