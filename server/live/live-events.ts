// The live feed's transport: attempts recorded, delivery state changes and
// requests received at ingest URLs, published per organization. In one process an EventTarget carries them;
// with REDIS_URL, graphql-yoga's Redis event target does, so a subscriber on
// one api process sees what any worker did.
import { setMaxListeners } from "node:events";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import type { Logger } from "../logger.ts";
import type { AttemptShown, DeliveryShown } from "./attempt-shown.ts";
import { BoundedSubscription, type BoundedSubscriptionOptions } from "./bounded-subscription.ts";

export interface AttemptRecorded {
  organizationId: string;
  attemptId: string;
  deliveryId: string;
  destinationId: string;
  webhookId: string | null;
  eventType: string;
  succeeded: boolean;
  /** When the attempt was recorded (epoch ms), to measure the feed's latency. */
  recordedAt: number;
  /** What the feed shows of it, so that sending it reads nothing. */
  shown: AttemptShown;
}

export interface DeliveryChanged {
  organizationId: string;
  deliveryId: string;
  destinationId: string;
  webhookId: string | null;
  eventType: string;
  status: string;
  changedAt: number;
  /** The delivery as it changed, so that sending it reads nothing. */
  shown: DeliveryShown;
}

export interface IncomingRecorded {
  organizationId: string;
  requestId: string;
  sourceId: string;
  outcome: "ACCEPTED" | "REJECTED";
  receivedAt: number;
}

export interface TokenRevoked {
  tokenId: string;
}

export const attemptTopic = (organizationId: string) => `attempt:${organizationId}`;
export const deliveryTopic = (organizationId: string) => `delivery:${organizationId}`;
export const incomingTopic = (organizationId: string) => `incoming:${organizationId}`;
export const revokedTopic = (tokenId: string) => `token-revoked:${tokenId}`;

export type SubscribeOptions<T> = Omit<BoundedSubscriptionOptions<T>, "onEnd">;

export interface LiveEvents {
  publish(topic: string, payload: object): void;
  /** A subscription that holds at most `bufferSize` unread items and counts what it had to drop. */
  subscribe<T>(topic: string, options: SubscribeOptions<T>): BoundedSubscription<T>;
  /** Resolves once subscriptions made so far are in effect (Redis has processed their SUBSCRIBE). */
  settled(): Promise<void>;
  /** Answers when Redis does (at once without Redis); rejects, saying why, when it is unreachable. */
  ping(): Promise<void>;
  /** Open subscriptions, the items waiting in their buffers, and the items they dropped. */
  stats(): { subscriptions: number; buffered: number; dropped: number };
  close(): Promise<void>;
}

export function createLiveEvents(redisUrl?: string, logger?: Logger): LiveEvents {
  const open = new Set<BoundedSubscription<unknown>>();
  let clients: Redis[] = [];
  let target: EventTarget;
  if (redisUrl) {
    // A subscribing Redis connection can do nothing else, so there are two. The
    // subscriber's commands wait for a reconnection however long it takes
    // (ioredis would fail them after 20 retries, ~10 s): a SUBSCRIBE sent
    // during an outage must still take effect once Redis is back.
    // Auto-pipelining: what is published in one turn of the event loop (a recorded group of
    // attempts and their delivery changes) goes to Redis in one write, not one write each.
    const publisher = new Redis(redisUrl, { enableAutoPipelining: true });
    const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    clients = [publisher, subscriber];
    // ioredis reconnects by itself; without a listener an outage would crash the process.
    for (const client of clients)
      client.on("error", (error: Error) => logger?.warn({ err: error.message }, "Redis connection trouble; live events may be delayed"));
    // The event target publishes and (un)subscribes without waiting for the answer: a failure
    // (Redis down, or the connection closing at shutdown) is logged, not left to reject
    // unhandled, which would end the process. Failed publishes are logged once per outage.
    let unpublished = 0;
    publisher.on("ready", () => {
      if (unpublished > 0) logger?.warn({ count: unpublished }, "live events lost while Redis was unreachable");
      unpublished = 0;
    });
    const publishClient = {
      publish: (channel: string, message: string) =>
        publisher.publish(channel, message).catch((error: Error) => {
          if (unpublished++ === 0)
            logger?.warn({ err: error.message, channel }, "could not publish a live event; counting the others until Redis is back");
        }),
    };
    const subscribeClient = {
      on: subscriber.on.bind(subscriber),
      subscribe: (channel: string) =>
        subscriber
          .subscribe(channel)
          .catch((error: Error) => logger?.warn({ err: error.message, channel }, "could not subscribe to live events")),
      unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(() => undefined),
    };
    target = createRedisEventTarget({
      publishClient: publishClient as unknown as Redis,
      subscribeClient: subscribeClient as unknown as Redis,
    }) as unknown as EventTarget;

    // While the subscriber is disconnected, whatever is published is lost to it. Once it is
    // back (ioredis resubscribes before it says ready; the PING's answer comes after theirs),
    // every open subscription's next item says between which times items may be missing.
    let lostAt: Date | undefined;
    subscriber.on("close", () => (lostAt ??= new Date()));
    subscriber.on("ready", () => {
      const from = lostAt;
      if (!from) return;
      subscriber.ping().then(
        () => {
          if (lostAt !== from || subscriber.status !== "ready") return;
          lostAt = undefined;
          const gap = { from, until: new Date() };
          for (const subscription of open) subscription.interrupted(gap);
          logger?.warn(
            { from: gap.from, until: gap.until, subscriptions: open.size },
            "live feed resumed after losing Redis; subscribers are told what they may have missed",
          );
        },
        () => undefined,
      );
    });
  } else {
    target = new EventTarget();
    // One listener per open subscription is the design (each is bounded on its own), not a leak.
    setMaxListeners(0, target);
  }
  let closed = false;
  // In one process, topics nobody listens to cost nothing: every recorded
  // attempt and delivery change is published, mostly with no subscriber. (With
  // Redis, subscribers are in other processes, so everything is sent.)
  const listened = new Map<string, number>();
  const listen = (topic: string | undefined, change: 1 | -1) => {
    if (topic === undefined) return;
    const count = (listened.get(topic) ?? 0) + change;
    if (count > 0) listened.set(topic, count);
    else listened.delete(topic);
  };
  return {
    publish(topic, payload) {
      // After close (shutdown), a late attempt still recorded has no one to tell.
      if (closed) return;
      if (!redisUrl && !listened.has(topic)) return;
      target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    subscribe<T>(topic: string, options: SubscribeOptions<T>) {
      const { until } = options;
      const subscription = new BoundedSubscription<T>(target, topic, {
        ...options,
        onEnd: () => {
          if (!open.delete(subscription as BoundedSubscription<unknown>)) return;
          listen(topic, -1);
          listen(until, -1);
        },
      });
      open.add(subscription as BoundedSubscription<unknown>);
      listen(topic, 1);
      listen(until, 1);
      return subscription;
    },
    async settled() {
      // Commands on one connection run in order: a PING answered means earlier SUBSCRIBEs were.
      if (clients[1]) await clients[1].ping();
    },
    async ping() {
      for (const client of clients) {
        // While ioredis reconnects it queues commands: a PING would wait for the outage to end.
        if (["reconnecting", "close", "end"].includes(client.status)) throw new Error(`not connected (${client.status})`);
        await client.ping();
      }
    },
    stats() {
      let buffered = 0;
      let dropped = 0;
      for (const subscription of open) {
        buffered += subscription.buffered;
        dropped += subscription.dropped;
      }
      return { subscriptions: open.size, buffered, dropped };
    },
    async close() {
      closed = true;
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
