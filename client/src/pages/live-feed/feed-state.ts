// The live feed's list: newest first, at most LIMIT rows. Paused, new items
// are held back (the list stands still to be read) and shown on resume. The
// server tells how many items this subscriber missed because it read too
// slowly (missedBefore); the feed adds them up for a notice. After the server
// lost its connection to Redis it says between which times items may be
// missing (missedBetween); the feed shows that span.

export const FEED_LIMIT = 200;

export interface FeedEntry {
  /** The attempt's id: the same attempt is never listed twice. */
  id: string;
  recordedAt: string;
}

export interface FeedState<T extends FeedEntry> {
  /** Shown, newest first. */
  items: T[];
  /** Arrived while paused, newest first. */
  held: T[];
  paused: boolean;
  /** Items the server dropped for this subscriber (missedBefore, added up). */
  missed: number;
  /** When the live feed was cut off and items may be missing (missedBetween, spans joined). */
  gap: FeedGap | null;
  /** Items pushed out of the list by the limit while paused: they are in History. */
  overflowed: number;
  /** The subscription's last error, until the next item arrives. */
  error: string | null;
}

export interface FeedGap {
  from: string;
  until: string;
}

export type FeedAction<T extends FeedEntry> =
  | { type: "received"; item: T; missedBefore: number; missedBetween?: FeedGap | null }
  | { type: "failed"; message: string }
  | { type: "pause" }
  | { type: "resume" }
  /** Empties the list, e.g. for new filters. */
  | { type: "clear" }
  | { type: "dismissMissed" }
  | { type: "dismissGap" };

export function initialFeed<T extends FeedEntry>(): FeedState<T> {
  return { items: [], held: [], paused: false, missed: 0, gap: null, overflowed: 0, error: null };
}

/** Inserts by recordedAt, newest first (events from several workers can arrive slightly out of order). */
function joinGaps(a: FeedGap | null, b: FeedGap | null | undefined): FeedGap | null {
  if (!a || !b) return a ?? b ?? null;
  return { from: a.from < b.from ? a.from : b.from, until: a.until > b.until ? a.until : b.until };
}

function insert<T extends FeedEntry>(list: readonly T[], item: T): T[] {
  const at = list.findIndex((existing) => existing.recordedAt < item.recordedAt);
  const next = [...list];
  next.splice(at === -1 ? next.length : at, 0, item);
  return next;
}

export function feedReducer<T extends FeedEntry>(state: FeedState<T>, action: FeedAction<T>): FeedState<T> {
  switch (action.type) {
    case "received": {
      const missed = state.missed + Math.max(0, action.missedBefore);
      const gap = joinGaps(state.gap, action.missedBetween);
      if (state.items.some((i) => i.id === action.item.id) || state.held.some((i) => i.id === action.item.id)) {
        return { ...state, missed, gap, error: null };
      }
      if (state.paused) {
        const held = insert(state.held, action.item);
        const overflow = Math.max(0, held.length - FEED_LIMIT);
        return { ...state, held: held.slice(0, FEED_LIMIT), overflowed: state.overflowed + overflow, missed, gap, error: null };
      }
      return { ...state, items: insert(state.items, action.item).slice(0, FEED_LIMIT), missed, gap, error: null };
    }
    case "failed":
      return { ...state, error: action.message };
    case "pause":
      return { ...state, paused: true };
    case "resume": {
      let items = state.items;
      for (const item of [...state.held].reverse()) items = insert(items, item);
      return { ...state, paused: false, held: [], items: items.slice(0, FEED_LIMIT), overflowed: 0 };
    }
    case "clear":
      return { ...initialFeed<T>(), paused: state.paused };
    case "dismissMissed":
      return { ...state, missed: 0 };
    case "dismissGap":
      return { ...state, gap: null };
  }
}
