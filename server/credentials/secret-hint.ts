// Hints let people tell credentials apart without seeing their secrets.

// Below this length the last four characters would give away too much of it.
const MIN_LENGTH_FOR_TAIL = 16;

/** `…a1b2` for a long secret; `…` alone for a short one. */
export function secretTail(secret: string, prefix = ""): string {
  return secret.length >= MIN_LENGTH_FOR_TAIL ? `${prefix}…${secret.slice(-4)}` : `${prefix}…`;
}
