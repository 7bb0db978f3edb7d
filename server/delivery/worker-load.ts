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
//
// A worker also claims ahead: up to `claimAhead` deliveries beyond its
// concurrency, leased and queued in the worker for a slot, so that its
// slots stay busy while the next claim is on its way to the database. Each
// destination may likewise have its share of that beyond its own limit
// queued (its limit × claimAhead / concurrency, at least one), but never
// more requests started than its limit. Deliveries claimed ahead count as
// in flight for their destination's allowance and their organization's
// load, as the claim that took them did.
import type { DestinationLimits } from "./destination-limits.ts";

export interface LoadOptions {
  concurrency: number;
  slowAfterMs: number;
  slowCapacity: number;
  claimAhead: number;
}

interface Flight {
  destinationId: string;
  organizationId: string;
  /** When its request started; undefined while it is queued in the worker for a slot (claimed ahead). */
  startedAt?: number;
}

export interface ClaimRoom {
  /** Deliveries the next claim may take (slots free, plus what may wait for one). */
  free: number;
  /** Requests that may start now. */
  slots: number;
  /** Deliveries claimed ahead, queued for a slot. */
  queued: number;
  /** How many deliveries a destination with nothing in flight and the maximum limit may have. */
  perDestination: number;
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
  /** Requests started (working or waiting) per destination. */
  private readonly started = new Map<string, number>();
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

  /** A request in flight: started at `startedAt`, or queued (claimed ahead) without it. */
  add(key: string, flight: Flight): void {
    this.flights.set(key, flight);
    if (flight.startedAt !== undefined) this.count(flight.destinationId, 1);
  }

  remove(key: string): void {
    const flight = this.flights.get(key);
    if (!flight) return;
    this.flights.delete(key);
    if (flight.startedAt !== undefined) this.count(flight.destinationId, -1);
  }

  /** Whether a queued request to `destinationId` may start: its destination is below its limit. */
  mayStart(destinationId: string): boolean {
    return (this.started.get(destinationId) ?? 0) < this.limits.limit(destinationId);
  }

  /** A delivery claimed ahead gets its slot: its request starts now. */
  start(key: string, nowMs: number): void {
    const flight = this.flights.get(key);
    if (!flight || flight.startedAt !== undefined) return;
    flight.startedAt = nowMs;
    this.count(flight.destinationId, 1);
  }

  private count(destinationId: string, change: 1 | -1): void {
    const count = (this.started.get(destinationId) ?? 0) + change;
    if (count > 0) this.started.set(destinationId, count);
    else this.started.delete(destinationId);
  }

  /** How many of a destination's deliveries may be queued beyond its limit. */
  private ahead(limit: number): number {
    if (this.options.claimAhead === 0) return 0;
    return Math.max(1, Math.floor((limit * this.options.claimAhead) / this.options.concurrency));
  }

  /** Requests that may start now: the concurrency less those working (and waiting beyond the waiting pool). */
  slots(nowMs: number): number {
    let working = 0;
    let slow = 0;
    for (const { startedAt } of this.flights.values()) {
      if (startedAt === undefined) continue;
      if (nowMs - startedAt >= this.options.slowAfterMs) slow++;
      else working++;
    }
    return this.slotsLeft(working, slow);
  }

  /** The concurrency less the requests working, and less those waiting beyond the waiting pool (they keep their slots). */
  private slotsLeft(working: number, slow: number): number {
    return this.options.concurrency - working - Math.max(0, slow - this.options.slowCapacity);
  }

  room(nowMs: number): ClaimRoom {
    let working = 0;
    let slow = 0;
    let queued = 0;
    let nextSlowInMs: number | undefined;
    const perDestination = new Map<string, { count: number; slow: boolean }>();
    const organizationLoad = new Map<string, number>();
    const slowByOrganization = new Map<string, number>();
    for (const flight of this.flights.values()) {
      const waited = flight.startedAt === undefined ? 0 : nowMs - flight.startedAt;
      const isSlow = flight.startedAt !== undefined && waited >= this.options.slowAfterMs;
      if (flight.startedAt === undefined) {
        queued++;
      } else if (isSlow) {
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
    const allowance = new Map<string, number>();
    for (const [destinationId, limit] of this.limits.reduced()) allowance.set(destinationId, limit + this.ahead(limit));
    for (const [destinationId, entry] of perDestination) {
      const limit = this.limits.limit(destinationId);
      allowance.set(destinationId, entry.slow ? 0 : limit + this.ahead(limit) - entry.count);
    }
    const saturated = [...slowByOrganization]
      .filter(([, count]) => count >= this.organizationSlowCapacity)
      .map(([organizationId]) => organizationId);
    const slots = this.slotsLeft(working, slow);
    const unloaded = this.limits.maximum + this.ahead(this.limits.maximum);
    return {
      free: slots + this.options.claimAhead - queued,
      slots,
      queued,
      perDestination: unloaded,
      allowance,
      organizationLoad,
      saturated,
      nextSlowInMs,
    };
  }
}
