// Intake admission: when the deliveries waiting to be sent pass a bound,
// publishing is refused (HTTP 503 with Retry-After, code OVERLOADED) until
// the workers have caught up. A process busy accepting events it cannot
// deliver starves delivery instead (measured on the embedded database: 128
// publishes/s accepted, 20 deliveries/s sent); refusing intake explicitly
// tells publishers to retry and leaves the process to deliver.
//
// The backlog is counted at most once per `refreshMs`, in the background and
// only up to the bound, so a publish never waits for the count and the count
// costs the same however far behind delivery is.
import { performance } from "node:perf_hooks";
import type { Db } from "../db/database.ts";
import type { Clock } from "../clock.ts";
import type { Logger } from "../logger.ts";

export interface IntakeOptions {
  /** Due deliveries of sendable destinations beyond which publishing is refused; 0 never refuses. */
  maxBacklog: number;
  /** How old a count may be before the next publish starts another. */
  refreshMs?: number;
}

export interface IntakeRefusal {
  backlog: number;
  maxBacklog: number;
  retryAfterSeconds: number;
}

export interface IntakeAdmission {
  /** A refusal when the last count passed the bound; starts a new count when it is stale. */
  check(): IntakeRefusal | undefined;
  /** Counts now and waits for it (tests, and the first check after start). */
  refresh(): Promise<number>;
}

const DEFAULT_REFRESH_MS = 1000;

/**
 * Due deliveries whose destination may be sent to now (active, circuit not
 * open), up to `limit`: the due index walked in order, stopping at the limit.
 */
export async function countBacklog(db: Db, now: Date, limit: number): Promise<number> {
  const [{ backlog }] = await db.$queryRaw<{ backlog: number }[]>`
    SELECT count(*)::int AS backlog FROM (
      SELECT 1 FROM "Delivery" d
      WHERE d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${now}
        AND (SELECT dst.state = 'ACTIVE' AND (dst."circuitOpenUntil" IS NULL OR dst."circuitOpenUntil" <= ${now})
             FROM "Destination" dst WHERE dst.id = d."destinationId")
      LIMIT ${limit}
    ) due`;
  return backlog;
}

export function createIntakeAdmission(db: Db, clock: Clock, logger: Logger, options: IntakeOptions): IntakeAdmission {
  const refreshMs = options.refreshMs ?? DEFAULT_REFRESH_MS;
  let backlog = 0;
  let countedAt = -Infinity;
  let counting: Promise<number> | undefined;
  let refusing = false;

  function refresh(): Promise<number> {
    counting ??= countBacklog(db, clock.now(), options.maxBacklog + 1)
      .then((counted) => {
        backlog = counted;
        const over = counted > options.maxBacklog;
        if (over !== refusing) {
          refusing = over;
          if (over)
            logger.warn({ backlog: counted, maxBacklog: options.maxBacklog }, "delivery backlog over its bound: publishing refused");
          else logger.info({ maxBacklog: options.maxBacklog }, "delivery backlog back under its bound: publishing accepted");
        }
        return counted;
      })
      .catch((error: unknown) => {
        // Counting is an optimisation of the process's share, not a gate: if it fails, intake stays open.
        logger.warn({ err: error }, "counting the delivery backlog failed");
        backlog = 0;
        return 0;
      })
      .finally(() => {
        countedAt = performance.now();
        counting = undefined;
      });
    return counting;
  }

  return {
    check() {
      if (options.maxBacklog <= 0) return undefined;
      if (performance.now() - countedAt >= refreshMs) void refresh();
      if (backlog <= options.maxBacklog) return undefined;
      return { backlog, maxBacklog: options.maxBacklog, retryAfterSeconds: Math.max(1, Math.ceil(refreshMs / 1000)) };
    },
    refresh,
  };
}
