// Workers claim due deliveries with FOR UPDATE SKIP LOCKED and a lease: no
// two workers take the same delivery, and one whose worker died (lease
// expired while SENDING) is simply due again.
//
// A claim is one statement that also returns everything sending needs (the
// delivery, its event, webhook, destination and credential): per statement,
// Prisma's query compiler and the embedded database cost far more CPU than
// the rows do, so the worker never goes back to the database between
// claiming a delivery and recording its attempt.
import { Prisma, type Credential, type Delivery, type Destination, type Event, type Webhook } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import { columnsOf, splitRow } from "../db/aliased-columns.ts";

/** A delivery with what sending it needs, as claimed (status SENDING) or loaded. */
export type LoadedDelivery = Delivery & { event: Event; webhook: Webhook | null; destination: Destination & { credential: Credential | null } };

export interface ClaimOptions {
  workerId: string;
  now: Date;
  leaseUntil: Date;
  limit: number;
  /**
   * At most this many deliveries of one destination in a claim, less what
   * `inFlight` says the worker already sends to it: per-destination
   * concurrency holds for a batch claimed at once, not only between claims.
   */
  perDestination: number;
  /** Requests this worker has in flight, by destination id. */
  inFlight: ReadonlyMap<string, number>;
  /** Only this webhook's deliveries (topping up a batch). */
  webhookId?: string;
}

// Column lists from the generated client, so a new column is returned without anyone listing it here.
const tables = {
  d: Object.values(Prisma.DeliveryScalarFieldEnum),
  e: Object.values(Prisma.EventScalarFieldEnum),
  w: Object.values(Prisma.WebhookScalarFieldEnum),
  dst: Object.values(Prisma.DestinationScalarFieldEnum),
  c: Object.values(Prisma.CredentialScalarFieldEnum),
} as const;
type Alias = keyof typeof tables;

const loadedColumns = Prisma.join((Object.keys(tables) as Alias[]).map((alias) => columnsOf(alias, tables[alias])));

function toLoaded(row: Record<string, unknown>): LoadedDelivery {
  const { d, e, w, dst, c } = splitRow(row);
  return {
    ...(d as Delivery),
    event: e as Event,
    webhook: w.id === null ? null : (w as Webhook),
    destination: { ...(dst as Destination), credential: c.id === null ? null : (c as Credential) },
  };
}

/** `source` names a relation of Delivery rows (a CTE); joins what sending them needs, oldest due first. */
function selectLoaded(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${loadedColumns}
    FROM ${source} d
    JOIN "Event" e ON e.id = d."eventId"
    JOIN "Destination" dst ON dst.id = d."destinationId"
    LEFT JOIN "Webhook" w ON w.id = d."webhookId"
    LEFT JOIN "Credential" c ON c.id = dst."credentialId"
    ORDER BY d."nextAttemptAt", d.id`;
}

/**
 * A CTE of up to `limit` claimable deliveries in `state`, locked, oldest
 * `order` first. Due deliveries and those whose lease expired are two of
 * them: each can then walk its index in order and stop at the limit, where
 * one query with OR read every due delivery to sort them (slow with a backlog).
 */
function claimable(name: string, state: Prisma.Sql, order: Prisma.Sql, options: ClaimOptions, full: string[]): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(name)} AS (
      SELECT d.id, d."destinationId", d."nextAttemptAt" FROM "Delivery" d
      WHERE ${state}
        AND NOT (d."destinationId" = ANY(${full}::text[]))
        AND (${options.webhookId ?? null}::text IS NULL OR d."webhookId" = ${options.webhookId ?? null}::text)
        -- A subquery, not a join: the scan then follows the index in order and stops at the limit.
        AND (SELECT dst.state = 'ACTIVE' AND (dst."circuitOpenUntil" IS NULL OR dst."circuitOpenUntil" <= ${options.now})
             FROM "Destination" dst WHERE dst.id = d."destinationId")
      ORDER BY ${order}
      LIMIT ${options.limit}
      FOR UPDATE OF d SKIP LOCKED
    )`;
}

/** The claim statement, on its own (for EXPLAIN and benchmarks). */
export function claimStatement(options: ClaimOptions): Prisma.Sql {
  const busyIds = [...options.inFlight.keys()];
  const busyCounts = busyIds.map((id) => options.inFlight.get(id)!);
  const full = busyIds.filter((id) => options.inFlight.get(id)! >= options.perDestination);
  return Prisma.sql`
    WITH ${claimable("due", Prisma.sql`d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${options.now}`, Prisma.sql`d."nextAttemptAt"`, options, full)},
    ${claimable("expired", Prisma.sql`d.status = 'SENDING' AND d."leaseUntil" < ${options.now}`, Prisma.sql`d."leaseUntil"`, options, full)},
    candidates AS (
      SELECT * FROM (SELECT * FROM expired UNION ALL SELECT * FROM due) both_kinds
      ORDER BY "nextAttemptAt" LIMIT ${options.limit}
    ),
    picked AS (
      SELECT c.id FROM (
        SELECT id, "destinationId", row_number() OVER (PARTITION BY "destinationId" ORDER BY "nextAttemptAt", id) AS position
        FROM candidates
      ) c
      LEFT JOIN unnest(${busyIds}::text[], ${busyCounts}::int[]) AS busy("destinationId", n) ON busy."destinationId" = c."destinationId"
      WHERE c.position <= ${options.perDestination}::int - COALESCE(busy.n, 0)
    ),
    claimed AS (
      UPDATE "Delivery" SET status = 'SENDING', "leasedBy" = ${options.workerId}, "leaseUntil" = ${options.leaseUntil}, "updatedAt" = ${options.now},
        -- Taken over while still SENDING: its lease expired with no attempt recorded (see expired-leases.ts, which gives up after a few).
        "expiredLeases" = "expiredLeases" + CASE WHEN status = 'SENDING' THEN 1 ELSE 0 END
      WHERE id IN (SELECT id FROM picked)
      RETURNING *
    )
    ${selectLoaded(Prisma.sql`claimed`)}`;
}

export async function claimDueDeliveries(db: Db, options: ClaimOptions): Promise<LoadedDelivery[]> {
  if (options.limit <= 0) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>(claimStatement(options));
  return rows.map(toLoaded);
}

/** Deliveries by id with what sending them needs, whatever their state (manual attempts). */
export async function loadDeliveries(db: Db, ids: string[]): Promise<LoadedDelivery[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH wanted AS (SELECT * FROM "Delivery" WHERE id = ANY(${ids}::text[]))
    ${selectLoaded(Prisma.sql`wanted`)}`;
  return rows.map(toLoaded);
}

/** Gives claimed deliveries back (shutdown, rate limit), due again at `dueAt`. */
export async function releaseDeliveries(db: Db, workerId: string, ids: string[], dueAt: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: ids }, status: "SENDING", leasedBy: workerId },
    data: { status: "SCHEDULED", leasedBy: null, leaseUntil: null, nextAttemptAt: dueAt },
  });
}
