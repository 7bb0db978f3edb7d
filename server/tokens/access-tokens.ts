// Access tokens: created with a secret shown once, renamed, revoked; never shown again.
import { z } from "zod";
import { displayPrefix, generateTokenSecret, hashTokenSecret, isTokenSecretShape } from "../auth/token-secret.ts";
import { reaches, type Principal, type Reach, type Role } from "../auth/principal.ts";
import type { AccessToken } from "../db/generated/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scoped } from "../tenancy/scope.ts";
import { parseInput } from "../validation.ts";
import type { Operation } from "../operation.ts";
import { revokedTopic } from "../live/live-events.ts";
import { changeRecord, recordChange } from "../changes/record-change.ts";

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
  /** An application's: its secret is a client secret for POST /oauth/token (oauth-client-credentials.ts), not a bearer token. */
  application?: boolean;
  /** A chosen secret (first start, SWITCHYARD_ADMIN_TOKEN); generated otherwise. */
  secret?: string;
}

/**
 * A token never reaches further than the one that creates it: only an
 * ALL-reach creator makes ALL-reach tokens, and listed organizations must be
 * within the creator's reach. (No creator: the command line and first start.)
 */
async function checkReach(op: Operation, input: NewAccessToken, creator: Principal | undefined): Promise<string[]> {
  const reach = input.reach ?? "ORGANIZATION";
  const ids = [...new Set(input.organizationIds ?? [])];
  if (reach !== "ORGANIZATIONS" && ids.length > 0)
    throw ValidationError.field(["input", "organizationIds"], "Organizations are listed only with reach ORGANIZATIONS.");
  if (reach === "ALL" && creator && creator.reach !== "ALL")
    throw ValidationError.field(["input", "reach"], "Only a token that reaches all organizations can create one that does.");
  const outOfReach = creator ? ids.filter((id) => !reaches(creator, id)) : [];
  const existing = new Set((await op.db.organization.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
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

/**
 * Creates a token in `op`'s organization and records it (audit entry,
 * token.created and user.updated events), whoever asks: the API, the command
 * line and first start leave the same trace. `creator`: the token asking,
 * whose reach the new one may not exceed.
 */
export async function createAccessToken(op: Operation, input: NewAccessToken, creator?: Principal): Promise<CreatedAccessToken> {
  const { name } = parseInput(z.object({ name: tokenName }), { name: input.name });
  const secret = input.secret ?? generateTokenSecret();
  if (!isTokenSecretShape(secret)) {
    throw ValidationError.field(["secret"], "A token secret is `sy_` followed by 20 to 128 letters and digits.");
  }
  return op.transaction(async (tx) => {
    const organizationIds = (await checkReach(tx, input, creator)).filter((id) => id !== tx.scope.organizationId);
    const token = await tx.db.accessToken.create({
      data: scoped(tx.scope, {
        id: newId("AccessToken"),
        name,
        role: input.role,
        reach: input.reach ?? "ORGANIZATION",
        application: input.application ?? false,
        secretHash: hashTokenSecret(secret),
        secretPrefix: displayPrefix(secret),
        reaches: { create: organizationIds.map((organizationId) => ({ organizationId })) },
      }),
    });
    await recordChange(tx, { action: "token.created", resourceType: "AccessToken", resourceId: token.id, after: token });
    return { token, secret };
  });
}

async function findToken(op: Operation, id: string): Promise<AccessToken> {
  const token = await op.db.accessToken.findFirst({ where: scoped(op.scope, { id }) });
  if (!token) throw new NotFoundError("AccessToken", id);
  return token;
}

export async function renameAccessToken(op: Operation, id: string, name: string): Promise<AccessToken> {
  const parsed = parseInput(z.object({ name: tokenName }), { name });
  return changeRecord(op, "token.renamed", "AccessToken", async (tx) => {
    const before = await findToken(tx, id);
    const after = await tx.db.accessToken.update({ where: { id }, data: { name: parsed.name } });
    // Requests made with it from now on carry the new name (the viewer, audit entries), in every process.
    tx.afterCommit(() => tx.runtime.tokens.forget(id));
    return { before, after };
  });
}

/** Revokes a token; it stops working on the next request. Revoking twice is harmless. */
export async function revokeAccessToken(op: Operation, id: string): Promise<AccessToken> {
  return changeRecord(op, "token.revoked", "AccessToken", async (tx) => {
    const before = await findToken(tx, id);
    if (before.revokedAt) return { before, after: before };
    const after = await tx.db.accessToken.update({ where: { id }, data: { revokedAt: tx.clock.now() } });
    tx.afterCommit(async () => {
      // Every process's cached copy goes before the revocation is answered.
      await tx.runtime.tokens.forget(id);
      // Live subscriptions opened with the token end now, in every process.
      tx.runtime.live.publish(revokedTopic(id), { tokenId: id });
    });
    return { before, after };
  });
}
