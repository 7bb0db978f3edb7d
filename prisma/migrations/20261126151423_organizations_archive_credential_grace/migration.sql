-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Destination" ADD COLUMN     "previousCredentialId" TEXT,
ADD COLUMN     "previousCredentialUntil" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Destination_previousCredentialId_idx" ON "Destination"("previousCredentialId");

-- AddForeignKey
ALTER TABLE "Destination" ADD CONSTRAINT "Destination_previousCredentialId_fkey" FOREIGN KEY ("previousCredentialId") REFERENCES "Credential"("id") ON DELETE SET NULL ON UPDATE CASCADE;

