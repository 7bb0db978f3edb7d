-- Every change of a delivery's state writes a new row version, and each
-- version is entered in every index of the table whose predicate it meets.
-- The indexes that find work (due deliveries, expired leases, a
-- destination's backlog) only ever look at SCHEDULED or SENDING ones, so
-- they hold only those: a delivery that has succeeded or failed for good is
-- no longer entered in them, which saves the database an index entry for
-- each of them at every state change, and keeps them as small as the backlog.
-- Partial indexes are not in Prisma's schema language, so they live here only.
DROP INDEX "Delivery_status_nextAttemptAt_idx";
DROP INDEX "Delivery_status_leaseUntil_idx";
DROP INDEX "Delivery_destinationId_status_nextAttemptAt_idx";
CREATE INDEX "Delivery_due_idx" ON "Delivery" ("nextAttemptAt") WHERE status = 'SCHEDULED';
CREATE INDEX "Delivery_leased_idx" ON "Delivery" ("leaseUntil") WHERE status = 'SENDING';
CREATE INDEX "Delivery_destinationId_due_idx" ON "Delivery" ("destinationId", "nextAttemptAt") WHERE status = 'SCHEDULED';
