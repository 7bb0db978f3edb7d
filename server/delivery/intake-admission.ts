// Intake admission: when the deliveries waiting to be sent pass a bound,
// publishing is refused (HTTP 503 with Retry-After, code OVERLOADED) until
// the workers have caught up. A process busy accepting events it cannot
// deliver starves delivery instead (measured on the embedded database: 128
// publishes/s accepted, 20 deliveries/s sent); refusing intake explicitly
// tells publishers to retry and leaves the process to deliver.
//
// Two bounds: one organization's due deliveries (on by default), which refuses
// only that organization's publishes, so a tenant flooding the intake is slowed
// and the others are not; and the whole installation's (off by default), which
// protects the process but lets one tenant's backlog refuse everyone.
//
// Each backlog is counted at most once per `refreshMs`, in the background and
// only up to its bound, so a publish never waits for a count and a count costs
// the same however far behind delivery is.
import { performance } from "node:perf_hooks";
import { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import type { Clock } from "../clock.ts";
import type { Logger } from "../logger.ts";

export interface IntakeOptions {
  /** Due deliveries of sendable destinations beyond which publishing is refused; 0 never refuses. */
  maxBacklog: number;
  /** The same, counted per organization and refusing only its publishes; 0 never refuses. */
  maxBacklogPerOrganization: number;
  /** How old a count may be before the next publish starts another. */
  refreshMs?: number;
}

export interface IntakeRefusal {
  /** Whose backlog is over its bound: the publisher's organization's, or the installation's. */
  scope: "ORGANIZATION" | "INSTALLATION";
  backlog: number;
  maxBacklog: number;
  retryAfterSeconds: number;
}

export interface IntakeAdmission {
  /**
   * A refusal when the last count of the installation's backlog (and, given
   * one, the organization's) passed its bound; starts a new count when the
   * last one is stale.
   */
  check(organizationId?: string): IntakeRefusal | undefined;
  /** Counts now and waits for it (tests). */
  refresh(organizationId?: string): Promise<number>;
}

const DEFAULT_REFRESH_MS = 1000;
/** Organizations whose last count is remembered; the least recently publishing are forgotten first. */
const REMEMBERED_ORGANIZATIONS = 10_000;

/**
 * Due deliveries whose destination may be sent to now (active, circuit not
 * open), up to `limit`, of one organization or all: the due index walked in
 * order, stopping at the limit.
 */
export async function countBacklog(db: Db, now: Date, limit: number, organizationId?: string): Promise<number> {
  const ofOrganization = organizationId ? Prisma.sql`d."organizationId" = ${organizationId} AND` : Prisma.empty;
  const [{ backlog }] = await db.$queryRaw<{ backlog: number }[]>`
    SELECT count(*)::int AS backlog FROM (
      SELECT 1 FROM "Delivery" d
      WHERE ${ofOrganization} d.status = 'SCHEDULED' AND d."nextAttemptAt" <= ${now}
        AND (SELECT dst.state = 'ACTIVE' AND (dst."circuitOpenUntil" IS NULL OR dst."circuitOpenUntil" <= ${now})
             FROM "Destination" dst WHERE dst.id = d."destinationId")
      LIMIT ${limit}
    ) due`;
  return backlog;
}

/** One backlog's last count, recounted in the background when stale. */
interface Gauge {
  backlog: number;
  countedAt: number;
  counting?: Promise<number>;
  refusing: boolean;
}

export function createIntakeAdmission(db: Db, clock: Clock, logger: Logger, options: IntakeOptions): IntakeAdmission {
  const refreshMs = options.refreshMs ?? DEFAULT_REFRESH_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil(refreshMs / 1000));
  const installation: Gauge = { backlog: 0, countedAt: -Infinity, refusing: false };
  const organizations = new Map<string, Gauge>();

  function recount(gauge: Gauge, bound: number, organizationId?: string): Promise<number> {
    gauge.counting ??= countBacklog(db, clock.now(), bound + 1, organizationId)
      .then((counted) => {
        gauge.backlog = counted;
        const over = counted > bound;
        if (over !== gauge.refusing) {
          gauge.refusing = over;
          const fields = { organizationId, backlog: counted, maxBacklog: bound };
          if (over) logger.warn(fields, "delivery backlog over its bound: publishing refused");
          else logger.info(fields, "delivery backlog back under its bound: publishing accepted");
        }
        return counted;
      })
      .catch((error: unknown) => {
        // Counting is an optimisation of the process's share, not a gate: if it fails, intake stays open.
        logger.warn({ err: error, organizationId }, "counting the delivery backlog failed");
        gauge.backlog = 0;
        return 0;
      })
      .finally(() => {
        gauge.countedAt = performance.now();
        gauge.counting = undefined;
      });
    return gauge.counting;
  }

  function organizationGauge(organizationId: string): Gauge {
    let gauge = organizations.get(organizationId);
    if (gauge) organizations.delete(organizationId);
    else {
      gauge = { backlog: 0, countedAt: -Infinity, refusing: false };
      if (organizations.size >= REMEMBERED_ORGANIZATIONS) organizations.delete(organizations.keys().next().value!);
    }
    organizations.set(organizationId, gauge);
    return gauge;
  }

  function over(gauge: Gauge, bound: number, scope: IntakeRefusal["scope"], organizationId?: string): IntakeRefusal | undefined {
    if (bound <= 0) return undefined;
    if (performance.now() - gauge.countedAt >= refreshMs) void recount(gauge, bound, organizationId);
    if (gauge.backlog <= bound) return undefined;
    return { scope, backlog: gauge.backlog, maxBacklog: bound, retryAfterSeconds };
  }

  return {
    check(organizationId) {
      return (
        over(installation, options.maxBacklog, "INSTALLATION") ??
        (organizationId === undefined
          ? undefined
          : over(organizationGauge(organizationId), options.maxBacklogPerOrganization, "ORGANIZATION", organizationId))
      );
    },
    refresh(organizationId) {
      return organizationId === undefined
        ? recount(installation, options.maxBacklog)
        : recount(organizationGauge(organizationId), options.maxBacklogPerOrganization, organizationId);
    },
  };
}
