// Flood control of the API: every access token has a budget of points per
// window, and every client address a budget of failed authentications, so no
// one token (or stranger) can take the whole API. With REDIS_URL the budgets
// are shared by all api processes (rate-limiter-flexible's RateLimiterRedis);
// when Redis fails, each process falls back to an in-memory budget of the same
// size, so a Redis outage neither takes the API down nor lifts the limit.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";

export interface Refusal {
  /** Seconds until the window ends and the budget is full again. */
  retryAfterSeconds: number;
  /** The budget per window. */
  limit: number;
  windowSeconds: number;
  /** What the refused call would have cost. */
  cost: number;
}

export interface RequestBudget {
  /** Spends `points` of the token's budget. A call that costs more than is left is refused whole and spends nothing. */
  spend(tokenId: string, points: number): Promise<Refusal | undefined>;
  /** Counts a failed authentication from `address`; refused once the address has used up its allowance. */
  failedAuthentication(address: string): Promise<Refusal | undefined>;
  /**
   * Counts a request to a source's ingest URL. A refusal says whether it is the first of its window,
   * so that a flood is recorded once, not once a request.
   */
  ingestRequest(sourceId: string): Promise<(Refusal & { firstOfWindow: boolean }) | undefined>;
  close(): Promise<void>;
}

export function createRequestBudget(settings: Config["rateLimit"], redisUrl: string | undefined, logger: Logger): RequestBudget {
  // Without an offline queue a command fails at once while Redis is away, and the in-memory budget answers instead of the request waiting.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2000 }) : undefined;
  redis?.on("error", (error: Error) =>
    logger.warn({ err: error.message }, "Redis connection trouble; rate limits are counted per process meanwhile"),
  );

  const limiter = (name: string, points: number): RateLimiterAbstract | undefined => {
    if (points === 0) return undefined;
    const options = { keyPrefix: `switchyard:rate:${name}`, points, duration: settings.windowSeconds };
    const memory = new RateLimiterMemory(options);
    if (!redis) return memory;
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  const tokens = limiter("token", settings.points);
  const failures = limiter("auth-failure", settings.authFailures);
  const ingest = limiter("ingest", settings.ingestRequests);

  const refusal = (rejection: unknown, limit: number, cost: number): Refusal => {
    // Not a refusal but a failure of both Redis and the in-memory budget: a bug, not a flood.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), limit, windowSeconds: settings.windowSeconds, cost };
  };

  return {
    async spend(tokenId, points) {
      if (!tokens) return undefined;
      try {
        await tokens.consume(tokenId, points);
        return undefined;
      } catch (rejection) {
        const refused = refusal(rejection, settings.points, points);
        // consume() counted the refused points; give them back, so what is left still serves smaller calls.
        await tokens.reward(tokenId, points).catch(() => undefined);
        return refused;
      }
    },
    async failedAuthentication(address) {
      if (!failures) return undefined;
      try {
        await failures.consume(address, 1);
        return undefined;
      } catch (rejection) {
        return refusal(rejection, settings.authFailures, 1);
      }
    },
    async ingestRequest(sourceId) {
      if (!ingest) return undefined;
      try {
        await ingest.consume(sourceId, 1);
        return undefined;
      } catch (rejection) {
        const firstOfWindow = rejection instanceof RateLimiterRes && rejection.consumedPoints === settings.ingestRequests + 1;
        return { ...refusal(rejection, settings.ingestRequests, 1), firstOfWindow };
      }
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
