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
import type { Db, RawQuery } from "../db/database.ts";
import { columnsOf, splitRow } from "../db/aliased-columns.ts";

/** A delivery with what sending it needs, as claimed (status SENDING) or loaded. */
export type LoadedDelivery = Delivery & {
  event: Event;
  webhook: Webhook | null;
  /** previousCredential: a rotation's previous credential, only while its grace period lasts. */
  destination: Destination & { credential: Credential | null; previousCredential: Credential | null };
};

export interface ClaimOptions {
  workerId: string;
  now: Date;
  leaseUntil: Date;
  limit: number;
  /** At most this many deliveries of one destination in a claim, unless `allowance` names it. */
  perDestination: number;
  /**
   * Per destination, how many more requests the worker may send it now (its
   * adaptive limit less what it has in flight); destinations at 0 or less
   * are skipped. Concurrency holds for a batch claimed at once, not only
   * between claims.
   */
  allowance: ReadonlyMap<string, number>;
  /** Requests the worker has in flight per organization: the less loaded are served first. */
  organizationLoad: ReadonlyMap<string, number>;
  /** Organizations that get nothing in this claim. */
  excludedOrganizations?: readonly string[];
  /** Only this webhook's deliveries (topping up a batch). */
  webhookId?: string;
}

/**
 * How many due deliveries, oldest first, a claim looks at to choose `limit`
 * of them fairly: a wider window lets a destination or organization whose
 * deliveries came later be served before the backlog of another drains.
 * Destinations with no allowance left are skipped before the window, so it
 * need not be wide; each row in it costs a row lock (~20 ms a claim of 50
 * at 8 times, ~6 ms at 2 times, ~3 ms at 1 on PostgreSQL here).
 */
export const CLAIM_WINDOW_FACTOR = 2;

// Column lists from the generated client, so a new column is returned without anyone listing it here.
const tables = {
  d: Object.values(Prisma.DeliveryScalarFieldEnum),
  e: Object.values(Prisma.EventScalarFieldEnum),
  w: Object.values(Prisma.WebhookScalarFieldEnum),
  dst: Object.values(Prisma.DestinationScalarFieldEnum),
  c: Object.values(Prisma.CredentialScalarFieldEnum),
  pc: Object.values(Prisma.CredentialScalarFieldEnum),
} as const;

/**
 * `alias."column" AS "alias.column"`, or NULL unless `first`: a claim's
 * deliveries share a few destinations and webhooks, and every value
 * returned costs the database and the driver (on PGlite ~3 µs each, on the
 * same thread), so each one's row comes back once per statement.
 */
function sharedColumnsOf(alias: "w" | "dst" | "c" | "pc", first: string): Prisma.Sql {
  return Prisma.raw(tables[alias].map((column) => `CASE WHEN ${first} THEN ${alias}."${column}" END AS "${alias}.${column}"`).join(", "));
}

const loadedColumns = Prisma.join([
  columnsOf("d", tables.d),
  columnsOf("e", tables.e),
  sharedColumnsOf("w", `"firstOfWebhook"`),
  sharedColumnsOf("dst", `"firstOfDestination"`),
  sharedColumnsOf("c", `"firstOfDestination"`),
  sharedColumnsOf("pc", `"firstOfDestination"`),
]);

/** Rows as selectLoaded returns them, each delivery with its event, webhook, destination and credential. */
function toLoaded(rows: Record<string, unknown>[]): LoadedDelivery[] {
  const parts = rows.map(splitRow);
  const webhooks = new Map<string, Webhook>();
  const destinations = new Map<string, LoadedDelivery["destination"]>();
  for (const { w, dst, c, pc } of parts) {
    if (w.id !== null) webhooks.set(w.id as string, w as Webhook);
    if (dst.id !== null)
      destinations.set(dst.id as string, {
        ...(dst as Destination),
        credential: c.id === null ? null : (c as Credential),
        previousCredential: pc.id === null ? null : (pc as Credential),
      });
  }
  return parts.map(({ d, e }) => {
    const delivery = d as Delivery;
    return {
      ...delivery,
      event: e as Event,
      webhook: delivery.webhookId === null ? null : (webhooks.get(delivery.webhookId) ?? null),
      destination: destinations.get(delivery.destinationId)!,
    };
  });
}

/**
 * `source` names a relation of Delivery rows (a CTE); joins what sending them needs, oldest due first.
 * The previous credential of a rotation comes with its destination while the grace period lasts at `now`.
 */
function selectLoaded(source: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT ${loadedColumns}
    FROM (
      SELECT s.*,
        row_number() OVER (PARTITION BY s."destinationId") = 1 AS "firstOfDestination",
        row_number() OVER (PARTITION BY s."webhookId") = 1 AS "firstOfWebhook"
      FROM ${source} s
    ) d
    JOIN "Event" e ON e.id = d."eventId"
    JOIN "Destination" dst ON dst.id = d."destinationId"
    LEFT JOIN "Webhook" w ON w.id = d."webhookId"
    LEFT JOIN "Credential" c ON c.id = dst."credentialId"
    LEFT JOIN "Credential" pc ON pc.id = dst."previousCredentialId" AND dst."previousCredentialUntil" > ${now}
    ORDER BY d."nextAttemptAt", d.id`;
}

/** A destination a claim may send to now: active, its circuit closed or due a probe, with allowance left, its organization not held back. */
function sendable(dst: string, options: ClaimOptions, full: string[]): Prisma.Sql {
  const d = Prisma.raw(dst);
  return Prisma.sql`${d}.state = 'ACTIVE' AND (${d}."circuitOpenUntil" IS NULL OR ${d}."circuitOpenUntil" <= ${options.now})
        AND NOT (${d}.id = ANY(${full}::text[]))
        AND NOT (${d}."organizationId" = ANY(${options.excludedOrganizations ?? []}::text[]))`;
}

const ofWebhook = (options: ClaimOptions) =>
  Prisma.sql`(${options.webhookId ?? null}::text IS NULL OR d."webhookId" = ${options.webhookId ?? null}::text)`;

/**
 * CTEs ending in `due`: up to `window` due deliveries, locked, oldest first,
 * at most `perDestination` of one destination, of destinations that may be
 * sent to now. Found destination by destination: the destinations with
 * scheduled deliveries are walked one index step each (their earliest comes
 * first in the index), and only those due and sendable are read further.
 * Walking every due delivery oldest first instead read the whole backlog of a
 * destination that is paused, cooling down or at its limit, ahead of everyone
 * else's, at every claim: 1.4-2.7 s a claim with 100,000 of them.
 */
function dueByDestination(options: ClaimOptions, window: number, perDestination: number, full: string[]): Prisma.Sql {
  return Prisma.sql`scheduled AS (
      (SELECT d."destinationId" AS id, d."nextAttemptAt" AS earliest FROM "Delivery" d
       WHERE d.status = 'SCHEDULED' ORDER BY d."destinationId", d."nextAttemptAt" LIMIT 1)
      UNION ALL
      SELECT n.id, n.earliest FROM scheduled s CROSS JOIN LATERAL (
        SELECT d."destinationId" AS id, d."nextAttemptAt" AS earliest FROM "Delivery" d
        WHERE d.status = 'SCHEDULED' AND d."destinationId" > s.id ORDER BY d."destinationId", d."nextAttemptAt" LIMIT 1
      ) n
    ),
    due_ids AS (
      SELECT x.id FROM scheduled s
      JOIN "Destination" dst ON dst.id = s.id
      CROSS JOIN LATERAL (
        SELECT d.id, d."nextAttemptAt", row_number() OVER (ORDER BY d."destinationId", d."nextAttemptAt") AS position FROM "Delivery" d
        WHERE d."destinationId" = s.id AND d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${options.now} AND ${ofWebhook(options)}
        -- Ordered as the destination's index is (its id is fixed here): by nextAttemptAt alone the planner may walk everyone's.
        ORDER BY d."destinationId", d."nextAttemptAt" LIMIT ${perDestination}
      ) x
      WHERE s.earliest <= ${options.now} AND ${sendable("dst", options, full)}
        -- Topping up a webhook's batch: only its destination's deliveries are read.
        AND (${options.webhookId ?? null}::text IS NULL OR s.id = (SELECT w."destinationId" FROM "Webhook" w WHERE w.id = ${options.webhookId ?? null}::text))
      -- Each destination's first before any destination's second, as the claim picks them: oldest first
      -- alone, a backlog published at once (one time for all) filled the window with a few destinations.
      ORDER BY x.position, x."nextAttemptAt" LIMIT ${window}
    ),
    due AS (
      SELECT d.id, d."destinationId", d."organizationId", d."nextAttemptAt" FROM "Delivery" d
      -- An array, not IN: the few ids are then looked up by key, not joined against a scan of every delivery.
      WHERE d.id = ANY(ARRAY(SELECT id FROM due_ids)) AND d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${options.now}
      FOR UPDATE OF d SKIP LOCKED
    )`;
}

/** Deliveries whose worker's lease ran out while SENDING (rare: a worker died), oldest first, locked. */
function expired(options: ClaimOptions, window: number, full: string[]): Prisma.Sql {
  return Prisma.sql`expired AS (
      SELECT d.id, d."destinationId", d."organizationId", d."nextAttemptAt" FROM "Delivery" d
      WHERE d.status = 'SENDING' AND d."leaseUntil" < ${options.now} AND ${ofWebhook(options)}
        -- A subquery, not a join: the scan then follows the index in order and stops at the limit.
        AND (SELECT ${sendable("dst", options, full)} FROM "Destination" dst WHERE dst.id = d."destinationId")
      ORDER BY d."leaseUntil"
      LIMIT ${window}
      FOR UPDATE OF d SKIP LOCKED
    )`;
}

/**
 * The claim statement, on its own (for EXPLAIN and benchmarks). Of the
 * window's deliveries it picks round-robin: each destination's first before
 * any destination's second, and organizations in turn, those with fewer
 * requests in flight first; so neither a backlog nor a slow neighbour makes
 * a healthy destination wait for the window to drain. A half-open circuit's
 * destination gets one delivery, its probe, and is marked probing in the same
 * statement, so no other worker probes it too.
 */
export function claimStatement(options: ClaimOptions): Prisma.Sql {
  const window = options.webhookId ? options.limit : options.limit * CLAIM_WINDOW_FACTOR;
  const allowanceIds = [...options.allowance.keys()];
  const allowances = allowanceIds.map((id) => options.allowance.get(id)!);
  const full = allowanceIds.filter((id) => options.allowance.get(id)! <= 0);
  const loadIds = [...options.organizationLoad.keys()];
  const loads = loadIds.map((id) => options.organizationLoad.get(id)!);
  // A destination never gets more of a claim than its allowance (perDestination unless the map says otherwise).
  const perDestination = Math.min(window, Math.max(options.perDestination, ...allowances));
  return Prisma.sql`
    WITH RECURSIVE ${dueByDestination(options, window, perDestination, full)},
    ${expired(options, window, full)},
    -- Materialized: joined as a function call, the arrays would be unnested again for every candidate (~0.1 ms each on PGlite).
    allowances AS MATERIALIZED (SELECT * FROM unnest(${allowanceIds}::text[], ${allowances}::int[]) AS a("destinationId", n)),
    loads AS MATERIALIZED (SELECT * FROM unnest(${loadIds}::text[], ${loads}::int[]) AS o("organizationId", n)),
    candidates AS (
      SELECT * FROM (SELECT * FROM expired UNION ALL SELECT * FROM due) both_kinds
      ORDER BY "nextAttemptAt" LIMIT ${window}
    ),
    ranked AS (
      SELECT c.id, c."destinationId", c."organizationId", c."nextAttemptAt", dst."circuitOpenUntil" IS NOT NULL AS probe,
        row_number() OVER (PARTITION BY c."destinationId" ORDER BY c."nextAttemptAt", c.id) AS position,
        COALESCE(a.n, ${options.perDestination}::int) AS allowance
      FROM candidates c
      JOIN "Destination" dst ON dst.id = c."destinationId"
      LEFT JOIN allowances a ON a."destinationId" = c."destinationId"
    ),
    eligible AS (
      SELECT r.*, row_number() OVER (PARTITION BY r."organizationId" ORDER BY r.position, r."nextAttemptAt", r.id) AS "organizationPosition"
      FROM ranked r
      WHERE r.position <= CASE WHEN r.probe THEN 1 ELSE r.allowance END
    ),
    picked AS (
      SELECT e.id, e."destinationId", e.probe FROM eligible e
      LEFT JOIN loads o ON o."organizationId" = e."organizationId"
      ORDER BY e."organizationPosition" + COALESCE(o.n, 0), e.position, e."nextAttemptAt", e.id
      LIMIT ${options.limit}
    ),
    probing AS (
      UPDATE "Destination" SET "circuitOpenUntil" = ${options.leaseUntil}, "circuitProbeAt" = ${options.now}
      WHERE id IN (SELECT "destinationId" FROM picked WHERE probe) AND "circuitOpenUntil" <= ${options.now}
      RETURNING id
    ),
    claimed AS (
      UPDATE "Delivery" SET status = 'SENDING', "leasedBy" = ${options.workerId}, "leaseUntil" = ${options.leaseUntil}, "updatedAt" = ${options.now},
        -- Taken over while still SENDING: its lease expired with no attempt recorded (see expired-leases.ts, which gives up after a few).
        "expiredLeases" = "expiredLeases" + CASE WHEN status = 'SENDING' THEN 1 ELSE 0 END
      WHERE id IN (SELECT id FROM picked WHERE NOT probe OR "destinationId" IN (SELECT id FROM probing))
      RETURNING *
    )
    ${selectLoaded(Prisma.sql`claimed`, options.now)}`;
}

export async function claimDueDeliveries(query: RawQuery, options: ClaimOptions): Promise<LoadedDelivery[]> {
  if (options.limit <= 0) return [];
  return toLoaded(await query(claimStatement(options)));
}

/** Deliveries by id with what sending them needs, whatever their state (manual attempts). */
export async function loadDeliveries(query: RawQuery, ids: string[], now: Date): Promise<LoadedDelivery[]> {
  if (ids.length === 0) return [];
  return toLoaded(
    await query(Prisma.sql`
      WITH wanted AS (SELECT * FROM "Delivery" WHERE id = ANY(${ids}::text[]))
      ${selectLoaded(Prisma.sql`wanted`, now)}`),
  );
}

/** Gives claimed deliveries back (shutdown, rate limit), due again at `dueAt`. */
export async function releaseDeliveries(db: Db, workerId: string, ids: string[], dueAt: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: ids }, status: "SENDING", leasedBy: workerId },
    data: { status: "SCHEDULED", leasedBy: null, leaseUntil: null, nextAttemptAt: dueAt },
  });
}
