// The OAuth2 client-credentials grant (RFC 6749 §4.4) for applications: an
// access token created as an application has a client id (its id) and a client
// secret (its secret); the token endpoint trades them for short-lived access
// tokens that act as the application, with its role, reach and organization.
// Revoking the application ends them at once (authentication checks the
// application on every lookup, and the token cache drops them with it).
import type { AccessToken } from "../db/generated/client.ts";
import type { Db } from "../db/database.ts";
import type { Clock } from "../clock.ts";
import { generateIssuedTokenSecret, hashTokenSecret, isTokenSecretShape } from "../auth/token-secret.ts";
import { lastUsedIsDue, touchToken } from "../auth/authenticate.ts";
import { newId } from "../ids.ts";

export interface IssuedAccessToken {
  /** The access token, shown to the application once; only its hash is kept. */
  secret: string;
  expiresAt: Date;
}

/** The application with this client id and secret, if it exists and is not revoked. */
export async function findApplication(prisma: Db, clientId: string, clientSecret: string): Promise<AccessToken | undefined> {
  if (!isTokenSecretShape(clientSecret)) return undefined;
  const token = await prisma.accessToken.findUnique({ where: { secretHash: hashTokenSecret(clientSecret) } });
  // Looked up by the secret's hash, then the id compared: no timing difference tells which of the two was wrong.
  if (!token || token.id !== clientId || !token.application || token.revokedAt) return undefined;
  return token;
}

/** Issues an access token (`secret`, generated unless given) to `application` that holds for `lifetimeSeconds`. */
export async function issueAccessToken(
  prisma: Db,
  clock: Clock,
  application: AccessToken,
  lifetimeSeconds: number,
  secret = generateIssuedTokenSecret(),
): Promise<IssuedAccessToken> {
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + lifetimeSeconds * 1000);
  await prisma.oAuthAccessToken.create({
    data: {
      id: newId("OAuthAccessToken"),
      organizationId: application.organizationId,
      tokenId: application.id,
      secretHash: hashTokenSecret(secret),
      expiresAt,
    },
  });
  if (lastUsedIsDue(application.lastUsedAt, now)) await touchToken(prisma, application.id, now);
  return { secret, expiresAt };
}
