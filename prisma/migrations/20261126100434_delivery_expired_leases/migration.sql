-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "expiredLeases" INTEGER NOT NULL DEFAULT 0;

