// Each organization's share of a process's CPU for notification rule
// conditions: a bucket of evaluation steps, refilled at a steady rate. A
// condition is evaluated only while its organization's bucket has steps left;
// otherwise the publish call is refused (RATE_LIMITED, 429 with Retry-After)
// before anything is written. What an evaluation spends is taken whatever it
// decides, into debt if need be (one call spends at most its own budget).
//
// Without it, conditions were bounded per event, per call and per token, but
// an organization could mint tokens: eight of them ran 43 full-budget calls in
// 20 s, 15 s of CPU, and another organization's deliveries waited ~1 s.
//
// Per process and in memory, not shared through Redis: what it protects is
// this process's event loop, and its check sits between two synchronous
// evaluations, where an awaited round trip would let concurrent calls all
// pass it before any had spent.
import { performance } from "node:perf_hooks";

export class ConditionShares {
  private readonly buckets = new Map<string, { steps: number; at: number }>();

  constructor(
    /** Steps an organization's conditions may take a second, on average (0: no limit). */
    readonly stepsPerSecond: number,
    /** Steps a full bucket holds: what an organization may spend at once after a quiet while. */
    readonly capacity: number,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** Seconds until the organization's conditions may be evaluated again; 0 when they may now. */
  waitSeconds(organizationId: string): number {
    const steps = this.level(organizationId);
    return steps > 0 ? 0 : Math.max(1, Math.ceil((1 - steps) / this.stepsPerSecond));
  }

  spend(organizationId: string, steps: number): void {
    if (this.stepsPerSecond === 0 || steps <= 0) return;
    this.buckets.set(organizationId, { steps: this.level(organizationId) - steps, at: this.nowMs() });
  }

  /** Steps left now; a bucket refilled to the brim is forgotten, so only organizations that spent lately take memory. */
  private level(organizationId: string): number {
    const bucket = this.buckets.get(organizationId);
    if (this.stepsPerSecond === 0 || !bucket) return this.capacity;
    const steps = bucket.steps + ((this.nowMs() - bucket.at) / 1000) * this.stepsPerSecond;
    if (steps < this.capacity) return steps;
    this.buckets.delete(organizationId);
    return this.capacity;
  }
}
