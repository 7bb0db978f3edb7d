// Organizations over the API: created by admins over all organizations (and,
// with SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS, by admins over several, who
// then reach what they create), renamed by admins who reach them, archived
// by admins over all. Each change is recorded in the organization itself and,
// when the token belongs to another, in the token's own organization too, so
// the operator's webhooks hear of it (organization.created/updated/archived).
import type { Principal } from "../auth/principal.ts";
import type { Config } from "../config.ts";
import type { Organization } from "../db/generated/client.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import type { Operation } from "../operation.ts";
import { operationFor } from "../operation.ts";
import { recordChange, type Change } from "../changes/record-change.ts";
import { organization, tenantSql } from "../tenancy/tenant-db.ts";
import { revokedTopic } from "../live/live-events.ts";
import { routingCacheOf } from "../events/routing-cache.ts";
import { createOrganization, forNewOrganization, updateOrganization } from "./organizations.ts";
import { operationAtHome, operationInOrganization } from "./cross-tenant.ts";

/** Admins over all organizations; admins over several when the setting allows it. */
export function mayCreateOrganizations(principal: Principal, config: Pick<Config, "partnersCreateOrganizations">): boolean {
  if (principal.role !== "ADMIN") return false;
  return principal.reach === "ALL" || (principal.reach === "ORGANIZATIONS" && config.partnersCreateOrganizations);
}

/** The same change, in the token's own organization, when it acted on another. */
async function recordAtHome(op: Operation, principal: Principal, change: Change): Promise<void> {
  if (change.resourceId === principal.organizationId) return;
  await operationAtHome(op, principal).transaction((home) => recordChange(home, change));
}

/** Creates an organization; a partner over several reaches it from then on (its token, at once, in every process). */
export async function createOrganizationAs(op: Operation, creator: Principal, raw: { name: string }): Promise<Organization> {
  const created = await forNewOrganization(op.runtime, op.actor).transaction(async (tx) => {
    const made = await createOrganization(tx, raw);
    if (creator.reach === "ORGANIZATIONS") {
      await tx.db.accessTokenOrganization.create({ data: { tokenId: creator.tokenId, organizationId: made.id } });
      tx.afterCommit(() => tx.runtime.tokens.forget(creator.tokenId));
    }
    return made;
  });
  await recordAtHome(op, creator, { action: "organization.created", resourceType: "Organization", resourceId: created.id, after: created });
  return created;
}

/** Renames an organization the principal reaches (NotFoundError for one it does not, or an archived one). */
export async function renameOrganization(op: Operation, principal: Principal, id: string, raw: { name: string }): Promise<Organization> {
  const target = await operationInOrganization(op, principal, id);
  if (!target) throw new NotFoundError("Organization", id);
  const before = await target.db.organization.findUniqueOrThrow({ where: { id } });
  const after = await updateOrganization(target, raw);
  await recordAtHome(op, principal, { action: "organization.updated", resourceType: "Organization", resourceId: id, before, after });
  return after;
}

/**
 * Archives an organization: its tokens stop working at once in every process
 * (and their live subscriptions end), its scheduled and in-flight deliveries
 * are cancelled (an answer still arriving is recorded, nothing is retried),
 * nothing more is published for it, and its history stays readable to the
 * partners who reach it. Archiving twice is harmless.
 */
export async function archiveOrganization(op: Operation, principal: Principal, id: string): Promise<Organization> {
  if (id === principal.organizationId) {
    throw new ConflictError("A token cannot archive its own organization: use a token of another one.", ["input", "id"]);
  }
  const target = operationFor(op.runtime, { organizationId: id }, op.actor);
  const result = await target.transaction(async (tx) => {
    const before = await tx.db.organization.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Organization", id);
    if (before.archivedAt) return { before, after: before, changed: false };
    const now = tx.clock.now();
    const change: Change = { action: "organization.archived", resourceType: "Organization", resourceId: id, before };
    // Recorded while it still routes: the event is kept in its history; any delivery it made is cancelled below.
    await recordChange(tx, { ...change, after: { ...before, archivedAt: now } });
    const after = await tx.db.organization.update({ where: { id }, data: { archivedAt: now } });
    await tx.db.delivery.updateMany({
      where: { status: { in: ["SCHEDULED", "SENDING"] } },
      data: { status: "CANCELLED", nextAttemptAt: null, leasedBy: null, leaseUntil: null, completedAt: now },
    });
    // Routing tables cached in any process are stale from now on: the next publish re-reads and is refused.
    await tx.db.$executeRaw(tenantSql`
      INSERT INTO "RoutingVersion" ("organizationId", "version") VALUES (${organization}, 1)
      ON CONFLICT ("organizationId") DO UPDATE SET "version" = "RoutingVersion"."version" + 1`);
    const tokens = await tx.db.accessToken.findMany({ select: { id: true } });
    tx.afterCommit(async () => {
      routingCacheOf(tx.runtime).forget(id);
      await Promise.all(tokens.map((token) => tx.runtime.tokens.forget(token.id)));
      for (const token of tokens) tx.runtime.live.publish(revokedTopic(token.id), { tokenId: token.id });
    });
    return { before, after, changed: true };
  });
  if (result.changed) {
    await recordAtHome(op, principal, {
      action: "organization.archived",
      resourceType: "Organization",
      resourceId: id,
      before: result.before,
      after: result.after,
    });
  }
  return result.after;
}
