-- CreateTable
CREATE TABLE "AttemptMinute" (
    "organizationId" TEXT NOT NULL,
    "minute" TIMESTAMPTZ(3) NOT NULL,
    "latencyBucket" SMALLINT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "succeeded" INTEGER NOT NULL,

    CONSTRAINT "AttemptMinute_pkey" PRIMARY KEY ("organizationId","minute","latencyBucket")
);

-- CreateIndex
CREATE INDEX "Delivery_destinationId_status_nextAttemptAt_idx" ON "Delivery"("destinationId", "status", "nextAttemptAt");


-- The function body is an E'' string with \073 for each semicolon: prisma migrate deploy splits
-- a script at every semicolon, even inside a dollar-quoted body.

-- Counts each statement's new attempts into "AttemptMinute": one upsert per statement, however
-- many attempts it inserted (group commit records up to 64 at once). Rows are taken in key
-- order so that concurrent statements lock the same rows in the same order (no deadlock).
CREATE FUNCTION switchyard_count_attempt_minutes() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "AttemptMinute" ("organizationId", "minute", "latencyBucket", "attempts", "succeeded")
  SELECT "organizationId", date_trunc(''minute'', "sentAt"), floor(ln(greatest("durationMs", 1)) / ln(1.2))::smallint,
         count(*), count(*) FILTER (WHERE succeeded)
  FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("organizationId", "minute", "latencyBucket") DO UPDATE
    SET "attempts" = "AttemptMinute"."attempts" + EXCLUDED."attempts",
        "succeeded" = "AttemptMinute"."succeeded" + EXCLUDED."succeeded"\073
  RETURN NULL\073
END';

CREATE TRIGGER "Attempt_minutes" AFTER INSERT ON "Attempt"
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION switchyard_count_attempt_minutes();

-- The history recorded before this migration.
INSERT INTO "AttemptMinute" ("organizationId", "minute", "latencyBucket", "attempts", "succeeded")
SELECT "organizationId", date_trunc('minute', "sentAt"), floor(ln(greatest("durationMs", 1)) / ln(1.2))::smallint,
       count(*), count(*) FILTER (WHERE succeeded)
FROM "Attempt" GROUP BY 1, 2, 3;
