// One subscriber's view of a topic, with a bounded buffer: a consumer that
// stops reading cannot make the server hold more than `bufferSize` items.
// When full, the oldest unread item is dropped and counted; the next item the
// consumer reads says how many it missed before it. Likewise, after the
// transport was cut off (Redis unreachable), the next item says between which
// times items may be missing, since nobody can count those.
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

export class BoundedSubscription<T> implements AsyncIterableIterator<FeedItem<T>> {
  private readonly queue: FeedItem<T>[] = [];
  private waiting?: (result: IteratorResult<FeedItem<T>>) => void;
  private done = false;
  private readonly listener = (event: Event) => this.push((event as CustomEvent<T>).detail);
  private readonly stopper = () => void this.return();

  constructor(
    private readonly target: EventTarget,
    private readonly topic: string,
    private readonly bufferSize: number,
    /** A second topic whose first event ends the subscription (a revoked token). */
    private readonly until?: string,
    /** Only matching items are kept (and counted when dropped). */
    private readonly filter: (value: T) => boolean = () => true,
    private readonly onEnd: () => void = () => undefined,
  ) {
    target.addEventListener(topic, this.listener);
    if (until) target.addEventListener(until, this.stopper);
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
    if (this.done || !this.filter(value)) return;
    const item: FeedItem<T> = { value, missedBefore: 0, ...(this.gap && { missedBetween: this.gap }) };
    this.gap = undefined;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    this.queue.push(item);
    if (this.queue.length > this.bufferSize) {
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
      if (this.until) this.target.removeEventListener(this.until, this.stopper);
      this.queue.length = 0;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
      this.onEnd();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
