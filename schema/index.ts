// The GraphQL schema: one file per domain type, imported here.
import { builder } from "./builder.ts";
import "./errors.ts";
import "./role.ts";
import "./organization.ts";
import "./access-token.ts";
import "./viewer.ts";
import "./credential.ts";
import "./destination.ts";
import "./event-type.ts";
import "./webhook.ts";
import "./event.ts";
import "./delivery.ts";
import "./live-feed.ts";
import "./program.ts";
import "./audit-log.ts";
import "./notification-rule.ts";
import "./overview.ts";
import "./source.ts";
import "./incoming-request.ts";

export const schema = builder.toSchema({ sortSchema: true });
