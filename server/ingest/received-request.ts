// What a verifier sees of a request to an ingest URL, and what it answers.
import { createHash, timingSafeEqual } from "node:crypto";

export interface ReceivedRequest {
  method: string;
  /** The URL the sender called, as it saw it: SWITCHYARD_PUBLIC_URL (or the Host header) + path + query. */
  url: string;
  /** Lower-case names; repeated headers joined with ", " as Node does. */
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export type Rejection = "MISSING_SIGNATURE" | "BAD_SIGNATURE" | "STALE_TIMESTAMP";

export type Verdict = { ok: true } | { ok: false; rejection: Rejection; detail: string };

export type Verifier<F> = (fields: F, request: ReceivedRequest, now: Date) => Verdict | Promise<Verdict>;

export const accepted: Verdict = { ok: true };

export const refused = (rejection: Rejection, detail: string): Verdict => ({ ok: false, rejection, detail });

/**
 * Equality that takes the same time wherever the texts differ, and whatever
 * their lengths: both sides are hashed first, so timingSafeEqual always
 * compares 32 bytes.
 */
export function sameText(a: string | Buffer, b: string | Buffer): boolean {
  const digest = (value: string | Buffer) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True when `timestampMs` is within `toleranceMs` of now, either way (a clock ahead is as suspicious as one behind). */
export function withinTolerance(timestampMs: number, now: Date, toleranceMs: number): boolean {
  return Math.abs(now.getTime() - timestampMs) <= toleranceMs;
}

/** A header holding a whole number (digits only), or undefined. */
export function integerHeader(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,16}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
