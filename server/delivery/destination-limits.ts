// Each destination's share of a worker adapts to how it answers, the way TCP
// adapts its window (additive increase, multiplicative decrease): a request
// that got no answer (timeout, refused, reset), a 5xx or a 429 halves the
// destination's in-flight limit, never below 1; any other answer raises it
// by one, back up to the configured maximum. A receiver that hangs or fails
// so holds a worker's slots one at a time, while healthy ones keep theirs.

export type LimitSignal = "answered" | "congested";

/** How an attempt's result bears on the destination's limit. */
export function limitSignal(attempt: { responseStatus: number | null }): LimitSignal {
  const status = attempt.responseStatus;
  return status === null || status >= 500 || status === 429 ? "congested" : "answered";
}

export class DestinationLimits {
  /** Only destinations below the maximum are kept. */
  private readonly below = new Map<string, number>();

  constructor(readonly maximum: number) {}

  limit(destinationId: string): number {
    return this.below.get(destinationId) ?? this.maximum;
  }

  record(destinationId: string, signal: LimitSignal): void {
    const current = this.limit(destinationId);
    const next = signal === "congested" ? Math.max(1, Math.floor(current / 2)) : Math.min(this.maximum, current + 1);
    if (next >= this.maximum) this.below.delete(destinationId);
    else this.below.set(destinationId, next);
  }

  /** Destinations whose limit is below the maximum, with it. */
  reduced(): ReadonlyMap<string, number> {
    return this.below;
  }
}
