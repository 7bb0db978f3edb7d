// How much of a process the live feed may take. Every attempt goes to every
// subscriber of its organization, and each item a subscriber reads is a
// GraphQL execution and a message: a hundred dashboards watching an
// organization that delivers a thousand attempts a second would ask the
// process for 100,000 of them a second, and take its time from every
// organization's deliveries. So each process bounds:
// - open subscriptions, per organization and in all;
// - items sent per second, per organization and in all, shared out evenly
//   between the subscriptions: each gets its share of the smaller of its
//   organization's budget and the process's. An item beyond a subscription's
//   share is dropped, and the next one it reads says how many it missed
//   (as when a subscriber reads too slowly), so a dashboard knows to reload.
import { performance } from "node:perf_hooks";

export interface LiveBudgetOptions {
  maxSubscriptionsPerOrganization: number;
  maxSubscriptions: number;
  itemsPerSecondPerOrganization: number;
  itemsPerSecond: number;
}

/** A new subscription would pass one of the bounds on open subscriptions. */
export class LiveFeedLimitError extends Error {
  constructor(
    readonly scope: "ORGANIZATION" | "INSTALLATION",
    readonly limit: number,
  ) {
    super(
      scope === "ORGANIZATION"
        ? `This organization already has ${limit} live-feed subscriptions open on this server; close one first.`
        : `This server already has ${limit} live-feed subscriptions open; try again later.`,
    );
    this.name = "LiveFeedLimitError";
  }
}

/** One subscription's share of the item budget. */
export interface ItemBudget {
  /** Whether the subscription may be sent one more item now. */
  take(): boolean;
  /** The subscription ended: its share goes back to the others. */
  release(): void;
}

export interface LiveBudget {
  /** A share for a new subscription of the organization; throws LiveFeedLimitError past a bound. */
  open(organizationId: string): ItemBudget;
  stats(): { subscriptions: number; organizations: number };
}

export function createLiveBudget(options: LiveBudgetOptions, now: () => number = () => performance.now()): LiveBudget {
  const perOrganization = new Map<string, number>();
  let total = 0;

  return {
    open(organizationId) {
      const open = perOrganization.get(organizationId) ?? 0;
      if (open >= options.maxSubscriptionsPerOrganization)
        throw new LiveFeedLimitError("ORGANIZATION", options.maxSubscriptionsPerOrganization);
      if (total >= options.maxSubscriptions) throw new LiveFeedLimitError("INSTALLATION", options.maxSubscriptions);
      perOrganization.set(organizationId, open + 1);
      total++;

      // A token bucket whose rate is the subscription's share now; it holds at most one second of it.
      const perSecond = () =>
        Math.min(options.itemsPerSecondPerOrganization / perOrganization.get(organizationId)!, options.itemsPerSecond / total);
      let tokens = perSecond();
      let refilledAt = now();
      let released = false;
      return {
        take() {
          const rate = perSecond();
          const at = now();
          tokens = Math.min(Math.max(1, rate), tokens + ((at - refilledAt) / 1000) * rate);
          refilledAt = at;
          if (tokens < 1) return false;
          tokens -= 1;
          return true;
        },
        release() {
          if (released) return;
          released = true;
          total--;
          const left = perOrganization.get(organizationId)! - 1;
          if (left > 0) perOrganization.set(organizationId, left);
          else perOrganization.delete(organizationId);
        },
      };
    },
    stats: () => ({ subscriptions: total, organizations: perOrganization.size }),
  };
}
