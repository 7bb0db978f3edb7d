// Access tokens: created with a secret shown once, renamed, revoked; never shown again.
import { z } from "zod";
import { displayPrefix, generateTokenSecret, hashTokenSecret, isTokenSecretShape } from "../auth/token-secret.ts";
import { reaches, type Principal, type Reach, type Role } from "../auth/principal.ts";
import type { Db } from "../db/database.ts";
import type { AccessToken } from "../db/generated/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped, type TenantScope } from "../tenancy/scope.ts";
import { tenantDb, type TenantClient } from "../tenancy/tenant-db.ts";
import { parseInput } from "../validation.ts";
import type { Runtime } from "../runtime.ts";
import { revokedTopic } from "../live/live-events.ts";
import type { Changed } from "../changes/changed.ts";
import { recordChange, type Actor } from "../changes/record-change.ts";

const tokenName = z.string().trim().min(1, "Name is required.").max(100, "Name is at most 100 characters.");

export interface CreatedAccessToken {
  token: AccessToken;
  /** The secret, returned exactly once. */
  secret: string;
}

export interface NewAccessToken {
  name: string;
  role: Role;
  /** Defaults to ORGANIZATION: the organization it is created in. */
  reach?: Reach;
  /** With reach ORGANIZATIONS: the other organizations it may act in. */
  organizationIds?: string[];
  /** A chosen secret (first start, SWITCHYARD_ADMIN_TOKEN); generated otherwise. */
  secret?: string;
}

/**
 * A token never reaches further than the one that creates it: only an
 * ALL-reach creator makes ALL-reach tokens, and listed organizations must be
 * within the creator's reach. (No creator: the command line and first start.)
 */
async function checkReach(prisma: Db, input: NewAccessToken, creator: Principal | undefined): Promise<string[]> {
  const reach = input.reach ?? "ORGANIZATION";
  const ids = [...new Set(input.organizationIds ?? [])];
  if (reach !== "ORGANIZATIONS" && ids.length > 0)
    throw ValidationError.field(["input", "organizationIds"], "Organizations are listed only with reach ORGANIZATIONS.");
  if (reach === "ALL" && creator && creator.reach !== "ALL")
    throw ValidationError.field(["input", "reach"], "Only a token that reaches all organizations can create one that does.");
  const outOfReach = creator ? ids.filter((id) => !reaches(creator, id)) : [];
  const existing = new Set((await prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
  const issues = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => outOfReach.includes(id) || !existing.has(id))
    .map(({ id, index }) => ({
      path: ["input", "organizationIds", String(index)],
      message: `Organization ${id} is not one this token reaches.`,
    }));
  if (issues.length > 0) throw new ValidationError(issues);
  return ids;
}

export async function createAccessToken(
  prisma: Db,
  scope: TenantScope,
  input: NewAccessToken,
  creator?: Principal,
): Promise<CreatedAccessToken> {
  const { name } = parseInput(z.object({ name: tokenName }), { name: input.name });
  const secret = input.secret ?? generateTokenSecret();
  if (!isTokenSecretShape(secret)) {
    throw ValidationError.field(["secret"], "A token secret is `sy_` followed by 20 to 128 letters and digits.");
  }
  const organizationIds = (await checkReach(prisma, input, creator)).filter((id) => id !== scope.organizationId);
  const token = await prisma.accessToken.create({
    data: scoped(scope, {
      id: newId("AccessToken"),
      name,
      role: input.role,
      reach: input.reach ?? "ORGANIZATION",
      secretHash: hashTokenSecret(secret),
      secretPrefix: displayPrefix(secret),
      reaches: { create: organizationIds.map((organizationId) => ({ organizationId })) },
    }),
  });
  return { token, secret };
}

/**
 * Creates a token and records it (audit entry, token.created and user.updated
 * events), whoever asks: the API and the command line leave the same trace.
 */
export async function issueAccessToken(
  runtime: Runtime,
  scope: TenantScope,
  actor: Actor,
  input: NewAccessToken,
  creator?: Principal,
): Promise<CreatedAccessToken> {
  const created = await createAccessToken(runtime.prisma, scope, input, creator);
  await recordChange(runtime, scope, actor, {
    action: "token.created",
    resourceType: "AccessToken",
    resourceId: created.token.id,
    after: created.token,
  });
  return created;
}

async function findToken(prisma: TenantClient, scope: TenantScope, id: string): Promise<AccessToken> {
  const token = await prisma.accessToken.findFirst({ where: scoped(scope, { id }) });
  if (!token) throw new NotFoundError("AccessToken", id);
  return token;
}

export async function renameAccessToken(prisma: TenantClient, scope: TenantScope, id: string, name: string): Promise<Changed<AccessToken>> {
  const parsed = parseInput(z.object({ name: tokenName }), { name });
  const before = await findToken(prisma, scope, id);
  return { before, after: await prisma.accessToken.update({ where: { id }, data: { name: parsed.name } }) };
}

/** Revokes a token; it stops working on the next request. Revoking twice is harmless. */
export async function revokeAccessToken(runtime: Runtime, scope: TenantScope, id: string): Promise<Changed<AccessToken>> {
  const db = tenantDb(runtime.prisma, scope);
  const before = await findToken(db, scope, id);
  if (before.revokedAt) return { before, after: before };
  const after = await db.accessToken.update({ where: { id }, data: { revokedAt: runtime.clock.now() } });
  // Every process's cached copy goes before the revocation is answered.
  await runtime.tokens.forget(id);
  // Live subscriptions opened with the token end now, in every process.
  runtime.live.publish(revokedTopic(id), { tokenId: id });
  return { before, after };
}
