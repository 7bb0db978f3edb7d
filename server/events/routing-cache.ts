// What publishing routes by (event types, programs, webhooks, rules), kept in
// the process per organization, so a publish is one statement (its write)
// instead of a read and a write. A copy is never trusted blindly: it carries
// the organization's routing version, which database triggers bump on every
// change to those tables, and the publish write checks it (publish.ts).
import type { EventType } from "../db/generated/client.ts";

export interface MatchingWebhook {
  id: string;
  destinationId: string;
  eventTypes: string[];
  programId: string | null;
  retrySchedule: number[];
  customRetrySchedule: boolean;
}

export interface MatchingRule {
  id: string;
  eventType: string;
  condition: string | null;
  destinationIds: string[];
}

/** What a publish needs to know before it writes, as of one routing version. */
export interface PublishContext {
  /** The organization's routing version when this was read. */
  version: string;
  /** An archived organization publishes nothing (archiving bumps the version, so no copy says otherwise). */
  archived: boolean;
  eventTypes: Map<string, EventType>;
  programs: Set<string>;
  webhooks: MatchingWebhook[];
  rules: MatchingRule[];
}

// Bounds, so a tenant publishing ever new combinations of types cannot grow the process without limit.
const MAX_ORGANIZATIONS = 10_000;
const MAX_ENTRIES_PER_ORGANIZATION = 64;

export class RoutingCache {
  readonly #organizations = new Map<string, Map<string, PublishContext>>();

  get(organizationId: string, typeNames: string[], programIds: string[]): PublishContext | undefined {
    return this.#organizations.get(organizationId)?.get(keyOf(typeNames, programIds));
  }

  set(organizationId: string, typeNames: string[], programIds: string[], context: PublishContext): void {
    let entries = this.#organizations.get(organizationId);
    if (entries?.values().next().value?.version !== context.version) {
      // Another version: the entries read before it are stale too.
      entries = new Map();
      this.#organizations.delete(organizationId);
      if (this.#organizations.size >= MAX_ORGANIZATIONS) this.#organizations.delete(this.#organizations.keys().next().value!);
      this.#organizations.set(organizationId, entries);
    }
    if (entries.size >= MAX_ENTRIES_PER_ORGANIZATION) entries.delete(entries.keys().next().value!);
    entries.set(keyOf(typeNames, programIds), context);
  }

  forget(organizationId: string): void {
    this.#organizations.delete(organizationId);
  }
}

/** Sorted, deduplicated names and ids make the key. */
function keyOf(typeNames: string[], programIds: string[]): string {
  return JSON.stringify([typeNames, programIds]);
}

// One cache per process runtime (keyed by it, so operations need no new argument).
const caches = new WeakMap<object, RoutingCache>();

export function routingCacheOf(runtime: object): RoutingCache {
  let cache = caches.get(runtime);
  if (!cache) caches.set(runtime, (cache = new RoutingCache()));
  return cache;
}
