// Flood control of the API: every access token has a budget of points per
// window, and every client address a budget of failed authentications, so no
// one token (or stranger) can take the whole API. Ingest URLs keep strangers'
// budgets apart from the sender's: see the ingest methods below. With REDIS_URL the budgets
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
  /** Takes `points` from the token's budget for work already done, into debt if need be: its next calls wait for it to refill. */
  charge(tokenId: string, points: number): Promise<void>;
  /** Counts a failed authentication from `address`; refused once the address has used up its allowance. */
  failedAuthentication(address: string): Promise<Refusal | undefined>;
  /**
   * Counts a verified request to a source's ingest URL. A refusal says whether it is the first of its window,
   * so that a flood is recorded once, not once a request.
   */
  ingestRequest(sourceId: string): Promise<(Refusal & { firstOfWindow: boolean }) | undefined>;
  /** Whether `address` has used up its unknown ingest keys: a look that spends nothing, made before any source lookup. */
  ingestKeyGuessesSpent(address: string): Promise<Refusal | undefined>;
  /** Counts an unknown ingest key from `address`, against its ingest allowance and its failed authentications both. */
  unknownIngestKey(address: string): Promise<Refusal | undefined>;
  /**
   * Counts a request to a source from `address` that has not (yet) verified: taken before its body is read, so an
   * address holds at most the allowance of unverified bodies of a source at once. Apart from ingestRequest, so
   * strangers never spend the sender's budget.
   */
  unverifiedIngest(sourceId: string, address: string): Promise<Refusal | undefined>;
  /** Gives back what unverifiedIngest took, once the request verified. */
  verifiedIngest(sourceId: string, address: string): Promise<void>;
  /**
   * Whether a refusal of an unverified request to the source may be recorded (RECORDED_INGEST_REFUSALS_PER_MINUTE);
   * the rest are only counted, and the count handed, once, to the next one recorded.
   */
  ingestRefusal(sourceId: string): Promise<IngestRefusalSlot>;
  /** Counts a refusal that is never recorded (nothing in the log could say what it was), for the next recorded one to tell. */
  unrecordedIngestRefusal(sourceId: string): Promise<void>;
  close(): Promise<void>;
}

/** A recorded refusal says how many were not recorded before it, and whether it is the last one recorded in its window. */
export type IngestRefusalSlot =
  { record: true; unrecordedBefore: number; lastOfWindow?: { retryAfterSeconds: number } } | { record: false };

/**
 * Refused unverified requests recorded per source: enough to debug a sender, while a stranger with the URL adds at
 * most this many rows (of at most ~6 KiB, record-request.ts) a minute, not one per request.
 */
export const RECORDED_INGEST_REFUSALS_PER_MINUTE = 20;
/** How long a count of unrecorded refusals waits for a recorded one to carry it (the in-memory budget's timers cap it at 24 days). */
const UNRECORDED_COUNT_SECONDS = 7 * 24 * 3600;

export function createRequestBudget(settings: Config["rateLimit"], redisUrl: string | undefined, logger: Logger): RequestBudget {
  // Without an offline queue a command fails at once while Redis is away, and the in-memory budget answers instead of the request waiting.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2000 }) : undefined;
  redis?.on("error", (error: Error) =>
    logger.warn({ err: error.message }, "Redis connection trouble; rate limits are counted per process meanwhile"),
  );

  const limiter = (name: string, points: number, duration = settings.windowSeconds): RateLimiterAbstract | undefined => {
    if (points === 0) return undefined;
    const options = { keyPrefix: `switchyard:rate:${name}`, points, duration };
    const memory = new RateLimiterMemory(options);
    if (!redis) return memory;
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  const tokens = limiter("token", settings.points);
  const failures = limiter("auth-failure", settings.authFailures);
  const ingest = limiter("ingest", settings.ingestRequests);
  // Keyed apart from the API's failures, so that a company's mistyped API tokens do not stop its sender's webhooks.
  const ingestKeyGuesses = limiter("ingest-key-guess", settings.authFailures);
  // Per source and address: a misconfigured source of one organization does not block its provider's address for others.
  const unverified = limiter("ingest-unverified", settings.authFailures);
  const recordedPoints = Math.max(1, Math.round((RECORDED_INGEST_REFUSALS_PER_MINUTE * settings.windowSeconds) / 60));
  const recorded = limiter("ingest-refusal-recorded", recordedPoints)!;
  const unrecorded = limiter("ingest-refusal-unrecorded", Number.MAX_SAFE_INTEGER, UNRECORDED_COUNT_SECONDS)!;

  const refusal = (rejection: unknown, limit: number, cost: number): Refusal => {
    // Not a refusal but a failure of both Redis and the in-memory budget: a bug, not a flood.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), limit, windowSeconds: settings.windowSeconds, cost };
  };

  const consumeOne = async (budget: RateLimiterAbstract | undefined, key: string, limit: number) => {
    if (!budget) return undefined;
    try {
      await budget.consume(key, 1);
      return undefined;
    } catch (rejection) {
      return refusal(rejection, limit, 1);
    }
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
    async charge(tokenId, points) {
      if (tokens && points > 0) await tokens.penalty(tokenId, points);
    },
    failedAuthentication(address) {
      return consumeOne(failures, address, settings.authFailures);
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
    async ingestKeyGuessesSpent(address) {
      const spent = await ingestKeyGuesses?.get(address);
      if (!spent || spent.consumedPoints < settings.authFailures) return undefined;
      return refusal(spent, settings.authFailures, 1);
    },
    async unknownIngestKey(address) {
      const [refused] = await Promise.all([
        consumeOne(ingestKeyGuesses, address, settings.authFailures),
        consumeOne(failures, address, settings.authFailures),
      ]);
      return refused;
    },
    unverifiedIngest(sourceId, address) {
      return consumeOne(unverified, `${sourceId}:${address}`, settings.authFailures);
    },
    async verifiedIngest(sourceId, address) {
      await unverified?.reward(`${sourceId}:${address}`, 1);
    },
    async ingestRefusal(sourceId) {
      try {
        const taken = await recorded.consume(sourceId, 1);
        const counted = await unrecorded.get(sourceId);
        const unrecordedBefore = counted?.consumedPoints ?? 0;
        // Given back rather than deleted: refusals counted meanwhile (by other processes too) wait for the next record.
        if (unrecordedBefore > 0) await unrecorded.reward(sourceId, unrecordedBefore);
        const last = taken.consumedPoints === recordedPoints;
        return { record: true, unrecordedBefore, ...(last && { lastOfWindow: refusal(taken, recordedPoints, 1) }) };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        await unrecorded.consume(sourceId, 1);
        return { record: false };
      }
    },
    async unrecordedIngestRefusal(sourceId) {
      await unrecorded.consume(sourceId, 1);
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
