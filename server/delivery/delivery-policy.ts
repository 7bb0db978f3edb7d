// What happens after each attempt, as an operator sees it:
// - A 2xx answer: the delivery SUCCEEDED. Anything else fails the attempt,
//   3xx included (redirects are not followed), as do timeouts and network errors.
// - 410 Gone: the delivery FAILED at once and the destination is disabled.
// - Any other failure: the delivery is SCHEDULED again. The first attempt is
//   immediate; a retry schedule lists the seconds to wait before each retry,
//   so [1, 2] makes 3 attempts: at once, 1 s after the first failed, 2 s after
//   the second failed; then the delivery FAILED. Each wait has ±20 % jitter, so
//   that deliveries which failed together do not retry together. A 429 or 503
//   with Retry-After waits that long instead when it is longer, but never
//   longer than the schedule's longest step. An empty schedule: no retries.
// - A manual attempt (a re-send) does not count against the schedule, and
//   when it fails it leaves the delivery where it was.
// - Every attempt, manual ones too, counts for the destination's health:
//   success, failure, or gone. 10 counted failures in a row open its circuit
//   for 1 minute (doubling after each failed probe, at most 30); a 410, or 5
//   days without a success, disables it. Those rules are applied in SQL
//   (destination-health.ts), under the destination row's lock, from the
//   constants below.
import type { AttemptErrorCode, AttemptTrigger } from "../db/generated/enums.ts";

// The schedule is data, not a backoff formula: after the first attempt, retries
// 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after the previous one failed (8 attempts).
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [5, 300, 1800, 7200, 18000, 36000, 36000];

export const MAX_RETRIES = 20;
export const MAX_RETRY_DELAY_SECONDS = 7 * 24 * 3600;

/** ±20 %: spreads retries of many deliveries that failed together. */
export const JITTER = 0.2;

/** Counted failures in a row that open the circuit. */
export const CIRCUIT_BREAKER_THRESHOLD = 10;
/** The first cooldown; each failed probe doubles it, up to CIRCUIT_MAX_COOLDOWN_MS. */
export const CIRCUIT_COOLDOWN_MS = 60_000;
export const CIRCUIT_MAX_COOLDOWN_MS = 30 * 60_000;
/** Failing without a success for this long disables the destination. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;

export const GONE_REASON = "The endpoint answered 410 Gone.";
export const STALE_REASON = "No successful delivery for 5 days.";

export type HealthOutcome = { kind: "success" } | { kind: "failure" } | { kind: "gone" };

/** The cooldown after the circuit opened `openings` times in a row: 1 minute, doubling, at most 30. */
export function circuitCooldownMs(openings: number): number {
  return Math.min(CIRCUIT_MAX_COOLDOWN_MS, CIRCUIT_COOLDOWN_MS * 2 ** Math.min(Math.max(0, openings - 1), 20));
}

/** A webhook's own schedule (empty: no retries), or the default when it has none. */
export function retryScheduleOf(webhook: { retrySchedule: number[]; customRetrySchedule: boolean }): number[] {
  return webhook.customRetrySchedule ? webhook.retrySchedule : [...DEFAULT_RETRY_SCHEDULE_SECONDS];
}

/** Checks a custom schedule: 0 to 20 retries, each 0 s to 7 days after the previous attempt failed. */
export function scheduleProblem(schedule: readonly number[]): string | undefined {
  if (schedule.length > MAX_RETRIES) return `A retry schedule has at most ${MAX_RETRIES} retries.`;
  if (schedule.some((s) => !Number.isInteger(s) || s < 0 || s > MAX_RETRY_DELAY_SECONDS)) {
    return `Each retry waits a whole number of seconds from 0 to ${MAX_RETRY_DELAY_SECONDS} (7 days).`;
  }
  return undefined;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP-date), or undefined. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Every HTTP-date names its day and month; Date.parse alone reads "-5" or "1.5" as dates too.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** What the policy needs of a send's result (http-sender.ts's SendResult). */
export interface AttemptResult {
  status?: number;
  headers?: Record<string, string>;
  error?: { code: AttemptErrorCode; message: string };
}

/** What the policy needs of a delivery, as it was before the attempt. */
export interface DeliveryProgress {
  /** Scheduled attempts made before this one. */
  scheduledAttempts: number;
  retrySchedule: readonly number[];
}

export interface AttemptDecision {
  /** The delivery's next state; null leaves it where it was (a failed manual attempt). */
  status: "SUCCEEDED" | "SCHEDULED" | "FAILED" | null;
  /** Set when SCHEDULED. */
  nextAttemptAt: Date | null;
  /** Scheduled attempts made, this one included when scheduled. */
  scheduledAttempts: number;
  health: HealthOutcome;
  /** Why the attempt failed (a success may still carry a note from the sender). */
  error?: { code: AttemptErrorCode; message: string };
  /** The Retry-After the receiver asked for (429/503), in seconds, when it set the next attempt's time. */
  retryAfterSeconds?: number;
}

/**
 * The decision after one attempt. `random` (0 to 1) picks the jitter: 0
 * waits 20 % less than the step, 1 waits 20 % more.
 */
export function decideAttempt(
  result: AttemptResult,
  delivery: DeliveryProgress,
  trigger: AttemptTrigger,
  now: Date,
  random: () => number = Math.random,
): AttemptDecision {
  const scheduledAttempts = delivery.scheduledAttempts + (trigger === "SCHEDULED" ? 1 : 0);
  if (result.status !== undefined && result.status >= 200 && result.status < 300) {
    return {
      status: "SUCCEEDED",
      nextAttemptAt: null,
      scheduledAttempts,
      health: { kind: "success" },
      ...(result.error && { error: result.error }),
    };
  }
  const error = result.error ?? { code: "HTTP_STATUS" as const, message: `The endpoint answered ${result.status}.` };
  const failed = { nextAttemptAt: null, scheduledAttempts, error };
  if (result.status === 410) return { ...failed, status: trigger === "MANUAL" ? null : "FAILED", health: { kind: "gone" } };
  const health = { kind: "failure" } as const;
  if (trigger === "MANUAL") return { ...failed, status: null, health };

  // After the n-th scheduled attempt failed, the n-th entry is the wait before the next one.
  const schedule = delivery.retrySchedule;
  if (scheduledAttempts > schedule.length) return { ...failed, status: "FAILED", health };
  let delaySeconds = schedule[scheduledAttempts - 1] * (1 + JITTER * (2 * random() - 1));
  const retryAfter = result.status === 429 || result.status === 503 ? parseRetryAfter(result.headers?.["retry-after"], now) : undefined;
  const honoured = retryAfter === undefined ? undefined : Math.min(retryAfter, Math.max(...schedule));
  if (honoured !== undefined && honoured > delaySeconds) delaySeconds = honoured;
  return {
    ...failed,
    status: "SCHEDULED",
    nextAttemptAt: new Date(now.getTime() + Math.round(delaySeconds * 1000)),
    health,
    ...(honoured !== undefined && honoured === delaySeconds && { retryAfterSeconds: honoured }),
  };
}
