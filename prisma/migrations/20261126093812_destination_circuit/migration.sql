-- AlterTable
ALTER TABLE "Destination" ADD COLUMN     "circuitOpenedAt" TIMESTAMPTZ(3),
ADD COLUMN     "circuitOpenings" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "circuitProbeAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastFailureAt" TIMESTAMPTZ(3);


-- Circuits open before this migration: opened once, at their last change.
UPDATE "Destination" SET "circuitOpenedAt" = "updatedAt", "circuitOpenings" = 1 WHERE "circuitOpenUntil" IS NOT NULL;
