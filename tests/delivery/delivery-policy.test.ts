// The delivery policy as a table: a send's result, the attempts made and the
// schedule in; the delivery's next state and the destination's health out.
import { describe, expect, it } from "vitest";
import {
  circuitCooldownMs,
  decideAttempt,
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  parseRetryAfter,
  retryScheduleOf,
  scheduleProblem,
  type AttemptResult,
} from "../../server/delivery/delivery-policy.ts";

const now = new Date("2026-11-26T12:00:00Z");
const middle = () => 0.5; // no jitter
const status = (code: number, headers?: Record<string, string>): AttemptResult => ({ status: code, ...(headers && { headers }) });
const timeout: AttemptResult = { error: { code: "TIMEOUT", message: "No answer within 10 s." } };
const inSeconds = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("decideAttempt", () => {
  // Two retries: 3 attempts.
  const schedule = [5, 300];
  it.each([
    // result, scheduled attempts made before, trigger → status, next attempt, health
    ["200", status(200), 0, "SCHEDULED", "SUCCEEDED", null, "success"],
    ["204 on the last attempt", status(204), 2, "SCHEDULED", "SUCCEEDED", null, "success"],
    ["500 on the first attempt", status(500), 0, "SCHEDULED", "SCHEDULED", inSeconds(5), "failure"],
    ["500 on the second", status(500), 1, "SCHEDULED", "SCHEDULED", inSeconds(300), "failure"],
    ["500 on the third, the last", status(500), 2, "SCHEDULED", "FAILED", null, "failure"],
    ["a redirect", status(301), 0, "SCHEDULED", "SCHEDULED", inSeconds(5), "failure"],
    ["a timeout", timeout, 0, "SCHEDULED", "SCHEDULED", inSeconds(5), "failure"],
    ["410 Gone, attempts left", status(410), 0, "SCHEDULED", "FAILED", null, "gone"],
    ["a failed re-send", status(500), 0, "MANUAL", null, null, "failure"],
    ["a re-send answered 410", status(410), 0, "MANUAL", null, null, "gone"],
    ["a successful re-send", status(200), 2, "MANUAL", "SUCCEEDED", null, "success"],
  ] as const)("%s", (_name, result, made, trigger, next, at, health) => {
    const decision = decideAttempt(result, { scheduledAttempts: made, retrySchedule: schedule }, trigger, now, middle);
    expect(decision).toMatchObject({ status: next, nextAttemptAt: at, health: { kind: health } });
    expect(decision.scheduledAttempts).toBe(made + (trigger === "SCHEDULED" ? 1 : 0));
  });

  it.each([
    // schedule → when each failed attempt is followed by the next (seconds), until FAILED
    [
      [1, 2],
      [1, 2, "FAILED"],
    ],
    [[0], [0, "FAILED"]],
    [[], ["FAILED"]],
    [[...DEFAULT_RETRY_SCHEDULE_SECONDS], [5, 300, 1800, 7200, 18000, 36000, 36000, "FAILED"]],
  ])("%j makes one attempt more than it has entries", (retries, expected) => {
    const steps = expected.map((_, made) => {
      const decision = decideAttempt(status(500), { scheduledAttempts: made, retrySchedule: retries }, "SCHEDULED", now, middle);
      return decision.status === "FAILED" ? "FAILED" : (decision.nextAttemptAt!.getTime() - now.getTime()) / 1000;
    });
    expect(steps).toEqual(expected);
  });

  it("says why an attempt failed, and nothing when it succeeded", () => {
    const decide = (result: AttemptResult) =>
      decideAttempt(result, { scheduledAttempts: 0, retrySchedule: schedule }, "SCHEDULED", now, middle);
    expect(decide(status(503)).error).toEqual({ code: "HTTP_STATUS", message: "The endpoint answered 503." });
    expect(decide(timeout).error).toEqual(timeout.error);
    expect(decide(status(200)).error).toBeUndefined();
  });

  it("honours Retry-After on 429 and 503 when longer than the step, capped at the longest step", () => {
    const decide = (result: AttemptResult) =>
      decideAttempt(result, { scheduledAttempts: 0, retrySchedule: schedule }, "SCHEDULED", now, middle);
    expect(decide(status(429, { "retry-after": "120" }))).toMatchObject({ nextAttemptAt: inSeconds(120), retryAfterSeconds: 120 });
    expect(decide(status(503, { "retry-after": "999999" }))).toMatchObject({ nextAttemptAt: inSeconds(300), retryAfterSeconds: 300 });
    // On the last attempt Retry-After changes nothing: the schedule is used up.
    const last = decideAttempt(
      status(429, { "retry-after": "60" }),
      { scheduledAttempts: 2, retrySchedule: schedule },
      "SCHEDULED",
      now,
      middle,
    );
    expect(last).toMatchObject({ status: "FAILED", nextAttemptAt: null });
    // Shorter than the step: the step wins.
    expect(decide(status(429, { "retry-after": "1" }))).toMatchObject({ nextAttemptAt: inSeconds(5) });
    expect(decide(status(429, { "retry-after": "1" })).retryAfterSeconds).toBeUndefined();
    // Only 429 and 503 are asking to slow down.
    expect(decide(status(500, { "retry-after": "120" }))).toMatchObject({ nextAttemptAt: inSeconds(5) });
  });

  it("jitters each step by exactly ±20 % at the ends of random's range", () => {
    const after = (random: number) =>
      decideAttempt(status(500), { scheduledAttempts: 0, retrySchedule: [1000] }, "SCHEDULED", now, () => random).nextAttemptAt;
    expect(after(0)).toEqual(inSeconds(800));
    expect(after(0.5)).toEqual(inSeconds(1000));
    expect(after(1)).toEqual(inSeconds(1200));
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["delta-seconds", "120", 120],
    ["delta-seconds with spaces", " 7 ", 7],
    ["zero", "0", 0],
    ["an HTTP-date ahead", "Thu, 26 Nov 2026 12:01:30 GMT", 90],
    ["an HTTP-date passed", "Thu, 26 Nov 2026 11:00:00 GMT", 0],
    ["negative", "-5", undefined],
    ["fractional", "1.5", undefined],
    ["garbage", "soon", undefined],
    ["empty", "", undefined],
    ["absent", undefined, undefined],
  ] as const)("%s", (_name, value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});

describe("schedules", () => {
  it("uses the default when a webhook has none of its own; its own may be empty (no retries)", () => {
    expect(retryScheduleOf({ retrySchedule: [], customRetrySchedule: false })).toEqual(DEFAULT_RETRY_SCHEDULE_SECONDS);
    expect(retryScheduleOf({ retrySchedule: [], customRetrySchedule: true })).toEqual([]);
    expect(retryScheduleOf({ retrySchedule: [60], customRetrySchedule: true })).toEqual([60]);
  });

  const eachWait = "Each retry waits a whole number of seconds from 0 to 604800 (7 days).";
  it.each([
    [[], undefined],
    [[0], undefined],
    [Array.from({ length: 20 }, () => 1), undefined],
    [[0, 604800], undefined],
    [Array.from({ length: 21 }, () => 1), "A retry schedule has at most 20 retries."],
    [[0, -5], eachWait],
    [[604801], eachWait],
    [[1.5], eachWait],
  ])("%j: %s", (schedule, problem) => {
    expect(scheduleProblem(schedule)).toBe(problem);
  });
});

describe("circuitCooldownMs", () => {
  it.each([
    [0, 60_000],
    [1, 60_000],
    [2, 120_000],
    [5, 960_000],
    [6, 30 * 60_000],
    [1000, 30 * 60_000],
  ])("after %i openings: %i ms", (openings, ms) => {
    expect(circuitCooldownMs(openings)).toBe(ms);
  });
});
