// One subscriber's view of a topic, with a bounded buffer: a consumer that
// stops reading cannot make the server hold more than `bufferSize` items.
// When full, the oldest unread item is dropped and counted; the next item the
// consumer reads says how many it missed before it. Likewise, after the
// transport was cut off (Redis unreachable), the next item says between which
// times items may be missing, since nobody can count those. Items beyond the
// subscription's share of the live feed's budget (live-budget.ts) are dropped
// and counted the same way.
import type { ItemBudget } from "./live-budget.ts";
export interface FeedItem<T> {
  value: T;
  /** Items dropped since the previous one this subscriber read. */
  missedBefore: number;
  /** When set, items published between these times may be missing before this one. */
  missedBetween?: FeedGap;
}

export interface FeedGap {
  from: Date;
  until: Date;
}

/** One gap covering both (either may be absent). */
function mergeGaps(a: FeedGap | undefined, b: FeedGap | undefined): FeedGap | undefined {
  if (!a || !b) return a ?? b;
  return { from: a.from < b.from ? a.from : b.from, until: a.until > b.until ? a.until : b.until };
}

export interface BoundedSubscriptionOptions<T> {
  /** Unread items held before the oldest are dropped. */
  bufferSize: number;
  /** A second topic whose first event ends the subscription (a revoked token). */
  until?: string;
  /** Only matching items are kept (and counted when dropped). */
  filter?: (value: T) => boolean;
  /** The subscription's share of the live feed's budget: an item beyond it is dropped (and counted). */
  budget?: ItemBudget;
  onEnd?: () => void;
}

export class BoundedSubscription<T> implements AsyncIterableIterator<FeedItem<T>> {
  private readonly queue: FeedItem<T>[] = [];
  private waiting?: (result: IteratorResult<FeedItem<T>>) => void;
  private done = false;
  private readonly listener = (event: Event) => this.push((event as CustomEvent<T>).detail);
  private readonly stopper = () => void this.return();
  /** Items dropped for the budget since the last one kept: the next one kept says so. */
  private skipped = 0;

  constructor(
    private readonly target: EventTarget,
    private readonly topic: string,
    private readonly options: BoundedSubscriptionOptions<T>,
  ) {
    target.addEventListener(topic, this.listener);
    if (options.until) target.addEventListener(options.until, this.stopper);
  }

  /** Items dropped so far because the reader was too slow. */
  dropped = 0;

  /** A gap in the transport not yet reported: the next item carries it. */
  private gap?: FeedGap;

  /** Items published between `from` and `until` may never have reached this subscription. */
  interrupted(gap: FeedGap): void {
    if (!this.done) this.gap = mergeGaps(this.gap, gap);
  }

  /** Items waiting to be read (for tests and metrics). */
  get buffered(): number {
    return this.queue.length;
  }

  private push(value: T): void {
    if (this.done || (this.options.filter && !this.options.filter(value))) return;
    if (this.options.budget && !this.options.budget.take()) {
      this.dropped++;
      this.skipped++;
      return;
    }
    const item: FeedItem<T> = { value, missedBefore: this.skipped, ...(this.gap && { missedBetween: this.gap }) };
    this.skipped = 0;
    this.gap = undefined;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    this.queue.push(item);
    if (this.queue.length > this.options.bufferSize) {
      const evicted = this.queue.shift()!;
      this.dropped++;
      // The next item now stands after everything the evicted one stood after, plus itself.
      this.queue[0].missedBefore += evicted.missedBefore + 1;
      const missedBetween = mergeGaps(evicted.missedBetween, this.queue[0].missedBetween);
      if (missedBetween) this.queue[0].missedBetween = missedBetween;
    }
  }

  next(): Promise<IteratorResult<FeedItem<T>>> {
    const item = this.queue.shift();
    if (item) return Promise.resolve({ value: item, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<FeedItem<T>>> {
    if (!this.done) {
      this.done = true;
      this.target.removeEventListener(this.topic, this.listener);
      if (this.options.until) this.target.removeEventListener(this.options.until, this.stopper);
      this.queue.length = 0;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
      this.options.budget?.release();
      this.options.onEnd?.();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
