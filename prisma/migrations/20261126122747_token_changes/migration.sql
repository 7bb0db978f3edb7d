-- The function body is an E'' string with \073 for each semicolon: prisma migrate deploy splits
-- a script at every semicolon, even inside a dollar-quoted body.

-- Token caches: a change to what authentication returns is announced to every process, which drops its copy.
CREATE FUNCTION switchyard_token_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_TABLE_NAME = ''AccessTokenOrganization'' THEN
    PERFORM pg_notify(''switchyard_tokens'', COALESCE(NEW."tokenId", OLD."tokenId"))\073
  ELSE
    PERFORM pg_notify(''switchyard_tokens'', COALESCE(NEW.id, OLD.id))\073
  END IF\073
  RETURN NULL\073
END';

-- Not on lastUsedAt: authentication itself writes it.
CREATE TRIGGER "AccessToken_changed" AFTER DELETE OR UPDATE OF "organizationId", "name", "secretHash", "role", "reach", "revokedAt" ON "AccessToken"
  FOR EACH ROW EXECUTE FUNCTION switchyard_token_changed();
CREATE TRIGGER "AccessTokenOrganization_changed" AFTER INSERT OR DELETE OR UPDATE ON "AccessTokenOrganization"
  FOR EACH ROW EXECUTE FUNCTION switchyard_token_changed();
