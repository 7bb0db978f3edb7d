-- Intake admission counts one organization's due deliveries (up to its bound)
-- when that organization publishes: this index holds only the deliveries
-- waiting to be sent, so the count walks at most the bound, whatever the
-- organization's history or the other organizations' backlogs. Partial
-- indexes are not in Prisma's schema language, so it lives here only.
CREATE INDEX "Delivery_organizationId_due_idx" ON "Delivery" ("organizationId", "nextAttemptAt") WHERE status = 'SCHEDULED';
