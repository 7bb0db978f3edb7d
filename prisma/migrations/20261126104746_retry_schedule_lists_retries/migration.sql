-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "customRetrySchedule" BOOLEAN NOT NULL DEFAULT false;


-- A retry schedule used to begin with an entry for the first attempt, which
-- was never waited for. It now lists only the delays before each retry: the
-- same timings, one entry shorter. A webhook with a stored schedule keeps it
-- as its own, even when nothing is left of it (it made one attempt, no retries).
-- No semicolons in these comments: the migration runner splits on them.
UPDATE "Webhook" SET "customRetrySchedule" = true, "retrySchedule" = "retrySchedule"[2:]
WHERE cardinality("retrySchedule") > 0;

UPDATE "Delivery" SET "retrySchedule" = "retrySchedule"[2:]
WHERE cardinality("retrySchedule") > 0;
