-- CreateTable
CREATE TABLE "RoutingVersion" (
    "organizationId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "RoutingVersion_pkey" PRIMARY KEY ("organizationId")
);

-- The function body is an E'' string with \073 for each semicolon: prisma migrate deploy splits
-- a script at every semicolon, even inside a dollar-quoted body.

-- Routing caches: every write to what a publish routes by bumps the organization's version.
-- The publish write checks it, so a cached routing table is never used after a change.
CREATE FUNCTION switchyard_bump_routing_version() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  org text\073
BEGIN
  IF TG_TABLE_NAME = ''NotificationRuleDestination'' THEN
    SELECT r."organizationId" INTO org FROM "NotificationRule" r WHERE r.id = COALESCE(NEW."ruleId", OLD."ruleId")\073
  ELSIF TG_OP = ''DELETE'' THEN
    org := OLD."organizationId"\073
  ELSE
    org := NEW."organizationId"\073
  END IF\073
  IF org IS NOT NULL THEN
    INSERT INTO "RoutingVersion" ("organizationId", "version") VALUES (org, 1)
    ON CONFLICT ("organizationId") DO UPDATE SET "version" = "RoutingVersion"."version" + 1\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "EventType_routing" AFTER INSERT OR DELETE OR UPDATE ON "EventType"
  FOR EACH ROW EXECUTE FUNCTION switchyard_bump_routing_version();
CREATE TRIGGER "Program_routing" AFTER INSERT OR DELETE ON "Program"
  FOR EACH ROW EXECUTE FUNCTION switchyard_bump_routing_version();
-- Not on lastTriggeredAt or lastEvaluationError: every publish writes those.
CREATE TRIGGER "Webhook_routing" AFTER INSERT OR DELETE OR UPDATE OF "organizationId", "destinationId", "eventTypes", "enabled", "retrySchedule", "customRetrySchedule", "programId" ON "Webhook"
  FOR EACH ROW EXECUTE FUNCTION switchyard_bump_routing_version();
CREATE TRIGGER "NotificationRule_routing" AFTER INSERT OR DELETE OR UPDATE OF "organizationId", "eventType", "condition", "enabled" ON "NotificationRule"
  FOR EACH ROW EXECUTE FUNCTION switchyard_bump_routing_version();
CREATE TRIGGER "NotificationRuleDestination_routing" AFTER INSERT OR DELETE OR UPDATE ON "NotificationRuleDestination"
  FOR EACH ROW EXECUTE FUNCTION switchyard_bump_routing_version();
