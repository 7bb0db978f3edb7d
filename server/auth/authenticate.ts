// Turns an `Authorization: Bearer …` header into a principal, or says why not.
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import type { Principal } from "./principal.ts";
import { hashTokenSecret, isTokenSecretShape } from "./token-secret.ts";

export type AuthFailure = "MISSING" | "MALFORMED" | "UNKNOWN" | "REVOKED";

export type AuthResult = { ok: true; principal: Principal } | { ok: false; reason: AuthFailure };

export const authFailureMessages: Record<AuthFailure, string> = {
  MISSING: "Authentication required: send an access token as `Authorization: Bearer <token>`.",
  MALFORMED: "The access token is malformed: expected `Bearer sy_…`.",
  UNKNOWN: "The access token is not valid.",
  REVOKED: "The access token has been revoked.",
};

// lastUsedAt is refreshed at most this often, so busy tokens do not turn every read into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

export function bearerSecret(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : "";
}

export async function authenticate(prisma: Db, clock: Clock, authorization: string | null | undefined): Promise<AuthResult> {
  const secret = bearerSecret(authorization);
  if (secret === undefined) return { ok: false, reason: "MISSING" };
  if (!isTokenSecretShape(secret)) return { ok: false, reason: "MALFORMED" };
  const token = await prisma.accessToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    include: { reaches: { select: { organizationId: true } } },
  });
  if (!token) return { ok: false, reason: "UNKNOWN" };
  if (token.revokedAt) return { ok: false, reason: "REVOKED" };
  const now = clock.now();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.accessToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    ok: true,
    principal: {
      tokenId: token.id,
      tokenName: token.name,
      role: token.role,
      organizationId: token.organizationId,
      reach: token.reach,
      organizationIds: [token.organizationId, ...token.reaches.map((r) => r.organizationId)],
    },
  };
}
