// What a worker has in flight, and so what its next claim may take.
//
// The worker's concurrency bounds requests that are working: a request that
// has waited longer than `slowAfterMs` for its answer is only holding an idle
// socket, so it leaves the concurrency for a second, larger pool of waiting
// requests. A destination with a request waiting gets nothing more until one
// answers (so its backlog no longer fills the claims' window either). The
// waiting pool is bounded (`slowCapacity`), and an organization whose waiting
// requests fill a quarter of it gets nothing more at all until some end.
// Hanging receivers so cost sockets, not the worker's time, and never the
// slots of another organization's healthy destinations. Each destination's
// own limit comes from DestinationLimits.
import type { DestinationLimits } from "./destination-limits.ts";

export interface LoadOptions {
  concurrency: number;
  slowAfterMs: number;
  slowCapacity: number;
}

interface Flight {
  destinationId: string;
  organizationId: string;
  startedAt: number;
}

export interface ClaimRoom {
  /** Deliveries the next claim may take. */
  free: number;
  /** Per destination with requests in flight or a reduced limit: how many more it may have. */
  allowance: Map<string, number>;
  /** Requests in flight per organization. */
  organizationLoad: Map<string, number>;
  /** Organizations whose waiting requests fill their share of the waiting pool: nothing more for them. */
  saturated: string[];
  /** When the next request in flight turns slow (and so frees its slot), in ms from now. */
  nextSlowInMs?: number;
}

export class WorkerLoad {
  private readonly flights = new Map<string, Flight>();
  private readonly organizationSlowCapacity: number;

  constructor(
    private readonly options: LoadOptions,
    private readonly limits: DestinationLimits,
  ) {
    this.organizationSlowCapacity = Math.max(1, Math.floor(options.slowCapacity / 4));
  }

  get size(): number {
    return this.flights.size;
  }

  add(key: string, flight: Flight): void {
    this.flights.set(key, flight);
  }

  remove(key: string): void {
    this.flights.delete(key);
  }

  room(nowMs: number): ClaimRoom {
    let working = 0;
    let slow = 0;
    let nextSlowInMs: number | undefined;
    const perDestination = new Map<string, { count: number; slow: boolean }>();
    const organizationLoad = new Map<string, number>();
    const slowByOrganization = new Map<string, number>();
    for (const flight of this.flights.values()) {
      const waited = nowMs - flight.startedAt;
      const isSlow = waited >= this.options.slowAfterMs;
      if (isSlow) {
        slow++;
        slowByOrganization.set(flight.organizationId, (slowByOrganization.get(flight.organizationId) ?? 0) + 1);
      } else {
        working++;
        const left = this.options.slowAfterMs - waited;
        if (nextSlowInMs === undefined || left < nextSlowInMs) nextSlowInMs = left;
      }
      const entry = perDestination.get(flight.destinationId) ?? { count: 0, slow: false };
      entry.count++;
      entry.slow ||= isSlow;
      perDestination.set(flight.destinationId, entry);
      organizationLoad.set(flight.organizationId, (organizationLoad.get(flight.organizationId) ?? 0) + 1);
    }
    // Waiting requests beyond the waiting pool keep their working slots.
    const overflow = Math.max(0, slow - this.options.slowCapacity);
    const allowance = new Map<string, number>();
    for (const [destinationId, limit] of this.limits.reduced()) allowance.set(destinationId, limit);
    for (const [destinationId, entry] of perDestination)
      allowance.set(destinationId, entry.slow ? 0 : this.limits.limit(destinationId) - entry.count);
    const saturated = [...slowByOrganization]
      .filter(([, count]) => count >= this.organizationSlowCapacity)
      .map(([organizationId]) => organizationId);
    return { free: this.options.concurrency - working - overflow, allowance, organizationLoad, saturated, nextSlowInMs };
  }
}
