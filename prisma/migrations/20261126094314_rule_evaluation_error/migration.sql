-- AlterTable
ALTER TABLE "NotificationRule" ADD COLUMN     "lastEvaluationError" TEXT,
ADD COLUMN     "lastEvaluationErrorAt" TIMESTAMPTZ(3);

