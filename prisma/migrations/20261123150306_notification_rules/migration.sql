-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "system" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "ruleId" TEXT;

-- CreateTable
CREATE TABLE "NotificationRule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "condition" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationRuleDestination" (
    "ruleId" TEXT NOT NULL,
    "destinationId" TEXT NOT NULL,

    CONSTRAINT "NotificationRuleDestination_pkey" PRIMARY KEY ("ruleId","destinationId")
);

-- CreateIndex
CREATE INDEX "NotificationRule_organizationId_eventType_idx" ON "NotificationRule"("organizationId", "eventType");

-- CreateIndex
CREATE INDEX "NotificationRuleDestination_destinationId_idx" ON "NotificationRuleDestination"("destinationId");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "NotificationRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRule" ADD CONSTRAINT "NotificationRule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRuleDestination" ADD CONSTRAINT "NotificationRuleDestination_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "NotificationRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRuleDestination" ADD CONSTRAINT "NotificationRuleDestination_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "Destination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

