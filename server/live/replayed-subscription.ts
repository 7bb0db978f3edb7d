// A live subscription that starts with what happened just before it: the
// caller subscribes first, then loads the recent items; they are served
// oldest first, then the live ones, leaving out any live item already served
// (recorded while the two overlapped). Subscribed before the load, nothing
// recorded meanwhile can fall between the two.
//
// A plain iterator rather than an async generator: a generator waiting for
// the next live item cannot be returned until one comes, which would keep a
// closed subscription open on a quiet feed.
import type { FeedItem } from "./bounded-subscription.ts";

export class ReplayedSubscription<T> implements AsyncIterableIterator<FeedItem<T>> {
  private replay?: FeedItem<T>[];
  private readonly served = new Set<string>();
  private loading: Promise<void>;
  private done = false;
  /** What the live items left out (duplicates) said about missed items, for the next one served. */
  private carried: Pick<FeedItem<T>, "missedBefore" | "missedBetween"> = { missedBefore: 0 };

  constructor(
    private readonly live: AsyncIterableIterator<FeedItem<T>>,
    /** The recent items, newest first; called once, after the live subscription is in effect. */
    load: () => Promise<T[]>,
    private readonly idOf: (value: T) => string,
  ) {
    this.loading = load().then((recent) => {
      for (const value of recent) this.served.add(idOf(value));
      this.replay = recent.reverse().map((value) => ({ value, missedBefore: 0 }));
    });
  }

  async next(): Promise<IteratorResult<FeedItem<T>>> {
    await this.loading;
    const replayed = this.replay?.shift();
    if (replayed && !this.done) return { value: replayed, done: false };
    for (;;) {
      const result = await this.live.next();
      if (result.done || this.done) return { value: undefined, done: true };
      const item = result.value;
      const id = this.idOf(item.value);
      if (!this.served.has(id)) return { value: this.withCarried(item), done: false };
      // Served from history already; each id comes live at most once, so it can be forgotten.
      this.served.delete(id);
      this.carried = {
        missedBefore: this.carried.missedBefore + item.missedBefore,
        missedBetween: item.missedBetween ?? this.carried.missedBetween,
      };
    }
  }

  private withCarried(item: FeedItem<T>): FeedItem<T> {
    if (this.carried.missedBefore === 0 && !this.carried.missedBetween) return item;
    const merged = { ...item, missedBefore: item.missedBefore + this.carried.missedBefore };
    if (!merged.missedBetween && this.carried.missedBetween) merged.missedBetween = this.carried.missedBetween;
    this.carried = { missedBefore: 0 };
    return merged;
  }

  async return(): Promise<IteratorResult<FeedItem<T>>> {
    this.done = true;
    this.replay = [];
    await this.live.return?.();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
