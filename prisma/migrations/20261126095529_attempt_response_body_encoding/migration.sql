-- CreateEnum
CREATE TYPE "BodyEncoding" AS ENUM ('TEXT', 'BASE64');

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "omittedHeaderCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "responseBodyEncoding" "BodyEncoding" NOT NULL DEFAULT 'TEXT';

