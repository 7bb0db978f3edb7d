// Keeps history for a while, then lets it go: events older than the
// retention period (30 days by default) are deleted with their deliveries and
// attempts, unless a delivery is still pending; idempotency keys go after
// their 24 hours; sources' request logs go after the same period as events, access tokens issued to
// applications once expired. Deletes run in pages so a large backlog never holds long locks.
import { Prisma } from "../db/generated/client.ts";
import type { Runtime } from "../runtime.ts";
import { IDEMPOTENCY_WINDOW_MS } from "../events/publish.ts";

const PAGE = 1000;

export interface PurgeResult {
  events: number;
  idempotencyKeys: number;
  attemptMinutes: number;
  incomingRequests: number;
  issuedTokens: number;
}

/** Runs a delete of at most PAGE rows until one deletes fewer: how many went in all. */
async function deleteInPages(runtime: Runtime, page: () => Prisma.Sql): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await runtime.prisma.$executeRaw(page());
    total += deleted;
    if (deleted < PAGE) return total;
  }
}

export async function purgeExpiredHistory(runtime: Runtime): Promise<PurgeResult> {
  const now = runtime.clock.now().getTime();
  const eventCutoff = new Date(now - runtime.config.retentionDays * 24 * 3600 * 1000);
  const keyCutoff = new Date(now - IDEMPOTENCY_WINDOW_MS);
  const events = await deleteInPages(
    runtime,
    () => Prisma.sql`
      DELETE FROM "Event" WHERE id IN (
        SELECT e.id FROM "Event" e
        WHERE e."createdAt" < ${eventCutoff}
          AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."eventId" = e.id AND d.status IN ('SCHEDULED', 'SENDING'))
        LIMIT ${PAGE}
      )`,
  );
  const idempotencyKeys = await deleteInPages(
    runtime,
    () => Prisma.sql`
      DELETE FROM "IdempotencyKey" WHERE ("organizationId", "key") IN (
        SELECT "organizationId", "key" FROM "IdempotencyKey" WHERE "createdAt" < ${keyCutoff} LIMIT ${PAGE}
      )`,
  );
  // The overview's per-minute counts go with the attempts they counted.
  const attemptMinutes = await deleteInPages(
    runtime,
    () => Prisma.sql`
      DELETE FROM "AttemptMinute" WHERE ("organizationId", "minute", "latencyBucket") IN (
        SELECT "organizationId", "minute", "latencyBucket" FROM "AttemptMinute" WHERE "minute" < ${eventCutoff} LIMIT ${PAGE}
      )`,
  );
  const incomingRequests = await deleteInPages(
    runtime,
    () => Prisma.sql`
      DELETE FROM "IncomingRequest" WHERE id IN (
        SELECT id FROM "IncomingRequest" WHERE "receivedAt" < ${eventCutoff} LIMIT ${PAGE}
      )`,
  );
  const issuedTokens = await deleteInPages(
    runtime,
    () => Prisma.sql`
      DELETE FROM "OAuthAccessToken" WHERE id IN (SELECT id FROM "OAuthAccessToken" WHERE "expiresAt" < ${new Date(now)} LIMIT ${PAGE})`,
  );
  if (events > 0 || idempotencyKeys > 0 || attemptMinutes > 0 || incomingRequests > 0 || issuedTokens > 0)
    runtime.logger.info({ events, idempotencyKeys, attemptMinutes, incomingRequests, issuedTokens }, "purged expired history");
  return { events, idempotencyKeys, attemptMinutes, incomingRequests, issuedTokens };
}
