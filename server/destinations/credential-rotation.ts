// Rotating a destination's signing credential without breaking its receivers:
// the destination uses the new credential at once, and for a grace period
// its requests carry the previous credential's signature too
// (server/signing/grace.ts), so a receiver can switch secrets at any moment
// within it. The previous credential cannot be deleted until the grace ends.
import { z } from "zod";
import type { Destination } from "../db/generated/client.ts";
import { ValidationError } from "../errors.ts";
import type { Operation } from "../operation.ts";
import { parseInput } from "../validation.ts";
import { changeRecord } from "../changes/record-change.ts";
import { findOutgoingCredential } from "../credentials/credentials.ts";
import { findDestination } from "./destinations.ts";

export const DEFAULT_GRACE_HOURS = 24;
export const MAX_GRACE_HOURS = 168;

const graceHours = z
  .number()
  .int("Whole hours.")
  .min(0, "At least 0 hours (no grace period).")
  .max(MAX_GRACE_HOURS, `At most ${MAX_GRACE_HOURS} hours (7 days).`);

export interface RotateCredentialInput {
  destinationId: string;
  credentialId: string;
  /** Defaults to DEFAULT_GRACE_HOURS; 0 switches without a grace period. */
  graceHours?: number;
}

/** Whether `destination` is in a rotation's grace period at `now`. */
export function inGrace(destination: Pick<Destination, "previousCredentialId" | "previousCredentialUntil">, now: Date): boolean {
  return (
    destination.previousCredentialId !== null && destination.previousCredentialUntil !== null && destination.previousCredentialUntil > now
  );
}

/**
 * Switches the destination to `credentialId`, keeping the credential it used
 * as the previous one for `graceHours`. A rotation during a grace period
 * replaces the older previous credential: only the last two are ever sent.
 */
export async function rotateDestinationCredential(op: Operation, raw: RotateCredentialInput): Promise<Destination> {
  const { graceHours: hours } = parseInput(z.object({ graceHours }), { graceHours: raw.graceHours ?? DEFAULT_GRACE_HOURS }, ["input"]);
  return changeRecord(op, "destination.credential_rotated", "Destination", async (tx) => {
    const before = await findDestination(tx, raw.destinationId);
    const credential = await findOutgoingCredential(tx, raw.credentialId, ["input", "credentialId"]);
    if (credential.id === before.credentialId) {
      throw ValidationError.field(
        ["input", "credentialId"],
        "The destination already uses this credential; create a new one to rotate to.",
      );
    }
    const now = tx.clock.now();
    const keep = before.credentialId !== null && hours > 0;
    const after = await tx.db.destination.update({
      where: { id: before.id },
      data: {
        credentialId: credential.id,
        previousCredentialId: keep ? before.credentialId : null,
        previousCredentialUntil: keep ? new Date(now.getTime() + hours * 3_600_000) : null,
      },
    });
    return { before, after };
  });
}

/** Ends a destination's grace period now: only its current credential signs from the next request on. */
export async function endCredentialGrace(op: Operation, destinationId: string): Promise<Destination> {
  return changeRecord(op, "destination.grace_ended", "Destination", async (tx) => {
    const before = await findDestination(tx, destinationId);
    if (before.previousCredentialId === null && before.previousCredentialUntil === null) return { before, after: before };
    const after = await tx.db.destination.update({
      where: { id: before.id },
      data: { previousCredentialId: null, previousCredentialUntil: null },
    });
    return { before, after };
  });
}
