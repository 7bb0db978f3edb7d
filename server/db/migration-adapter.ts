// The driver adapter the Prisma CLI uses for `migrate deploy` and `migrate status`.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// Catalog column types adapter-pg 6.19 cannot deserialize, which the schema
// engine reads (https://github.com/prisma/prisma/issues/27403): `name` (19)
// for migrate, and `"char"` (18) for introspection. Their values are plain
// strings either way, so they are reported as text.
const CATALOG_STRING_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

function reportNameColumnsAsText(client: pg.PoolClient): void {
  const retype = (result: pg.QueryResult | undefined) => {
    for (const field of result?.fields ?? []) {
      if (CATALOG_STRING_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  type Callback = (error: Error | null, result?: pg.QueryResult) => void;
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult> | undefined;
  // pg calls this both with a trailing callback (pool.query) and as a promise.
  const patched = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as Callback;
      return query(...args.slice(0, -1), (error: Error | null, result?: pg.QueryResult) => callback(error, retype(result)));
    }
    return query(...args)?.then(retype);
  };
  (client as unknown as { query: typeof patched }).query = patched;
}

export function migrationAdapter(databaseUrl: string | undefined): PrismaPg {
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL is not set. The Prisma CLI only manages a PostgreSQL database; " +
        "the embedded database applies its migrations itself when Switchyard starts.",
    );
  }
  // allowExitOnIdle: without it the CLI waits for idle connections to time out.
  const pool = new pg.Pool({ connectionString: databaseUrl, allowExitOnIdle: true });
  pool.on("connect", reportNameColumnsAsText);
  return new PrismaPg(pool);
}
