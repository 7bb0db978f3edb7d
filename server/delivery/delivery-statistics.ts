// Keeps the planner's statistics of the Delivery table fresh enough for the
// claim. On PostgreSQL the claim is a prepared statement: after a few calls
// PostgreSQL keeps one plan for it, made from the statistics of that moment,
// until they are renewed. Made while the table was nearly empty (a new
// installation, a quiet hour), that plan scans the whole table at every step
// once a backlog arrives: 60-90 ms a claim beside 5,000 due deliveries
// (bench noisy-neighbour), where a plan for the table's real size takes
// under 1 ms. Autovacuum renews them too, but only after its nap (a minute),
// and the embedded database has no autovacuum at all.
import { performance } from "node:perf_hooks";
import { Prisma } from "../db/generated/client.ts";
import type { RawQuery } from "../db/database.ts";

/** A table at least this many times the size its statistics describe (and by GROWTH_MIN_PAGES more) is analyzed again. */
const GROWTH_FACTOR = 2;
const GROWTH_MIN_PAGES = 16;
/** How often the worker compares the table's size with its statistics' (one catalogue read). */
const GROWTH_CHECK_INTERVAL_MS = 2_000;
/**
 * With a backlog, the statistics are also renewed at most this often, for
 * what the size does not show (how many deliveries are due rather than
 * done). Without statistics the claim sorts every due delivery to take the
 * oldest, each claim: ~20 ms with 5,000 due on the embedded database.
 */
const ANALYZE_INTERVAL_MS = 60_000;

export interface DeliveryStatistics {
  /** After a claim; `backlog`: it took as much as a quarter of the worker's concurrency. */
  afterClaim(backlog: boolean): void;
}

const analyze = (query: RawQuery) => query(Prisma.sql`ANALYZE "Delivery"`);

/** Whether the Delivery table outgrew the size its statistics were gathered at (and analyzes it if so). */
export async function analyzeIfGrown(query: RawQuery): Promise<boolean> {
  const [{ analyzedPages, pages }] = await query<{ analyzedPages: number; pages: number }>(Prisma.sql`
    SELECT c.relpages AS "analyzedPages", (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS pages
    FROM pg_class c WHERE c.oid = '"Delivery"'::regclass`);
  if (pages < GROWTH_FACTOR * analyzedPages + GROWTH_MIN_PAGES) return false;
  await analyze(query);
  return true;
}

export function deliveryStatistics(query: RawQuery, onError: (error: unknown) => void): DeliveryStatistics {
  let analyzedAt = -Infinity;
  let checkedAt = -Infinity;
  let busy = false;
  const run = (work: () => Promise<unknown>) => {
    busy = true;
    work()
      .catch(onError)
      .finally(() => (busy = false));
  };
  return {
    afterClaim(backlog) {
      const now = performance.now();
      if (busy) return;
      if (backlog && now - analyzedAt >= ANALYZE_INTERVAL_MS) {
        analyzedAt = checkedAt = now;
        run(() => analyze(query));
      } else if (now - checkedAt >= GROWTH_CHECK_INTERVAL_MS) {
        checkedAt = now;
        run(async () => {
          if (await analyzeIfGrown(query)) analyzedAt = performance.now();
        });
      }
    },
  };
}
