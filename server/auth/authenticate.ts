// Turns an `Authorization: Bearer …` header into a principal, or says why not.
// Requests authenticate through the process's token cache (token-cache.ts),
// which reads here on a miss.
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import type { Principal } from "./principal.ts";
import { hashTokenSecret, isTokenSecretShape } from "./token-secret.ts";

export type AuthFailure = "MISSING" | "MALFORMED" | "UNKNOWN" | "REVOKED" | "ARCHIVED";

export type AuthResult = { ok: true; principal: Principal } | { ok: false; reason: AuthFailure };

export const authFailureMessages: Record<AuthFailure, string> = {
  MISSING: "Authentication required: send an access token as `Authorization: Bearer <token>`.",
  MALFORMED: "The access token is malformed: expected `Bearer sy_…`.",
  UNKNOWN: "The access token is not valid.",
  REVOKED: "The access token has been revoked.",
  ARCHIVED: "The access token's organization has been archived.",
};

// lastUsedAt is refreshed at most this often, so busy tokens do not turn every read into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

export function bearerSecret(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : "";
}

/** The hash of the bearer token's secret, or why there is none to look up. */
export function bearerSecretHash(
  authorization: string | null | undefined,
): { ok: true; secretHash: string } | { ok: false; reason: AuthFailure } {
  const secret = bearerSecret(authorization);
  if (secret === undefined) return { ok: false, reason: "MISSING" };
  if (!isTokenSecretShape(secret)) return { ok: false, reason: "MALFORMED" };
  return { ok: true, secretHash: hashTokenSecret(secret) };
}

/** Whether a token last used at `lastUsedAt` should have it written again at `now`. */
export function lastUsedIsDue(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS;
}

export async function touchToken(prisma: Db, tokenId: string, now: Date): Promise<void> {
  await prisma.accessToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } });
}

/** Reads the token with this secret hash from the database; with it, when it was last used (as now written). */
export async function lookUpToken(prisma: Db, clock: Clock, secretHash: string): Promise<{ result: AuthResult; lastUsedAt: Date | null }> {
  const token = await prisma.accessToken.findUnique({
    where: { secretHash },
    include: { reaches: { select: { organizationId: true } }, organization: { select: { archivedAt: true } } },
  });
  if (!token) return { result: { ok: false, reason: "UNKNOWN" }, lastUsedAt: null };
  if (token.revokedAt) return { result: { ok: false, reason: "REVOKED" }, lastUsedAt: token.lastUsedAt };
  if (token.organization.archivedAt) return { result: { ok: false, reason: "ARCHIVED" }, lastUsedAt: token.lastUsedAt };
  const now = clock.now();
  let lastUsedAt = token.lastUsedAt;
  if (lastUsedIsDue(lastUsedAt, now)) {
    await touchToken(prisma, token.id, now);
    lastUsedAt = now;
  }
  return {
    lastUsedAt,
    result: {
      ok: true,
      principal: {
        tokenId: token.id,
        tokenName: token.name,
        role: token.role,
        organizationId: token.organizationId,
        reach: token.reach,
        organizationIds: [token.organizationId, ...token.reaches.map((r) => r.organizationId)],
      },
    },
  };
}
