// Turns an `Authorization: Bearer …` header into a principal, or says why not.
// Requests authenticate through the process's token cache (token-cache.ts),
// which reads here on a miss.
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import type { Principal } from "./principal.ts";
import { bearerKind, hashTokenSecret } from "./token-secret.ts";

export type AuthFailure = "MISSING" | "MALFORMED" | "UNKNOWN" | "REVOKED" | "ARCHIVED" | "EXPIRED" | "CLIENT_SECRET";

export type AuthResult = { ok: true; principal: Principal } | { ok: false; reason: AuthFailure };

export const authFailureMessages: Record<AuthFailure, string> = {
  MISSING: "Authentication required: send an access token as `Authorization: Bearer <token>`.",
  MALFORMED: "The access token is malformed: expected `Bearer sy_…` (or `Bearer syo_…`, from POST /oauth/token).",
  UNKNOWN: "The access token is not valid.",
  REVOKED: "The access token has been revoked.",
  ARCHIVED: "The access token's organization has been archived.",
  EXPIRED: "The access token has expired: request a new one from POST /oauth/token.",
  CLIENT_SECRET:
    "This is an application's client secret, not an access token: exchange it for one at POST /oauth/token (grant_type=client_credentials).",
};

/** A bearer secret to look up: its hash, and whether an access token or one issued to an application. */
export interface BearerHash {
  secretHash: string;
  kind: "token" | "issued";
}

/** What a lookup found: the result, when the token was last used (as now written), and until when an issued token holds. */
export interface LookUp {
  result: AuthResult;
  lastUsedAt: Date | null;
  validUntil?: Date;
}

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
): ({ ok: true } & BearerHash) | { ok: false; reason: AuthFailure } {
  const secret = bearerSecret(authorization);
  if (secret === undefined) return { ok: false, reason: "MISSING" };
  const kind = bearerKind(secret);
  if (!kind) return { ok: false, reason: "MALFORMED" };
  return { ok: true, secretHash: hashTokenSecret(secret), kind };
}

/** Whether a token last used at `lastUsedAt` should have it written again at `now`. */
export function lastUsedIsDue(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS;
}

export async function touchToken(prisma: Db, tokenId: string, now: Date): Promise<void> {
  await prisma.accessToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } });
}

const withToken = { reaches: { select: { organizationId: true } }, organization: { select: { archivedAt: true } } } as const;

/**
 * Reads the token with this secret hash from the database (for an issued one, the application's token it acts
 * as); with it, when that token was last used (as now written).
 */
export async function lookUpToken(prisma: Db, clock: Clock, bearer: BearerHash): Promise<LookUp> {
  const now = clock.now();
  let token;
  let validUntil: Date | undefined;
  if (bearer.kind === "issued") {
    const issued = await prisma.oAuthAccessToken.findUnique({
      where: { secretHash: bearer.secretHash },
      include: { token: { include: withToken } },
    });
    if (!issued) return { result: { ok: false, reason: "UNKNOWN" }, lastUsedAt: null };
    token = issued.token;
    if (!token.revokedAt && issued.expiresAt <= now) return { result: { ok: false, reason: "EXPIRED" }, lastUsedAt: token.lastUsedAt };
    validUntil = issued.expiresAt;
  } else {
    token = await prisma.accessToken.findUnique({ where: { secretHash: bearer.secretHash }, include: withToken });
    if (!token) return { result: { ok: false, reason: "UNKNOWN" }, lastUsedAt: null };
    // The client secret goes to the token endpoint only, so a leaked request log never holds a long-lived secret.
    if (token.application && !token.revokedAt) return { result: { ok: false, reason: "CLIENT_SECRET" }, lastUsedAt: token.lastUsedAt };
  }
  if (token.revokedAt) return { result: { ok: false, reason: "REVOKED" }, lastUsedAt: token.lastUsedAt };
  if (token.organization.archivedAt) return { result: { ok: false, reason: "ARCHIVED" }, lastUsedAt: token.lastUsedAt };
  let lastUsedAt = token.lastUsedAt;
  if (lastUsedIsDue(lastUsedAt, now)) {
    await touchToken(prisma, token.id, now);
    lastUsedAt = now;
  }
  return {
    lastUsedAt,
    validUntil,
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
