// Which organization's API request a database statement runs for, and each
// organization's share of the connections API requests use. Without a share,
// one organization's slow reads (a search over millions of attempts, a
// totalCount) could hold every connection of the process, and everyone
// else's requests would queue behind them. With one, an organization holds at
// most `perOrganization` connections at once; its further statements wait in
// a line of their own, and give up (DATABASE_BUSY) when that line is long or
// slow. The request's organization travels with its async work
// (AsyncLocalStorage), so no resolver has to pass it to the database.
import { AsyncLocalStorage } from "node:async_hooks";

const acting = new AsyncLocalStorage<string>();

/** Runs `work` (and everything it starts) as work for `organizationId`'s API request. */
export function actingFor<T>(organizationId: string, work: () => T): T {
  return acting.run(organizationId, work);
}

/** The organization whose API request the current work is for, if any. */
export function actingOrganization(): string | undefined {
  return acting.getStore();
}

/** An organization's statement found its line full, or waited too long for its turn (the API answers RATE_LIMITED). */
export class DatabaseBusyError extends Error {
  readonly code = "DATABASE_BUSY";
  constructor(readonly organizationId: string) {
    super(`Organization ${organizationId} already holds its share of the API's database connections, and its line is full or too slow.`);
  }
}

export interface ShareOptions {
  perOrganization: number;
  /** How long a statement waits for its turn before giving up. */
  waitMs: number;
  /** Statements one organization may have waiting; beyond them, a statement is refused at once. */
  maxWaiting?: number;
}

export interface OrganizationShares {
  /** Waits for a turn of `organizationId`'s share; the returned function gives it back (once). */
  acquire(organizationId: string): Promise<() => void>;
  /** Runs `work` in a turn of the acting organization's share; at once when no organization acts. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

// Concurrent publishes of one busy organization (a load generator's 64 connections, each call a statement or
// two) must wait, not fail; the bound is there so that nothing grows without limit.
const MAX_WAITING = 1000;

interface Line {
  running: number;
  waiting: (() => void)[];
}

export function organizationShares({ perOrganization, waitMs, maxWaiting = MAX_WAITING }: ShareOptions): OrganizationShares {
  // Only organizations with statements running or waiting have a line.
  const lines = new Map<string, Line>();

  const giveBack = (organizationId: string, line: Line) => {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = line.waiting.shift();
      if (next) return next();
      line.running -= 1;
      if (line.running === 0) lines.delete(organizationId);
    };
  };

  const shares: OrganizationShares = {
    async run(work) {
      const organizationId = actingOrganization();
      if (organizationId === undefined) return work();
      const done = await shares.acquire(organizationId);
      try {
        return await work();
      } finally {
        done();
      }
    },
    acquire(organizationId) {
      let line = lines.get(organizationId);
      if (!line) lines.set(organizationId, (line = { running: 0, waiting: [] }));
      if (line.running < perOrganization) {
        line.running += 1;
        return Promise.resolve(giveBack(organizationId, line));
      }
      if (line.waiting.length >= maxWaiting) return Promise.reject(new DatabaseBusyError(organizationId));
      const current = line;
      return new Promise((resolve, reject) => {
        // A turn handed over passes the running slot on as it is (`running` unchanged).
        const turn = () => {
          clearTimeout(timer);
          resolve(giveBack(organizationId, current));
        };
        const timer = setTimeout(() => {
          current.waiting.splice(current.waiting.indexOf(turn), 1);
          reject(new DatabaseBusyError(organizationId));
        }, waitMs).unref();
        current.waiting.push(turn);
      });
    },
  };
  return shares;
}

/** What a refused statement's request is told to wait: the longest any statement ahead of it may still run. */
export function busyRetryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}

/** PostgreSQL's code for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = "57014";

/**
 * Which of the API's database limits an error met, through the wrappings
 * Prisma and its adapter put around it: the organization's line was full
 * ("busy"), or a statement ran past the API's statement timeout ("timeout").
 */
export function databaseLimitOf(error: unknown): "busy" | "timeout" | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth += 1) {
    const { code, originalCode, meta, cause, originalError } = e as Record<string, unknown>;
    if (code === "DATABASE_BUSY") return "busy";
    if (code === QUERY_CANCELED || originalCode === QUERY_CANCELED) return "timeout";
    e = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError ?? cause ?? originalError;
  }
  return undefined;
}
