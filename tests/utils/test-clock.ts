import type { Clock } from "../../server/clock.ts";

/** A clock tests move by hand, so retries and expiries happen without sleeping. */
export class TestClock implements Clock {
  private current: number;

  constructor(start = Date.now()) {
    this.current = start;
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
