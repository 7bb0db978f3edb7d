// The live feed's transport: attempts recorded and delivery state changes,
// published per organization. In one process an EventTarget carries them;
// with REDIS_URL, graphql-yoga's Redis event target does, so a subscriber on
// one api process sees what any worker did.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import type { Logger } from "../logger.ts";
import { BoundedSubscription } from "./bounded-subscription.ts";

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
}

export interface DeliveryChanged {
  organizationId: string;
  deliveryId: string;
  destinationId: string;
  webhookId: string | null;
  eventType: string;
  status: string;
  changedAt: number;
}

export interface TokenRevoked {
  tokenId: string;
}

export const attemptTopic = (organizationId: string) => `attempt:${organizationId}`;
export const deliveryTopic = (organizationId: string) => `delivery:${organizationId}`;
export const revokedTopic = (tokenId: string) => `token-revoked:${tokenId}`;

export interface SubscribeOptions<T> {
  bufferSize: number;
  /** A topic whose first event ends the subscription. */
  until?: string;
  filter?: (value: T) => boolean;
}

export interface LiveEvents {
  publish(topic: string, payload: object): void;
  /** A subscription that holds at most `bufferSize` unread items and counts what it had to drop. */
  subscribe<T>(topic: string, options: SubscribeOptions<T>): BoundedSubscription<T>;
  /** Resolves once subscriptions made so far are in effect (Redis has processed their SUBSCRIBE). */
  settled(): Promise<void>;
  /** Open subscriptions, the items waiting in their buffers, and the items they dropped. */
  stats(): { subscriptions: number; buffered: number; dropped: number };
  close(): Promise<void>;
}

export function createLiveEvents(redisUrl?: string, logger?: Logger): LiveEvents {
  let clients: Redis[] = [];
  let target: EventTarget;
  if (redisUrl) {
    // A subscribing Redis connection can do nothing else, so there are two.
    clients = [new Redis(redisUrl), new Redis(redisUrl)];
    // ioredis reconnects by itself; without a listener an outage would crash the process.
    for (const client of clients) client.on("error", (error: Error) => logger?.warn({ err: error.message }, "Redis connection trouble; live events may be delayed"));
    // The event target publishes without waiting for the answer: a failed publish (Redis down, or
    // the connection closing at shutdown while a late attempt is recorded) is logged, not left to
    // reject unhandled, which would end the process.
    const publisher = clients[0];
    const publishClient = {
      publish: (channel: string, message: string) =>
        publisher.publish(channel, message).catch((error: Error) => logger?.warn({ err: error.message, channel }, "could not publish a live event")),
    };
    target = createRedisEventTarget({ publishClient: publishClient as unknown as Redis, subscribeClient: clients[1] }) as unknown as EventTarget;
  } else {
    target = new EventTarget();
  }
  const open = new Set<BoundedSubscription<unknown>>();
  let closed = false;
  return {
    publish(topic, payload) {
      // After close (shutdown), a late attempt still recorded has no one to tell.
      if (closed) return;
      target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    subscribe<T>(topic: string, { bufferSize, until, filter }: SubscribeOptions<T>) {
      const subscription = new BoundedSubscription<T>(target, topic, bufferSize, until, filter, () => open.delete(subscription as BoundedSubscription<unknown>));
      open.add(subscription as BoundedSubscription<unknown>);
      return subscription;
    },
    async settled() {
      // Commands on one connection run in order: a PING answered means earlier SUBSCRIBEs were.
      if (clients[1]) await clients[1].ping();
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
