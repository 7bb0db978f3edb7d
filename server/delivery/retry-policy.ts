// When a failed delivery is tried again. The schedule is data (seconds after
// the previous attempt), so it is written here rather than taken from a
// backoff formula: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];

/** ±20 %: spreads retries of many deliveries that failed together. */
export const JITTER = 0.2;

export interface RetryDecision {
  /** Undefined: the schedule is exhausted and the delivery has failed. */
  nextAttemptAt?: Date;
}

/**
 * After attempt number `attemptsMade` (1-based) failed: when to try again.
 * `retryAfterSeconds` (from a 429/503 Retry-After) replaces the step when
 * longer, capped at the schedule's longest step.
 */
export function nextRetry(
  schedule: readonly number[],
  attemptsMade: number,
  now: Date,
  options: { retryAfterSeconds?: number; random?: () => number } = {},
): RetryDecision {
  if (attemptsMade >= schedule.length) return {};
  const step = schedule[attemptsMade];
  const random = options.random ?? Math.random;
  let delaySeconds = step * (1 + JITTER * (2 * random() - 1));
  if (options.retryAfterSeconds !== undefined) {
    const cap = Math.max(...schedule);
    delaySeconds = Math.max(delaySeconds, Math.min(options.retryAfterSeconds, cap));
  }
  return { nextAttemptAt: new Date(now.getTime() + Math.round(delaySeconds * 1000)) };
}

/** Seconds from a Retry-After header (delta-seconds or HTTP-date), or undefined. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** Checks a custom schedule: 1 to 20 steps, each 0 s to 7 days, the first usually 0. */
export function scheduleProblem(schedule: readonly number[]): string | undefined {
  if (schedule.length < 1 || schedule.length > 20) return "A retry schedule has 1 to 20 steps.";
  if (schedule.some((s) => !Number.isInteger(s) || s < 0 || s > 7 * 24 * 3600)) {
    return "Each step is a whole number of seconds from 0 to 604800 (7 days).";
  }
  return undefined;
}
