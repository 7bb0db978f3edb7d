-- CreateEnum
CREATE TYPE "SourceEventTypeMode" AS ENUM ('FIXED', 'PAYLOAD_FIELD');

-- CreateEnum
CREATE TYPE "IncomingOutcome" AS ENUM ('ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "IncomingRejection" AS ENUM ('SOURCE_DISABLED', 'RATE_LIMITED', 'TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'MISSING_SIGNATURE', 'BAD_SIGNATURE', 'STALE_TIMESTAMP', 'INVALID_JSON', 'EVENT_REFUSED');

-- AlterEnum
ALTER TYPE "EventSource" ADD VALUE 'INGEST';

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ingestKey" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "eventTypeMode" "SourceEventTypeMode" NOT NULL DEFAULT 'FIXED',
    "eventType" TEXT,
    "eventTypeField" TEXT,
    "eventTypePrefix" TEXT NOT NULL DEFAULT '',
    "createEventTypes" BOOLEAN NOT NULL DEFAULT false,
    "programId" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomingRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "IncomingOutcome" NOT NULL,
    "rejection" "IncomingRejection",
    "detail" TEXT,
    "responseStatus" INTEGER NOT NULL,
    "headers" JSONB NOT NULL,
    "body" TEXT,
    "bodyEncoding" "BodyEncoding" NOT NULL DEFAULT 'TEXT',
    "bodyTruncated" BOOLEAN NOT NULL DEFAULT false,
    "bodyBytes" INTEGER NOT NULL,
    "eventIds" TEXT[],
    "duplicate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "IncomingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_ingestKey_key" ON "Source"("ingestKey");

-- CreateIndex
CREATE INDEX "Source_credentialId_idx" ON "Source"("credentialId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_organizationId_name_key" ON "Source"("organizationId", "name");

-- CreateIndex
CREATE INDEX "IncomingRequest_organizationId_receivedAt_idx" ON "IncomingRequest"("organizationId", "receivedAt");

-- CreateIndex
CREATE INDEX "IncomingRequest_sourceId_receivedAt_idx" ON "IncomingRequest"("sourceId", "receivedAt");

-- CreateIndex
CREATE INDEX "IncomingRequest_receivedAt_idx" ON "IncomingRequest"("receivedAt");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingRequest" ADD CONSTRAINT "IncomingRequest_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

